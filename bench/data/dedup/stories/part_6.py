"""Story families for feedhub's own dedup evaluation set, part 6: panorama and regional.

Written for feedhub (fictional events). Schema: bench/data/dedup/README.md."""

FAMILIES = [
    {
        "key": "p6-01",
        "section": "panorama",
        "time": "2026-10-16T06:40:00+02:00",
        "original": {
            "title": "Unwetter im Tessin: 140 Menschen im Maggiatal evakuiert",
            "lead": "Nach tagelangem Starkregen ist die Maggia im Kanton Tessin über die Ufer getreten. Das obere Tal ist von der Außenwelt abgeschnitten, der Pegel des Lago Maggiore steigt rasant.",
            "body": [
                "In der Nacht zum Freitag haben die Behörden in den Tessiner Dörfern Cevio und Bignasco 140 Bewohnerinnen und Bewohner in Sicherheit gebracht. Die Maggia hatte an mehreren Stellen Keller, Straßen und eine Fußgängerbrücke überflutet. Verletzt wurde nach Angaben der Kantonspolizei Tessin niemand.",
                "Bei Someo erfassten die Wassermassen das Auto eines 67 Jahre alten Mannes. Ein Helikopter der Schweizerischen Rettungsflugwacht Rega barg ihn vom Dach seines Fahrzeugs. Kurz darauf verschüttete ein Erdrutsch die Kantonsstraße zwischen Locarno und Cavergno; das obere Maggiatal ist seither nur noch aus der Luft erreichbar.",
                "Nach Angaben von MeteoSchweiz fielen an der Messstation Bosco/Gurin innerhalb von 36 Stunden 310 Liter Regen pro Quadratmeter. Der Wetterdienst hält die Warnstufe 4 von 5 für das Locarnese und das Maggiatal bis Samstagmorgen aufrecht.",
                "Der Lago Maggiore stieg binnen 24 Stunden um 1,2 Meter. Die Behörden erwarten, dass der Pegel am Samstag die Marke von 195,5 Metern über dem Meeresspiegel überschreitet – dann stünde die Uferpromenade von Locarno unter Wasser. „Wir haben die Lage im Griff, aber die nächsten 24 Stunden sind entscheidend“, sagte der Tessiner Staatsrat Claudio Ferrazzini.",
            ],
        },
        "ticker": {
            "title": "Hochwasser: Maggiatal abgeschnitten",
            "text": "Wegen Hochwassers der Maggia haben die Tessiner Behörden in der Nacht 140 Menschen in Cevio und Bignasco evakuiert, das obere Tal ist nur noch per Helikopter erreichbar.",
        },
        "rewrite": {
            "title": "Starkregen schneidet Tessiner Tal von der Außenwelt ab",
            "lead": "Feuerwehr und Zivilschutz holten im Maggiatal rund 140 Menschen aus ihren Häusern. Ein Autofahrer wurde in letzter Minute gerettet.",
            "body": [
                "Seit der Nacht auf Freitag kommt niemand mehr auf dem Landweg ins obere Maggiatal: Ein Hangrutsch bei Someo hat die einzige Zufahrt verschüttet. Zuvor war die angeschwollene Maggia in Cevio und Bignasco in Wohnhäuser und auf Straßen geflossen. Die Einsatzkräfte brachten etwa 140 Einwohner in die Zivilschutzanlage von Cavergno.",
                "Dramatisch verlief die Rettung eines 67-Jährigen, dessen Wagen die Fluten mitgerissen hatten. Die Besatzung eines Rega-Hubschraubers zog ihn mit der Seilwinde vom Autodach, er blieb unverletzt.",
                "Bis zu 310 Millimeter Niederschlag haben die Messgeräte seit Mittwoch registriert, MeteoSchweiz warnt bis Samstagfrüh weiter mit der zweithöchsten Stufe. Sorgen bereitet auch der Lago Maggiore, der um 1,2 Meter gestiegen ist. „Wir haben im Juni 2024 gesehen, wie schnell es hier gehen kann“, sagte Lorena Cavalli, Gemeindepräsidentin von Cevio, mit Blick auf die damaligen verheerenden Unwetter im Tal.",
            ],
        },
        "translations": {
            "en": {
                "title": "Swiss floods: 140 evacuated as Maggia valley is cut off",
                "lead": "After days of torrential rain, the Maggia river in the Swiss canton of Ticino has burst its banks. The upper valley is cut off from the outside world and Lake Maggiore is rising fast.",
                "body": [
                    "Authorities in the Ticino villages of Cevio and Bignasco moved 140 residents to safety overnight into Friday. The Maggia flooded cellars, roads and a footbridge in several places. No one was injured, according to Ticino cantonal police.",
                    "Near Someo, the floodwaters swept away the car of a 67-year-old man. A helicopter of the Swiss air rescue service Rega winched him from the roof of his vehicle. Shortly afterwards a landslide buried the cantonal road between Locarno and Cavergno; the upper Maggia valley can now only be reached by air.",
                    "According to MeteoSwiss, 310 litres of rain per square metre fell at the Bosco/Gurin weather station within 36 hours. The weather service is maintaining its level 4 warning, the second-highest on a five-point scale, for the Locarno region and the Maggia valley until Saturday morning.",
                    "Lake Maggiore rose by 1.2 metres in 24 hours. Officials expect the water level to pass the 195.5-metre mark above sea level on Saturday, which would flood Locarno's lakeside promenade. “We have the situation under control, but the next 24 hours will be decisive,” said Claudio Ferrazzini, a member of Ticino's cantonal government.",
                ],
            },
            "fr": {
                "title": "Intempéries au Tessin: le val Maggia coupé du monde, 140 personnes évacuées",
                "lead": "Après plusieurs jours de pluies diluviennes, la Maggia est sortie de son lit au Tessin. Le haut de la vallée est isolé et le niveau du lac Majeur monte rapidement.",
                "body": [
                    "Dans la nuit de jeudi à vendredi, les autorités ont mis en sécurité 140 habitants des villages tessinois de Cevio et de Bignasco. La Maggia a inondé des caves, des routes et une passerelle à plusieurs endroits. Selon la police cantonale tessinoise, personne n'a été blessé.",
                    "Près de Someo, les flots ont emporté la voiture d'un homme de 67 ans. Un hélicoptère de la Rega l'a hélitreuillé depuis le toit de son véhicule. Peu après, un glissement de terrain a enseveli la route cantonale entre Locarno et Cavergno: le haut du val Maggia n'est plus accessible que par les airs.",
                    "Selon MétéoSuisse, la station de Bosco/Gurin a mesuré 310 litres de pluie par mètre carré en 36 heures. L'alerte de degré 4 sur 5 reste en vigueur pour le Locarnais et le val Maggia jusqu'à samedi matin.",
                    "Le lac Majeur est monté de 1,2 mètre en 24 heures. Les autorités s'attendent à ce qu'il dépasse samedi la cote de 195,5 mètres, ce qui inonderait les quais de Locarno. « Nous maîtrisons la situation, mais les 24 prochaines heures seront décisives », a déclaré le conseiller d'Etat tessinois Claudio Ferrazzini.",
                ],
            },
            "it": {
                "title": "Maltempo, la Maggia esonda: 140 evacuati tra Cevio e Bignasco",
                "lead": "Dopo giorni di piogge torrenziali il fiume Maggia è uscito dagli argini. L'alta valle è isolata e il livello del Lago Maggiore sale rapidamente.",
                "body": [
                    "Nella notte tra giovedì e venerdì le autorità hanno messo in salvo 140 abitanti di Cevio e Bignasco. La Maggia ha allagato cantine, strade e una passerella pedonale in più punti. Secondo la Polizia cantonale ticinese non ci sono feriti.",
                    "Nei pressi di Someo la piena ha travolto l'auto di un 67enne. Un elicottero della Rega lo ha recuperato con il verricello dal tetto del veicolo. Poco dopo una frana ha sepolto la strada cantonale tra Locarno e Cavergno: l'alta Vallemaggia è ora raggiungibile solo per via aerea.",
                    "Secondo MeteoSvizzera, alla stazione di Bosco Gurin sono caduti 310 litri di pioggia per metro quadrato in 36 ore. L'allerta di grado 4 su 5 per il Locarnese e la Vallemaggia resta in vigore fino a sabato mattina.",
                    "Il Lago Maggiore è cresciuto di 1,2 metri in 24 ore e sabato dovrebbe superare la quota di 195,5 metri sul livello del mare, allagando il lungolago di Locarno. «Abbiamo la situazione sotto controllo, ma le prossime 24 ore saranno decisive», ha dichiarato il consigliere di Stato Claudio Ferrazzini.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Maggia tritt über die Ufer: 140 Personen im Maggiatal evakuiert",
            "lead": "Nach tagelangem Starkregen ist die Maggia im Tessin über die Ufer getreten. Das obere Tal ist abgeschnitten, der Lago Maggiore steigt rasch.",
            "body": [
                "In der Nacht auf Freitag haben die Behörden in Cevio und Bignasco 140 Bewohnerinnen und Bewohner in Sicherheit gebracht. Die Maggia hatte an mehreren Stellen Keller, Strassen und eine Fussgängerbrücke überflutet. Verletzt wurde nach Angaben der Kantonspolizei Tessin niemand.",
                "Bei Someo erfassten die Wassermassen das Auto eines 67-jährigen Mannes. Eine Crew der Rega barg ihn mit der Winde vom Dach seines Fahrzeugs. Kurz darauf verschüttete ein Erdrutsch die Kantonsstrasse zwischen Locarno und Cavergno; das obere Maggiatal ist seither nur noch aus der Luft erreichbar.",
                "Laut MeteoSchweiz fielen an der Messstation Bosco Gurin innert 36 Stunden 310 Liter Regen pro Quadratmeter. Die Warnstufe 4 für das Locarnese und das Maggiatal gilt bis Samstagmorgen.",
                "Der Lago Maggiore stieg innert 24 Stunden um 1,2 Meter. «Wir haben die Lage im Griff, aber die nächsten 24 Stunden sind entscheidend», sagte Staatsrat Claudio Ferrazzini.",
            ],
        },
        "follow_up": {
            "days": 3,
            "refers": True,
            "title": "Nach dem Hochwasser: Schäden im Maggiatal auf 38 Millionen Franken geschätzt",
            "lead": "Die Evakuierten in Cevio und Bignasco dürfen zurück in ihre Häuser. Der Kanton Tessin richtet einen Nothilfefonds ein.",
            "body": [
                "Wie wir berichteten, hatten die Behörden in der Nacht zum Freitag 140 Menschen vor der über die Ufer getretenen Maggia in Sicherheit gebracht. Ab Montag dürfen die meisten von ihnen in ihre Häuser zurückkehren; 23 Bewohner bleiben vorerst in Notunterkünften, weil ihre Wohnungen unbewohnbar sind.",
                "Staatsrat Claudio Ferrazzini bezifferte die Schäden an Straßen, Brücken und Gebäuden am Sonntagabend vorläufig auf 38 Millionen Franken. Die Kantonsregierung stellt fünf Millionen Franken als Soforthilfe bereit. Die verschüttete Kantonsstraße bei Someo ist seit Sonntag wieder einspurig befahrbar, eine Ampel regelt den Verkehr.",
                "Der Lago Maggiore erreichte am Samstagabend mit 195,8 Metern seinen Höchststand. Die Uferpromenade von Locarno stand teilweise unter Wasser, inzwischen sinkt der Pegel um etwa zehn Zentimeter pro Tag. Cevios Gemeindepräsidentin Lorena Cavalli dankte den Helfern: „Ohne die schnelle Evakuierung wäre das anders ausgegangen.“",
            ],
        },
        "sibling": {
            "days": -12,
            "why": "earlier debris flow in the same valley, same officials and warning vocabulary",
            "title": "Murgang im Maggiatal: 35 Menschen in Peccia evakuiert",
            "lead": "Nach heftigen Gewittern hat ein Murgang im Tessiner Val Lavizzara die Straße nach Fusio verschüttet. Verletzt wurde niemand.",
            "body": [
                "Im Val Lavizzara, einem Seitental des Maggiatals, haben die Behörden in der Nacht zum Sonntag 35 Menschen aus dem Dorf Peccia in Sicherheit gebracht. Ein Murgang hatte Geröll und Baumstämme bis an die ersten Häuser geschoben. Die Kantonsstraße zwischen Bignasco und Fusio bleibt nach Angaben der Kantonspolizei Tessin mindestens bis Mittwoch gesperrt.",
                "MeteoSchweiz hatte für das Locarnese und das Maggiatal die Warnstufe 3 ausgerufen. An der Station Robiei wurden binnen zwölf Stunden 180 Liter Regen pro Quadratmeter gemessen. Ein Rega-Helikopter flog zwei Wanderer aus einer abgeschnittenen Alphütte aus.",
                "„Die Hänge sind nach dem nassen Sommer gesättigt“, sagte Staatsrat Claudio Ferrazzini bei einem Besuch vor Ort. Geologen sollen bis Dienstag prüfen, ob weitere Rutschungen drohen. Die Evakuierten sind bei Angehörigen und in einem Hotel in Bignasco untergebracht.",
            ],
        },
    },
    {
        "key": "p6-02",
        "section": "panorama",
        "time": "2026-10-21T23:20:00+02:00",
        "original": {
            "title": "Lkw-Unfall auf der Brennerautobahn: A13 bei Matrei gesperrt",
            "lead": "Ein Sattelzug hat am Mittwochabend in Tirol die Mittelleitplanke durchbrochen und beide Fahrtrichtungen blockiert. Die Sperre dürfte bis in den Donnerstagmorgen dauern.",
            "body": [
                "Auf der Brennerautobahn A13 ist am Mittwochabend gegen 20.45 Uhr ein mit 24 Tonnen Speiseöl beladener Sattelzug verunglückt. Nach Angaben der Landespolizeidirektion Tirol kam das Fahrzeug in Richtung Italien kurz vor der Ausfahrt Matrei-Steinach von der Fahrbahn ab, durchbrach die Mittelleitplanke und blieb quer über beiden Richtungsfahrbahnen liegen.",
                "Der 51 Jahre alte Fahrer aus Bulgarien wurde schwer verletzt und mit dem Notarzthubschrauber in die Klinik Innsbruck geflogen. Andere Fahrzeuge waren nicht beteiligt. Aus dem Tank liefen rund 400 Liter Diesel aus; die Feuerwehren aus Matrei und Steinach banden den Kraftstoff.",
                "Die Autobahn ist zwischen Schönberg und dem Brenner in beiden Richtungen gesperrt. Der Betreiber Asfinag rechnet damit, die Strecke frühestens am Donnerstag gegen 6 Uhr wieder freigeben zu können. Für die Bergung wird ein Spezialkran aus Innsbruck benötigt, zudem muss die Leitplanke auf 80 Metern erneuert werden.",
                "Der Verkehr wird über die Brennerstraße B182 umgeleitet, die für Lastwagen über 7,5 Tonnen gesperrt bleibt. „Wir bitten Lkw-Fahrer dringend, die Parkplätze im Inntal anzusteuern“, sagte Asfinag-Sprecherin Christina Haller. Die Unfallursache ist noch unklar.",
            ],
        },
        "ticker": {
            "title": "Brennerautobahn nach Lkw-Unfall dicht",
            "text": "Nach dem Unfall eines mit Speiseöl beladenen Sattelzugs ist die Brennerautobahn bei Matrei seit Mittwochabend in beiden Richtungen gesperrt, der Fahrer wurde schwer verletzt.",
        },
        "rewrite": {
            "title": "Sattelzug kracht durch Mittelleitplanke – Brenner-Route blockiert",
            "lead": "Schwerer Unfall im Tiroler Wipptal: Ein Lkw-Fahrer wurde mit dem Hubschrauber ins Krankenhaus gebracht, die A13 bleibt über Nacht zu.",
            "body": [
                "Die wichtigste Nord-Süd-Verbindung über die Alpen ist seit Mittwochabend unterbrochen. Ein Sattelzug, der 24 Tonnen Speiseöl nach Italien bringen sollte, geriet nahe Matrei am Brenner ins Schleudern, durchstieß die Mittelleitplanke und kam quer über beiden Richtungsfahrbahnen zum Stehen.",
                "Der Lenker, ein 51-jähriger Bulgare, erlitt schwere Verletzungen. Ein Notarzthubschrauber flog ihn nach Innsbruck. Einsatzkräfte mussten außerdem etwa 400 Liter ausgelaufenen Diesel binden.",
                "Nach Schätzung der Asfinag wird die A13 zwischen Schönberg und dem Brenner nicht vor 6 Uhr früh wieder befahrbar sein. Wer in den Süden will, muss auf die Brennerstraße ausweichen – allerdings nur mit dem Auto, schwere Lkw sind dort verboten. Für den Transitverkehr ist das ein weiterer Rückschlag: Wegen der Sanierung der Luegbrücke steht auf der Strecke ohnehin nur eine Spur je Richtung zur Verfügung.",
            ],
        },
        "translations": {
            "en": {
                "title": "Lorry crash shuts Brenner motorway in Austria",
                "lead": "An articulated lorry smashed through the central barrier of Austria's A13 motorway on Wednesday evening, blocking both carriageways. The closure is expected to last into Thursday morning.",
                "body": [
                    "The lorry, carrying 24 tonnes of cooking oil, crashed on the Brenner motorway at around 8.45 p.m. on Wednesday. According to Tyrol police, the vehicle was heading towards Italy when it left the road shortly before the Matrei-Steinach exit, broke through the central barrier and came to rest across both carriageways.",
                    "The 51-year-old driver from Bulgaria was seriously injured and flown by emergency helicopter to the university hospital in Innsbruck. No other vehicles were involved. Around 400 litres of diesel leaked from the tank; fire crews from Matrei and Steinach contained the spill.",
                    "The motorway is closed in both directions between Schönberg and the Brenner Pass. Operator Asfinag expects to reopen it at 6 a.m. on Thursday at the earliest. A special crane from Innsbruck is needed to recover the lorry, and 80 metres of barrier must be replaced.",
                    "Traffic is being diverted onto the B182 Brenner road, which remains closed to lorries over 7.5 tonnes. “We urgently ask lorry drivers to head for the car parks in the Inn valley,” said Asfinag spokeswoman Christina Haller. The cause of the crash is not yet known.",
                ],
            },
            "it": {
                "title": "Brennero, tir sfonda lo spartitraffico: A13 chiusa nei due sensi",
                "lead": "Un autoarticolato ha sfondato mercoledì sera il guardrail centrale dell'autostrada del Brennero in Tirolo, bloccando entrambe le carreggiate. La chiusura dovrebbe protrarsi fino a giovedì mattina.",
                "body": [
                    "L'incidente è avvenuto mercoledì verso le 20.45 sull'autostrada A13 del Brennero. Secondo la polizia del Tirolo, il mezzo, carico di 24 tonnellate di olio alimentare e diretto in Italia, è uscito di strada poco prima dello svincolo di Matrei-Steinach, ha sfondato il guardrail centrale e si è fermato di traverso su entrambe le carreggiate.",
                    "Il conducente, un bulgaro di 51 anni, è rimasto gravemente ferito ed è stato trasportato in elicottero alla clinica universitaria di Innsbruck. Non sono coinvolti altri veicoli. Dal serbatoio sono fuoriusciti circa 400 litri di gasolio, contenuti dai vigili del fuoco di Matrei e Steinach.",
                    "L'autostrada è chiusa in entrambe le direzioni tra Schönberg e il Brennero. La società Asfinag prevede di riaprirla non prima delle 6 di giovedì: per rimuovere il tir serve una gru speciale da Innsbruck e il guardrail va sostituito per 80 metri.",
                    "Il traffico viene deviato sulla statale B182, che resta vietata ai mezzi pesanti oltre le 7,5 tonnellate. «Chiediamo con urgenza ai camionisti di fermarsi nei parcheggi della valle dell'Inn», ha dichiarato la portavoce di Asfinag Christina Haller. Le cause dell'incidente non sono ancora chiare.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "A13 nach Sattelzug-Unfall bei Matrei gesperrt",
            "lead": "Ein Sattelzug hat am Mittwochabend auf der Brennerautobahn die Mittelleitschiene durchbrochen. Beide Fahrtrichtungen sind bis in die Früh blockiert.",
            "body": [
                "Auf der Brennerautobahn A13 ist am Mittwoch gegen 20.45 Uhr ein mit 24 Tonnen Speiseöl beladener Sattelzug verunglückt. Laut Landespolizeidirektion Tirol kam das Schwerfahrzeug in Fahrtrichtung Italien kurz vor der Ausfahrt Matrei-Steinach von der Fahrbahn ab, durchbrach die Mittelleitschiene und blieb quer über beiden Richtungsfahrbahnen liegen.",
                "Der 51-jährige Lenker aus Bulgarien wurde schwer verletzt und mit dem Notarzthubschrauber in die Klinik Innsbruck geflogen. Andere Fahrzeuge waren nicht beteiligt. Rund 400 Liter Diesel liefen aus, die Freiwilligen Feuerwehren Matrei und Steinach banden den Treibstoff.",
                "Die A13 ist zwischen Schönberg und dem Brenner in beiden Richtungen gesperrt. Die Asfinag rechnet mit einer Freigabe frühestens am Donnerstag gegen 6 Uhr. Der Verkehr wird über die Brennerstraße B182 umgeleitet, für Lkw über 7,5 Tonnen bleibt sie gesperrt. „Wir bitten Lkw-Fahrer dringend, die Parkplätze im Inntal anzusteuern“, sagte Asfinag-Sprecherin Christina Haller.",
            ],
        },
        "follow_up": {
            "days": 1.5,
            "refers": True,
            "title": "Brenner-Unfall: Lkw-Fahrer hatte 1,6 Promille",
            "lead": "Der Fahrer des verunglückten Sattelzugs war laut Polizei stark alkoholisiert. Die A13 war elf Stunden lang gesperrt.",
            "body": [
                "Der Lastwagenfahrer, der am Mittwochabend auf der Brennerautobahn verunglückt ist, war offenbar betrunken. Ein Bluttest in der Klinik Innsbruck ergab 1,6 Promille, wie die Landespolizeidirektion Tirol am Freitag mitteilte. Wie berichtet, hatte der Sattelzug bei Matrei die Mittelleitplanke durchbrochen und beide Richtungsfahrbahnen blockiert.",
                "Der 51-jährige Bulgare ist inzwischen außer Lebensgefahr. Er wird wegen fahrlässiger Gemeingefährdung und Trunkenheit am Steuer angezeigt, sein Führerschein wurde für Österreich vorläufig eingezogen.",
                "Die A13 blieb bis Donnerstag um 7.50 Uhr gesperrt, fast zwei Stunden länger als geplant. Die Asfinag beziffert den Schaden an Fahrbahn und Leitplanke auf rund 450.000 Euro. Sprecherin Christina Haller kündigte an, die Kosten bei der Spedition aus Plowdiw und deren Versicherung einzufordern. Die Polizei will die Alkoholkontrollen für Lastwagen am Brenner in den kommenden Wochen verstärken.",
            ],
        },
        "sibling": {
            "days": 13,
            "why": "same motorway, police and Asfinag spokeswoman, another lorry crash",
            "title": "Lkw-Unfall auf der Brennerautobahn: A13 bei Schönberg stundenlang gesperrt",
            "lead": "Ein mit Holz beladener Lastwagen ist am Dienstag in Tirol umgekippt. Der Fahrer wurde leicht verletzt.",
            "body": [
                "Auf der Brennerautobahn A13 ist am Dienstagnachmittag gegen 15.30 Uhr ein mit Rundholz beladener Lkw in Fahrtrichtung Innsbruck umgestürzt. Nach Angaben der Landespolizeidirektion Tirol verlor der 38 Jahre alte Fahrer aus Slowenien kurz vor der Europabrücke bei Schönberg in einer Kurve die Kontrolle. Er wurde leicht verletzt in die Klinik Innsbruck gebracht.",
                "Die Baumstämme verteilten sich über zwei Fahrstreifen. Die A13 blieb in Richtung Norden fünf Stunden gesperrt, der Verkehr staute sich bis zum Brenner auf 14 Kilometern. Die Gegenrichtung war nicht betroffen.",
                "„Wir hatten Glück, dass zu diesem Zeitpunkt kaum Autos unterwegs waren“, sagte Asfinag-Sprecherin Christina Haller. Für die Bergung mussten die Feuerwehren aus Schönberg und Mutters einen Kran anfordern. Die Polizei prüft, ob die Ladung ausreichend gesichert war.",
            ],
        },
    },
    {
        "key": "p6-03",
        "section": "panorama",
        "time": "2026-10-24T21:15:00+02:00",
        "original": {
            "title": "Swiss-Lotto-Jackpot geknackt: 42,7 Millionen Franken für einen Tipp aus dem Aargau",
            "lead": "Bei der Samstagsziehung des Schweizer Zahlenlottos hat ein einzelner Spieler sechs Richtige und die Glückszahl getippt. Es ist einer der höchsten Gewinne in der Geschichte der Lotterie.",
            "body": [
                "Die Gewinnzahlen der Ziehung vom 24. Oktober lauteten 4, 11, 19, 27, 33 und 41, die Glückszahl war die 5. Ein Spielschein, der in einer Verkaufsstelle im Kanton Aargau abgegeben wurde, traf alle Zahlen. Der Gewinn beträgt 42,7 Millionen Franken, umgerechnet etwa 45,5 Millionen Euro.",
                "Der Jackpot war seit Mitte August nicht mehr geknackt worden. Wer gewonnen hat, ist nicht bekannt. „Wir hoffen, dass sich die Person in den nächsten Tagen bei uns meldet“, sagte Swisslos-Sprecherin Corinne Widmer in Basel. Gewinne müssen innerhalb von sechs Monaten eingefordert werden.",
                "Drei weitere Spielscheine mit sechs Richtigen ohne Glückszahl bringen ihren Besitzern jeweils rund 830.000 Franken.",
                "In der Schweiz sind Lottogewinne über einer Million Franken einkommensteuerpflichtig. Swisslos zieht zunächst 35 Prozent Verrechnungssteuer ab, die sich der Gewinner bei korrekter Angabe in der Steuererklärung zurückerstatten lassen kann. Die Erträge der Lotterie fließen zu einem großen Teil in gemeinnützige Projekte aus Kultur, Sport und Sozialem.",
            ],
        },
        "ticker": {
            "title": "Lotto-Millionen gehen in den Aargau",
            "text": "Ein Spieler aus dem Kanton Aargau hat bei der Samstagsziehung von Swiss Lotto den Jackpot von 42,7 Millionen Franken geknackt.",
        },
        "rewrite": {
            "title": "Aargauer Glückspilz räumt Riesen-Jackpot ab",
            "lead": "Sechs Richtige plus Glückszahl: Ein einziger Lottoschein aus dem Aargau bringt 42,7 Millionen Franken.",
            "body": [
                "Nach gut zwei Monaten ohne Hauptgewinner ist der Jackpot des Swiss Lotto am Samstagabend geknackt worden. Ein Schein aus dem Kanton Aargau hatte die Zahlen 4, 11, 19, 27, 33 und 41 sowie die Glückszahl 5 angekreuzt. Der Gewinner oder die Gewinnerin erhält 42,7 Millionen Franken.",
                "Die Lotteriegesellschaft Swisslos kennt die Identität in der Regel nicht, weil viele Scheine anonym am Kiosk abgegeben werden. Sprecherin Corinne Widmer rät, die Quittung sicher aufzubewahren und zunächst niemandem von dem Glück zu erzählen. „Unsere Erfahrung zeigt: Wer ruhig bleibt und sich Zeit nimmt, trifft die besseren Entscheidungen.“",
                "Ganz ohne Abzüge bleibt der Gewinn nicht: Swisslos behält vorerst 35 Prozent Verrechnungssteuer ein. Drei weitere Spieler tippten sechs Richtige ohne Glückszahl und dürfen sich über je rund 830.000 Franken freuen.",
            ],
        },
        "translations": {
            "en": {
                "title": "Swiss Lotto jackpot of 42.7 million francs won in Aargau",
                "lead": "A single player matched all six numbers plus the lucky number in Saturday's Swiss Lotto draw, scooping one of the biggest prizes in the lottery's history.",
                "body": [
                    "The winning numbers in the October 24 draw were 4, 11, 19, 27, 33 and 41, with 5 as the lucky number. A ticket bought at a sales outlet in the canton of Aargau matched them all. The prize is worth 42.7 million Swiss francs, or roughly 45.5 million euros.",
                    "The jackpot had not been won since mid-August. The identity of the winner is not known. “We hope the person will get in touch with us in the coming days,” said Swisslos spokeswoman Corinne Widmer in Basel. Prizes must be claimed within six months.",
                    "Three other tickets matched six numbers without the lucky number and will each pay out around 830,000 francs.",
                    "In Switzerland, lottery winnings above one million francs are subject to income tax. Swisslos first withholds 35 percent, which winners can reclaim if they declare the prize correctly in their tax return. Much of the lottery's revenue goes to charitable projects in culture, sport and social welfare.",
                ],
            },
            "fr": {
                "title": "Swiss Loto: un joueur argovien décroche 42,7 millions de francs",
                "lead": "Un seul joueur a trouvé les six bons numéros et le numéro chance lors du tirage de samedi. Il s'agit de l'un des plus gros gains de l'histoire de la loterie.",
                "body": [
                    "Les numéros gagnants du tirage du 24 octobre étaient le 4, le 11, le 19, le 27, le 33 et le 41, avec le 5 comme numéro chance. Un bulletin validé dans un point de vente du canton d'Argovie les a tous cochés. Le gain s'élève à 42,7 millions de francs, soit environ 45,5 millions d'euros.",
                    "Le jackpot n'avait plus été remporté depuis la mi-août. L'identité du gagnant n'est pas connue. « Nous espérons que cette personne se manifestera dans les prochains jours », a indiqué Corinne Widmer, porte-parole de Swisslos, à Bâle. Les gains doivent être réclamés dans un délai de six mois.",
                    "Trois autres bulletins comportaient six bons numéros sans le numéro chance et rapportent chacun quelque 830 000 francs.",
                    "En Suisse, les gains de loterie supérieurs à un million de francs sont soumis à l'impôt sur le revenu. Swisslos prélève d'abord un impôt anticipé de 35%, que le gagnant peut récupérer s'il déclare correctement son gain.",
                ],
            },
            "it": {
                "title": "Swiss Lotto, centrato il jackpot: 42,7 milioni di franchi in Argovia",
                "lead": "Un solo giocatore ha indovinato i sei numeri e il numero fortunato nell'estrazione di sabato. È una delle vincite più alte nella storia della lotteria.",
                "body": [
                    "I numeri vincenti dell'estrazione del 24 ottobre sono stati 4, 11, 19, 27, 33 e 41, numero fortunato il 5. Una schedina giocata in un punto vendita del Canton Argovia li ha centrati tutti. La vincita ammonta a 42,7 milioni di franchi, circa 45,5 milioni di euro.",
                    "Il jackpot non veniva vinto da metà agosto. L'identità del vincitore non è nota. «Speriamo che la persona si faccia viva nei prossimi giorni», ha detto a Basilea la portavoce di Swisslos Corinne Widmer. Le vincite vanno riscosse entro sei mesi.",
                    "Altre tre schedine con sei numeri esatti ma senza numero fortunato valgono ciascuna circa 830.000 franchi.",
                    "In Svizzera le vincite al lotto superiori a un milione di franchi sono soggette all'imposta sul reddito. Swisslos trattiene dapprima il 35 per cento di imposta preventiva, che il vincitore può farsi rimborsare dichiarando correttamente la vincita.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Jackpot geknackt: 42,7 Millionen Franken gehen in den Aargau",
            "lead": "Bei der Samstagsziehung von Swiss Lotto hat ein einzelner Tipp sechs Richtige und die Glückszahl erzielt. Es ist einer der höchsten Gewinne in der Geschichte der Lotterie.",
            "body": [
                "Die Gewinnzahlen der Ziehung vom 24. Oktober lauteten 4, 11, 19, 27, 33 und 41, die Glückszahl war die 5. Ein Lottoschein, der an einer Verkaufsstelle im Kanton Aargau abgegeben wurde, traf alle Zahlen. Der Gewinn beträgt 42,7 Millionen Franken.",
                "Der Jackpot war seit Mitte August nicht mehr geknackt worden. Wer gewonnen hat, ist nicht bekannt. «Wir hoffen, dass sich die Person in den nächsten Tagen bei uns meldet», sagte Swisslos-Sprecherin Corinne Widmer in Basel. Gewinne müssen innert sechs Monaten eingefordert werden.",
                "Drei weitere Lottoscheine mit sechs Richtigen ohne Glückszahl bringen ihren Besitzern je rund 830'000 Franken.",
                "Lottogewinne über einer Million Franken sind einkommenssteuerpflichtig. Swisslos zieht zunächst 35 Prozent Verrechnungssteuer ab, die bei korrekter Deklaration zurückerstattet wird.",
            ],
        },
        "follow_up": {
            "days": 9,
            "refers": False,
            "title": "Swiss-Lotto-Gewinnerin hat sich gemeldet",
            "lead": "Die 42,7 Millionen Franken aus der Ziehung vom 24. Oktober gehen an eine Frau aus dem Aargau. Sie will anonym bleiben.",
            "body": [
                "Die Gewinnerin des Swiss-Lotto-Jackpots hat sich bei Swisslos in Basel gemeldet. Die Frau hatte ihren Schein an einem Kiosk in Baden abgegeben, wie Sprecherin Corinne Widmer am Montag sagte. Zu Alter und Beruf machte die Lotteriegesellschaft keine Angaben, die Gewinnerin wünsche absolute Anonymität.",
                "Sie habe die Quittung eine Woche lang in einem Buch versteckt, bevor sie sich nach Basel getraut habe, berichtete Widmer. Swisslos bietet Großgewinnern eine Beratung durch Finanz- und Steuerfachleute an, die die Frau angenommen habe. Die 42,7 Millionen Franken werden abzüglich 35 Prozent Verrechnungssteuer in den kommenden Tagen überwiesen.",
                "Der Kiosk in Baden erhält als Verkaufsstelle eine Prämie von 10.000 Franken. Nach Angaben von Swisslos ist es der höchste Lottogewinn, der je im Kanton Aargau erzielt wurde.",
            ],
        },
        "sibling": {
            "days": 4,
            "why": "next draw of the same lottery, same template and spokeswoman, different numbers",
            "title": "Swiss Lotto: Kein Volltreffer, Jackpot steigt auf 1,9 Millionen Franken",
            "lead": "Bei der Mittwochsziehung des Schweizer Zahlenlottos hat niemand alle sechs Zahlen und die Glückszahl richtig getippt.",
            "body": [
                "Die Gewinnzahlen der Ziehung vom 28. Oktober lauteten 2, 8, 17, 26, 35 und 40, die Glückszahl war die 3. Einen Volltreffer gab es nicht, teilte Swisslos in Basel mit. Bei der Ziehung am Samstag geht es damit um einen Jackpot von 1,9 Millionen Franken.",
                "Ein Spieler aus dem Kanton Aargau und eine Spielerin aus dem Kanton Bern tippten sechs Richtige ohne Glückszahl und erhalten je rund 412.000 Franken. „Die Chancen stehen bei jeder Ziehung gleich, egal wie hoch der Jackpot ist“, sagte Swisslos-Sprecherin Corinne Widmer.",
                "Beim Swiss Lotto werden zweimal pro Woche, mittwochs und samstags, sechs aus 42 Zahlen sowie eine Glückszahl aus sechs gezogen. Die Chance auf den Jackpot liegt bei eins zu 31,5 Millionen. Lottogewinne über einer Million Franken sind in der Schweiz einkommensteuerpflichtig.",
            ],
        },
    },
    {
        "key": "p6-04",
        "section": "panorama",
        "time": "2026-11-03T10:30:00+01:00",
        "original": {
            "title": "Wiener Bankberater soll Senioren um 3,2 Millionen Euro gebracht haben",
            "lead": "Vor dem Landesgericht für Strafsachen in Wien hat der Prozess gegen einen früheren Anlageberater begonnen. Er soll 17 ältere Kunden jahrelang betrogen haben.",
            "body": [
                "Dem 46 Jahre alten Markus Pöltl werden schwerer gewerbsmäßiger Betrug und Untreue vorgeworfen. Laut Anklage der Wirtschafts- und Korruptionsstaatsanwaltschaft (WKStA) hat der ehemalige Mitarbeiter einer Wiener Privatbank zwischen 2019 und 2025 Unterschriften gefälscht und Geld von den Konten seiner Kunden auf eigene Konten überwiesen. Die Geschädigten waren zwischen 71 und 93 Jahre alt.",
                "Insgesamt soll Pöltl rund 3,2 Millionen Euro abgezweigt haben. Das Geld floss nach Darstellung von Staatsanwalt Thomas Reisinger vor allem in Sportwetten sowie in eine Ferienwohnung im kroatischen Rovinj. „Er hat das Vertrauen von Menschen missbraucht, die ihm ihre Ersparnisse für das Alter anvertraut hatten“, sagte Reisinger zum Auftakt.",
                "Der Angeklagte zeigte sich teilweise geständig. Er räumte die Überweisungen ein, bestritt aber, von Anfang an mit Bereicherungsabsicht gehandelt zu haben. Er habe Spielschulden decken wollen und geplant, das Geld zurückzuzahlen, sagte seine Verteidigerin Sabine Koller.",
                "Ihm drohen bis zu zehn Jahre Haft. Der Schöffensenat unter Vorsitz von Richterin Claudia Wurzinger hat zwei Verhandlungstage angesetzt, ein Urteil wird für Mittwoch erwartet.",
            ],
        },
        "ticker": {
            "title": "Millionenbetrug an Senioren: Prozess in Wien",
            "text": "In Wien steht seit Dienstag ein früherer Bankberater vor Gericht, der 17 ältere Kunden um insgesamt 3,2 Millionen Euro betrogen haben soll.",
        },
        "rewrite": {
            "title": "Spielschulden statt Altersvorsorge: Ex-Anlageberater vor Gericht",
            "lead": "Ein 46-Jähriger soll Kundinnen und Kunden einer Wiener Privatbank mit gefälschten Unterschriften ausgeplündert haben. Zum Prozessauftakt gab er die Überweisungen zu.",
            "body": [
                "Es waren Menschen jenseits der 70, viele von ihnen verwitwet, die Markus Pöltl ihre Ersparnisse anvertrauten. Nach Überzeugung der WKStA nutzte der Anlageberater das aus: Von 2019 bis 2025 soll er in 17 Fällen Überweisungsaufträge mit gefälschten Unterschriften versehen und insgesamt 3,2 Millionen Euro auf eigene Konten gelenkt haben.",
                "Ein Teil des Geldes sei in einer Wohnung in Rovinj an der kroatischen Adriaküste gelandet, der Großteil bei Wettanbietern, sagte Staatsanwalt Thomas Reisinger am Dienstag im Wiener Landesgericht. Aufgefallen war der Schwindel, als die Tochter einer 89-jährigen Kundin Kontoauszüge prüfte.",
                "Pöltl bestreitet nicht, das Geld genommen zu haben. Er habe es aber zurückzahlen wollen, sobald er seine Wettschulden los sei, ließ er über Verteidigerin Sabine Koller erklären. Die Anklage lautet auf schweren gewerbsmäßigen Betrug und Untreue, der Strafrahmen beträgt bis zu zehn Jahre. Das Urteil soll am Mittwoch fallen.",
            ],
        },
        "translations": {
            "en": {
                "title": "Vienna bank adviser accused of cheating elderly clients out of 3.2 million euros",
                "lead": "The trial of a former investment adviser has opened at Vienna's criminal court. He is accused of defrauding 17 elderly clients over several years.",
                "body": [
                    "Markus Pöltl, 46, is charged with aggravated commercial fraud and breach of trust. According to the indictment by Austria's anti-corruption prosecutors (WKStA), the former employee of a Viennese private bank forged signatures between 2019 and 2025 and transferred money from his clients' accounts to his own. The victims were aged between 71 and 93.",
                    "In total, Pöltl is alleged to have siphoned off around 3.2 million euros. According to prosecutor Thomas Reisinger, the money went mainly on sports betting and a holiday flat in Rovinj, Croatia. “He abused the trust of people who had handed him their savings for old age,” Reisinger said as the trial opened.",
                    "The defendant made a partial confession. He admitted the transfers but denied having intended to enrich himself from the outset. He had wanted to cover gambling debts and planned to pay the money back, said his lawyer Sabine Koller.",
                    "He faces up to ten years in prison. The panel chaired by Judge Claudia Wurzinger has set aside two days for the hearing, and a verdict is expected on Wednesday.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "Prozess in Wien: Ex-Bankberater soll Pensionisten um 3,2 Millionen Euro gebracht haben",
            "lead": "Am Straflandesgericht Wien hat am Dienstag der Prozess gegen einen früheren Anlageberater begonnen. Er soll 17 ältere Kundinnen und Kunden geschädigt haben.",
            "body": [
                "Dem 46-jährigen Markus Pöltl werden schwerer gewerbsmäßiger Betrug und Untreue vorgeworfen. Laut Anklage der WKStA hat der ehemalige Mitarbeiter einer Wiener Privatbank zwischen 2019 und 2025 Unterschriften gefälscht und Geld von den Konten seiner Kunden auf eigene Konten überwiesen. Die geschädigten Pensionistinnen und Pensionisten waren zwischen 71 und 93 Jahre alt.",
                "Insgesamt soll Pöltl rund 3,2 Millionen Euro abgezweigt haben, vor allem für Sportwetten und eine Ferienwohnung im kroatischen Rovinj. „Er hat das Vertrauen von Menschen missbraucht, die ihm ihre Ersparnisse für das Alter anvertraut hatten“, sagte Staatsanwalt Thomas Reisinger.",
                "Der Angeklagte zeigte sich teilgeständig. Er habe Spielschulden decken wollen und geplant, das Geld zurückzuzahlen, sagte seine Verteidigerin Sabine Koller. Ihm drohen bis zu zehn Jahre Haft. Der Schöffensenat unter Vorsitz von Richterin Claudia Wurzinger hat zwei Verhandlungstage anberaumt, das Urteil soll am Mittwoch fallen.",
            ],
        },
        "follow_up": {
            "days": 1.25,
            "refers": True,
            "title": "Sechs Jahre Haft für Wiener Bankberater",
            "lead": "Der frühere Anlageberater Markus Pöltl ist wegen Betrugs an 17 Senioren verurteilt worden. Das Urteil ist nicht rechtskräftig.",
            "body": [
                "Das Landesgericht für Strafsachen in Wien hat den früheren Bankberater Markus Pöltl am Mittwoch zu sechs Jahren unbedingter Haft verurteilt. Der Schöffensenat unter Vorsitz von Richterin Claudia Wurzinger sprach den 46-Jährigen des schweren gewerbsmäßigen Betrugs und der Untreue schuldig. Erst am Dienstag hatte der Prozess begonnen, in dem Pöltl vorgeworfen wurde, ältere Kunden einer Privatbank um 3,2 Millionen Euro gebracht zu haben.",
                "Wurzinger wertete das Teilgeständnis als mildernd, das hohe Alter der Opfer und die lange Tatdauer als erschwerend. Pöltl muss den Geschädigten zudem 2,9 Millionen Euro zurückzahlen; die Ferienwohnung in Rovinj wurde bereits beschlagnahmt. Die Bank hat zwölf der 17 Betroffenen inzwischen entschädigt.",
                "Verteidigerin Sabine Koller meldete Berufung gegen die Strafhöhe an. Staatsanwalt Thomas Reisinger gab keine Erklärung ab.",
            ],
        },
        "sibling": {
            "days": -15,
            "why": "same court, judge and prosecutor, another fraud trial with similar charges",
            "title": "Steuerberaterin wegen Betrugs mit Corona-Hilfen vor Gericht in Wien",
            "lead": "Eine 53-Jährige soll für erfundene Firmen Förderungen von 1,1 Millionen Euro kassiert haben. Sie bestreitet die Vorwürfe.",
            "body": [
                "Vor dem Landesgericht für Strafsachen in Wien muss sich seit Montag eine 53 Jahre alte Steuerberaterin verantworten. Laut Anklage der Wirtschafts- und Korruptionsstaatsanwaltschaft beantragte Elisabeth Haas zwischen 2020 und 2022 für elf Scheinfirmen Corona-Hilfen bei der staatlichen Förderagentur COFAG und erhielt dabei rund 1,1 Millionen Euro.",
                "Die Angeklagte wies den Vorwurf des schweren gewerbsmäßigen Betrugs zurück. Sie habe im Auftrag von Mandanten gehandelt und deren Angaben nicht überprüfen können, sagte sie vor dem Schöffensenat unter Vorsitz von Richterin Claudia Wurzinger. Staatsanwalt Thomas Reisinger hielt dagegen, die Firmen hätten nur auf dem Papier existiert.",
                "Der Angeklagten drohen bis zu zehn Jahre Haft. Für den Prozess sind vier Verhandlungstage angesetzt, ein Urteil wird Ende nächster Woche erwartet.",
            ],
        },
    },
    {
        "key": "p6-05",
        "section": "panorama",
        "time": "2026-11-12T18:40:00+01:00",
        "original": {
            "title": "Bewaffneter Überfall auf Juweliergeschäft an Zürichs Bahnhofstraße",
            "lead": "Drei maskierte Männer haben am Donnerstagnachmittag in der Zürcher Innenstadt Uhren und Schmuck im Wert von rund 1,8 Millionen Franken erbeutet. Sie flüchteten auf Motorrollern.",
            "body": [
                "Der Überfall ereignete sich gegen 16.50 Uhr in einem Juweliergeschäft an der Bahnhofstraße, mitten im Feierabendverkehr. Nach Angaben der Stadtpolizei Zürich bedrohten die Täter zwei Angestellte und eine Kundin mit Pistolen, während sie mit Hämmern mehrere Vitrinen zertrümmerten. Nach weniger als zwei Minuten verließen sie den Laden wieder.",
                "Draußen warteten zwei Motorroller, mit denen die Männer in Richtung Paradeplatz flüchteten. Eine sofort eingeleitete Fahndung mit einem Polizeihelikopter blieb bis zum Abend erfolglos. Verletzt wurde niemand, die drei Frauen im Geschäft wurden psychologisch betreut.",
                "Den Wert der Beute schätzt die Polizei auf rund 1,8 Millionen Franken, vor allem Luxusuhren. „Das Vorgehen war hochprofessionell und offensichtlich gut geplant“, sagte Polizeisprecherin Judith Frischknecht. Die Ermittler prüfen Verbindungen zu ähnlichen Überfällen im Ausland.",
                "Der Trambetrieb auf der Bahnhofstraße war für 45 Minuten unterbrochen. Die Polizei sucht Zeugen, die die Flucht beobachtet oder Videoaufnahmen gemacht haben.",
            ],
        },
        "ticker": {
            "title": "Juwelier in Zürich überfallen",
            "text": "Drei bewaffnete Männer haben am Donnerstagnachmittag ein Juweliergeschäft an der Zürcher Bahnhofstraße überfallen und Uhren für rund 1,8 Millionen Franken erbeutet.",
        },
        "rewrite": {
            "title": "Zwei Minuten, 1,8 Millionen Franken: Räuber plündern Zürcher Juwelier",
            "lead": "Mit Pistolen und Hämmern haben Unbekannte ein Geschäft an der Bahnhofstraße ausgeraubt. Die Polizei sucht nach drei Männern.",
            "body": [
                "Zur besten Einkaufszeit stürmten am Donnerstag kurz vor 17 Uhr drei vermummte Männer in das Geschäft an Zürichs bekanntester Einkaufsmeile. Während einer die Angestellten in Schach hielt, schlugen die anderen die Glasvitrinen ein und rafften vor allem Luxusuhren zusammen. Die Beute hat einen Wert von etwa 1,8 Millionen Franken.",
                "Auf zwei bereitstehenden Rollern entkamen die Täter Richtung Paradeplatz. Auch ein Helikopter konnte sie nicht aufspüren. Zwei Verkäuferinnen und eine Kundin kamen mit dem Schrecken davon.",
                "Die Stadtpolizei Zürich spricht von einer akribisch vorbereiteten Tat. Sprecherin Judith Frischknecht wollte nicht ausschließen, dass eine international operierende Bande dahintersteckt. Juweliere an der Bahnhofstraße sind immer wieder Ziel solcher Überfälle; ein Vertreter der Geschäftsinhaber forderte am Abend mehr Polizeipräsenz in der Innenstadt.",
            ],
        },
        "translations": {
            "en": {
                "title": "Armed gang robs jeweller on Zurich's Bahnhofstrasse",
                "lead": "Three masked men stole watches and jewellery worth around 1.8 million Swiss francs in central Zurich on Thursday afternoon. They escaped on scooters.",
                "body": [
                    "The robbery took place at around 4.50 p.m. at a jewellery shop on Bahnhofstrasse, in the middle of the evening rush hour. According to Zurich city police, the robbers threatened two employees and a customer with pistols while smashing several display cases with hammers. They left the shop again after less than two minutes.",
                    "Two scooters were waiting outside, on which the men fled towards Paradeplatz. A manhunt launched immediately with a police helicopter had produced no result by the evening. No one was hurt; the three women in the shop received psychological support.",
                    "Police put the value of the haul at around 1.8 million francs, mostly luxury watches. “The operation was highly professional and clearly well planned,” said police spokeswoman Judith Frischknecht. Investigators are looking into possible links to similar robberies abroad.",
                    "Tram services on Bahnhofstrasse were suspended for 45 minutes. Police are appealing for witnesses who saw the getaway or filmed it.",
                ],
            },
            "fr": {
                "title": "Zurich: braquage éclair dans une bijouterie de la Bahnhofstrasse",
                "lead": "Trois hommes masqués ont dérobé jeudi après-midi des montres et des bijoux d'une valeur d'environ 1,8 million de francs au centre de Zurich. Ils ont pris la fuite à scooter.",
                "body": [
                    "Le braquage s'est produit vers 16 h 50 dans une bijouterie de la Bahnhofstrasse, en pleine heure de pointe. Selon la police municipale zurichoise, les malfaiteurs ont menacé deux employées et une cliente avec des pistolets, tout en brisant plusieurs vitrines à coups de marteau. Ils sont ressortis du magasin en moins de deux minutes.",
                    "Deux scooters les attendaient devant la boutique; les hommes ont filé en direction de la Paradeplatz. Les recherches lancées aussitôt, avec l'appui d'un hélicoptère, n'avaient rien donné en soirée. Personne n'a été blessé, les trois femmes présentes ont bénéficié d'un soutien psychologique.",
                    "La police estime le butin à quelque 1,8 million de francs, principalement des montres de luxe. « Le mode opératoire était très professionnel et manifestement bien préparé », a déclaré sa porte-parole Judith Frischknecht. Les enquêteurs examinent d'éventuels liens avec des braquages similaires à l'étranger.",
                ],
            },
            "it": {
                "title": "Zurigo, colpo da 1,8 milioni in una gioielleria della Bahnhofstrasse",
                "lead": "Tre uomini mascherati e armati hanno rapinato giovedì pomeriggio una gioielleria nel centro di Zurigo, portando via orologi e gioielli per circa 1,8 milioni di franchi. Sono fuggiti su due scooter.",
                "body": [
                    "La rapina è avvenuta verso le 16.50 in una gioielleria della Bahnhofstrasse, in piena ora di punta. Secondo la Polizia della città di Zurigo, i malviventi hanno minacciato con pistole due dipendenti e una cliente, mentre frantumavano diverse vetrine a colpi di martello. In meno di due minuti hanno lasciato il negozio.",
                    "Fuori li attendevano due scooter, con i quali si sono dileguati in direzione di Paradeplatz. Le ricerche, avviate subito anche con un elicottero, fino a sera non hanno dato esito. Nessuno è rimasto ferito; le tre donne presenti sono state assistite da psicologi.",
                    "La polizia stima il bottino in circa 1,8 milioni di franchi, soprattutto orologi di lusso. «L'azione è stata molto professionale e chiaramente ben pianificata», ha dichiarato la portavoce Judith Frischknecht. Gli inquirenti verificano possibili legami con colpi analoghi all'estero.",
                    "La circolazione dei tram sulla Bahnhofstrasse è rimasta interrotta per 45 minuti. La polizia cerca testimoni che abbiano visto la fuga o l'abbiano filmata.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Überfall an der Bahnhofstrasse: Räuber erbeuten Uhren für 1,8 Millionen",
            "lead": "Drei maskierte Männer haben am Donnerstagnachmittag in der Zürcher Innenstadt Uhren und Schmuck im Wert von rund 1,8 Millionen Franken erbeutet. Sie flüchteten auf Motorrollern.",
            "body": [
                "Der Überfall ereignete sich gegen 16.50 Uhr in einem Juweliergeschäft an der Bahnhofstrasse, mitten im Feierabendverkehr. Laut Stadtpolizei Zürich bedrohten die Täter zwei Angestellte und eine Kundin mit Pistolen, während sie mit Hämmern mehrere Vitrinen zertrümmerten. Nach weniger als zwei Minuten verliessen sie den Laden wieder.",
                "Draussen warteten zwei Motorroller, mit denen die Männer Richtung Paradeplatz flüchteten. Eine sofort eingeleitete Fahndung mit einem Polizeihelikopter blieb bis am Abend erfolglos. Verletzt wurde niemand, die drei Frauen im Geschäft wurden von einem Care-Team betreut.",
                "Den Wert der Beute schätzt die Polizei auf rund 1,8 Millionen Franken, vor allem Luxusuhren. «Das Vorgehen war hochprofessionell und offensichtlich gut geplant», sagte Polizeisprecherin Judith Frischknecht.",
                "Der Trambetrieb auf der Bahnhofstrasse war während 45 Minuten unterbrochen. Die Polizei sucht Zeugen, die die Flucht beobachtet oder Videoaufnahmen gemacht haben.",
            ],
        },
        "follow_up": {
            "days": 6,
            "refers": True,
            "title": "Juwelenraub in Zürich: Zwei Verdächtige in Lyon festgenommen",
            "lead": "Die französische Polizei hat zwei mutmaßliche Täter gefasst. Ein Teil der Beute ist wieder aufgetaucht.",
            "body": [
                "Knapp eine Woche nach dem Überfall auf ein Juweliergeschäft an der Zürcher Bahnhofstraße sind zwei Verdächtige in Frankreich festgenommen worden. Zuvor hatten wir darüber berichtet, wie drei bewaffnete Männer am vergangenen Donnerstag Uhren und Schmuck für rund 1,8 Millionen Franken erbeutet hatten.",
                "Die beiden Franzosen im Alter von 24 und 29 Jahren wurden am Dienstag in einer Wohnung in Lyon gefasst, wie die Staatsanwaltschaft Zürich am Mittwoch mitteilte. Dabei stellten die Ermittler elf Uhren im Wert von etwa 400.000 Franken sicher. Die Spur führte über einen der Motorroller, der wenige Stunden nach der Tat in Zürich-Wiedikon gefunden worden war.",
                "Die Schweiz hat die Auslieferung der beiden Männer beantragt. Nach dem dritten Täter wird weiter gefahndet. „Die enge Zusammenarbeit mit den französischen Behörden hat sich ausgezahlt“, sagte Polizeisprecherin Judith Frischknecht.",
            ],
        },
        "sibling": {
            "days": -24,
            "why": "same street and police spokeswoman, an earlier and smaller robbery",
            "title": "Überfall auf Uhrengeschäft an der Zürcher Bahnhofstraße",
            "lead": "Ein Mann mit einem Messer hat am Montag sechs Armbanduhren erbeutet. Er flüchtete zu Fuß.",
            "body": [
                "In einem Uhrengeschäft an der Bahnhofstraße in Zürich hat ein unbekannter Mann am Montagvormittag gegen 10.15 Uhr eine Verkäuferin mit einem Messer bedroht. Er ließ sich sechs Armbanduhren im Wert von rund 320.000 Franken aushändigen und flüchtete zu Fuß in Richtung Rennweg, wie die Stadtpolizei Zürich mitteilte.",
                "Die Verkäuferin blieb unverletzt. Eine Fahndung mit mehreren Patrouillen verlief erfolglos. Der Täter ist etwa 30 Jahre alt, rund 1,80 Meter groß und trug eine dunkle Wollmütze sowie eine graue Jacke.",
                "„Wir gehen von einem Einzeltäter aus“, sagte Polizeisprecherin Judith Frischknecht. Die Polizei wertet Bilder von Überwachungskameras aus und bittet Zeugen, sich zu melden. Der Trambetrieb war nicht beeinträchtigt.",
            ],
        },
    },
    {
        "key": "p6-06",
        "section": "panorama",
        "time": "2026-11-03T08:40:00+01:00",
        "original": {
            "title": "Stellwerkstörung legt Bahnknoten Bern lahm",
            "lead": "Seit dem frühen Dienstagmorgen fahren im Hauptbahnhof Bern kaum Züge. Zehntausende Pendler in der Schweiz sind betroffen.",
            "body": [
                "Eine Störung im elektronischen Stellwerk hat am Dienstagmorgen den Bahnverkehr im Hauptbahnhof Bern weitgehend zum Erliegen gebracht. Ab 5.20 Uhr konnten zunächst keine Züge ein- oder ausfahren, wie die Schweizerischen Bundesbahnen (SBB) mitteilten. Seit etwa 7.30 Uhr verkehrt ein Teil der Verbindungen wieder, allerdings mit erheblichen Verspätungen.",
                "Betroffen sind nach SBB-Angaben bislang rund 260 Züge, 120 davon fielen ganz aus. Unterbrochen waren unter anderem die Intercity-Verbindungen von Bern nach Zürich, Basel, Lausanne und Genf sowie die S-Bahn-Linien der BLS. Die Züge des Regionalverkehrs Bern-Solothurn, die in einem eigenen unterirdischen Bahnhof halten, fuhren normal.",
                "Zwischen Bern und Thun sowie zwischen Bern und Biel setzten die Bahnen Ersatzbusse ein. „Wir empfehlen allen Reisenden, die nicht zwingend unterwegs sein müssen, ihre Fahrt zu verschieben“, sagte SBB-Sprecher Reto Schärli. Die Ursache der Störung sei noch unklar, Techniker arbeiteten mit Hochdruck an einer Lösung.",
                "Die SBB rechnen mit Einschränkungen bis in den Mittag hinein.",
            ],
        },
        "ticker": {
            "title": "Eilmeldung: Bahnverkehr in Bern unterbrochen",
            "text": "Wegen einer Stellwerkstörung können seit 5.20 Uhr kaum Züge den Hauptbahnhof Bern anfahren oder verlassen, rund 120 Verbindungen fielen bereits aus.",
        },
        "rewrite": {
            "title": "Pendlerchaos in Bern: Stellwerk streikt",
            "lead": "Stundenlang ging am Dienstag im Berner Hauptbahnhof fast nichts mehr. Die SBB rieten von nicht nötigen Reisen ab.",
            "body": [
                "Volle Bahnsteige, leere Gleise: Wer am Dienstagmorgen in Bern einen Zug erreichen wollte, brauchte Geduld. Ein Defekt im Stellwerk blockierte ab 5.20 Uhr sämtliche Ein- und Ausfahrten am zweitgrößten Bahnhof der Schweiz. Erst nach gut zwei Stunden rollten die ersten Züge wieder.",
                "Bis zum Vormittag zählten die Schweizerischen Bundesbahnen etwa 260 betroffene Verbindungen, für 120 davon gab es gar keinen Ersatz auf der Schiene. Der Ausfall traf die Intercitys Richtung Zürich, Basel und Genfersee ebenso wie die S-Bahn der BLS. Nach Thun und Biel pendelten Busse. Verschont blieb nur der Regionalverkehr Bern-Solothurn mit seinem separaten Tiefbahnhof.",
                "Warum das Stellwerk versagte, konnte SBB-Sprecher Reto Schärli zunächst nicht sagen. Bis zum Mittag müsse weiter mit Verspätungen und Zugausfällen gerechnet werden.",
            ],
        },
        "translations": {
            "en": {
                "title": "Signal box failure paralyses Bern rail hub",
                "lead": "Hardly any trains have been running at Bern's main station since early on Tuesday morning. Tens of thousands of commuters in Switzerland are affected.",
                "body": [
                    "A fault in the electronic signal box brought rail traffic at Bern's main station largely to a standstill on Tuesday morning. From 5.20 a.m. no trains could enter or leave the station at first, Swiss Federal Railways (SBB) said. Since around 7.30 a.m. some services have been running again, though with considerable delays.",
                    "According to SBB, around 260 trains have been affected so far, 120 of which were cancelled altogether. Intercity services from Bern to Zurich, Basel, Lausanne and Geneva were among those interrupted, as were the suburban lines of BLS. Trains of the Regionalverkehr Bern-Solothurn, which stop at a separate underground station, ran normally.",
                    "Replacement buses are running between Bern and Thun and between Bern and Biel. “We recommend that all passengers who do not absolutely have to travel postpone their journey,” said SBB spokesman Reto Schärli. The cause of the fault is still unclear, he said, and technicians are working flat out on a fix.",
                    "SBB expects disruption to continue until around midday.",
                ],
            },
            "fr": {
                "title": "Panne d'enclenchement: le nœud ferroviaire de Berne paralysé",
                "lead": "Depuis tôt mardi matin, presque aucun train ne circule en gare de Berne. Des dizaines de milliers de pendulaires sont touchés.",
                "body": [
                    "Une panne du poste d'enclenchement électronique a largement paralysé mardi matin le trafic ferroviaire en gare de Berne. Dès 5 h 20, aucun train n'a pu entrer en gare ni en sortir, ont indiqué les Chemins de fer fédéraux (CFF). Depuis 7 h 30 environ, une partie des liaisons circule à nouveau, mais avec d'importants retards.",
                    "Selon les CFF, quelque 260 trains ont été touchés jusqu'ici, dont 120 ont été entièrement supprimés. Les liaisons InterCity de Berne vers Zurich, Bâle, Lausanne et Genève ont notamment été interrompues, tout comme les lignes RER du BLS. Les trains du RBS, qui desservent une gare souterraine distincte, ont circulé normalement.",
                    "Des bus de remplacement circulent entre Berne et Thoune ainsi qu'entre Berne et Bienne. « Nous recommandons à tous les voyageurs qui ne sont pas obligés de se déplacer de reporter leur voyage », a déclaré le porte-parole des CFF Reto Schärli. La cause de la panne reste inconnue; les techniciens travaillent d'arrache-pied pour la résoudre.",
                    "Les CFF s'attendent à des perturbations jusqu'à la mi-journée.",
                ],
            },
            "it": {
                "title": "Berna, guasto all'apparecchio centrale: treni fermi per ore",
                "lead": "Da martedì mattina presto alla stazione di Berna circolano pochissimi treni. Decine di migliaia di pendolari sono colpiti dai disagi.",
                "body": [
                    "Un guasto all'apparecchio centrale elettronico ha bloccato martedì mattina gran parte del traffico ferroviario nella stazione di Berna. Dalle 5.20 nessun treno ha potuto entrare o uscire dalla stazione, hanno comunicato le Ferrovie federali svizzere (FFS). Dalle 7.30 circa una parte dei collegamenti è stata ripristinata, ma con forti ritardi.",
                    "Secondo le FFS finora sono stati interessati circa 260 treni, di cui 120 soppressi. Interrotti tra l'altro gli InterCity da Berna verso Zurigo, Basilea, Losanna e Ginevra e le linee S-Bahn della BLS. Regolari invece i treni della RBS, che fermano in una stazione sotterranea separata.",
                    "Tra Berna e Thun e tra Berna e Bienne circolano bus sostitutivi. «Raccomandiamo a chi non deve assolutamente viaggiare di rinviare lo spostamento», ha detto il portavoce delle FFS Reto Schärli. Le cause del guasto non sono ancora note e i tecnici sono al lavoro per risolverlo. Le FFS prevedono disagi fino a mezzogiorno.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Stellwerkstörung: Bahnhof Bern stundenlang lahmgelegt",
            "lead": "Seit dem frühen Dienstagmorgen fahren im Bahnhof Bern kaum Züge. Zehntausende Pendlerinnen und Pendler sind betroffen.",
            "body": [
                "Eine Störung im elektronischen Stellwerk hat am Dienstagmorgen den Bahnverkehr im Bahnhof Bern weitgehend lahmgelegt. Ab 5.20 Uhr konnten keine Züge ein- oder ausfahren, wie die SBB mitteilten. Seit etwa 7.30 Uhr verkehrt ein Teil der Verbindungen wieder, allerdings mit grossen Verspätungen.",
                "Betroffen sind laut SBB bislang rund 260 Züge, 120 davon fielen ganz aus. Unterbrochen waren unter anderem die IC-Verbindungen von Bern nach Zürich, Basel, Lausanne und Genf sowie die S-Bahn-Linien der BLS. Die Züge des RBS, die im eigenen unterirdischen Bahnhof halten, fuhren normal.",
                "Zwischen Bern und Thun sowie zwischen Bern und Biel verkehren Bahnersatzbusse. «Wir empfehlen allen Reisenden, die nicht zwingend unterwegs sein müssen, ihre Fahrt zu verschieben», sagte SBB-Mediensprecher Reto Schärli. Die Ursache der Störung sei noch unklar. Die SBB rechnen mit Einschränkungen bis am Mittag.",
            ],
        },
        "follow_up": {
            "days": 1,
            "refers": False,
            "title": "SBB: Fehlerhaftes Software-Update legte Stellwerk in Bern lahm",
            "lead": "Die Bahn entschuldigt sich bei Zehntausenden Reisenden und prüft Forderungen an den Lieferanten.",
            "body": [
                "Ursache der stundenlangen Störung im Berner Hauptbahnhof war ein fehlerhaftes Software-Update. Der Lieferant des Stellwerks hatte es in der Nacht zum Dienstag eingespielt, wie die SBB am Mittwoch mitteilten. Beim ersten Zugverkehr am Morgen habe das System Weichen und Signale nicht mehr korrekt angesteuert und sich aus Sicherheitsgründen abgeschaltet.",
                "Insgesamt waren am Dienstag 310 Züge betroffen, 145 fielen aus. Erst um 13.15 Uhr lief der Betrieb wieder normal. „Das hätte nicht passieren dürfen, und wir entschuldigen uns bei allen Betroffenen“, sagte SBB-Sprecher Reto Schärli. Künftig sollen Updates nur noch am Wochenende und nach einem Testlauf auf einer Simulationsanlage installiert werden.",
                "Reisende, die wegen der Störung mehr als eine Stunde Verspätung hatten, können über das Fahrgastrechte-Formular der SBB eine Entschädigung beantragen. Die Bahn prüft Schadenersatzforderungen gegen den Hersteller.",
            ],
        },
        "sibling": {
            "days": 16,
            "why": "same railway and spokesman, interlocking failure at another hub",
            "title": "Stellwerkstörung in Olten bremst Schweizer Bahnverkehr",
            "lead": "Ein Defekt im Stellwerk Olten hat am Donnerstagmorgen den Fernverkehr zwischen Basel, Bern und Luzern behindert.",
            "body": [
                "Wegen einer Störung im Stellwerk Olten ist es am Donnerstagmorgen im Schweizer Bahnverkehr zu Verspätungen und Ausfällen gekommen. Zwischen 6.05 und 7.40 Uhr konnten am wichtigen Knotenpunkt im Kanton Solothurn nur einzelne Züge verkehren, wie die SBB mitteilten.",
                "Rund 90 Züge waren betroffen, 35 fielen aus. Besonders getroffen waren die Intercity-Verbindungen zwischen Basel und Bern sowie zwischen Basel und Luzern, die über Olten führen. Zwischen Olten und Aarau setzten die SBB Ersatzbusse ein.",
                "Auslöser war nach ersten Erkenntnissen ein durchgeschmortes Kabel in einem Technikraum. „Ein Techniker hat den Schaden rasch gefunden und behoben“, sagte SBB-Sprecher Reto Schärli. Seit 8 Uhr laufe der Betrieb wieder planmäßig, einzelne Verspätungen seien noch möglich.",
            ],
        },
    },
    {
        "key": "p6-07",
        "section": "panorama",
        "time": "2026-11-15T16:30:00+01:00",
        "original": {
            "title": "Föhnsturm: Höchste Warnstufe für Teile Tirols",
            "lead": "Der österreichische Wetterdienst GeoSphere Austria warnt für die Nacht zum Montag vor Orkanböen von bis zu 160 Kilometern pro Stunde. Die ÖBB stellen den Zugverkehr über den Brenner ein.",
            "body": [
                "GeoSphere Austria hat am Sonntag für das Wipptal, den Großraum Innsbruck und das Zillertal die Warnstufe Rot ausgegeben. Von Sonntag, 20 Uhr, bis Montagmittag erwarten die Meteorologen auf den Bergen Böen von bis zu 160 Kilometern pro Stunde, in den Tälern bis zu 120 Kilometer pro Stunde. Für Teile Salzburgs und Vorarlbergs gilt die zweithöchste Stufe Orange.",
                "„Ein Föhnsturm dieser Stärke tritt in Innsbruck nur alle paar Jahre auf“, sagte Meteorologin Verena Pirchner. Der Südwind treibt zugleich die Temperaturen nach oben: In Innsbruck könnten in der Nacht bis zu 19 Grad gemessen werden, ungewöhnlich viel für Mitte November.",
                "Die Österreichischen Bundesbahnen stellen den Verkehr auf der Brennerstrecke zwischen Innsbruck und dem Brenner von 21 Uhr an bis voraussichtlich Montag, 8 Uhr, ein. Die Patscherkofelbahn und mehrere Seilbahnen im Zillertal bleiben geschlossen.",
                "Das Land Tirol rief die Bevölkerung auf, Wälder zu meiden, lose Gegenstände auf Balkonen zu sichern und Autos nicht unter Bäumen abzustellen. „Unsere Einsatzkräfte sind in Bereitschaft“, sagte Landeseinsatzleiter Martin Gstrein.",
            ],
        },
        "ticker": {
            "title": "Unwetterwarnung Rot für Tirol",
            "text": "GeoSphere Austria warnt für die Nacht auf Montag vor Föhnsturm mit Böen bis 160 Kilometer pro Stunde im Wipptal, in Innsbruck und im Zillertal.",
        },
        "rewrite": {
            "title": "Orkanböen und 19 Grad: Tirol rüstet sich für den Föhnsturm",
            "lead": "Warnstufe Rot: Wetterdienst und Behörden rechnen in der Nacht auf Montag mit einem der heftigsten Föhnereignisse seit Jahren.",
            "body": [
                "Wenn der Föhn durch das Wipptal fällt, bleibt es in Innsbruck selten ruhig – doch was für die kommende Nacht angekündigt ist, geht weit über das Übliche hinaus. GeoSphere Austria hat für Innsbruck und Umgebung, das Wipptal und das Zillertal die höchste Warnstufe verhängt. Auf den Kämmen sind Spitzen von 160 km/h möglich, in den Tallagen immer noch 120.",
                "Die ÖBB ziehen deshalb die Notbremse: Ab 21 Uhr verkehren keine Züge mehr zwischen Innsbruck und dem Brenner, frühestens Montag um 8 Uhr soll es weitergehen. Auch die Patscherkofelbahn steht still.",
                "Landeseinsatzleiter Martin Gstrein rät dringend davon ab, in der Nacht Waldwege zu betreten. Anwohner sollen Gartenmöbel und Blumentöpfe sichern. Der warme Südwind lässt die Temperaturen auf bis zu 19 Grad klettern, Schnee in mittleren Lagen dürfte größtenteils schmelzen. In Salzburg und Vorarlberg gilt Warnstufe Orange.",
            ],
        },
        "translations": {
            "en": {
                "title": "Austria issues red alert as foehn storm heads for Tyrol",
                "lead": "Austria's weather service GeoSphere Austria is warning of hurricane-force gusts of up to 160 km/h overnight into Monday. Austrian Federal Railways are halting trains over the Brenner Pass.",
                "body": [
                    "GeoSphere Austria on Sunday issued a red warning for the Wipp valley, the greater Innsbruck area and the Ziller valley. From 8 p.m. on Sunday until midday on Monday, meteorologists expect gusts of up to 160 kilometres per hour on the mountains and up to 120 km/h in the valleys. Parts of Salzburg and Vorarlberg are under the second-highest level, orange.",
                    "“A foehn storm of this strength only hits Innsbruck every few years,” said meteorologist Verena Pirchner. The southerly wind is also driving temperatures up: Innsbruck could see up to 19 degrees Celsius during the night, unusually warm for mid-November.",
                    "Austrian Federal Railways (ÖBB) will suspend services on the Brenner line between Innsbruck and the Brenner Pass from 9 p.m., probably until 8 a.m. on Monday. The Patscherkofel cable car and several lifts in the Ziller valley will remain closed.",
                    "The Tyrolean government urged people to stay out of forests, secure loose objects on balconies and not to park cars under trees. “Our emergency services are on standby,” said Martin Gstrein, who heads the state's emergency operations.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "Warnstufe Rot: Föhnsturm über Innsbruck, Wipptal und Zillertal erwartet",
            "lead": "GeoSphere Austria warnt für die Nacht auf Montag vor Orkanböen von bis zu 160 km/h. Die ÖBB stellen den Zugverkehr über den Brenner ein.",
            "body": [
                "GeoSphere Austria hat am Sonntag für das Wipptal, den Großraum Innsbruck und das Zillertal die Warnstufe Rot ausgegeben. Von Sonntag, 20 Uhr, bis Montagmittag erwarten die Meteorologen auf den Bergen Böen von bis zu 160 km/h, in den Tälern bis zu 120 km/h. Es ist heuer das erste Mal, dass für Tirol die höchste Warnstufe gilt. Für Teile Salzburgs und Vorarlbergs gilt Orange.",
                "„Ein Föhnsturm dieser Stärke tritt in Innsbruck nur alle paar Jahre auf“, sagte Meteorologin Verena Pirchner. Der Südwind lässt die Temperaturen in der Nacht auf bis zu 19 Grad steigen.",
                "Die ÖBB stellen den Verkehr auf der Brennerstrecke zwischen Innsbruck und dem Brenner ab 21 Uhr bis voraussichtlich Montag, 8 Uhr, ein. Die Patscherkofelbahn und mehrere Seilbahnen im Zillertal bleiben zu.",
                "Das Land Tirol ruft die Bevölkerung auf, Wälder zu meiden, lose Gegenstände auf Balkonen zu sichern und Autos nicht unter Bäumen abzustellen. „Unsere Einsatzkräfte sind in Bereitschaft“, sagte Landeseinsatzleiter Martin Gstrein.",
            ],
        },
        "follow_up": {
            "days": 0.7,
            "refers": True,
            "title": "Föhnsturm in Tirol: Tausende Haushalte ohne Strom, Brennerbahn weiter gesperrt",
            "lead": "Orkanböen von bis zu 171 Kilometern pro Stunde haben in der Nacht Dächer abgedeckt und Bäume entwurzelt. Ein Autofahrer wurde verletzt.",
            "body": [
                "Der Föhnsturm hat in Tirol in der Nacht auf Montag erhebliche Schäden angerichtet. Wie berichtet, hatte GeoSphere Austria am Sonntag für das Wipptal, Innsbruck und das Zillertal die höchste Warnstufe ausgerufen. Die stärkste Böe maß der Wetterdienst mit 171 Kilometern pro Stunde am Patscherkofel, in Innsbruck waren es 118.",
                "Zeitweise waren rund 14.000 Haushalte ohne Strom, vor allem im Wipptal und im Stubaital. Der Netzbetreiber TINETZ rechnet damit, bis zum Abend alle Leitungen repariert zu haben. In Steinach am Brenner riss der Sturm das Dach einer Volksschule teilweise ab, der Unterricht fällt am Montag aus.",
                "Bei Navis stürzte ein Baum auf ein Auto, der 42 Jahre alte Fahrer wurde leicht verletzt. Die Feuerwehren rückten nach Angaben von Landeseinsatzleiter Martin Gstrein zu mehr als 600 Einsätzen aus. Die ÖBB halten die Brennerstrecke bis mindestens 12 Uhr gesperrt, weil umgestürzte Bäume auf den Gleisen liegen.",
            ],
        },
        "sibling": {
            "days": 8,
            "why": "same weather service, meteorologist and emergency chief, next week's warning for another hazard",
            "title": "Starker Schneefall: Warnstufe Orange für Vorarlberg und Außerfern",
            "lead": "GeoSphere Austria erwartet bis Mittwoch bis zu 80 Zentimeter Neuschnee. Die Lawinengefahr steigt.",
            "body": [
                "GeoSphere Austria hat am Montag für Vorarlberg und den Tiroler Bezirk Reutte die Warnstufe Orange wegen starken Schneefalls ausgegeben. Von Montagabend bis Mittwochfrüh fallen oberhalb von 1000 Metern 50 bis 80 Zentimeter Neuschnee, in Bregenz und im Rheintal bis zu 15 Zentimeter.",
                "„Das ist der erste große Wintereinbruch der Saison“, sagte Meteorologin Verena Pirchner. Der Lawinenwarndienst erwartet ab Dienstag Stufe 3 auf der fünfteiligen Skala. Die Straßen über den Arlberg und den Fernpass könnten zeitweise gesperrt werden.",
                "Landeseinsatzleiter Martin Gstrein rief Autofahrer im Außerfern auf, nur mit vollständiger Winterausrüstung unterwegs zu sein. Für Innsbruck und das Wipptal gibt der Wetterdienst keine Warnung aus, dort fällt nur wenig Niederschlag.",
            ],
        },
    },
    {
        "key": "p6-08",
        "section": "panorama",
        "time": "2026-11-15T04:10:00+01:00",
        "original": {
            "title": "Reisebus verunglückt auf Westautobahn – 23 Verletzte",
            "lead": "Ein ungarischer Reisebus ist in der Nacht zum Sonntag in Niederösterreich von der A1 abgekommen und auf die Seite gestürzt. Vier Insassen wurden schwer verletzt.",
            "body": [
                "Der Unfall ereignete sich gegen 1.45 Uhr auf der Westautobahn A1 in Fahrtrichtung Salzburg zwischen den Anschlussstellen St. Pölten-Süd und Loosdorf. Nach Angaben der Landespolizeidirektion Niederösterreich kam der Bus aus bisher ungeklärter Ursache nach rechts von der Fahrbahn ab, durchbrach die Leitplanke und kippte eine Böschung hinunter.",
                "An Bord waren 47 Fahrgäste und zwei Fahrer. Das Busunternehmen aus Budapest war auf dem Weg nach Paris. Vier Menschen erlitten schwere, 19 weitere leichte Verletzungen. Sie wurden in die Universitätskliniken St. Pölten und Tulln sowie in das Landesklinikum Melk gebracht. Der 44 Jahre alte Fahrer, der zum Unfallzeitpunkt am Steuer saß, wurde leicht verletzt.",
                "Das Rote Kreuz Niederösterreich war mit mehr als 60 Sanitätern und zwölf Notärzten im Einsatz, dazu kamen sieben Feuerwehren. Die unverletzten Fahrgäste wurden in einem Feuerwehrhaus in Prinzersdorf betreut.",
                "„Wir prüfen auch, ob der Fahrer eingeschlafen sein könnte“, sagte Polizeisprecher Johann Zehetner. Die A1 bleibt in Richtung Salzburg voraussichtlich bis etwa 6 Uhr gesperrt, der Verkehr wird über die Bundesstraße B1 umgeleitet.",
            ],
        },
        "ticker": {
            "title": "Busunfall auf der A1: Viele Verletzte",
            "text": "Auf der Westautobahn in Niederösterreich ist in der Nacht ein ungarischer Reisebus mit 47 Fahrgästen umgestürzt, nach ersten Angaben gibt es 23 Verletzte.",
        },
        "rewrite": {
            "title": "Nachtbus nach Paris stürzt Böschung hinunter",
            "lead": "Schwerer Unfall bei St. Pölten: Vier Insassen eines Reisebusses aus Budapest sind schwer verletzt.",
            "body": [
                "Für 49 Menschen endete die Nachtfahrt von Budapest nach Paris schon nach wenigen Stunden. Kurz vor 2 Uhr geriet der Reisebus auf der A1 westlich von St. Pölten rechts von der Fahrbahn, riss die Leitplanke nieder und blieb am Fuß einer Böschung auf der Seite liegen.",
                "Rettungskräfte holten die Insassen durch Dachluken und Fenster aus dem Fahrzeug. 23 Menschen wurden verletzt, vier davon schwer; Kliniken in St. Pölten, Tulln und Melk nahmen sie auf. Die übrigen Reisenden kamen in Prinzersdorf unter, wo Helfer Decken und Tee verteilten.",
                "Warum der Bus von der Spur abkam, ist unklar. Die Polizei schließt Sekundenschlaf nicht aus; der 44-jährige Mann am Steuer wurde nur leicht verletzt, ein Alkoholtest bei ihm fiel negativ aus. Die Westautobahn bleibt in Richtung Westen bis in die Morgenstunden gesperrt.",
            ],
        },
        "translations": {
            "en": {
                "title": "Budapest-Paris coach overturns on Austrian motorway, 23 injured",
                "lead": "A Hungarian coach left the A1 motorway in Lower Austria overnight into Sunday and toppled onto its side. Four passengers were seriously injured.",
                "body": [
                    "The accident happened at around 1.45 a.m. on the A1 West Autobahn, in the direction of Salzburg, between the St. Pölten-Süd and Loosdorf junctions. According to Lower Austria police, the coach veered off the road to the right for reasons not yet known, broke through the crash barrier and tipped down an embankment.",
                    "On board were 47 passengers and two drivers. The Budapest-based operator was on its way to Paris. Four people were seriously injured and 19 suffered minor injuries. They were taken to the university hospitals in St. Pölten and Tulln and to the regional hospital in Melk. The 44-year-old driver, who was at the wheel at the time, was slightly hurt.",
                    "The Red Cross in Lower Austria deployed more than 60 paramedics and twelve emergency doctors, supported by seven fire brigades. Uninjured passengers were looked after at a fire station in Prinzersdorf.",
                    "“We are also examining whether the driver might have fallen asleep,” said police spokesman Johann Zehetner. The A1 is expected to remain closed towards Salzburg until around 6 a.m., with traffic diverted onto the B1 road.",
                ],
            },
            "fr": {
                "title": "Autriche: un autocar reliant Budapest à Paris se couche sur l'autoroute, 23 blessés",
                "lead": "Un autocar hongrois a quitté l'autoroute A1 en Basse-Autriche dans la nuit de samedi à dimanche avant de basculer sur le flanc. Quatre passagers sont grièvement blessés.",
                "body": [
                    "L'accident s'est produit vers 1 h 45 sur l'autoroute de l'Ouest A1, en direction de Salzbourg, entre les sorties de St. Pölten-Süd et de Loosdorf. Selon la police de Basse-Autriche, l'autocar a quitté la chaussée par la droite pour une raison encore inconnue, a enfoncé la glissière de sécurité et a dévalé un talus.",
                    "À bord se trouvaient 47 passagers et deux chauffeurs. Le car de la compagnie budapestoise se rendait à Paris. Quatre personnes ont été grièvement blessées et 19 légèrement. Elles ont été transportées dans les hôpitaux de St. Pölten, Tulln et Melk. Le chauffeur de 44 ans qui était au volant souffre de blessures légères.",
                    "La Croix-Rouge de Basse-Autriche a engagé plus de 60 secouristes et douze médecins urgentistes, appuyés par sept corps de sapeurs-pompiers. Les passagers indemnes ont été pris en charge dans une caserne de pompiers à Prinzersdorf.",
                    "« Nous examinons aussi la possibilité que le chauffeur se soit endormi », a indiqué le porte-parole de la police Johann Zehetner. L'A1 devrait rester fermée en direction de Salzbourg jusqu'à 6 heures environ.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "Busunfall auf der Westautobahn bei St. Pölten: 23 Verletzte",
            "lead": "Ein ungarischer Reisebus ist in der Nacht auf Sonntag in Niederösterreich von der A1 abgekommen und umgestürzt. Vier Insassen wurden schwer verletzt.",
            "body": [
                "Der Unfall passierte gegen 1.45 Uhr auf der Westautobahn in Fahrtrichtung Salzburg zwischen den Anschlussstellen St. Pölten-Süd und Loosdorf. Laut Landespolizeidirektion Niederösterreich kam der Bus aus bisher ungeklärter Ursache rechts von der Fahrbahn ab, durchbrach die Leitschiene und kippte eine Böschung hinunter.",
                "An Bord waren 47 Fahrgäste und zwei Lenker. Das Busunternehmen aus Budapest war auf dem Weg nach Paris. Vier Menschen wurden schwer, 19 leicht verletzt. Die Rettung brachte sie in die Universitätsklinika St. Pölten und Tulln sowie ins Landesklinikum Melk. Der 44-jährige Lenker, der am Steuer saß, wurde leicht verletzt.",
                "Das Rote Kreuz Niederösterreich war mit mehr als 60 Sanitätern und zwölf Notärzten im Einsatz, dazu kamen sieben Freiwillige Feuerwehren. Die unverletzten Fahrgäste wurden im Feuerwehrhaus Prinzersdorf betreut.",
                "„Wir prüfen auch, ob der Lenker eingeschlafen sein könnte“, sagte Polizeisprecher Johann Zehetner. Die A1 bleibt Richtung Salzburg voraussichtlich bis 6 Uhr gesperrt.",
            ],
        },
        "sibling": {
            "days": -20,
            "why": "same motorway, police spokesman and rescue service, another bus crash",
            "title": "Fanbus fährt auf Westautobahn auf Lkw auf – elf Verletzte",
            "lead": "Ein Reisebus mit Fußballfans ist in der Nacht zum Montag bei Melk in Niederösterreich verunglückt. Zwei Insassen wurden schwer verletzt.",
            "body": [
                "Auf der Westautobahn A1 ist in der Nacht zum Montag gegen 2.30 Uhr ein Reisebus mit 38 Fußballfans auf einen Lastwagen aufgefahren. Der Bus war in Fahrtrichtung Wien unterwegs, die Anhänger eines Wiener Bundesligaklubs kehrten von einem Auswärtsspiel in Vorarlberg zurück. Der Unfall ereignete sich nach Angaben der Landespolizeidirektion Niederösterreich kurz nach der Anschlussstelle Melk.",
                "Elf Menschen wurden verletzt, zwei davon schwer. Das Rote Kreuz Niederösterreich brachte sie in die Landeskliniken Melk und St. Pölten. Der 57 Jahre alte Busfahrer erlitt leichte Verletzungen, der Lkw-Fahrer blieb unverletzt.",
                "„Der Lastwagen war wegen einer Panne mit geringer Geschwindigkeit auf dem rechten Fahrstreifen unterwegs“, sagte Polizeisprecher Johann Zehetner. Die A1 war in Richtung Wien drei Stunden lang gesperrt.",
            ],
        },
    },
    {
        "key": "p6-09",
        "section": "panorama",
        "time": "2026-11-21T02:35:00+01:00",
        "original": {
            "title": "Erdbeben der Stärke 4,3 erschüttert das Wallis",
            "lead": "Ein Erdbeben hat in der Nacht zum Samstag viele Menschen in der Westschweiz aus dem Schlaf gerissen. Berichte über Verletzte liegen nicht vor.",
            "body": [
                "Das Beben ereignete sich um 1.52 Uhr und hatte nach Angaben des Schweizerischen Erdbebendienstes (SED) an der ETH Zürich eine Magnitude von 4,3. Das Epizentrum lag rund acht Kilometer nördlich von Sitten in der Gemeinde Ayent, der Herd in etwa sechs Kilometern Tiefe.",
                "Die Erschütterungen waren im gesamten Wallis sowie bis nach Bern, Lausanne und Genf zu spüren, auch aus dem italienischen Aostatal gingen Meldungen ein. Innerhalb von 30 Minuten erhielt der SED mehr als 1800 Meldungen aus der Bevölkerung.",
                "Die Kantonspolizei Wallis registrierte zahlreiche Anrufe besorgter Bürger. In Ayent und Arbaz fielen Ziegel von Dächern, in einigen Häusern entstanden Risse im Verputz. Verletzt wurde nach ersten Erkenntnissen niemand.",
                "„Bei einem Beben dieser Stärke sind leichte Gebäudeschäden in der Nähe des Epizentrums möglich“, sagte SED-Seismologin Anja Bosshardt. Es sei das stärkste Beben im Wallis seit mehreren Jahren, Nachbeben seien in den kommenden Tagen wahrscheinlich. Das Wallis gilt als die Region mit der höchsten Erdbebengefährdung der Schweiz.",
            ],
        },
        "ticker": {
            "title": "Erdbeben im Wallis deutlich spürbar",
            "text": "Ein Erdbeben der Magnitude 4,3 hat um 1.52 Uhr das Wallis erschüttert, das Epizentrum lag nach Angaben des Erdbebendienstes nördlich von Sitten.",
        },
        "rewrite": {
            "title": "Nächtliches Beben schreckt die Westschweiz auf",
            "lead": "Mit Magnitude 4,3 hat im Wallis die Erde gebebt. Über 1800 Menschen meldeten sich beim Erdbebendienst.",
            "body": [
                "Kurz vor 2 Uhr wackelten in weiten Teilen der Westschweiz die Wände. Der Herd des Bebens lag laut Schweizerischem Erdbebendienst unter Ayent, einer Gemeinde oberhalb von Sitten, in nur etwa sechs Kilometern Tiefe. Gespürt wurde es von Genf bis Bern und jenseits der Grenze im Aostatal.",
                "Größere Schäden blieben nach ersten Angaben der Walliser Polizei aus. In Ayent und im Nachbarort Arbaz lösten sich Ziegel, an Hauswänden zeigten sich Risse. Verletzte gab es keine.",
                "Die Seismologin Anja Bosshardt vom SED rechnet in den nächsten Tagen mit Nachbeben. Das Wallis ist die erdbebenreichste Region der Schweiz; 1946 richtete ein Beben der Magnitude 5,8 in der Gegend von Siders schwere Schäden an.",
            ],
        },
        "translations": {
            "en": {
                "title": "Magnitude 4.3 earthquake jolts Swiss canton of Valais",
                "lead": "An earthquake woke many people in western Switzerland overnight into Saturday. There are no reports of injuries.",
                "body": [
                    "The quake struck at 1.52 a.m. and had a magnitude of 4.3, according to the Swiss Seismological Service (SED) at ETH Zurich. The epicentre was about eight kilometres north of Sion in the municipality of Ayent, at a depth of around six kilometres.",
                    "The tremor was felt throughout Valais and as far away as Bern, Lausanne and Geneva, with reports also coming in from Italy's Aosta Valley. Within 30 minutes the SED had received more than 1,800 reports from the public.",
                    "Valais cantonal police received numerous calls from worried residents. In Ayent and Arbaz roof tiles fell and some houses suffered cracks in their plaster. According to initial information no one was hurt.",
                    "“A quake of this strength can cause minor damage to buildings near the epicentre,” said SED seismologist Anja Bosshardt. It was the strongest earthquake in Valais for several years, she said, and aftershocks are likely in the coming days. Valais is considered the region with the highest earthquake risk in Switzerland.",
                ],
            },
            "fr": {
                "title": "Valais: un séisme de magnitude 4,3 réveille la Suisse romande",
                "lead": "Un tremblement de terre a tiré de nombreux habitants de Suisse romande de leur sommeil dans la nuit de vendredi à samedi. Aucun blessé n'est signalé.",
                "body": [
                    "La secousse s'est produite à 1 h 52 et a atteint une magnitude de 4,3, selon le Service sismologique suisse (SSS) de l'EPF de Zurich. L'épicentre se situait à environ huit kilomètres au nord de Sion, sur la commune d'Ayent, à quelque six kilomètres de profondeur.",
                    "Le séisme a été ressenti dans tout le Valais ainsi qu'à Berne, Lausanne et Genève; des témoignages sont aussi parvenus de la Vallée d'Aoste. En 30 minutes, le SSS a reçu plus de 1800 annonces de la population.",
                    "La police cantonale valaisanne a reçu de nombreux appels de personnes inquiètes. À Ayent et à Arbaz, des tuiles sont tombées des toits et des fissures sont apparues dans le crépi de quelques maisons. Selon les premières informations, personne n'a été blessé.",
                    "« Un séisme de cette intensité peut causer des dégâts légers aux bâtiments proches de l'épicentre », a expliqué la sismologue du SSS Anja Bosshardt. Il s'agit du plus fort tremblement de terre en Valais depuis plusieurs années, et des répliques sont probables dans les prochains jours.",
                ],
            },
            "it": {
                "title": "Terremoto di magnitudo 4,3 in Vallese, avvertito fino in Valle d'Aosta",
                "lead": "Una scossa di terremoto ha svegliato nella notte tra venerdì e sabato molte persone nella Svizzera occidentale. Non si segnalano feriti.",
                "body": [
                    "Il sisma è stato registrato alle 1.52 con una magnitudo di 4,3, secondo il Servizio sismico svizzero (SED) del Politecnico federale di Zurigo. L'epicentro si trovava circa otto chilometri a nord di Sion, nel comune di Ayent, a una profondità di circa sei chilometri.",
                    "La scossa è stata avvertita in tutto il Vallese e fino a Berna, Losanna e Ginevra; segnalazioni sono giunte anche dalla Valle d'Aosta. In 30 minuti il SED ha ricevuto oltre 1800 segnalazioni dalla popolazione.",
                    "Ad Ayent e ad Arbaz sono cadute tegole dai tetti e in alcune case si sono formate crepe nell'intonaco. Secondo le prime informazioni della Polizia cantonale vallesana non ci sono feriti.",
                    "«Un terremoto di questa intensità può provocare lievi danni agli edifici vicino all'epicentro», ha spiegato la sismologa del SED Anja Bosshardt. È il sisma più forte in Vallese da diversi anni; nei prossimi giorni sono probabili repliche.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Erdbeben mit Magnitude 4,3 weckt das Wallis",
            "lead": "Ein Erdbeben hat in der Nacht auf Samstag viele Menschen in der Westschweiz aus dem Schlaf gerissen. Verletzte gab es nach ersten Angaben keine.",
            "body": [
                "Das Beben ereignete sich um 1.52 Uhr und hatte laut Schweizerischem Erdbebendienst (SED) an der ETH Zürich eine Magnitude von 4,3. Das Epizentrum lag rund acht Kilometer nördlich von Sitten in der Gemeinde Ayent, der Herd in etwa sechs Kilometern Tiefe.",
                "Die Erschütterungen waren im ganzen Wallis sowie bis nach Bern, Lausanne und Genf zu spüren, auch aus dem Aostatal gingen Meldungen ein. Innert 30 Minuten erhielt der SED über 1800 Meldungen aus der Bevölkerung.",
                "Die Kantonspolizei Wallis registrierte zahlreiche Anrufe besorgter Bürgerinnen und Bürger. In Ayent und Arbaz fielen Ziegel von Dächern, in einigen Häusern entstanden Risse im Verputz.",
                "«Bei einem Beben dieser Stärke sind leichte Gebäudeschäden in der Nähe des Epizentrums möglich», sagte SED-Seismologin Anja Bosshardt. Nachbeben seien in den kommenden Tagen wahrscheinlich.",
            ],
        },
        "follow_up": {
            "days": 1,
            "refers": False,
            "title": "Nach Erdbeben im Wallis: Kirchturm von Ayent gesperrt",
            "lead": "Der Schweizerische Erdbebendienst hat 14 Nachbeben registriert. Bei den Gemeinden gingen rund 90 Schadenmeldungen ein.",
            "body": [
                "Gut einen Tag nach dem Erdbeben der Magnitude 4,3 bei Sitten hat der Schweizerische Erdbebendienst 14 Nachbeben gezählt. Das stärkste erreichte am Samstagnachmittag eine Magnitude von 2,8 und war in Ayent deutlich zu spüren, wie Seismologin Anja Bosshardt sagte.",
                "Die Gemeinde Ayent hat den Turm ihrer Pfarrkirche vorsorglich gesperrt. Ein Statiker hatte dort einen durchgehenden Riss im Mauerwerk festgestellt, die Sonntagsmesse findet deshalb im Gemeindesaal statt. Bei den Gemeinden Ayent und Arbaz gingen insgesamt rund 90 Schadenmeldungen ein, vor allem wegen Rissen und beschädigter Dächer.",
                "Die Kantonspolizei Wallis schätzt die Schäden vorläufig auf einige Hunderttausend Franken. Versicherungsfachleute wiesen darauf hin, dass Erdbebenschäden in der Schweiz in den meisten Fällen nicht versichert sind. Der Kanton will bis Mitte Dezember über mögliche Hilfen für Hausbesitzer entscheiden.",
            ],
        },
        "sibling": {
            "days": -25,
            "why": "same seismological service, canton and seismologist, an earlier weaker quake",
            "title": "Leichtes Erdbeben bei Leukerbad",
            "lead": "Ein Beben der Magnitude 3,1 hat in der Nacht zum Dienstag das Oberwallis erschüttert. Schäden wurden nicht gemeldet.",
            "body": [
                "Um 0.47 Uhr hat im Wallis die Erde gebebt. Nach Angaben des Schweizerischen Erdbebendienstes (SED) an der ETH Zürich hatte das Beben eine Magnitude von 3,1, das Epizentrum lag rund vier Kilometer nordöstlich von Leukerbad in etwa acht Kilometern Tiefe.",
                "Die Erschütterungen waren im Raum Leuk, Siders und Visp leicht zu spüren. Beim SED gingen rund 240 Meldungen aus der Bevölkerung ein. Die Kantonspolizei Wallis erhielt keine Schadenmeldungen.",
                "„Beben dieser Stärke registrieren wir in der Schweiz etwa zehnmal pro Jahr“, sagte SED-Seismologin Anja Bosshardt. Das Wallis gilt als die Region mit der höchsten Erdbebengefährdung des Landes.",
            ],
        },
    },
    {
        "key": "p6-10",
        "section": "sport",
        "time": "2027-10-23T08:05:00+02:00",
        "original": {
            "title": "Weltcup-Auftakt in Sölden: Damen-Riesenslalom abgesagt",
            "lead": "Sturm und Neuschnee haben den Start in den alpinen Ski-Weltcup verhindert. Der Weltverband FIS sagte das Rennen am Rettenbachferner am frühen Samstagmorgen ab.",
            "body": [
                "Der für Samstag geplante Riesenslalom der Damen in Sölden findet nicht statt. Nach einer Besichtigung der Strecke am Rettenbachferner entschied die Jury um 7.30 Uhr, das Rennen abzusagen. In der Nacht waren auf dem Gletscher 45 Zentimeter Neuschnee gefallen, zudem erreichten die Windböen am Start auf 3040 Metern bis zu 95 Kilometer pro Stunde.",
                "„Wir haben bis zuletzt gehofft, aber die Sicherheit der Athletinnen geht vor“, sagte FIS-Renndirektorin Ilaria Benedetti. Ein Nachholtermin steht noch nicht fest. Die FIS will in den kommenden Tagen entscheiden, wo der Riesenslalom nachgeholt wird.",
                "Für die Veranstalter im Ötztal ist die Absage ein Rückschlag. Rund 15.000 Zuschauer waren für das Wochenende erwartet worden. „Die Piste selbst war in einem hervorragenden Zustand, gegen diesen Sturm sind wir machtlos“, sagte Rainer Falkner, Geschäftsführer von Ötztal Tourismus.",
                "Das Rennen der Herren am Sonntag ist vorerst nicht gefährdet. Für die Nacht wird eine Wetterberuhigung erwartet, die Entscheidung fällt am Sonntag um 7 Uhr. Titelverteidigerin Leonie Gasser aus der Schweiz muss damit weiter auf ihren ersten Saisonstart warten.",
            ],
        },
        "ticker": {
            "title": "Sölden: Kein Rennen der Damen",
            "text": "Die FIS hat den Damen-Riesenslalom zum Weltcup-Auftakt in Sölden wegen Sturmböen und 45 Zentimetern Neuschnee am Rettenbachferner abgesagt.",
        },
        "rewrite": {
            "title": "Sturm bläst Saisonstart der Skirennläuferinnen weg",
            "lead": "Kein Riesenslalom am Rettenbachferner: Die Jury zieht nach Neuschnee und Sturmböen die Reißleine.",
            "body": [
                "Eigentlich sollte am Samstag um 10 Uhr die erste Läuferin aus dem Starthaus in Sölden gehen. Doch der Gletscher präsentierte sich am Morgen tief verschneit und vom Wind gepeitscht: Fast einen halben Meter Neuschnee hatte die Nacht gebracht, am Start wurden Böen von 95 km/h gemessen. Um halb acht stand fest, dass das Rennen ausfällt.",
                "Über einen Ersatztermin will die FIS erst später entscheiden. Renndirektorin Ilaria Benedetti betonte, man habe die Sicherheit der Fahrerinnen nicht aufs Spiel setzen wollen. Für die Schweizerin Leonie Gasser, die den Riesenslalom im Vorjahr gewonnen hatte, verschiebt sich damit der Auftakt in den Winter.",
                "Die Herren sollen am Sonntag wie geplant fahren, sofern der Wind nachlässt. Ötztal-Tourismus-Chef Rainer Falkner bedauerte die Absage vor allem für die erwarteten 15.000 Fans: „Viele sind von weit her angereist.“",
            ],
        },
        "translations": {
            "en": {
                "title": "Storm wipes out women's World Cup opener in Sölden",
                "lead": "Storm-force winds and fresh snow have prevented the start of the alpine skiing World Cup season. The International Ski and Snowboard Federation (FIS) called off the race on the Rettenbach glacier early on Saturday morning.",
                "body": [
                    "The women's giant slalom scheduled for Saturday in Sölden will not take place. After inspecting the course on the Rettenbach glacier, the jury decided at 7.30 a.m. to cancel the race. Overnight, 45 centimetres of fresh snow had fallen on the glacier, and gusts at the start, at 3,040 metres, reached up to 95 kilometres per hour.",
                    "“We hoped until the very end, but the athletes' safety comes first,” said FIS race director Ilaria Benedetti. No replacement date has been set yet; FIS wants to decide in the coming days where the giant slalom will be made up.",
                    "The cancellation is a setback for the organisers in the Ötztal valley, where around 15,000 spectators had been expected over the weekend. “The piste itself was in excellent condition, but we are powerless against a storm like this,” said Rainer Falkner, managing director of Ötztal Tourismus.",
                    "The men's race on Sunday is not in danger for now. The weather is expected to calm down overnight, and a decision will be taken at 7 a.m. on Sunday. Defending champion Leonie Gasser of Switzerland will have to wait a little longer for her first start of the season.",
                ],
            },
            "fr": {
                "title": "Ski alpin: le géant dames de Sölden balayé par la tempête",
                "lead": "La tempête et la neige fraîche ont empêché le lancement de la Coupe du monde de ski alpin. La FIS a annulé la course sur le glacier du Rettenbach tôt samedi matin.",
                "body": [
                    "Le slalom géant dames prévu samedi à Sölden n'aura pas lieu. Après une inspection de la piste sur le glacier du Rettenbach, le jury a décidé à 7 h 30 d'annuler l'épreuve. Durant la nuit, 45 centimètres de neige fraîche sont tombés sur le glacier et les rafales ont atteint 95 km/h au départ, situé à 3040 mètres.",
                    "« Nous avons espéré jusqu'au bout, mais la sécurité des athlètes passe avant tout », a déclaré la directrice de course de la FIS, Ilaria Benedetti. Aucune date de remplacement n'a encore été fixée; la FIS veut décider dans les prochains jours où le géant sera reprogrammé.",
                    "Pour les organisateurs de l'Ötztal, qui attendaient quelque 15 000 spectateurs ce week-end, c'est un coup dur. « La piste était dans un état excellent, mais face à une telle tempête nous sommes impuissants », a regretté Rainer Falkner, directeur d'Ötztal Tourismus.",
                    "Le géant messieurs de dimanche n'est pour l'instant pas menacé, une accalmie étant attendue pendant la nuit. La Suissesse Leonie Gasser, tenante du titre, devra patienter avant sa première course de la saison.",
                ],
            },
            "it": {
                "title": "Sölden, la bufera cancella il gigante femminile",
                "lead": "Vento forte e neve fresca hanno impedito l'avvio della Coppa del mondo di sci alpino. La FIS ha annullato la gara sul ghiacciaio del Rettenbach all'alba di sabato.",
                "body": [
                    "Il gigante femminile in programma sabato a Sölden non si disputerà. Dopo un sopralluogo sulla pista del ghiacciaio del Rettenbach, alle 7.30 la giuria ha deciso di annullare la gara. Nella notte sul ghiacciaio erano caduti 45 centimetri di neve fresca e alla partenza, a 3040 metri, le raffiche hanno toccato i 95 chilometri orari.",
                    "«Abbiamo sperato fino all'ultimo, ma la sicurezza delle atlete viene prima di tutto», ha detto la direttrice di gara della FIS Ilaria Benedetti. Non è ancora stata fissata una data per il recupero: la FIS deciderà nei prossimi giorni dove recuperare il gigante.",
                    "Per gli organizzatori della Ötztal è un duro colpo: per il fine settimana erano attesi circa 15.000 spettatori. «La pista era in condizioni eccellenti, ma contro una bufera del genere non possiamo nulla», ha commentato Rainer Falkner, direttore di Ötztal Tourismus.",
                    "La gara maschile di domenica per ora non è a rischio: la decisione sarà presa domenica alle 7. La svizzera Leonie Gasser, detentrice del titolo, dovrà attendere ancora per il suo debutto stagionale.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "Sturm verhindert Weltcup-Auftakt: Damen-Riesenslalom in Sölden abgesagt",
            "lead": "Sturm und Neuschnee haben den Start in den alpinen Ski-Weltcup verhindert. Die FIS sagte das Rennen am Rettenbachferner am Samstag in der Früh ab.",
            "body": [
                "Der für Samstag geplante Riesenslalom der Damen in Sölden findet nicht statt. Nach einer Besichtigung der Strecke am Rettenbachferner entschied die Jury um 7.30 Uhr, das Rennen abzusagen. In der Nacht waren auf dem Gletscher 45 Zentimeter Neuschnee gefallen, die Windböen am Start auf 3040 Metern erreichten bis zu 95 km/h.",
                "„Wir haben bis zuletzt gehofft, aber die Sicherheit der Athletinnen geht vor“, sagte FIS-Renndirektorin Ilaria Benedetti. Ein Nachholtermin steht noch nicht fest.",
                "Für die Veranstalter im Ötztal ist die Absage ein Rückschlag, rund 15.000 Zuschauer waren erwartet worden. „Die Piste selbst war in einem hervorragenden Zustand, gegen diesen Sturm sind wir machtlos“, sagte Rainer Falkner, Geschäftsführer von Ötztal Tourismus.",
                "Das Rennen der Herren am Sonntag ist vorerst nicht gefährdet, die Entscheidung fällt um 7 Uhr. Die ÖSV-Damen müssen heuer ebenso wie Titelverteidigerin Leonie Gasser aus der Schweiz weiter auf ihren ersten Saisonstart warten.",
            ],
        },
        "follow_up": {
            "days": 2.5,
            "refers": False,
            "title": "FIS holt Sölden-Riesenslalom in Sestriere nach",
            "lead": "Das wegen Sturms abgesagte Auftaktrennen der Damen wird am 19. Dezember in Italien ausgetragen.",
            "body": [
                "Der abgesagte Riesenslalom der Damen von Sölden wird am 19. Dezember in Sestriere nachgeholt. Das teilte der Internationale Ski- und Snowboardverband FIS am Montag mit. Die italienischen Veranstalter hatten sich kurzfristig bereit erklärt, ihr Programm um ein Rennen zu erweitern.",
                "„Wir sind froh, dass wir das Rennen noch vor Weihnachten unterbringen“, sagte FIS-Renndirektorin Ilaria Benedetti. Für die Läuferinnen bedeutet die Lösung ein dichtes Programm: In Sestriere stehen damit an drei Tagen drei Rennen an.",
                "Titelverteidigerin Leonie Gasser begrüßte die Entscheidung. „Sestriere liegt mir, dort bin ich schon zweimal aufs Podest gefahren“, sagte die Schweizerin. Ötztal-Tourismus-Chef Rainer Falkner kündigte an, den Käufern von Tribünentickets für Samstag den vollen Preis zu erstatten.",
            ],
        },
        "sibling": {
            "days": 21,
            "why": "same valley, organiser and federation, another World Cup race cancelled for weather",
            "title": "Weltcup in Gurgl: Herren-Slalom abgesagt",
            "lead": "Zu warm, zu wenig Schnee: Der Weltverband FIS hat den Slalom der Herren in Obergurgl am Samstagmorgen gestrichen.",
            "body": [
                "Der für Sonntag geplante Slalom der Herren in Obergurgl im Ötztal fällt aus. Nach einer Schneekontrolle am Samstagmorgen entschied die FIS, das Rennen abzusagen. Wegen ungewöhnlich milder Temperaturen von bis zu zwölf Grad und Regen bis auf 2500 Meter sei die Piste am Kirchenkar zu weich, hieß es.",
                "„Wir haben mit 40 Schneekanonen gearbeitet, aber das Wetter war stärker“, sagte Rainer Falkner, Geschäftsführer von Ötztal Tourismus. Rund 8000 Zuschauer waren erwartet worden.",
                "Ob das Rennen nachgeholt wird, ist offen. Der nächste Slalom der Herren steht am 13. Dezember in Val d'Isère auf dem Programm.",
            ],
        },
    },
    {
        "key": "p6-11",
        "section": "panorama",
        "time": "2026-11-21T11:20:00+01:00",
        "original": {
            "title": "Mit 212 km/h auf der A1: Polizei stoppt Raser in St. Gallen",
            "lead": "Die Kantonspolizei St. Gallen hat in der Nacht zum Samstag einen 23-jährigen Autofahrer aus Deutschland angehalten. Er war bei erlaubten 120 km/h mit mehr als 200 km/h unterwegs.",
            "body": [
                "Eine zivile Patrouille der Kantonspolizei St. Gallen hat den Sportwagen am Freitag gegen 23.40 Uhr auf der Autobahn A1 zwischen Wil und Oberbüren gemessen. Das Fahrzeug war mit 212 Kilometern pro Stunde unterwegs, nach Abzug der Toleranz bleiben 204 km/h. Erlaubt sind auf diesem Abschnitt 120 km/h.",
                "Der Fahrer, ein 23 Jahre alter Deutscher, saß am Steuer eines gemieteten Porsche 911. Auf dem Beifahrersitz befand sich eine 21-jährige Frau. Gegenüber den Polizisten gab der Mann an, er habe die Leistung des Wagens testen wollen.",
                "Die Polizei nahm ihm den Führerschein ab und stellte das Auto sicher. Zudem musste er eine Sicherheitsleistung von 10.000 Franken hinterlegen. Die Staatsanwaltschaft St. Gallen hat ein Verfahren wegen eines Raserdelikts eröffnet; nach Schweizer Recht drohen dafür bis zu vier Jahre Freiheitsstrafe sowie ein Fahrverbot in der Schweiz.",
                "„Solche Geschwindigkeiten gefährden nicht nur den Fahrer selbst, sondern alle anderen Verkehrsteilnehmer“, sagte Polizeisprecherin Simone Rutz.",
            ],
        },
        "ticker": {
            "title": "Raser mit über 200 Sachen gestoppt",
            "text": "Die Kantonspolizei hat auf der A1 zwischen Wil und Oberbüren einen 23-jährigen Deutschen mit 212 Kilometern pro Stunde in einem gemieteten Porsche gestoppt.",
        },
        "rewrite": {
            "title": "„Leistung testen“: Deutscher rast mit Miet-Porsche über Ostschweizer Autobahn",
            "lead": "84 km/h zu schnell: Ein 23-Jähriger ist seinen Führerschein los, der Sportwagen wurde beschlagnahmt.",
            "body": [
                "Eine zivile Streife der St. Galler Kantonspolizei staunte am späten Freitagabend nicht schlecht: Auf der A1 bei Oberbüren zog ein Porsche an ihr vorbei, das Messgerät zeigte 212 km/h. Abzüglich der Messtoleranz ergibt das 204 km/h – 84 mehr als erlaubt.",
                "Am Steuer saß ein 23-jähriger Mann aus Deutschland, der den Wagen gemietet hatte. Er habe nur ausprobieren wollen, was das Auto kann, erklärte er den Beamten. Mit im Auto saß seine 21-jährige Begleiterin.",
                "Der Fall landet nun bei der Staatsanwaltschaft. In der Schweiz gilt eine Überschreitung um mindestens 80 km/h auf Autobahnen als Raserdelikt, auf das eine mehrjährige Freiheitsstrafe stehen kann. Die Polizei zog den Führerschein ein, behielt den Porsche und verlangte eine Kaution von 10.000 Franken. Polizeisprecherin Simone Rutz sprach von einem „völlig verantwortungslosen“ Verhalten.",
            ],
        },
        "translations": {
            "en": {
                "title": "German driver caught doing 212 km/h on Swiss motorway",
                "lead": "St. Gallen cantonal police stopped a 23-year-old motorist from Germany overnight into Saturday. He was travelling at more than 200 km/h on a stretch where the limit is 120 km/h.",
                "body": [
                    "An unmarked police patrol clocked the sports car at around 11.40 p.m. on Friday on the A1 motorway between Wil and Oberbüren. The car was travelling at 212 kilometres per hour, or 204 km/h after deduction of the safety margin. The speed limit on this section is 120 km/h.",
                    "The driver, a 23-year-old German, was at the wheel of a rented Porsche 911, with a 21-year-old woman in the passenger seat. He told officers that he had wanted to test the car's performance.",
                    "Police confiscated his driving licence and impounded the car. He also had to pay a deposit of 10,000 francs. The St. Gallen public prosecutor's office has opened proceedings for a serious speeding offence, which under Swiss law carries a prison sentence of up to four years and a driving ban in Switzerland.",
                    "“Speeds like that endanger not only the driver but every other road user,” said police spokeswoman Simone Rutz.",
                ],
            },
            "fr": {
                "title": "Flashé à 212 km/h sur l'A1: un jeune Allemand arrêté à Saint-Gall",
                "lead": "La police cantonale saint-galloise a intercepté dans la nuit de vendredi à samedi un automobiliste allemand de 23 ans. Il roulait à plus de 200 km/h sur un tronçon limité à 120 km/h.",
                "body": [
                    "Une patrouille banalisée a mesuré la vitesse de la voiture de sport vendredi vers 23 h 40 sur l'autoroute A1 entre Wil et Oberbüren: 212 km/h, soit 204 km/h après déduction de la marge de sécurité. La vitesse y est limitée à 120 km/h.",
                    "Le conducteur, un Allemand de 23 ans, était au volant d'une Porsche 911 de location, accompagné d'une passagère de 21 ans. Il a déclaré aux policiers qu'il voulait tester les performances de la voiture.",
                    "La police lui a retiré son permis et a séquestré le véhicule; il a en outre dû verser une caution de 10 000 francs. Le Ministère public saint-gallois a ouvert une procédure pour délit de chauffard, passible en Suisse d'une peine privative de liberté allant jusqu'à quatre ans.",
                    "« De telles vitesses ne mettent pas seulement en danger le conducteur, mais tous les autres usagers de la route », a souligné la porte-parole de la police Simone Rutz.",
                ],
            },
            "it": {
                "title": "Pirata della strada a 212 km/h sull'A1: fermato un 23enne tedesco",
                "lead": "La Polizia cantonale di San Gallo ha fermato nella notte tra venerdì e sabato un automobilista tedesco di 23 anni. Viaggiava a oltre 200 km/h dove il limite è di 120.",
                "body": [
                    "Una pattuglia civile ha misurato la velocità dell'auto sportiva venerdì verso le 23.40 sull'autostrada A1 tra Wil e Oberbüren: 212 chilometri orari, 204 dopo la deduzione del margine di tolleranza. Su quel tratto il limite è di 120 km/h.",
                    "Al volante di una Porsche 911 a noleggio c'era un 23enne tedesco, accanto a lui una passeggera di 21 anni. Agli agenti ha spiegato di aver voluto provare le prestazioni dell'auto.",
                    "La polizia gli ha ritirato la patente e ha sequestrato il veicolo; l'uomo ha dovuto inoltre versare una cauzione di 10.000 franchi. Il Ministero pubblico di San Gallo ha aperto un procedimento per reato di pirata della strada, punibile in Svizzera con una pena detentiva fino a quattro anni.",
                    "«Velocità simili mettono in pericolo non solo il conducente, ma tutti gli altri utenti della strada», ha sottolineato la portavoce della polizia Simone Rutz.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Mit 212 km/h auf der A1: Kantonspolizei St.Gallen stoppt Raser",
            "lead": "Die Kantonspolizei St.Gallen hat in der Nacht auf Samstag einen 23-jährigen Autofahrer aus Deutschland angehalten. Er war bei erlaubten 120 km/h mit über 200 km/h unterwegs.",
            "body": [
                "Eine zivile Patrouille der Kantonspolizei St.Gallen hat den Sportwagen am Freitag kurz vor Mitternacht, um 23.40 Uhr, auf der A1 zwischen Wil und Oberbüren gemessen. Das Auto war mit 212 km/h unterwegs, nach Abzug der Toleranz bleiben 204 km/h. Erlaubt sind auf diesem Abschnitt 120 km/h.",
                "Der Lenker, ein 23-jähriger Deutscher, sass am Steuer eines gemieteten Porsche 911. Auf dem Beifahrersitz befand sich eine 21-jährige Frau. Gegenüber der Polizei gab der Mann an, er habe die Leistung des Wagens testen wollen.",
                "Die Polizei nahm ihm den Führerausweis ab und stellte das Auto sicher. Zudem musste er eine Kaution von 10'000 Franken hinterlegen. Die Staatsanwaltschaft St.Gallen hat ein Verfahren wegen eines Raserdelikts eröffnet.",
                "«Solche Geschwindigkeiten gefährden nicht nur den Lenker selbst, sondern alle anderen Verkehrsteilnehmenden», sagte Polizeisprecherin Simone Rutz.",
            ],
        },
        "sibling": {
            "days": 9,
            "why": "same police, spokeswoman and motorway stretch, another speeding case",
            "title": "Mit 171 km/h durch Baustelle auf der A1: Raser in St. Gallen gestoppt",
            "lead": "Die Kantonspolizei St. Gallen hat am Sonntag einen 20-jährigen Schweizer angehalten. Erlaubt waren 80 km/h.",
            "body": [
                "Eine Radaranlage der Kantonspolizei St. Gallen hat am Sonntagnachmittag gegen 15.10 Uhr auf der A1 bei Oberbüren einen Autofahrer mit 171 Kilometern pro Stunde gemessen. Im dortigen Baustellenbereich gilt eine Höchstgeschwindigkeit von 80 km/h. Nach Abzug der Toleranz bleiben 164 km/h.",
                "Der 20-jährige Schweizer aus dem Kanton Thurgau war mit dem Audi RS3 seines Vaters unterwegs. Eine Patrouille hielt ihn wenig später bei der Ausfahrt Gossau an. Er besitzt den Führerschein auf Probe erst seit elf Monaten.",
                "Die Polizei nahm ihm den Führerschein ab und stellte das Auto sicher. Die Staatsanwaltschaft St. Gallen ermittelt wegen eines Raserdelikts. „Gerade in Baustellen arbeiten Menschen direkt neben der Fahrbahn“, sagte Polizeisprecherin Simone Rutz.",
            ],
        },
    },
    {
        "key": "p6-12",
        "section": "panorama",
        "time": "2026-11-28T09:15:00+01:00",
        "original": {
            "title": "Wintereinbruch in der Schweiz: Flughafen Zürich streicht fast 100 Flüge",
            "lead": "Bis zu 30 Zentimeter Neuschnee haben in der Nacht zum Samstag den Verkehr im Großraum Zürich behindert. Die Polizei zählte Dutzende Unfälle.",
            "body": [
                "Am Flughafen Zürich sind am Samstagmorgen bis 9 Uhr 94 Starts und Landungen annulliert worden. Die Pisten mussten mehrfach geräumt und die Flugzeuge vor dem Abflug enteist werden. Betroffen waren vor allem Kurzstreckenflüge der Swiss nach Deutschland, Österreich und Italien. Reisende müssen mit Verspätungen von bis zu zwei Stunden rechnen.",
                "„Wir haben um 2 Uhr mit über 120 Fahrzeugen mit dem Räumen begonnen, trotzdem kommen wir bei diesem Schneefall an unsere Grenzen“, sagte Flughafensprecherin Bettina Ruckstuhl.",
                "Nach Angaben von MeteoSchweiz fielen in der Stadt Zürich 25 Zentimeter Schnee, in Winterthur und im Zürcher Oberland bis zu 30 Zentimeter. Die Kantonspolizei Zürich registrierte in der Nacht 63 Verkehrsunfälle, fünf Menschen wurden leicht verletzt. Mehrere Lastwagen blieben auf der A1 zwischen Winterthur und Zürich stecken.",
                "Auch die S-Bahn Zürich war betroffen: Wegen eingefrorener Weichen fielen einzelne Verbindungen aus. MeteoSchweiz warnt mit Stufe 3 bis Sonntagabend vor weiterem Schneefall.",
            ],
        },
        "ticker": {
            "title": "Schneechaos: Dutzende Flüge in Zürich gestrichen",
            "text": "Wegen starken Schneefalls hat der Flughafen Zürich bis Samstagmorgen 94 Flüge annulliert, die Kantonspolizei meldet 63 Unfälle in der Nacht.",
        },
        "rewrite": {
            "title": "Erster Schnee bringt Zürich ins Rutschen",
            "lead": "Annullierte Flüge, Unfälle und eingefrorene Weichen: Der Winter meldet sich im Großraum Zürich mit Wucht.",
            "body": [
                "Wer am Samstagmorgen in Kloten abheben wollte, blickte oft auf die Anzeige „annulliert“. Bis 9 Uhr strich der Flughafen Zürich 94 Flugbewegungen, die meisten davon Europaflüge der Lufthansa-Tochter Swiss. Die übrigen Maschinen mussten vor dem Start enteist werden, was zu Wartezeiten von bis zu zwei Stunden führte.",
                "Über Nacht hatte sich eine Schneedecke von 25 Zentimetern über die Stadt gelegt, im Zürcher Oberland war sie noch dicker. Die Kantonspolizei rückte zu 63 Unfällen aus; fünf Personen erlitten leichte Verletzungen. Auf der A1 bei Winterthur steckten Lastwagen fest.",
                "Bei der S-Bahn froren Weichen ein, einige Züge fielen aus. Flughafensprecherin Bettina Ruckstuhl sprach von einem „Härtetest gleich zum Start der Wintersaison“. Eine Entspannung ist nicht in Sicht: MeteoSchweiz erwartet bis Sonntagabend weiteren Schnee.",
            ],
        },
        "translations": {
            "en": {
                "title": "Snow chaos: Zurich airport cancels almost 100 flights",
                "lead": "Up to 30 centimetres of fresh snow disrupted traffic in and around Zurich overnight into Saturday. Police counted dozens of accidents.",
                "body": [
                    "By 9 a.m. on Saturday, 94 take-offs and landings had been cancelled at Zurich airport. Runways had to be cleared repeatedly and aircraft de-iced before departure. Short-haul Swiss flights to Germany, Austria and Italy were hit hardest. Passengers face delays of up to two hours.",
                    "“We started clearing at 2 a.m. with more than 120 vehicles, but with snowfall like this we are reaching our limits,” said airport spokeswoman Bettina Ruckstuhl.",
                    "According to MeteoSwiss, 25 centimetres of snow fell in the city of Zurich and up to 30 centimetres in Winterthur and the Zurich Oberland. Zurich cantonal police recorded 63 road accidents during the night, in which five people were slightly injured. Several lorries got stuck on the A1 between Winterthur and Zurich.",
                    "The Zurich S-Bahn was also affected, with some services cancelled because of frozen points. MeteoSwiss has issued a level 3 warning of further snowfall until Sunday evening.",
                ],
            },
            "fr": {
                "title": "Premières neiges: près de 100 vols annulés à l'aéroport de Zurich",
                "lead": "Jusqu'à 30 centimètres de neige fraîche ont perturbé la circulation dans la région zurichoise dans la nuit de vendredi à samedi. La police a recensé des dizaines d'accidents.",
                "body": [
                    "À l'aéroport de Zurich, 94 décollages et atterrissages avaient été annulés samedi jusqu'à 9 heures. Les pistes ont dû être déneigées à plusieurs reprises et les avions dégivrés avant le départ. Les vols court-courriers de Swiss vers l'Allemagne, l'Autriche et l'Italie ont été les plus touchés. Les passagers doivent s'attendre à des retards allant jusqu'à deux heures.",
                    "« Nous avons commencé à déneiger à 2 heures avec plus de 120 véhicules, mais avec de telles chutes de neige, nous arrivons à nos limites », a indiqué la porte-parole de l'aéroport Bettina Ruckstuhl.",
                    "Selon MétéoSuisse, il est tombé 25 centimètres de neige en ville de Zurich et jusqu'à 30 centimètres à Winterthour et dans l'Oberland zurichois. La police cantonale zurichoise a enregistré 63 accidents durant la nuit; cinq personnes ont été légèrement blessées.",
                    "Le RER zurichois a lui aussi été perturbé par des aiguillages gelés. MétéoSuisse maintient une alerte de degré 3 jusqu'à dimanche soir.",
                ],
            },
            "it": {
                "title": "Neve a Zurigo, quasi cento voli cancellati all'aeroporto",
                "lead": "Fino a 30 centimetri di neve fresca hanno messo in difficoltà il traffico nella regione di Zurigo nella notte tra venerdì e sabato. La polizia ha contato decine di incidenti.",
                "body": [
                    "All'aeroporto di Zurigo sabato fino alle 9 sono stati cancellati 94 decolli e atterraggi. Le piste hanno dovuto essere sgomberate più volte e gli aerei sghiacciati prima della partenza. I più colpiti sono stati i voli a corto raggio di Swiss verso Germania, Austria e Italia. I passeggeri devono mettere in conto ritardi fino a due ore.",
                    "«Abbiamo iniziato a sgomberare la neve alle 2 con oltre 120 veicoli, ma con nevicate simili arriviamo al limite», ha detto la portavoce dell'aeroporto Bettina Ruckstuhl.",
                    "Secondo MeteoSvizzera in città sono caduti 25 centimetri di neve, a Winterthur e nell'Oberland zurighese fino a 30. La Polizia cantonale di Zurigo ha registrato 63 incidenti durante la notte, con cinque feriti lievi. Sull'A1 tra Winterthur e Zurigo diversi camion sono rimasti bloccati.",
                    "Disagi anche per la S-Bahn di Zurigo a causa di scambi gelati. MeteoSvizzera mantiene l'allerta di grado 3 fino a domenica sera.",
                ],
            },
        },
        "sibling": {
            "days": -9,
            "why": "same airport, spokeswoman and airline, weather-related cancellations on another day",
            "title": "Dichter Nebel: Flughafen Zürich streicht 41 Flüge",
            "lead": "Wegen schlechter Sicht hat der Flughafen Zürich am Donnerstagmorgen die Zahl der Landungen reduziert. Reisende müssen mit Verspätungen rechnen.",
            "body": [
                "Dichter Nebel hat am Donnerstagmorgen den Betrieb am Flughafen Zürich beeinträchtigt. Bis 9 Uhr wurden 41 Starts und Landungen annulliert, wie Flughafensprecherin Bettina Ruckstuhl mitteilte. Die Flugsicherung Skyguide hatte die Zahl der Anflüge pro Stunde wegen der geringen Sichtweite von 66 auf 40 reduziert.",
                "Betroffen waren vor allem Europaflüge der Swiss, unter anderem nach Frankfurt, Wien und Mailand. Mehrere Langstreckenmaschinen wurden nach Basel und Genf umgeleitet. „Sobald sich der Nebel auflöst, normalisiert sich der Betrieb rasch“, sagte Ruckstuhl.",
                "MeteoSchweiz erwartet, dass sich die Nebeldecke im Mittelland erst gegen Mittag lichtet. Im Straßenverkehr blieb es nach Angaben der Kantonspolizei Zürich weitgehend ruhig.",
            ],
        },
    },
]
