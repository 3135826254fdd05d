"""Story families for feedhub's own dedup evaluation set, part 3: economy and business.

Written for feedhub (fictional events). Schema: bench/data/dedup/README.md."""

FAMILIES = [
    {
        "key": "p3-01",
        "section": "wirtschaft",
        "time": "2026-06-02T10:20:00+02:00",
        "original": {
            "title": "Arbeitslosigkeit sinkt im Mai nur schwach – Quote bei 6,2 Prozent",
            "lead": "Die übliche Frühjahrsbelebung fällt auf dem deutschen Arbeitsmarkt erneut mager aus. Im Mai waren 2,948 Millionen Menschen ohne Job, 71.000 mehr als vor einem Jahr.",
            "body": [
                "Die Zahl der Arbeitslosen in Deutschland ist im Mai um 38.000 auf 2,948 Millionen gesunken. Das teilte die Bundesagentur für Arbeit (BA) am Dienstag in Nürnberg mit. Die Arbeitslosenquote ging um 0,1 Punkte auf 6,2 Prozent zurück. Im Vergleich zum Mai des Vorjahres waren jedoch 71.000 Menschen mehr arbeitslos gemeldet.",
                "Rechnet man die jahreszeitlichen Schwankungen heraus, stieg die Arbeitslosigkeit sogar um 12.000. „Der Arbeitsmarkt bleibt unter Druck, die Frühjahrsbelebung hat kaum Kraft“, sagte BA-Vorstandschefin Susanne Brückner. Vor allem in der Industrie und im Baugewerbe würden weiterhin Stellen abgebaut.",
                "Auch die Nachfrage nach neuen Arbeitskräften schwächt sich ab. Bei der BA waren im Mai 612.000 offene Stellen gemeldet, 34.000 weniger als ein Jahr zuvor. Für Kurzarbeit gingen vom 1. bis 27. Mai Anzeigen für 58.000 Beschäftigte ein.",
                "Arbeitsmarktforscher Jonas Ebeling vom Institut für Arbeitsmarkt- und Berufsforschung (IAB) rechnet erst gegen Jahresende mit einer Trendwende. Die Zahl der Erwerbstätigen lag nach Angaben des Statistischen Bundesamts im April bei 45,9 Millionen und damit leicht unter dem Vorjahresniveau.",
            ],
        },
        "ticker": {
            "title": "Eilmeldung: 2,948 Millionen Arbeitslose im Mai",
            "text": "Die Zahl der Arbeitslosen in Deutschland ist im Mai laut Bundesagentur für Arbeit um 38.000 auf 2,948 Millionen gesunken, die Quote liegt bei 6,2 Prozent.",
        },
        "rewrite": {
            "title": "Frühjahrsbelebung bleibt aus: Mehr Arbeitslose als vor einem Jahr",
            "lead": "Saisonbereinigt ist die Arbeitslosigkeit im Mai gestiegen. Die Bundesagentur spricht von einem Markt unter Druck.",
            "body": [
                "Trotz des Frühlings kommt der deutsche Arbeitsmarkt nicht in Schwung. Zwar meldete die Bundesagentur für Arbeit in Nürnberg für Mai 2,948 Millionen Arbeitslose und damit 38.000 weniger als im April. Doch dieser Rückgang ist kleiner als in einem Mai üblich: Ohne saisonale Effekte ergibt sich ein Plus von 12.000.",
                "Gegenüber dem Vorjahresmonat liegt die Zahl um 71.000 höher, die Quote beträgt 6,2 Prozent. BA-Chefin Susanne Brückner machte vor allem Industrie und Bau für die Schwäche verantwortlich. Dort würden Arbeitsplätze weiter gestrichen, Neueinstellungen seien selten.",
                "Das zeigt sich auch am Stellenbestand: Unternehmen meldeten 612.000 freie Jobs, ein Minus von 34.000 binnen zwölf Monaten. Der IAB-Forscher Jonas Ebeling hält eine Besserung frühestens zum Jahresende für realistisch. „Solange die Exporte schwächeln, stellen die Betriebe kaum ein“, sagte er.",
            ],
        },
        "translations": {
            "en": {
                "title": "German jobless total barely falls in May as spring pickup fizzles",
                "lead": "The usual spring revival on Germany's labour market was weak again this year. In May, 2.948 million people were out of work, 71,000 more than a year earlier.",
                "body": [
                    "The number of unemployed people in Germany fell by 38,000 in May to 2.948 million, the Federal Employment Agency (BA) said in Nuremberg on Tuesday. The unemployment rate edged down 0.1 points to 6.2 percent. Compared with May last year, however, 71,000 more people were registered as jobless.",
                    "Adjusted for seasonal swings, unemployment actually rose by 12,000. “The labour market remains under pressure, and the spring revival has hardly any strength,” said BA chief executive Susanne Brückner. Jobs were still being cut above all in manufacturing and construction, she said.",
                    "Demand for new workers is also weakening. Employers registered 612,000 vacancies with the BA in May, 34,000 fewer than a year earlier. Between May 1 and May 27, companies notified the agency of short-time work for 58,000 employees.",
                    "Labour market researcher Jonas Ebeling of the Institute for Employment Research (IAB) does not expect a turnaround before the end of the year. According to the Federal Statistical Office, 45.9 million people were in work in April, slightly fewer than a year earlier.",
                ],
            },
            "fr": {
                "title": "Allemagne : le chômage recule à peine en mai",
                "lead": "Le traditionnel rebond printanier du marché du travail allemand est resté faible cette année encore. En mai, 2,948 millions de personnes étaient sans emploi, soit 71 000 de plus qu'un an auparavant.",
                "body": [
                    "Le nombre de chômeurs en Allemagne a baissé de 38 000 en mai, à 2,948 millions, a annoncé mardi l'Agence fédérale pour l'emploi (BA) à Nuremberg. Le taux de chômage a reculé de 0,1 point, à 6,2 %. Par rapport à mai de l'an dernier, 71 000 personnes de plus étaient toutefois inscrites au chômage.",
                    "En données corrigées des variations saisonnières, le chômage a même progressé de 12 000 personnes. « Le marché du travail reste sous pression, la reprise du printemps manque de vigueur », a déclaré la présidente du directoire de la BA, Susanne Brückner. Les suppressions d'emplois se poursuivent surtout dans l'industrie et le bâtiment.",
                    "La demande de main-d'œuvre faiblit elle aussi. En mai, 612 000 offres d'emploi étaient enregistrées auprès de la BA, 34 000 de moins qu'un an plus tôt. Du 1er au 27 mai, les entreprises ont déposé des demandes de chômage partiel pour 58 000 salariés.",
                    "Jonas Ebeling, chercheur à l'Institut de recherche sur l'emploi (IAB), n'attend pas de retournement de tendance avant la fin de l'année.",
                ],
            },
            "it": {
                "title": "Germania, la disoccupazione cala appena a maggio",
                "lead": "La consueta ripresa primaverile del mercato del lavoro tedesco è stata di nuovo debole. A maggio i disoccupati erano 2,948 milioni, 71.000 in più rispetto a un anno prima.",
                "body": [
                    "Il numero dei disoccupati in Germania è sceso a maggio di 38.000 unità, a 2,948 milioni, ha comunicato martedì a Norimberga l'Agenzia federale per il lavoro (BA). Il tasso di disoccupazione è calato di 0,1 punti al 6,2%. Rispetto a maggio dell'anno scorso, però, risultavano iscritte 71.000 persone in più.",
                    "Al netto delle oscillazioni stagionali, la disoccupazione è addirittura aumentata di 12.000 unità. «Il mercato del lavoro resta sotto pressione, la ripresa di primavera non ha quasi forza», ha detto la presidente della BA, Susanne Brückner. I tagli di posti continuano soprattutto nell'industria e nell'edilizia.",
                    "Si indebolisce anche la domanda di nuovo personale. A maggio presso la BA erano registrati 612.000 posti vacanti, 34.000 in meno rispetto a un anno prima. Tra il 1° e il 27 maggio le aziende hanno notificato lavoro a orario ridotto per 58.000 dipendenti.",
                    "Il ricercatore Jonas Ebeling dell'Istituto per la ricerca sul mercato del lavoro (IAB) non prevede un'inversione di tendenza prima della fine dell'anno. Secondo l'Ufficio federale di statistica, ad aprile gli occupati erano 45,9 milioni, leggermente meno di un anno prima.",
                ],
            },
        },
        "sibling": {
            "days": 28,
            "why": "Folgemonat derselben BA-Arbeitsmarktstatistik",
            "title": "Arbeitslosigkeit steigt im Juni auf 2,97 Millionen",
            "lead": "Auf dem deutschen Arbeitsmarkt ist keine Erholung in Sicht. Im Juni waren 84.000 Menschen mehr ohne Job als vor einem Jahr.",
            "body": [
                "Die Zahl der Arbeitslosen in Deutschland ist im Juni um 22.000 auf 2,970 Millionen gestiegen. Das teilte die Bundesagentur für Arbeit (BA) am Dienstag in Nürnberg mit. Die Arbeitslosenquote erhöhte sich um 0,1 Punkte auf 6,3 Prozent. Gegenüber dem Vorjahresmonat waren 84.000 Menschen mehr arbeitslos gemeldet.",
                "Saisonbereinigt nahm die Arbeitslosigkeit um 9.000 zu. „Von einer Stabilisierung können wir noch nicht sprechen“, sagte BA-Vorstandschefin Susanne Brückner. Ein Teil des Anstiegs gehe auf junge Menschen zurück, die sich nach dem Schulabschluss oder der Ausbildung vorübergehend arbeitslos meldeten.",
                "Die Zahl der bei der BA gemeldeten offenen Stellen sank auf 605.000, das sind 41.000 weniger als im Juni des Vorjahres. Anzeigen für Kurzarbeit gingen für 46.000 Beschäftigte ein.",
            ],
        },
    },
    {
        "key": "p3-02",
        "section": "wirtschaft",
        "time": "2026-06-02T10:30:00+02:00",
        "original": {
            "title": "Inflation in Österreich sinkt im Mai auf 3,1 Prozent",
            "lead": "Die Teuerung in Österreich hat sich im Mai etwas abgeschwächt. Sie liegt laut einer Schnellschätzung aber weiter deutlich über dem Durchschnitt der Eurozone.",
            "body": [
                "Die Inflationsrate in Österreich ist im Mai auf 3,1 Prozent gesunken. Im April hatte sie noch bei 3,4 Prozent gelegen, wie die Statistik Austria am Dienstag in Wien auf Basis einer Schnellschätzung mitteilte. Im Vergleich zum Vormonat stiegen die Verbraucherpreise um 0,2 Prozent.",
                "Preisdämpfend wirkten vor allem die Treibstoffe, die um 2,1 Prozent billiger waren als vor einem Jahr. Haushaltsenergie verteuerte sich dagegen um 6,8 Prozent, nachdem mehrere Versorger zu Jahresbeginn ihre Tarife angehoben hatten. Dienstleistungen kosteten 4,5 Prozent mehr, Nahrungsmittel und alkoholfreie Getränke 3,9 Prozent.",
                "„Der Rückgang ist erfreulich, aber die Dienstleistungen bleiben der hartnäckige Preistreiber“, sagte Statistik-Austria-Generaldirektor Bernhard Lechner. Die endgültigen Daten für Mai will die Behörde am 17. Juni veröffentlichen.",
                "Österreich liegt damit weiter klar über dem Schnitt der Eurozone. Dort betrug die Teuerung im Mai nach einer ersten Schätzung von Eurostat 2,1 Prozent. WIFO-Ökonomin Teresa Hofbauer erwartet, dass die Rate bis zum Herbst unter drei Prozent fällt.",
            ],
        },
        "ticker": {
            "title": "Österreich: Teuerung geht zurück",
            "text": "Die Inflationsrate in Österreich ist im Mai laut Schnellschätzung der Statistik Austria auf 3,1 Prozent gesunken, nach 3,4 Prozent im April.",
        },
        "rewrite": {
            "title": "Preisauftrieb in Österreich lässt etwas nach",
            "lead": "Billigere Treibstoffe drücken die Jahresteuerung. Energie für Haushalte und Dienstleistungen bleiben aber deutlich teurer.",
            "body": [
                "Die Verbraucherpreise in Österreich lagen im Mai um 3,1 Prozent über dem Niveau des Vorjahresmonats. Nach der ersten Schätzung der Statistik Austria hat sich der Preisauftrieb damit gegenüber April, als die Rate 3,4 Prozent betrug, abgeschwächt. Binnen eines Monats zogen die Preise um 0,2 Prozent an.",
                "Entlastung brachte die Zapfsäule: Benzin und Diesel kosteten 2,1 Prozent weniger als vor zwölf Monaten. Strom, Gas und Fernwärme für Haushalte lagen hingegen 6,8 Prozent höher, Dienstleistungen 4,5 Prozent. Bei Lebensmitteln betrug das Plus 3,9 Prozent.",
                "Generaldirektor Bernhard Lechner nannte die Dienstleistungen den entscheidenden Preistreiber. Im Euroraum, für den Eurostat im Mai 2,1 Prozent schätzt, ist die Teuerung deutlich niedriger. Die Wirtschaftsforscherin Teresa Hofbauer vom WIFO rechnet im Herbst mit Werten unter drei Prozent. Endgültige Zahlen folgen am 17. Juni.",
            ],
        },
        "translations": {
            "en": {
                "title": "Austrian inflation eases to 3.1% in May but stays well above euro area",
                "lead": "Inflation in Austria slowed somewhat in May. According to a flash estimate, however, it remains well above the euro zone average.",
                "body": [
                    "Austria's annual inflation rate fell to 3.1 percent in May from 3.4 percent in April, Statistics Austria said in Vienna on Tuesday, citing a flash estimate. Consumer prices rose 0.2 percent from the previous month.",
                    "Fuel, which was 2.1 percent cheaper than a year earlier, had the biggest dampening effect. Household energy, by contrast, cost 6.8 percent more after several suppliers raised their tariffs at the start of the year. Services were 4.5 percent more expensive, food and non-alcoholic beverages 3.9 percent.",
                    "“The decline is welcome, but services remain the stubborn driver of prices,” said Statistics Austria Director General Bernhard Lechner. The agency plans to publish final data for May on June 17.",
                    "Austria thus remains clearly above the euro area average, where inflation stood at 2.1 percent in May according to a first Eurostat estimate. WIFO economist Teresa Hofbauer expects the rate to fall below three percent by the autumn.",
                ],
            },
            "fr": {
                "title": "Autriche : l'inflation ralentit à 3,1 % en mai",
                "lead": "La hausse des prix s'est quelque peu atténuée en Autriche en mai. Selon une estimation rapide, elle reste toutefois nettement supérieure à la moyenne de la zone euro.",
                "body": [
                    "Le taux d'inflation en Autriche est descendu à 3,1 % en mai, contre 3,4 % en avril, a indiqué mardi à Vienne l'office Statistik Austria sur la base d'une estimation rapide. Sur un mois, les prix à la consommation ont augmenté de 0,2 %.",
                    "Les carburants, 2,1 % moins chers qu'il y a un an, ont le plus freiné la hausse. L'énergie domestique a en revanche renchéri de 6,8 %, plusieurs fournisseurs ayant relevé leurs tarifs en début d'année. Les services ont augmenté de 4,5 %, l'alimentation et les boissons non alcoolisées de 3,9 %.",
                    "« Ce recul est réjouissant, mais les services restent le moteur tenace de l'inflation », a déclaré le directeur général de Statistik Austria, Bernhard Lechner. Dans la zone euro, l'inflation s'est établie à 2,1 % en mai selon une première estimation d'Eurostat.",
                ],
            },
            "it": {
                "title": "Austria, l'inflazione scende al 3,1% a maggio",
                "lead": "In Austria il carovita ha rallentato leggermente a maggio. Secondo una stima rapida resta però nettamente sopra la media dell'eurozona.",
                "body": [
                    "Il tasso d'inflazione in Austria è sceso a maggio al 3,1%, dal 3,4% di aprile, ha comunicato martedì a Vienna l'istituto Statistik Austria sulla base di una stima flash. Su base mensile i prezzi al consumo sono saliti dello 0,2%.",
                    "A frenare i prezzi sono stati soprattutto i carburanti, più economici del 2,1% rispetto a un anno fa. L'energia per le famiglie è invece rincarata del 6,8%, dopo che diversi fornitori avevano aumentato le tariffe a inizio anno. I servizi sono costati il 4,5% in più, alimentari e bevande analcoliche il 3,9%.",
                    "«Il calo è positivo, ma i servizi restano il fattore di rincaro più ostinato», ha dichiarato il direttore generale di Statistik Austria, Bernhard Lechner. I dati definitivi di maggio saranno pubblicati il 17 giugno.",
                    "L'Austria resta così ben al di sopra della media dell'eurozona, dove secondo una prima stima di Eurostat l'inflazione a maggio è stata del 2,1%. L'economista del WIFO Teresa Hofbauer prevede che il tasso scenda sotto il tre per cento entro l'autunno.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "Teuerung im Mai auf 3,1 Prozent gesunken",
            "lead": "Die Inflation in Österreich hat sich im Mai etwas abgeschwächt. Laut Schnellschätzung liegt sie aber weiter deutlich über dem Schnitt der Eurozone.",
            "body": [
                "Die Inflationsrate in Österreich ist im Mai auf 3,1 Prozent gesunken. Im April hatte sie noch bei 3,4 Prozent gelegen, wie die Statistik Austria am Dienstag auf Basis einer Schnellschätzung mitteilte. Im Vergleich zum Vormonat stiegen die Verbraucherpreise um 0,2 Prozent.",
                "Preisdämpfend wirkte vor allem der Sprit, der um 2,1 Prozent billiger war als vor einem Jahr. Haushaltsenergie verteuerte sich dagegen um 6,8 Prozent, nachdem mehrere Versorger heuer im Jänner ihre Tarife angehoben hatten. Dienstleistungen kosteten 4,5 Prozent mehr, Nahrungsmittel und alkoholfreie Getränke 3,9 Prozent.",
                "„Der Rückgang ist erfreulich, aber die Dienstleistungen bleiben der hartnäckige Preistreiber“, sagte Statistik-Austria-Generaldirektor Bernhard Lechner. Die endgültigen Daten für Mai folgen am 17. Juni. In der Eurozone betrug die Teuerung im Mai laut erster Eurostat-Schätzung 2,1 Prozent.",
            ],
        },
        "sibling": {
            "days": -14,
            "why": "Vormonatswert derselben Inflationsstatistik",
            "title": "Statistik Austria bestätigt Inflation von 3,4 Prozent im April",
            "lead": "Die Teuerung in Österreich ist im April deutlich gestiegen. Vor allem Haushaltsenergie und Mieten trieben die Preise.",
            "body": [
                "Die Inflationsrate in Österreich ist im April auf 3,4 Prozent gestiegen. Im März hatte sie bei 3,0 Prozent gelegen, wie die Statistik Austria am Dienstag in Wien mitteilte. Damit bestätigte die Behörde ihre Schnellschätzung von Ende April. Im Vergleich zum Vormonat erhöhten sich die Verbraucherpreise um 0,5 Prozent.",
                "Haushaltsenergie war um 7,4 Prozent teurer als ein Jahr zuvor, Dienstleistungen um 4,7 Prozent. Die Mieten stiegen um 5,2 Prozent, Treibstoffe kosteten dagegen 0,8 Prozent weniger. Der Mikrowarenkorb, der vor allem den täglichen Einkauf abbildet, verteuerte sich um 4,2 Prozent.",
                "„Die Osterfeiertage haben Pauschalreisen und Flüge spürbar verteuert“, sagte Statistik-Austria-Generaldirektor Bernhard Lechner. WIFO-Ökonomin Teresa Hofbauer rechnet für die kommenden Monate mit einer leichten Entspannung.",
            ],
        },
    },
    {
        "key": "p3-03",
        "section": "wirtschaft",
        "time": "2026-05-12T05:40:00+02:00",
        "original": {
            "title": "Verdi-Warnstreik legt Lufthansa in Frankfurt und München weitgehend lahm",
            "lead": "Bei der Lufthansa fallen am Dienstag rund 1.100 Flüge aus. Die Gewerkschaft Verdi hat das Bodenpersonal an den beiden Drehkreuzen zu einem ganztägigen Warnstreik aufgerufen.",
            "body": [
                "Ein Warnstreik des Bodenpersonals hat am Dienstag den Flugbetrieb der Lufthansa an ihren Drehkreuzen Frankfurt und München weitgehend zum Erliegen gebracht. Die Arbeitsniederlegung begann um 4.00 Uhr und soll bis Mittwochfrüh um 5.00 Uhr dauern. Nach Angaben des Konzerns fallen rund 1.100 von geplant 1.400 Flügen aus, betroffen sind etwa 120.000 Passagiere.",
                "Verdi verlangt für die rund 20.000 Beschäftigten am Boden 8,5 Prozent mehr Lohn, mindestens aber 350 Euro monatlich, bei einer Laufzeit von zwölf Monaten. Lufthansa hatte in der zweiten Verhandlungsrunde 4,2 Prozent in zwei Stufen über 26 Monate angeboten.",
                "„Die Beschäftigten haben die Nase voll von Angeboten, die nicht einmal die Preissteigerung ausgleichen“, sagte Verdi-Verhandlungsführerin Christine Behrendt. Lufthansa-Personalvorstand Henrik Albers nannte den Streik „unverhältnismäßig“: Er treffe Zehntausende Reisende kurz vor Pfingsten.",
                "Die Airline rät Fluggästen, sich vor der Anreise zum Flughafen online über ihren Flug zu informieren. Innerdeutsche Passagiere können ihr Ticket kostenlos in eine Bahnfahrkarte umwandeln. Die dritte Verhandlungsrunde ist für Mittwoch und Donnerstag in Frankfurt angesetzt.",
            ],
        },
        "ticker": {
            "title": "Lufthansa: Streik am Boden, 1.100 Flüge gestrichen",
            "text": "Wegen eines Verdi-Warnstreiks des Bodenpersonals in Frankfurt und München streicht die Lufthansa am Dienstag rund 1.100 Flüge, etwa 120.000 Passagiere sind betroffen.",
        },
        "rewrite": {
            "title": "Stillstand an den Drehkreuzen: Lufthansa-Bodenpersonal streikt",
            "lead": "Verdi erhöht im Tarifstreit den Druck – und die Passagiere müssen umplanen.",
            "body": [
                "Leere Check-in-Schalter, Anzeigetafeln voller Annullierungen: In Frankfurt und München geht bei der Lufthansa seit dem frühen Dienstagmorgen kaum etwas. Die Gewerkschaft Verdi hat die Bodenbeschäftigten für 25 Stunden zum Warnstreik aufgerufen, der Ausstand endet erst am Mittwoch um 5.00 Uhr. Von 1.400 geplanten Verbindungen streicht die Airline etwa 1.100.",
                "Hintergrund ist der Tarifkonflikt für rund 20.000 Beschäftigte. Verdi fordert ein Plus von 8,5 Prozent oder mindestens 350 Euro im Monat für ein Jahr. Das Angebot des Konzerns liegt bei 4,2 Prozent, verteilt auf zwei Schritte und eine Laufzeit von 26 Monaten.",
                "Personalvorstand Henrik Albers warf der Gewerkschaft vor, ohne Not zu eskalieren. Verdi-Verhandlungsführerin Christine Behrendt hielt dagegen, das Angebot sei „eine Reallohnkürzung mit Ansage“. Weitergehen sollen die Gespräche am Mittwoch in Frankfurt. Wer innerhalb Deutschlands fliegen wollte, darf kostenlos auf die Bahn umsteigen.",
            ],
        },
        "translations": {
            "en": {
                "title": "Lufthansa grounds about 1,100 flights as Verdi strike hits Frankfurt and Munich",
                "lead": "Lufthansa is cancelling around 1,100 flights on Tuesday after the Verdi union called ground staff at its two hubs out on a day-long warning strike.",
                "body": [
                    "A warning strike by ground staff brought Lufthansa's operations at its Frankfurt and Munich hubs to a near standstill on Tuesday. The walkout began at 4 a.m. and is set to last until 5 a.m. on Wednesday. The airline said about 1,100 of 1,400 scheduled flights were cancelled, affecting some 120,000 passengers.",
                    "Verdi is demanding an 8.5 percent pay rise for the roughly 20,000 ground employees, or at least 350 euros a month, over a 12-month term. In the second round of talks, Lufthansa had offered 4.2 percent in two stages over 26 months.",
                    "“Employees are fed up with offers that don't even make up for inflation,” said Verdi's chief negotiator Christine Behrendt. Lufthansa's head of human resources, Henrik Albers, called the strike “disproportionate”, saying it hit tens of thousands of travellers shortly before the Whitsun holiday.",
                    "The airline advised passengers to check the status of their flight online before setting off for the airport. Passengers on domestic routes can exchange their tickets for rail travel free of charge. A third round of negotiations is scheduled for Wednesday and Thursday in Frankfurt.",
                ],
            },
            "fr": {
                "title": "Grève chez Lufthansa : environ 1 100 vols annulés à Francfort et Munich",
                "lead": "Lufthansa annule mardi quelque 1 100 vols. Le syndicat Verdi a appelé le personnel au sol de ses deux plateformes à une grève d'avertissement d'une journée.",
                "body": [
                    "Une grève d'avertissement du personnel au sol a quasiment paralysé mardi les activités de Lufthansa sur ses plateformes de Francfort et de Munich. Le mouvement a commencé à 4 heures et doit durer jusqu'à mercredi 5 heures. Selon la compagnie, environ 1 100 des 1 400 vols prévus sont annulés, ce qui touche quelque 120 000 passagers.",
                    "Verdi réclame pour les quelque 20 000 salariés au sol une hausse de 8,5 %, et au minimum 350 euros par mois, sur une durée de douze mois. Lors du deuxième round de négociations, Lufthansa avait proposé 4,2 % en deux étapes sur 26 mois.",
                    "« Les salariés en ont assez d'offres qui ne compensent même pas l'inflation », a déclaré la négociatrice de Verdi, Christine Behrendt. Le directeur des ressources humaines de Lufthansa, Henrik Albers, a jugé la grève « disproportionnée », estimant qu'elle pénalise des dizaines de milliers de voyageurs peu avant la Pentecôte. Un troisième round de négociations est prévu mercredi et jeudi à Francfort.",
                ],
            },
            "it": {
                "title": "Sciopero del personale di terra, Lufthansa cancella 1.100 voli",
                "lead": "Martedì Lufthansa cancella circa 1.100 voli. Il sindacato Verdi ha chiamato il personale di terra dei due hub a uno sciopero di avvertimento di un'intera giornata.",
                "body": [
                    "Uno sciopero di avvertimento del personale di terra ha paralizzato quasi del tutto martedì l'attività di Lufthansa negli hub di Francoforte e Monaco di Baviera. L'astensione dal lavoro è iniziata alle 4 e dovrebbe durare fino alle 5 di mercoledì mattina. Secondo la compagnia, sono cancellati circa 1.100 dei 1.400 voli previsti, con circa 120.000 passeggeri coinvolti.",
                    "Verdi chiede per i circa 20.000 dipendenti di terra un aumento dell'8,5%, e comunque di almeno 350 euro al mese, per una durata di dodici mesi. Nel secondo round di trattative Lufthansa aveva offerto il 4,2% in due tappe su 26 mesi.",
                    "«I lavoratori ne hanno abbastanza di offerte che non compensano nemmeno l'inflazione», ha detto la capo negoziatrice di Verdi, Christine Behrendt. Il responsabile del personale di Lufthansa, Henrik Albers, ha definito lo sciopero «sproporzionato», perché colpisce decine di migliaia di viaggiatori poco prima di Pentecoste.",
                    "La compagnia consiglia ai passeggeri di verificare online lo stato del volo prima di recarsi in aeroporto. Chi vola all'interno della Germania può convertire gratuitamente il biglietto in uno ferroviario. Il terzo round di trattative è previsto mercoledì e giovedì a Francoforte.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "Lufthansa-Streik: Auch Flüge von und nach Wien gestrichen",
            "lead": "Bei der Lufthansa fallen am Dienstag rund 1.100 Flüge aus. Die Gewerkschaft Verdi hat das Bodenpersonal in Frankfurt und München zu einem ganztägigen Warnstreik aufgerufen.",
            "body": [
                "Ein Warnstreik des Bodenpersonals hat am Dienstag den Flugbetrieb der Lufthansa an ihren Drehkreuzen Frankfurt und München weitgehend lahmgelegt. Die Arbeitsniederlegung begann um 4.00 Uhr und soll bis Mittwochfrüh um 5.00 Uhr dauern. Nach Angaben des Konzerns fallen rund 1.100 von geplant 1.400 Flügen aus, betroffen sind etwa 120.000 Passagiere.",
                "Auch Verbindungen von und nach Österreich sind betroffen. Die Konzerntochter Austrian Airlines strich nach eigenen Angaben 18 Flüge zwischen Wien und den beiden deutschen Flughäfen.",
                "Verdi verlangt für die rund 20.000 Beschäftigten am Boden 8,5 Prozent mehr Lohn, mindestens aber 350 Euro monatlich, bei einer Laufzeit von zwölf Monaten. Lufthansa hatte in der zweiten Verhandlungsrunde 4,2 Prozent in zwei Stufen über 26 Monate angeboten.",
                "„Die Beschäftigten haben die Nase voll von Angeboten, die nicht einmal die Preissteigerung ausgleichen“, sagte Verdi-Verhandlungsführerin Christine Behrendt. Lufthansa-Personalvorstand Henrik Albers nannte den Streik „unverhältnismäßig“. Die dritte Verhandlungsrunde ist für Mittwoch und Donnerstag in Frankfurt angesetzt.",
            ],
        },
        "follow_up": {
            "days": 2.2,
            "refers": True,
            "title": "Tarifeinigung bei Lufthansa: Bodenpersonal bekommt 6,1 Prozent mehr",
            "lead": "Lufthansa und Verdi haben sich in der dritten Runde geeinigt. Weitere Streiks vor den Pfingstferien sind damit vom Tisch.",
            "body": [
                "Lufthansa und die Gewerkschaft Verdi haben den Tarifkonflikt für das Bodenpersonal beigelegt. In der Nacht zum Donnerstag einigten sich beide Seiten in Frankfurt auf Lohnerhöhungen von insgesamt 6,1 Prozent in zwei Stufen bei einer Laufzeit von 24 Monaten. Zum 1. Juli steigen die Entgelte um 3,5 Prozent, im Juli 2027 um weitere 2,6 Prozent. Untere Lohngruppen erhalten mindestens 230 Euro mehr im Monat.",
                "Wie wir berichteten, hatte ein ganztägiger Warnstreik am Dienstag die Drehkreuze Frankfurt und München weitgehend lahmgelegt; rund 1.100 Flüge fielen aus.",
                "Verdi-Verhandlungsführerin Christine Behrendt sprach von einem „Ergebnis, das sich sehen lassen kann“. Personalvorstand Henrik Albers sagte, der Abschluss sei teuer, schaffe aber Planungssicherheit für den Sommer. Die Mehrkosten beziffert der Konzern auf rund 190 Millionen Euro über die gesamte Laufzeit. Die Verdi-Mitglieder sollen bis Ende Mai über das Ergebnis abstimmen.",
            ],
        },
        "sibling": {
            "days": 9,
            "why": "Gleiche Gewerkschafterin, anderer Flughafenstreik",
            "title": "Verdi-Warnstreik an Flughäfen Hamburg und BER: Hunderte Abflüge fallen aus",
            "lead": "Die Beschäftigten der Luftsicherheit legen am Donnerstag die Arbeit nieder. Passagiere in Hamburg und Berlin sollen gar nicht erst zum Flughafen kommen.",
            "body": [
                "Ein Warnstreik der Luftsicherheitskräfte legt am Donnerstag die Passagierkontrollen an den Flughäfen Hamburg und Berlin-Brandenburg (BER) lahm. Die Gewerkschaft Verdi hat die Beschäftigten von 3.00 Uhr bis Mitternacht zur Arbeitsniederlegung aufgerufen. In Hamburg fallen nach Angaben des Flughafens alle 142 Abflüge aus, am BER sind es rund 200.",
                "Verdi verlangt für die rund 25.000 Luftsicherheitskräfte bundesweit 2,80 Euro mehr pro Stunde. Der Bundesverband der Luftsicherheitsunternehmen (BDLS) bietet 1,20 Euro in drei Stufen. „Ohne ein deutlich besseres Angebot wird es weitere Streiks geben“, sagte Verdi-Vorstandsmitglied Christine Behrendt, die für den Luftverkehr zuständig ist.",
                "Die Flughäfen baten Reisende, auf die Bahn auszuweichen. Die Lufthansa kündigte an, betroffene Passagiere auf Verbindungen ab Frankfurt und München umzubuchen.",
            ],
        },
    },
    {
        "key": "p3-04",
        "section": "wirtschaft",
        "time": "2026-05-20T12:40:00+02:00",
        "original": {
            "title": "Voestalpine streicht 850 Stellen in Linz und Donawitz",
            "lead": "Der österreichische Stahlkonzern reagiert auf die schwache Nachfrage der Autoindustrie und die US-Zölle. Betroffen sind die Standorte in Oberösterreich und der Steiermark.",
            "body": [
                "Der Stahl- und Technologiekonzern Voestalpine baut in Österreich 850 Arbeitsplätze ab. Rund 550 Stellen sollen am Stammsitz in Linz wegfallen, weitere 300 im steirischen Donawitz, wie das Unternehmen am Mittwoch mitteilte. Der Abbau soll bis Ende 2027 abgeschlossen sein. Voestalpine beschäftigt in Österreich rund 23.000 Menschen.",
                "Vorstandschef Reinhard Pichlmayr begründete den Schritt mit der anhaltend schwachen Nachfrage aus der europäischen Autoindustrie und den US-Zöllen von 50 Prozent auf Stahl. „Wir müssen unsere Kosten an ein Marktumfeld anpassen, das sich auf absehbare Zeit nicht bessern wird“, sagte Pichlmayr. Der Konzern will so jährlich rund 120 Millionen Euro einsparen.",
                "Der Abbau soll vor allem über natürliche Abgänge, Altersteilzeit und eine Arbeitsstiftung erfolgen. Kündigungen schließt das Management aber nicht aus. Konzernbetriebsratschef Hans-Peter Greiner sprach von einem „schweren Schlag für die Region“ und kündigte harte Verhandlungen über einen Sozialplan an.",
                "Oberösterreichs Wirtschaftslandesrat Florian Wimmer forderte die EU auf, die europäische Stahlindustrie wirksamer vor Billigimporten zu schützen. Die Voestalpine-Aktie verlor an der Wiener Börse bis zum Mittag 3,4 Prozent.",
            ],
        },
        "ticker": {
            "title": "Stahlkonzern baut Jobs ab",
            "text": "Die Voestalpine streicht bis Ende 2027 rund 850 Stellen in Österreich, davon 550 am Stammsitz Linz und 300 im steirischen Donawitz.",
        },
        "rewrite": {
            "title": "Stahlkrise erreicht Oberösterreich: Voestalpine baut ab",
            "lead": "Bis Ende 2027 sollen in Österreich 850 Jobs wegfallen. Der Betriebsrat kündigt Widerstand an.",
            "body": [
                "Die Flaute in der Autobranche und die hohen Zölle in den USA zwingen Österreichs größten Stahlhersteller zum Sparen. Voestalpine will 850 seiner rund 23.000 Arbeitsplätze im Inland abbauen. Am stärksten trifft es die Konzernzentrale in Linz mit 550 Stellen, in Donawitz in der Steiermark sollen es 300 sein.",
                "Konzernchef Reinhard Pichlmayr rechnet mit Einsparungen von etwa 120 Millionen Euro im Jahr. Washington erhebt derzeit 50 Prozent Zoll auf Stahlimporte, zugleich bestellen die europäischen Autobauer deutlich weniger Bleche. Eine Besserung sei nicht in Sicht, hieß es aus Linz.",
                "Möglichst viele Betroffene sollen über Pensionierungen, Altersteilzeit oder eine Arbeitsstiftung ausscheiden, betriebsbedingte Kündigungen bleiben aber eine Option. Betriebsratschef Hans-Peter Greiner will darüber hart verhandeln. An der Börse gab die Aktie bis Mittag 3,4 Prozent nach. Landesrat Florian Wimmer rief Brüssel zu mehr Schutz vor Billigstahl auf.",
            ],
        },
        "translations": {
            "en": {
                "title": "Voestalpine to cut 850 jobs in Austria as car slump and US tariffs bite",
                "lead": "The Austrian steel group is responding to weak demand from the car industry and to US tariffs. The cuts hit its sites in Upper Austria and Styria.",
                "body": [
                    "Steel and technology group Voestalpine is cutting 850 jobs in Austria. Around 550 positions are to go at its headquarters in Linz and a further 300 in Donawitz in Styria, the company said on Wednesday. The cuts are to be completed by the end of 2027. Voestalpine employs around 23,000 people in Austria.",
                    "Chief executive Reinhard Pichlmayr cited persistently weak demand from the European car industry and US tariffs of 50 percent on steel. “We have to adapt our costs to a market environment that will not improve in the foreseeable future,” Pichlmayr said. The group aims to save around 120 million euros a year.",
                    "The reduction is to be achieved mainly through natural attrition, partial retirement and a job foundation, although management did not rule out layoffs. Group works council chairman Hans-Peter Greiner called it “a heavy blow for the region” and promised tough negotiations on a social plan.",
                    "Upper Austria's economics minister Florian Wimmer urged the EU to protect the European steel industry more effectively against cheap imports. Voestalpine shares were down 3.4 percent on the Vienna Stock Exchange by midday.",
                ],
            },
            "fr": {
                "title": "Acier : Voestalpine va supprimer 850 postes en Autriche",
                "lead": "Le sidérurgiste autrichien réagit à la faiblesse de la demande de l'industrie automobile et aux droits de douane américains. Ses sites de Haute-Autriche et de Styrie sont concernés.",
                "body": [
                    "Le groupe sidérurgique et technologique Voestalpine va supprimer 850 emplois en Autriche. Environ 550 postes disparaîtront au siège de Linz et 300 autres à Donawitz, en Styrie, a annoncé l'entreprise mercredi. Les suppressions doivent être achevées d'ici fin 2027. Voestalpine emploie quelque 23 000 personnes en Autriche.",
                    "Le président du directoire, Reinhard Pichlmayr, a justifié cette décision par la faiblesse persistante de la demande de l'industrie automobile européenne et par les droits de douane américains de 50 % sur l'acier. « Nous devons adapter nos coûts à un environnement de marché qui ne s'améliorera pas dans un avenir proche », a-t-il déclaré. Le groupe veut ainsi économiser environ 120 millions d'euros par an.",
                    "Les réductions doivent passer surtout par des départs naturels, la retraite progressive et une fondation pour l'emploi, sans que la direction exclue des licenciements. Le président du comité d'entreprise du groupe, Hans-Peter Greiner, a parlé d'un « coup dur pour la région » et annoncé des négociations serrées sur un plan social.",
                ],
            },
            "it": {
                "title": "Acciaio, Voestalpine taglia 850 posti a Linz e Donawitz",
                "lead": "Il gruppo siderurgico austriaco reagisce alla debole domanda dell'industria automobilistica e ai dazi statunitensi. Colpiti gli stabilimenti in Alta Austria e in Stiria.",
                "body": [
                    "Il gruppo siderurgico e tecnologico Voestalpine taglierà 850 posti di lavoro in Austria. Circa 550 posti spariranno nella sede centrale di Linz e altri 300 a Donawitz, in Stiria, ha comunicato l'azienda mercoledì. La riduzione dovrà concludersi entro la fine del 2027. In Austria Voestalpine impiega circa 23.000 persone.",
                    "L'amministratore delegato Reinhard Pichlmayr ha motivato la decisione con la domanda persistentemente debole dell'industria automobilistica europea e con i dazi statunitensi del 50% sull'acciaio. «Dobbiamo adeguare i nostri costi a un contesto di mercato che non migliorerà nel prevedibile futuro», ha dichiarato Pichlmayr. Il gruppo punta a risparmiare circa 120 milioni di euro all'anno.",
                    "I tagli dovrebbero avvenire soprattutto tramite uscite naturali, part-time pre-pensionamento e una fondazione per il lavoro, ma la direzione non esclude licenziamenti. Il presidente del consiglio di fabbrica del gruppo, Hans-Peter Greiner, ha parlato di un «duro colpo per la regione» e annunciato trattative serrate su un piano sociale.",
                    "L'assessore all'economia dell'Alta Austria, Florian Wimmer, ha chiesto all'Ue di proteggere più efficacemente l'industria siderurgica europea dalle importazioni a basso costo. Alla Borsa di Vienna il titolo Voestalpine perdeva il 3,4% a metà giornata.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "Voest streicht 850 Jobs in Linz und Donawitz",
            "lead": "Der Stahlkonzern reagiert auf die Flaute in der Autoindustrie und die US-Zölle. Betroffen sind Oberösterreich und die Steiermark.",
            "body": [
                "Der Stahl- und Technologiekonzern Voestalpine baut in Österreich 850 Arbeitsplätze ab. Rund 550 Stellen sollen am Stammsitz in Linz wegfallen, weitere 300 in Donawitz, wie die Voest am Mittwoch mitteilte. Der Abbau soll bis Ende 2027 abgeschlossen sein. Der Konzern beschäftigt in Österreich rund 23.000 Menschen.",
                "Vorstandschef Reinhard Pichlmayr begründete den Schritt mit der anhaltend schwachen Nachfrage aus der europäischen Autoindustrie und den US-Zöllen von 50 Prozent auf Stahl. „Wir müssen unsere Kosten an ein Marktumfeld anpassen, das sich auf absehbare Zeit nicht bessern wird“, sagte Pichlmayr. Jährlich sollen so rund 120 Millionen Euro eingespart werden.",
                "Der Abbau soll vor allem über natürliche Abgänge, Altersteilzeit, Pensionierungen und eine Arbeitsstiftung erfolgen. Kündigungen schließt das Management aber nicht aus. Konzernbetriebsratschef Hans-Peter Greiner sprach von einem „schweren Schlag für die Region“ und kündigte harte Verhandlungen über einen Sozialplan an. Die Voest-Aktie verlor an der Wiener Börse bis Mittag 3,4 Prozent.",
            ],
        },
        "follow_up": {
            "days": 6,
            "refers": False,
            "title": "Voestalpine und Betriebsrat einigen sich auf Sozialplan",
            "lead": "Für die 850 wegfallenden Stellen richtet der Stahlkonzern eine Arbeitsstiftung ein. Kündigungen soll es bis Ende 2026 keine geben.",
            "body": [
                "Beim Stellenabbau der Voestalpine in Linz und Donawitz stehen die Bedingungen fest. Konzernleitung und Betriebsrat einigten sich am Dienstag auf einen Sozialplan. Kernstück ist eine Arbeitsstiftung, die der Konzern mit 28 Millionen Euro ausstattet. Sie soll Beschäftigten bis zu drei Jahre lang Umschulungen und Weiterbildungen finanzieren.",
                "Rund 320 Mitarbeiterinnen und Mitarbeiter können über Altersteilzeit oder Frühpension ausscheiden. Betriebsbedingte Kündigungen sind bis Ende 2026 ausgeschlossen. Wer freiwillig geht, erhält zusätzlich zur gesetzlichen Abfertigung bis zu zwölf Monatsgehälter.",
                "Konzernbetriebsratschef Hans-Peter Greiner sprach von einem „schmerzhaften, aber fairen Kompromiss“. Vorstandschef Reinhard Pichlmayr sagte, man habe Lösungen gefunden, „die den Menschen eine Perspektive geben“. Das Land Oberösterreich beteiligt sich nach Angaben von Wirtschaftslandesrat Florian Wimmer mit sechs Millionen Euro an der Stiftung.",
            ],
        },
        "sibling": {
            "days": 14,
            "why": "Gleicher Konzern und Standort Donawitz, andere Nachricht",
            "title": "Voestalpine liefert Schienen und Weichen für 380 Millionen Euro an die ÖBB",
            "lead": "Der Stahlkonzern hat einen Großauftrag der Österreichischen Bundesbahnen erhalten. Produziert wird vor allem im steirischen Donawitz.",
            "body": [
                "Die Voestalpine hat von den Österreichischen Bundesbahnen (ÖBB) einen Auftrag über Schienen und Weichen im Wert von rund 380 Millionen Euro erhalten. Der Rahmenvertrag läuft fünf Jahre, wie der Konzern am Mittwoch in Linz mitteilte. Die Schienen werden im Werk Donawitz gewalzt, die Weichen entstehen in Zeltweg.",
                "Geliefert wird unter anderem für den Ausbau der Südstrecke und der Weststrecke. „Der Auftrag gibt unseren Bahnstandorten in der Steiermark für Jahre eine solide Auslastung“, sagte Vorstandschef Reinhard Pichlmayr. Die ÖBB investieren bis 2030 rund 21 Milliarden Euro in ihr Netz.",
                "Die Voestalpine-Aktie legte an der Wiener Börse um 1,8 Prozent zu. Konzernbetriebsratschef Hans-Peter Greiner begrüßte den Auftrag als „gute Nachricht für Donawitz und Zeltweg“.",
            ],
        },
    },
    {
        "key": "p3-05",
        "section": "wirtschaft",
        "time": "2026-06-18T09:55:00+02:00",
        "original": {
            "title": "Schweizerische Nationalbank kehrt zu Negativzinsen zurück",
            "lead": "Die SNB senkt ihren Leitzins auf minus 0,25 Prozent. Sie reagiert damit auf den starken Franken und eine Teuerung nahe null.",
            "body": [
                "Die Schweizerische Nationalbank (SNB) senkt ihren Leitzins um 0,25 Prozentpunkte auf minus 0,25 Prozent. Das gab die Notenbank am Donnerstag in Zürich bekannt. Damit führt die SNB erstmals seit September 2022 wieder Negativzinsen ein. Seit Juni 2025 hatte der Leitzins bei null Prozent gelegen.",
                "Die Teuerung in der Schweiz lag im Mai bei minus 0,1 Prozent. Für 2026 erwartet die SNB nun eine durchschnittliche Inflation von 0,1 Prozent, für 2027 von 0,4 Prozent. Zugleich hat der Franken weiter aufgewertet: Ein Euro kostete zuletzt nur noch 0,91 Franken, so wenig wie nie zuvor.",
                "„Die geldpolitischen Bedingungen waren angesichts des starken Frankens zu restriktiv“, sagte SNB-Präsident Lukas Brändli vor den Medien. Die Nationalbank sei zudem bereit, bei Bedarf am Devisenmarkt zu intervenieren. Die negativen Zinsen gelten für Guthaben der Banken bei der SNB oberhalb eines Freibetrags.",
                "Ökonomen hatten den Schritt mehrheitlich erwartet. UBS-Chefökonom Reto Imhof sprach von einer „Entscheidung ohne echte Alternative“. Der Franken gab nach der Bekanntgabe leicht nach, der Euro stieg auf 0,9160 Franken. Die Exportindustrie hatte seit Monaten auf eine Lockerung gedrängt.",
            ],
        },
        "ticker": {
            "title": "Eilmeldung: SNB führt wieder Negativzinsen ein",
            "text": "Die Schweizerische Nationalbank senkt ihren Leitzins um 0,25 Prozentpunkte auf minus 0,25 Prozent und kehrt damit erstmals seit 2022 zu Negativzinsen zurück.",
        },
        "rewrite": {
            "title": "Minuszins ist zurück: SNB stemmt sich gegen Franken-Stärke",
            "lead": "Erstmals seit fast vier Jahren verlangt die Nationalbank wieder Geld für Bankguthaben. Der Euro ist so billig wie nie.",
            "body": [
                "Die Schweizer Geldpolitik dreht ins Minus. Mit minus 0,25 Prozent liegt der SNB-Leitzins seit Donnerstag wieder unter null, nachdem er ein Jahr lang bei null Prozent verharrt hatte. Zuletzt hatte die Notenbank im September 2022 negative Zinsen verlangt.",
                "Hauptgrund ist der Franken, der zum Euro ein Rekordhoch erreicht hat: Die Gemeinschaftswährung war zuletzt für 0,91 Franken zu haben. Weil Importe dadurch billiger werden, sind die Verbraucherpreise in der Schweiz im Mai um 0,1 Prozent gefallen. Die SNB rechnet für das laufende Jahr mit 0,1 Prozent Teuerung, für 2027 mit 0,4 Prozent.",
                "SNB-Präsident Lukas Brändli hielt sich zudem Devisenmarktinterventionen offen. Die Maschinen- und Uhrenbranche begrüßte die Lockerung. Für UBS-Chefökonom Reto Imhof hatte die Nationalbank „keine echte Alternative“. Am Devisenmarkt schwächte sich der Franken nach dem Entscheid leicht ab.",
            ],
        },
        "translations": {
            "en": {
                "title": "Swiss National Bank returns to negative rates as franc soars",
                "lead": "The SNB cut its policy rate to minus 0.25 percent, responding to the strong franc and inflation close to zero.",
                "body": [
                    "The Swiss National Bank (SNB) is cutting its policy rate by 0.25 percentage points to minus 0.25 percent, the central bank announced in Zurich on Thursday. It is the first time since September 2022 that the SNB has introduced negative rates. The policy rate had stood at zero percent since June 2025.",
                    "Swiss inflation was minus 0.1 percent in May. The SNB now expects average inflation of 0.1 percent in 2026 and 0.4 percent in 2027. At the same time, the franc has continued to appreciate: one euro recently cost just 0.91 francs, the lowest level ever.",
                    "“Given the strong franc, monetary conditions were too restrictive,” SNB Chairman Lukas Brändli told reporters. The central bank was also ready to intervene in the foreign exchange market if necessary, he said. The negative rate applies to banks' sight deposits at the SNB above an exemption threshold.",
                    "Most economists had expected the move. UBS chief economist Reto Imhof called it “a decision without a real alternative”. The franc weakened slightly after the announcement, with the euro rising to 0.9160 francs.",
                ],
            },
            "fr": {
                "title": "La BNS réintroduit les taux négatifs face à la vigueur du franc",
                "lead": "La Banque nationale suisse abaisse son taux directeur à -0,25 %. Elle réagit ainsi à la force du franc et à un renchérissement proche de zéro.",
                "body": [
                    "La Banque nationale suisse (BNS) abaisse son taux directeur de 0,25 point de pourcentage, à -0,25 %, a-t-elle annoncé jeudi à Zurich. C'est la première fois depuis septembre 2022 que la BNS réintroduit des taux négatifs. Le taux directeur était fixé à zéro depuis juin 2025.",
                    "Le renchérissement en Suisse s'est établi à -0,1 % en mai. Pour 2026, la BNS table désormais sur une inflation moyenne de 0,1 %, et de 0,4 % pour 2027. Le franc s'est par ailleurs encore apprécié : un euro ne valait récemment plus que 0,91 franc, un niveau historiquement bas.",
                    "« Compte tenu de la vigueur du franc, les conditions monétaires étaient trop restrictives », a déclaré devant la presse le président de la BNS, Lukas Brändli. La banque centrale est en outre prête à intervenir sur le marché des changes si nécessaire. Les taux négatifs s'appliquent aux avoirs des banques auprès de la BNS au-delà d'un montant exonéré.",
                    "La plupart des économistes s'attendaient à cette décision. L'économiste en chef d'UBS, Reto Imhof, a évoqué une « décision sans véritable alternative ». Après l'annonce, le franc a légèrement reculé et l'euro est remonté à 0,9160 franc.",
                ],
            },
            "it": {
                "title": "La BNS torna ai tassi negativi",
                "lead": "La Banca nazionale svizzera taglia il tasso guida a -0,25%. È la risposta al franco forte e a un rincaro vicino allo zero.",
                "body": [
                    "La Banca nazionale svizzera (BNS) abbassa il tasso guida di 0,25 punti percentuali, a -0,25%. Lo ha annunciato giovedì a Zurigo l'istituto di emissione. Per la prima volta dal settembre 2022 la BNS reintroduce così i tassi negativi. Dal giugno 2025 il tasso guida era fermo a zero.",
                    "A maggio il rincaro in Svizzera è stato del -0,1%. Per il 2026 la BNS prevede ora un'inflazione media dello 0,1%, per il 2027 dello 0,4%. Nel frattempo il franco si è ulteriormente apprezzato: un euro costava di recente solo 0,91 franchi, il valore più basso di sempre.",
                    "«Con un franco così forte, le condizioni monetarie erano troppo restrittive», ha detto ai media il presidente della BNS Lukas Brändli. La Banca nazionale è inoltre pronta a intervenire sul mercato dei cambi se necessario. I tassi negativi si applicano agli averi delle banche presso la BNS oltre una soglia di esenzione.",
                    "La maggior parte degli economisti si aspettava la mossa. Il capo economista di UBS, Reto Imhof, ha parlato di una «decisione senza vere alternative». Dopo l'annuncio il franco si è leggermente indebolito e l'euro è salito a 0,9160 franchi.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "SNB kehrt zu Negativzinsen zurück – Leitzins neu bei minus 0,25 Prozent",
            "lead": "Die Nationalbank senkt den Leitzins auf minus 0,25 Prozent. Sie reagiert damit auf den starken Franken und eine Teuerung nahe null.",
            "body": [
                "Die Schweizerische Nationalbank (SNB) senkt ihren Leitzins um 0,25 Prozentpunkte auf minus 0,25 Prozent. Das gab die Notenbank am Donnerstag in Zürich bekannt. Damit führt die SNB erstmals seit September 2022 wieder Negativzinsen ein. Seit Juni 2025 hatte der Leitzins bei null Prozent gelegen.",
                "Die Teuerung in der Schweiz lag im Mai bei minus 0,1 Prozent. Für 2026 erwartet die SNB neu eine durchschnittliche Inflation von 0,1 Prozent, für 2027 von 0,4 Prozent. Zugleich hat der Franken weiter zugelegt: Ein Euro kostete zuletzt nur noch 91 Rappen, so wenig wie nie zuvor.",
                "«Die geldpolitischen Bedingungen waren angesichts des starken Frankens zu restriktiv», sagte SNB-Präsident Lukas Brändli vor den Medien. Die Nationalbank sei zudem bereit, bei Bedarf am Devisenmarkt zu intervenieren. Die Negativzinsen gelten für Guthaben der Banken bei der SNB oberhalb eines Freibetrags.",
                "Ökonomen hatten den Schritt mehrheitlich erwartet. UBS-Chefökonom Reto Imhof sprach von einem «Entscheid ohne echte Alternative». Nach der Bekanntgabe gab der Franken leicht nach.",
            ],
        },
        "follow_up": {
            "days": 1.25,
            "refers": True,
            "title": "Nach SNB-Entscheid: Banken senken Hypothekarzinsen",
            "lead": "UBS und Raiffeisen geben die Lockerung der Nationalbank an ihre Kunden weiter. Negativzinsen für private Sparer soll es vorerst nicht geben.",
            "body": [
                "Die großen Schweizer Banken reagieren auf die Zinssenkung der Nationalbank. UBS senkt die Zinsen für Saron-Hypotheken ab dem 1. Juli um 0,25 Prozentpunkte, wie die Bank am Freitag mitteilte. Auch Raiffeisen kündigte tiefere Sätze an: Eine zehnjährige Festhypothek kostet dort künftig ab 1,19 Prozent statt bisher 1,34 Prozent.",
                "Erst am Donnerstag hatte die SNB ihren Leitzins auf minus 0,25 Prozent gesenkt und damit wieder Negativzinsen eingeführt.",
                "Für Sparerinnen und Sparer ändert sich vorerst wenig. UBS, Raiffeisen und Postfinance erklärten, auf private Sparkonten keine Negativzinsen zu erheben. Viele Institute verzinsen Sparguthaben allerdings bereits mit null Prozent. SNB-Präsident Lukas Brändli hatte betont, die Banken würden durch großzügige Freibeträge weitgehend geschont. UBS-Chefökonom Reto Imhof erwartet, dass Festhypotheken in den kommenden Wochen weiter leicht sinken.",
            ],
        },
        "sibling": {
            "days": -21,
            "why": "Gleicher Notenbankchef, frühere Rede zu Franken und Zinsen",
            "title": "SNB-Präsident Brändli: Franken-Stärke belastet die Exportwirtschaft",
            "lead": "In Genf verteidigt der Chef der Nationalbank die Devisenkäufe der SNB. Negativzinsen bleiben für ihn ein mögliches Instrument.",
            "body": [
                "SNB-Präsident Lukas Brändli hat vor einer weiteren Aufwertung des Frankens gewarnt. Die Stärke der Währung setze vor allem der Maschinen- und Uhrenindustrie zu, sagte er am Donnerstag bei einer Veranstaltung der Handelskammer in Genf. Ein Euro kostete am Donnerstag 0,9230 Franken.",
                "Brändli verteidigte die Devisenkäufe der Schweizerischen Nationalbank. Im ersten Quartal hatte die SNB für 5,2 Milliarden Franken fremde Währungen erworben. „Wir handeln am Devisenmarkt, wenn es nötig ist, und nicht nach einem festen Fahrplan“, sagte er. Auf die Frage nach Negativzinsen antwortete Brändli, man habe dieses Instrument „nicht verlernt“.",
                "Der Leitzins liegt seit Juni 2025 bei null Prozent. Die Teuerung in der Schweiz betrug im April 0,2 Prozent.",
            ],
        },
    },
    {
        "key": "p3-06",
        "section": "wirtschaft",
        "time": "2026-05-27T11:20:00+02:00",
        "original": {
            "title": "ADAC: Diesel und Benzin werden wieder teurer",
            "lead": "Autofahrer müssen an den Zapfsäulen wieder tiefer in die Tasche greifen. Binnen einer Woche stieg der Dieselpreis um gut drei Cent.",
            "body": [
                "Die Spritpreise in Deutschland sind binnen einer Woche deutlich gestiegen. Ein Liter Super E10 kostete am Dienstag im bundesweiten Tagesdurchschnitt 1,829 Euro, wie der ADAC am Mittwoch in München mitteilte. Das sind 2,4 Cent mehr als vor einer Woche. Diesel verteuerte sich um 3,1 Cent auf 1,716 Euro je Liter.",
                "Grund ist vor allem der höhere Ölpreis. Ein Barrel der Nordseesorte Brent kostete zuletzt 71,40 Dollar und damit rund sechs Prozent mehr als vor einer Woche. Die Ölförderländer der Gruppe Opec+ hatten am Wochenende beschlossen, ihre Produktion ab Juli um 400.000 Barrel pro Tag zu drosseln.",
                "„Der Anstieg an den Tankstellen fällt stärker aus, als es der Ölpreis rechtfertigt“, kritisierte ADAC-Kraftstoffexperte Florian Hartwig. Besonders bei Diesel sei der Aufschlag zu hoch.",
                "Der Club rät, am Abend zwischen 19 und 22 Uhr zu tanken, weil die Preise dann meist am niedrigsten sind. Am teuersten war Benzin zuletzt in Mecklenburg-Vorpommern, am günstigsten in Hamburg. Die Preisunterschiede zwischen den Bundesländern betrugen bis zu sechs Cent je Liter.",
            ],
        },
        "ticker": {
            "title": "Spritpreise ziehen an",
            "text": "Super E10 kostet laut ADAC im Bundesschnitt 1,829 Euro je Liter und damit 2,4 Cent mehr als vor einer Woche, Diesel stieg auf 1,716 Euro.",
        },
        "rewrite": {
            "title": "Tanken kostet wieder mehr – Opec-Beschluss treibt Preise",
            "lead": "Vor allem Diesel hat laut Autoclub kräftig angezogen. Der ADAC hält den Aufschlag für übertrieben.",
            "body": [
                "Wer in dieser Woche tankt, zahlt spürbar mehr als in der Vorwoche. Nach Auswertung des ADAC lag der Preis für einen Liter Diesel am Dienstag bei durchschnittlich 1,716 Euro, ein Plus von 3,1 Cent. Super E10 kam auf 1,829 Euro und damit auf 2,4 Cent mehr.",
                "Auslöser ist die Entscheidung der Opec+ vom Wochenende, ab Juli täglich 400.000 Barrel weniger zu fördern. Brent-Öl verteuerte sich daraufhin um etwa sechs Prozent auf 71,40 Dollar je Fass. Florian Hartwig, beim ADAC für Kraftstoffe zuständig, wirft den Mineralölkonzernen dennoch vor, die Preise stärker anzuheben als gerechtfertigt. „Die Konzerne nutzen jede Gelegenheit“, sagte er.",
                "Sparen lässt sich mit dem richtigen Zeitpunkt: Abends zwischen 19 und 22 Uhr ist Sprit in der Regel am billigsten. Regional schwanken die Preise um bis zu sechs Cent, am günstigsten tanken Autofahrer derzeit in Hamburg.",
            ],
        },
        "translations": {
            "en": {
                "title": "Fuel prices climb again in Germany, ADAC says",
                "lead": "Drivers in Germany are once again paying more at the pump. Diesel rose by just over three cents a litre within a week.",
                "body": [
                    "Fuel prices in Germany have risen markedly within a week. A litre of Super E10 petrol cost an average of 1.829 euros nationwide on Tuesday, the ADAC motoring club said in Munich on Wednesday. That is 2.4 cents more than a week earlier. Diesel rose by 3.1 cents to 1.716 euros per litre.",
                    "The main reason is the higher oil price. A barrel of Brent crude recently cost 71.40 dollars, around six percent more than a week ago. The oil-producing countries of the OPEC+ group decided at the weekend to cut their output by 400,000 barrels a day from July.",
                    "“The increase at the pumps is steeper than the oil price justifies,” said ADAC fuel expert Florian Hartwig. The mark-up on diesel in particular was too high, he said.",
                    "The club advises motorists to fill up in the evening between 7 p.m. and 10 p.m., when prices are usually lowest. Petrol was most expensive in Mecklenburg-Western Pomerania and cheapest in Hamburg, with differences between the federal states of up to six cents a litre.",
                ],
            },
            "it": {
                "title": "Germania, tornano a salire i prezzi di benzina e gasolio",
                "lead": "Gli automobilisti tedeschi tornano a pagare di più al distributore. In una settimana il prezzo del diesel è salito di oltre tre centesimi.",
                "body": [
                    "In Germania i prezzi dei carburanti sono aumentati sensibilmente nel giro di una settimana. Martedì un litro di Super E10 costava in media nazionale 1,829 euro, ha comunicato mercoledì a Monaco di Baviera l'automobile club ADAC. Si tratta di 2,4 centesimi in più rispetto a una settimana prima. Il diesel è rincarato di 3,1 centesimi, a 1,716 euro al litro.",
                    "Il motivo principale è il rialzo del petrolio. Un barile di Brent costava di recente 71,40 dollari, circa il sei per cento in più rispetto alla settimana precedente. Nel fine settimana i paesi produttori dell'Opec+ avevano deciso di ridurre la produzione di 400.000 barili al giorno a partire da luglio.",
                    "«L'aumento alla pompa è più forte di quanto giustifichi il prezzo del petrolio», ha criticato l'esperto di carburanti dell'ADAC Florian Hartwig. Soprattutto per il diesel il rincaro sarebbe eccessivo.",
                    "Il club consiglia di fare rifornimento la sera tra le 19 e le 22, quando i prezzi sono di solito più bassi. La benzina più cara si trova in Meclemburgo-Pomerania Anteriore, la più economica ad Amburgo.",
                ],
            },
        },
        "sibling": {
            "days": 7,
            "why": "Gleicher ADAC-Wochenvergleich eine Woche später",
            "title": "ADAC: Spritpreise geben wieder nach",
            "lead": "Autofahrer können etwas aufatmen. Sowohl Benzin als auch Diesel sind binnen einer Woche billiger geworden.",
            "body": [
                "Die Spritpreise in Deutschland sind im Wochenvergleich gesunken. Ein Liter Super E10 kostete am Dienstag im bundesweiten Tagesdurchschnitt 1,801 Euro, wie der ADAC am Mittwoch in München mitteilte. Das sind 2,8 Cent weniger als vor einer Woche. Diesel verbilligte sich um 2,7 Cent auf 1,689 Euro je Liter.",
                "Auch der Ölpreis ist gefallen: Brent kostete zuletzt 68,90 Dollar je Barrel. Zudem legte der Euro gegenüber dem Dollar zu, was Rohöl für Käufer im Euroraum verbilligt.",
                "„Es gibt noch Luft nach unten“, sagte ADAC-Kraftstoffexperte Florian Hartwig. Am günstigsten tanken Autofahrer derzeit im Saarland, am teuersten ist Sprit in Brandenburg. Der Club rät weiterhin dazu, am Abend zu tanken.",
            ],
        },
    },
    {
        "key": "p3-07",
        "section": "wirtschaft",
        "time": "2026-06-08T08:20:00+02:00",
        "original": {
            "title": "Deutsche Exporte brechen im April ein – Geschäft mit den USA schrumpft kräftig",
            "lead": "Die deutschen Ausfuhren sind im April überraschend stark gesunken. Besonders deutlich ging das Geschäft mit den Vereinigten Staaten zurück.",
            "body": [
                "Die deutschen Exporte sind im April um 2,3 Prozent gegenüber dem Vormonat gesunken. Insgesamt wurden Waren im Wert von 126,4 Milliarden Euro ausgeführt, wie das Statistische Bundesamt am Montag in Wiesbaden mitteilte. Die Angaben sind kalender- und saisonbereinigt. Analysten hatten nur mit einem Minus von 0,5 Prozent gerechnet.",
                "Besonders stark sanken die Ausfuhren in die Vereinigten Staaten, und zwar um 6,8 Prozent auf 11,9 Milliarden Euro. Die Exporte nach China gingen um 3,1 Prozent auf 6,5 Milliarden Euro zurück. In die Länder der Europäischen Union lieferten deutsche Unternehmen dagegen Waren für 68,1 Milliarden Euro, ein Plus von 0,4 Prozent.",
                "Die Importe sanken um 0,9 Prozent auf 109,7 Milliarden Euro. Der Überschuss in der Handelsbilanz schrumpfte damit auf 16,7 Milliarden Euro.",
                "„Die Zölle zeigen jetzt mit voller Wucht Wirkung“, sagte der Außenwirtschaftschef der Deutschen Industrie- und Handelskammer (DIHK), Konstantin Reuber. Commerzbank-Ökonomin Lea Fromm erwartet auch für das zweite Quartal keinen Wachstumsbeitrag des Außenhandels.",
            ],
        },
        "ticker": {
            "title": "Exporte im April deutlich gesunken",
            "text": "Die deutschen Exporte sind im April laut Statistischem Bundesamt um 2,3 Prozent auf 126,4 Milliarden Euro gefallen, die Ausfuhren in die USA sanken um 6,8 Prozent.",
        },
        "rewrite": {
            "title": "Zollfolgen: Ausfuhren in die USA sacken ab",
            "lead": "Der deutsche Außenhandel hat im April einen empfindlichen Dämpfer erhalten. Ökonomen hatten mit einem deutlich kleineren Rückgang gerechnet.",
            "body": [
                "Für die exportabhängige deutsche Industrie war der April ein schwacher Monat. Nach den Zahlen aus Wiesbaden verkauften Unternehmen Waren für 126,4 Milliarden Euro ins Ausland – 2,3 Prozent weniger als im März. Analysten waren lediglich von minus 0,5 Prozent ausgegangen.",
                "Am schwersten wog der Einbruch im Geschäft mit den USA: Dorthin gingen Güter für 11,9 Milliarden Euro, ein Rückgang um 6,8 Prozent. Auch China nahm mit 6,5 Milliarden Euro 3,1 Prozent weniger ab. Nur der EU-Binnenmarkt hielt sich mit einem leichten Zuwachs auf 68,1 Milliarden Euro stabil.",
                "Weil die Einfuhren mit minus 0,9 Prozent auf 109,7 Milliarden Euro weniger stark fielen, verringerte sich der Handelsbilanzüberschuss auf 16,7 Milliarden Euro. DIHK-Experte Konstantin Reuber sieht darin die volle Wirkung der US-Zölle. Lea Fromm von der Commerzbank sagte: „Vom Export wird in diesem Quartal kein Rückenwind kommen.“",
            ],
        },
        "translations": {
            "en": {
                "title": "German exports slump in April as US sales tumble",
                "lead": "German exports fell surprisingly sharply in April. Business with the United States declined particularly steeply.",
                "body": [
                    "German exports fell 2.3 percent in April from the previous month. Goods worth a total of 126.4 billion euros were shipped abroad, the Federal Statistical Office said in Wiesbaden on Monday. The figures are adjusted for calendar and seasonal effects. Analysts had expected a drop of only 0.5 percent.",
                    "Exports to the United States fell particularly sharply, by 6.8 percent to 11.9 billion euros. Exports to China declined 3.1 percent to 6.5 billion euros. German companies shipped goods worth 68.1 billion euros to other European Union countries, on the other hand, an increase of 0.4 percent.",
                    "Imports fell 0.9 percent to 109.7 billion euros, shrinking the trade surplus to 16.7 billion euros.",
                    "“The tariffs are now having their full impact,” said Konstantin Reuber, head of foreign trade at the German Chamber of Industry and Commerce (DIHK). Commerzbank economist Lea Fromm does not expect foreign trade to contribute to growth in the second quarter either.",
                ],
            },
            "fr": {
                "title": "Allemagne : les exportations chutent en avril, plombées par les États-Unis",
                "lead": "Les exportations allemandes ont reculé plus fortement que prévu en avril. Les ventes vers les États-Unis ont particulièrement souffert.",
                "body": [
                    "Les exportations allemandes ont baissé de 2,3 % en avril par rapport au mois précédent. Au total, des marchandises d'une valeur de 126,4 milliards d'euros ont été exportées, a indiqué lundi l'Office fédéral de la statistique (Destatis) à Wiesbaden. Les chiffres sont corrigés des variations saisonnières et des jours ouvrés. Les analystes ne tablaient que sur un recul de 0,5 %.",
                    "Les exportations vers les États-Unis ont chuté de 6,8 %, à 11,9 milliards d'euros. Celles à destination de la Chine ont reculé de 3,1 %, à 6,5 milliards d'euros. Vers les pays de l'Union européenne, les entreprises allemandes ont en revanche livré pour 68,1 milliards d'euros de marchandises, soit une hausse de 0,4 %.",
                    "Les importations ont diminué de 0,9 %, à 109,7 milliards d'euros. L'excédent commercial s'est ainsi réduit à 16,7 milliards d'euros.",
                    "« Les droits de douane font désormais pleinement sentir leurs effets », a déclaré Konstantin Reuber, responsable du commerce extérieur à la Chambre allemande de l'industrie et du commerce (DIHK).",
                ],
            },
        },
        "sibling": {
            "days": 1,
            "why": "Gleiche Behörde und gleicher Berichtsmonat, anderer Indikator",
            "title": "Deutsche Industrie produziert im April deutlich weniger",
            "lead": "Die Produktion im produzierenden Gewerbe ist im April gesunken. Besonders die Autoindustrie drosselte ihre Fertigung.",
            "body": [
                "Die deutsche Industrie hat ihre Produktion im April um 1,1 Prozent gegenüber dem Vormonat verringert. Das teilte das Statistische Bundesamt am Dienstag in Wiesbaden mit. Die Angaben sind kalender- und saisonbereinigt. Analysten hatten mit einem Minus von 0,4 Prozent gerechnet. Im März war die Produktion noch um 0,6 Prozent gestiegen.",
                "In der Automobilindustrie sank der Ausstoß um 3,5 Prozent, in den energieintensiven Branchen um 2,4 Prozent. Der Maschinenbau produzierte 0,8 Prozent weniger. Im Vorjahresvergleich lag die Produktion 2,9 Prozent niedriger.",
                "„Die Industrie steckt weiter in der Rezession“, sagte Commerzbank-Ökonomin Lea Fromm. Eine Erholung sei erst zu erwarten, wenn die Aufträge aus dem Ausland wieder anzögen.",
            ],
        },
    },
    {
        "key": "p3-08",
        "section": "wirtschaft",
        "time": "2026-05-21T09:05:00+02:00",
        "original": {
            "title": "Schweizer Uhrenexporte sinken im April um 7,4 Prozent",
            "lead": "Die Schweizer Uhrenindustrie leidet unter den US-Zöllen und der schwachen Nachfrage aus China. Vor allem die Ausfuhren in die Vereinigten Staaten brachen ein.",
            "body": [
                "Die Schweizer Uhrenindustrie hat im April deutlich weniger exportiert. Der Wert der Ausfuhren sank im Vergleich zum Vorjahresmonat um 7,4 Prozent auf 1,86 Milliarden Franken, wie der Verband der Schweizerischen Uhrenindustrie (FH) am Donnerstag in Biel mitteilte. Die Zahl der exportierten Uhren ging um 11 Prozent auf 1,12 Millionen Stück zurück.",
                "Am stärksten fiel der Rückgang in den USA aus, dem wichtigsten Absatzmarkt der Branche. Dorthin wurden Uhren für 301 Millionen Franken geliefert, 21,3 Prozent weniger als vor einem Jahr. Seit vergangenem Herbst erheben die USA einen Zoll von 15 Prozent auf Schweizer Uhren. Nach China sanken die Exporte um 9,8 Prozent, nach Hongkong um 4,1 Prozent. Japan verzeichnete dagegen ein Plus von 3,2 Prozent.",
                "„Die Lage ist für viele kleinere Hersteller und Zulieferer ernst“, sagte FH-Präsident Laurent Girardin. Vergleichsweise stabil entwickelten sich nur Uhren mit einem Exportpreis von über 3000 Franken. Im Segment unter 500 Franken brachen die Ausfuhren dagegen um fast ein Fünftel ein.",
                "Seit Jahresbeginn summieren sich die Uhrenexporte auf 7,41 Milliarden Franken, ein Minus von 5,2 Prozent.",
            ],
        },
        "ticker": {
            "title": "Uhrenbranche: Exporte rückläufig",
            "text": "Die Schweizer Uhrenexporte sind im April um 7,4 Prozent auf 1,86 Milliarden Franken gesunken, in die USA brachen sie sogar um 21,3 Prozent ein.",
        },
        "rewrite": {
            "title": "US-Zoll trifft Uhrenbranche: Ausfuhren nach Amerika minus 21 Prozent",
            "lead": "Der Uhrenverband meldet für April erneut schwache Zahlen. Günstige Modelle leiden am stärksten.",
            "body": [
                "Die Krise der Schweizer Uhrmacher hält an. Im April exportierte die Branche Zeitmesser im Wert von 1,86 Milliarden Franken und damit 7,4 Prozent weniger als im April des Vorjahres, so die Statistik des Uhrenverbands FH. Die Stückzahl fiel noch deutlicher, nämlich um 11 Prozent auf 1,12 Millionen.",
                "Schuld ist vor allem das Amerikageschäft. In die USA gingen Uhren für nur noch 301 Millionen Franken, ein Einbruch um 21,3 Prozent, seit Washington 15 Prozent Zoll auf Schweizer Uhren verlangt. Auch China und Hongkong kauften weniger, einzig Japan legte zu.",
                "Während teure Modelle mit einem Exportwert über 3000 Franken ihr Niveau hielten, brach das Einstiegssegment unter 500 Franken um knapp 20 Prozent ein. Verbandspräsident Laurent Girardin warnte, gerade kleine Marken und Zulieferer im Jurabogen gerieten in Bedrängnis. Von Januar bis April beträgt das Minus 5,2 Prozent.",
            ],
        },
        "translations": {
            "en": {
                "title": "Swiss watch exports drop 7.4% in April as US tariffs bite",
                "lead": "The Swiss watch industry is suffering from US tariffs and weak demand from China. Exports to the United States slumped in particular.",
                "body": [
                    "Swiss watch exports fell sharply in April. Their value dropped 7.4 percent year on year to 1.86 billion francs, the Federation of the Swiss Watch Industry (FH) said in Biel on Thursday. The number of watches exported fell 11 percent to 1.12 million units.",
                    "The steepest decline was in the United States, the industry's largest market. Watches worth 301 million francs were shipped there, 21.3 percent less than a year earlier. Since last autumn, the US has levied a 15 percent tariff on Swiss watches. Exports to China fell 9.8 percent and to Hong Kong 4.1 percent, while Japan recorded an increase of 3.2 percent.",
                    "“The situation is serious for many smaller manufacturers and suppliers,” said FH President Laurent Girardin. Only watches with an export price above 3,000 francs held up relatively well. In the segment below 500 francs, exports fell by almost a fifth.",
                    "Since the start of the year, watch exports have totalled 7.41 billion francs, down 5.2 percent.",
                ],
            },
            "fr": {
                "title": "Horlogerie : les exportations reculent de 7,4 % en avril",
                "lead": "L'industrie horlogère suisse souffre des droits de douane américains et de la faiblesse de la demande chinoise. Les livraisons vers les États-Unis se sont effondrées.",
                "body": [
                    "Les exportations horlogères suisses ont nettement reculé en avril. Leur valeur a baissé de 7,4 % sur un an, à 1,86 milliard de francs, a indiqué jeudi à Bienne la Fédération de l'industrie horlogère suisse (FH). Le nombre de montres exportées a diminué de 11 %, à 1,12 million de pièces.",
                    "Le recul le plus marqué concerne les États-Unis, premier débouché de la branche. Les montres livrées outre-Atlantique ont atteint 301 millions de francs, soit 21,3 % de moins qu'un an plus tôt. Depuis l'automne dernier, Washington prélève un droit de douane de 15 % sur les montres suisses. Les exportations vers la Chine ont baissé de 9,8 %, vers Hong Kong de 4,1 %. Le Japon a en revanche progressé de 3,2 %.",
                    "« La situation est grave pour de nombreux petits fabricants et sous-traitants », a déclaré le président de la FH, Laurent Girardin. Seules les montres d'un prix à l'exportation supérieur à 3000 francs ont relativement bien résisté. Dans le segment inférieur à 500 francs, les exportations ont chuté de près d'un cinquième.",
                ],
            },
            "it": {
                "title": "Orologi svizzeri, export in calo del 7,4% ad aprile",
                "lead": "L'industria orologiera svizzera soffre per i dazi statunitensi e la debole domanda cinese. A crollare sono soprattutto le esportazioni verso gli Stati Uniti.",
                "body": [
                    "Ad aprile l'industria orologiera svizzera ha esportato nettamente meno. Il valore delle esportazioni è sceso del 7,4% su base annua a 1,86 miliardi di franchi, ha comunicato giovedì a Bienne la Federazione dell'industria orologiera svizzera (FH). Il numero di orologi esportati è calato dell'11%, a 1,12 milioni di pezzi.",
                    "Il calo più forte si è registrato negli Stati Uniti, il principale mercato del settore. Vi sono stati spediti orologi per 301 milioni di franchi, il 21,3% in meno rispetto a un anno fa. Dall'autunno scorso gli USA applicano un dazio del 15% sugli orologi svizzeri. Le esportazioni verso la Cina sono diminuite del 9,8%, verso Hong Kong del 4,1%. Il Giappone ha invece segnato un aumento del 3,2%.",
                    "«La situazione è seria per molti piccoli produttori e fornitori», ha detto il presidente della FH Laurent Girardin. Solo gli orologi con un prezzo all'esportazione superiore a 3000 franchi hanno tenuto. Nel segmento sotto i 500 franchi le esportazioni sono crollate di quasi un quinto.",
                    "Da inizio anno le esportazioni di orologi ammontano a 7,41 miliardi di franchi, con un calo del 5,2%.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Uhrenexporte in die USA brechen um über 20 Prozent ein",
            "lead": "Die Uhrenindustrie leidet unter den US-Zöllen und der schwachen Nachfrage aus China. Insgesamt sanken die Exporte im April um 7,4 Prozent.",
            "body": [
                "Die Schweizer Uhrenindustrie hat im April deutlich weniger exportiert. Der Wert der Ausfuhren sank im Vergleich zum Vorjahresmonat um 7,4 Prozent auf 1,86 Milliarden Franken, wie der Verband der Schweizerischen Uhrenindustrie (FH) am Donnerstag in Biel mitteilte. Die Zahl der exportierten Uhren ging um 11 Prozent auf 1,12 Millionen Stück zurück.",
                "Am stärksten fiel der Rückgang in den USA aus, dem wichtigsten Absatzmarkt der Branche. Dorthin wurden Uhren für 301 Millionen Franken geliefert, 21,3 Prozent weniger als vor einem Jahr. Seit vergangenem Herbst erheben die USA einen Zoll von 15 Prozent auf Schweizer Uhren. Auch nach China und Hongkong wurde weniger exportiert, einzig Japan legte um 3,2 Prozent zu.",
                "«Die Lage ist für viele kleinere Hersteller und Zulieferer ernst», sagte FH-Präsident Laurent Girardin. Vergleichsweise stabil entwickelten sich nur Uhren mit einem Exportpreis von über 3000 Franken. Im Segment unter 500 Franken brachen die Ausfuhren dagegen um fast ein Fünftel ein.",
            ],
        },
        "follow_up": {
            "days": 8,
            "refers": True,
            "title": "Zifferblatthersteller Cadranor führt Kurzarbeit ein",
            "lead": "Der Zulieferer aus La Chaux-de-Fonds schickt 420 Beschäftigte in Kurzarbeit. Grund sind eingebrochene Aufträge der Uhrenmarken.",
            "body": [
                "Der Zifferblatthersteller Cadranor führt ab dem 1. Juni an seinen Standorten in La Chaux-de-Fonds und Le Locle Kurzarbeit ein. Betroffen sind 420 der rund 560 Beschäftigten, deren Arbeitszeit um durchschnittlich 40 Prozent reduziert wird. Das Neuenburger Unternehmen beliefert mehrere große Uhrenmarken.",
                "„Unsere Kunden haben ihre Bestellungen für das zweite Halbjahr zum Teil halbiert“, sagte Geschäftsführer Patrick Jeanneret. Erst vergangene Woche hatte der Uhrenverband FH gemeldet, dass die Schweizer Uhrenexporte im April um 7,4 Prozent gesunken waren, in die USA sogar um mehr als 21 Prozent.",
                "Die Gewerkschaft Unia forderte, auf Entlassungen zu verzichten. Gewerkschaftssekretärin Mélanie Droz sagte, die Kurzarbeit dürfe „nicht die Vorstufe zum Stellenabbau“ sein. FH-Präsident Laurent Girardin rechnet damit, dass weitere Zulieferer im Jurabogen folgen. Der Neuenburger Staatsrat Alain Rossier kündigte für Mitte Juni ein Treffen mit Branchenvertretern an.",
            ],
        },
        "sibling": {
            "days": 28,
            "why": "Gleiche FH-Monatsstatistik, Folgemonat",
            "title": "Schweizer Uhrenexporte sinken im Mai um 3,1 Prozent",
            "lead": "Der Rückgang der Uhrenexporte hat sich im Mai verlangsamt. In den USA bleibt die Nachfrage aber schwach.",
            "body": [
                "Die Schweizer Uhrenindustrie hat im Mai Uhren im Wert von 2,04 Milliarden Franken exportiert. Das sind 3,1 Prozent weniger als im Vorjahresmonat, wie der Verband der Schweizerischen Uhrenindustrie (FH) am Donnerstag in Biel mitteilte. Die Stückzahl sank um 6,4 Prozent auf 1,19 Millionen.",
                "In die USA lieferten die Hersteller Uhren für 344 Millionen Franken, ein Minus von 12,5 Prozent. Nach China stiegen die Exporte erstmals seit über einem Jahr wieder, und zwar um 1,4 Prozent. Auch das Geschäft mit Singapur und den Vereinigten Arabischen Emiraten legte zu.",
                "„Wir sehen erste Zeichen einer Stabilisierung, aber von einer Erholung sind wir weit entfernt“, sagte FH-Präsident Laurent Girardin.",
            ],
        },
    },
    {
        "key": "p3-09",
        "section": "wirtschaft",
        "time": "2026-05-06T22:40:00+02:00",
        "original": {
            "title": "Autozulieferer Kessler Antriebstechnik stellt Insolvenzantrag",
            "lead": "Der Schweinfurter Getriebespezialist mit 2.400 Beschäftigten ist zahlungsunfähig. Das Unternehmen will sich in Eigenverwaltung sanieren.",
            "body": [
                "Der Autozulieferer Kessler Antriebstechnik aus Schweinfurt hat Insolvenz angemeldet. Das Unternehmen stellte am Mittwochabend beim Amtsgericht Schweinfurt einen Antrag auf ein Insolvenzverfahren in Eigenverwaltung, wie ein Sprecher bestätigte. Betroffen sind rund 2.400 Beschäftigte, davon 1.900 in Schweinfurt und 500 im Werk Bad Kissingen.",
                "Kessler fertigt Getriebeteile und Wellen vor allem für Autos mit Verbrennungsmotor. Der Umsatz war 2025 um 18 Prozent auf 410 Millionen Euro eingebrochen. „Der Rückgang der Abrufe durch unsere Kunden hat unsere Liquidität aufgezehrt“, sagte Geschäftsführer Ralf Eichinger. Der Geschäftsbetrieb laufe uneingeschränkt weiter.",
                "Das Gericht bestellte die Würzburger Rechtsanwältin Anja Lindemann zur vorläufigen Sachwalterin. Löhne und Gehälter sind über das Insolvenzgeld der Bundesagentur für Arbeit für drei Monate gesichert.",
                "Die IG Metall zeigte sich schockiert. „Für die Region ist das ein schwerer Schlag“, sagte Bernd Hofstetter, Erster Bevollmächtigter der IG Metall Schweinfurt. Er forderte die Eigentümerfamilie auf, sich an der Rettung zu beteiligen. Schweinfurt gilt als eines der Zentren der deutschen Zulieferindustrie.",
            ],
        },
        "ticker": {
            "title": "Kessler Antriebstechnik ist pleite",
            "text": "Der Schweinfurter Autozulieferer Kessler Antriebstechnik mit rund 2.400 Beschäftigten hat beim Amtsgericht Schweinfurt Insolvenz in Eigenverwaltung beantragt.",
        },
        "rewrite": {
            "title": "Getriebebauer aus Schweinfurt zahlungsunfähig – 2.400 Jobs in Gefahr",
            "lead": "Kessler Antriebstechnik will sich unter Aufsicht einer Sachwalterin selbst sanieren. Die IG Metall spricht von einem schweren Schlag.",
            "body": [
                "Die Krise der Autoindustrie hat in Unterfranken ein weiteres Opfer gefordert. Kessler Antriebstechnik, Hersteller von Getriebekomponenten und Wellen, reichte am Mittwochabend beim Amtsgericht Schweinfurt den Insolvenzantrag ein. Das Familienunternehmen strebt eine Sanierung in Eigenverwaltung an, die Geschäftsführung bleibt also im Amt.",
                "Kessler hängt stark am Verbrennungsmotor. 2025 sackte der Umsatz um 18 Prozent auf 410 Millionen Euro ab. Geschäftsführer Ralf Eichinger sagte, Produktion und Lieferungen gingen normal weiter. Die 1.900 Mitarbeiter in Schweinfurt und 500 in Bad Kissingen bekommen ihr Geld zunächst drei Monate lang als Insolvenzgeld.",
                "Als vorläufige Sachwalterin setzte das Gericht Anja Lindemann ein, Insolvenzrechtlerin aus Würzburg. IG-Metall-Bevollmächtigter Bernd Hofstetter nahm die Eigentümer in die Pflicht: „Wer jahrzehntelang gut verdient hat, muss jetzt auch Verantwortung übernehmen.“",
            ],
        },
        "translations": {
            "en": {
                "title": "German car parts maker Kessler files for insolvency, 2,400 jobs at stake",
                "lead": "The Schweinfurt-based transmission specialist with 2,400 employees is insolvent. The company wants to restructure under self-administration.",
                "body": [
                    "Automotive supplier Kessler Antriebstechnik, based in Schweinfurt, has filed for insolvency. The company applied to the Schweinfurt local court on Wednesday evening for insolvency proceedings under self-administration, a spokesman confirmed. Around 2,400 employees are affected, 1,900 of them in Schweinfurt and 500 at the plant in Bad Kissingen.",
                    "Kessler makes transmission parts and shafts, mainly for cars with combustion engines. Its sales slumped 18 percent to 410 million euros in 2025. “The decline in call-offs by our customers has eaten up our liquidity,” said managing director Ralf Eichinger. Business operations would continue without restriction, he said.",
                    "The court appointed Würzburg lawyer Anja Lindemann as provisional trustee. Wages and salaries are secured for three months through insolvency benefits paid by the Federal Employment Agency.",
                    "The IG Metall union said it was shocked. “This is a heavy blow for the region,” said Bernd Hofstetter, head of IG Metall in Schweinfurt. He called on the owning family to contribute to a rescue. Schweinfurt is regarded as one of the centres of Germany's automotive supply industry.",
                ],
            },
            "fr": {
                "title": "L'équipementier allemand Kessler Antriebstechnik dépose le bilan",
                "lead": "Le spécialiste des transmissions de Schweinfurt, qui emploie 2 400 personnes, est en cessation de paiements. Il veut se restructurer en autogestion.",
                "body": [
                    "L'équipementier automobile Kessler Antriebstechnik, basé à Schweinfurt, a déposé le bilan. L'entreprise a demandé mercredi soir au tribunal d'instance de Schweinfurt l'ouverture d'une procédure d'insolvabilité en autogestion, a confirmé un porte-parole. Quelque 2 400 salariés sont concernés, dont 1 900 à Schweinfurt et 500 dans l'usine de Bad Kissingen.",
                    "Kessler fabrique des pièces de boîtes de vitesses et des arbres, principalement pour des voitures à moteur thermique. Son chiffre d'affaires s'est effondré de 18 % en 2025, à 410 millions d'euros. « La baisse des commandes de nos clients a épuisé nos liquidités », a déclaré le directeur général Ralf Eichinger. L'activité se poursuit sans restriction.",
                    "Le tribunal a désigné l'avocate Anja Lindemann, de Wurtzbourg, comme administratrice judiciaire provisoire. Les salaires sont garantis pendant trois mois par l'indemnité d'insolvabilité de l'Agence fédérale pour l'emploi.",
                    "Le syndicat IG Metall s'est dit sous le choc. « C'est un coup dur pour la région », a déclaré Bernd Hofstetter, responsable d'IG Metall à Schweinfurt.",
                ],
            },
            "it": {
                "title": "Germania, fallisce il fornitore auto Kessler: a rischio 2.400 posti",
                "lead": "Lo specialista di trasmissioni di Schweinfurt, con 2.400 dipendenti, è insolvente. L'azienda punta a un risanamento in amministrazione autonoma.",
                "body": [
                    "Il fornitore automobilistico Kessler Antriebstechnik di Schweinfurt ha presentato istanza di insolvenza. Mercoledì sera l'azienda ha chiesto al tribunale di Schweinfurt l'apertura di una procedura di insolvenza in amministrazione autonoma, ha confermato un portavoce. Sono coinvolti circa 2.400 dipendenti, di cui 1.900 a Schweinfurt e 500 nello stabilimento di Bad Kissingen.",
                    "Kessler produce componenti per cambi e alberi, soprattutto per auto con motore a combustione. Nel 2025 il fatturato era crollato del 18%, a 410 milioni di euro. «Il calo degli ordini dei nostri clienti ha prosciugato la nostra liquidità», ha detto l'amministratore Ralf Eichinger. L'attività prosegue senza limitazioni.",
                    "Il tribunale ha nominato l'avvocata di Würzburg Anja Lindemann commissaria provvisoria. Salari e stipendi sono garantiti per tre mesi dall'indennità di insolvenza dell'Agenzia federale per il lavoro.",
                    "Il sindacato IG Metall si è detto sconvolto. «Per la regione è un duro colpo», ha dichiarato Bernd Hofstetter, responsabile di IG Metall a Schweinfurt, chiedendo alla famiglia proprietaria di partecipare al salvataggio.",
                ],
            },
        },
        "follow_up": {
            "days": 12.5,
            "refers": True,
            "title": "Kessler Antriebstechnik: 14 Interessenten für insolventen Zulieferer",
            "lead": "Die Sachwalterin sieht gute Chancen für eine Fortführung. Auf einer Betriebsversammlung in Schweinfurt informierte sie die Belegschaft.",
            "body": [
                "Für den insolventen Autozulieferer Kessler Antriebstechnik gibt es 14 Kaufinteressenten. Das sagte die vorläufige Sachwalterin Anja Lindemann am Dienstag nach einer Betriebsversammlung in Schweinfurt. Unter den Interessenten seien strategische Investoren aus Deutschland und Asien sowie zwei Finanzinvestoren. Bis Ende Juni sollen unverbindliche Angebote vorliegen.",
                "Wie berichtet, hatte Kessler am 6. Mai beim Amtsgericht Schweinfurt Insolvenz in Eigenverwaltung beantragt. Betroffen sind rund 2.400 Beschäftigte in Schweinfurt und Bad Kissingen.",
                "Die Auftragslage habe sich seit dem Antrag stabilisiert, sagte Geschäftsführer Ralf Eichinger. Mehrere Großkunden hätten zugesagt, weiter Teile abzunehmen und teilweise im Voraus zu bezahlen. IG-Metall-Bevollmächtigter Bernd Hofstetter begrüßte die Nachricht, warnte aber vor Investoren, „die nur die Maschinen wollen und nicht die Menschen“. Das Insolvenzverfahren soll voraussichtlich am 1. August eröffnet werden.",
            ],
        },
        "sibling": {
            "days": 15,
            "why": "Weitere Zulieferer-Insolvenz, gleiches Amtsgericht und gleicher Gewerkschafter",
            "title": "Kunststoffzulieferer Hofmann aus Haßfurt meldet Insolvenz an",
            "lead": "Der nächste Autozulieferer in Unterfranken ist zahlungsunfähig. Betroffen sind 380 Beschäftigte.",
            "body": [
                "Der Autozulieferer Hofmann Kunststofftechnik aus Haßfurt hat Insolvenz angemeldet. Das Unternehmen stellte am Donnerstag beim Amtsgericht Schweinfurt einen Insolvenzantrag, wie ein Sprecher mitteilte. Betroffen sind 380 Beschäftigte. Hofmann stellt Verkleidungen und Lüftungsteile aus Kunststoff für Autohersteller her.",
                "Zum vorläufigen Insolvenzverwalter bestellte das Gericht den Bamberger Rechtsanwalt Stefan Gräbner. Der Betrieb läuft vorerst weiter, die Löhne sind über das Insolvenzgeld bis Ende August gesichert.",
                "„Die Welle von Zulieferer-Pleiten in unserer Region reißt nicht ab“, sagte Bernd Hofstetter, Erster Bevollmächtigter der IG Metall Schweinfurt. Der Umsatz von Hofmann war im vergangenen Jahr um ein Viertel auf 64 Millionen Euro gesunken.",
            ],
        },
    },
    {
        "key": "p3-10",
        "section": "wirtschaft",
        "time": "2026-06-09T11:00:00+02:00",
        "original": {
            "title": "Wien Energie senkt Strom- und Gaspreise ab Juli",
            "lead": "Rund 1,1 Millionen Haushalte in Wien und Umgebung zahlen ab 1. Juli weniger für Energie. Der Strompreis sinkt um zwölf Prozent.",
            "body": [
                "Der Energieversorger Wien Energie senkt zum 1. Juli seine Preise für Strom und Gas. Der Arbeitspreis für Strom im Standardtarif fällt um zwölf Prozent von 18,9 auf 16,6 Cent je Kilowattstunde, wie das Unternehmen am Dienstag mitteilte. Gas wird um neun Prozent günstiger, der Preis sinkt von 9,4 auf 8,55 Cent je Kilowattstunde. Alle Preise verstehen sich netto.",
                "Ein durchschnittlicher Haushalt mit einem Stromverbrauch von 2.500 Kilowattstunden spart nach Angaben des Versorgers rund 69 Euro im Jahr inklusive Umsatzsteuer. Bei einem Gasverbrauch von 8.000 Kilowattstunden sind es etwa 82 Euro. Die Senkung gilt für rund 1,1 Millionen Haushalte.",
                "„Wir geben die gesunkenen Beschaffungskosten an unsere Kundinnen und Kunden weiter“, sagte Wien-Energie-Geschäftsführer Wolfgang Pernthaler. Die Großhandelspreise für Strom lagen zuletzt deutlich unter dem Niveau des Vorjahres.",
                "Die Regulierungsbehörde E-Control begrüßte den Schritt. Vorständin Sabine Eckhart sagte, Kunden könnten durch einen Anbieterwechsel aber oft noch mehr sparen. Die Arbeiterkammer kritisierte, die Senkung komme zu spät. AK-Energieexperte Lukas Dornauer verwies darauf, dass die Großhandelspreise bereits seit Monaten gesunken seien.",
            ],
        },
        "ticker": {
            "title": "Wien Energie wird billiger",
            "text": "Wien Energie senkt mit Juli den Strompreis um zwölf Prozent und den Gaspreis um neun Prozent, davon profitieren rund 1,1 Millionen Haushalte.",
        },
        "rewrite": {
            "title": "Energie wird in Wien billiger: Minus zwölf Prozent beim Strom",
            "lead": "Der Versorger reagiert auf gesunkene Großhandelspreise. Kritiker meinen, das hätte früher passieren können.",
            "body": [
                "Kundinnen und Kunden von Wien Energie zahlen ab Juli spürbar weniger. Im Standardtarif kostet die Kilowattstunde Strom dann netto 16,6 statt 18,9 Cent, ein Rückgang um zwölf Prozent. Beim Gas sinkt der Preis um neun Prozent auf 8,55 Cent.",
                "Für einen typischen Haushalt mit 2.500 Kilowattstunden Stromverbrauch bringt das eine Ersparnis von rund 69 Euro im Jahr. Wer zusätzlich mit Gas heizt, spart bei 8.000 Kilowattstunden noch einmal rund 82 Euro. Insgesamt profitieren etwa 1,1 Millionen Haushalte.",
                "Geschäftsführer Wolfgang Pernthaler begründete den Schritt mit niedrigeren Einkaufskosten. Der Arbeiterkammer geht das nicht schnell genug: Experte Lukas Dornauer erinnerte daran, dass Strom im Großhandel schon seit Monaten billiger sei. Sabine Eckhart, Vorständin der E-Control, riet Haushalten, trotzdem Angebote zu vergleichen.",
            ],
        },
        "translations": {
            "en": {
                "title": "Vienna utility Wien Energie cuts electricity prices by 12%",
                "lead": "Around 1.1 million households in and around Vienna will pay less for energy from July 1. The electricity price is falling by twelve percent.",
                "body": [
                    "Energy supplier Wien Energie is cutting its electricity and gas prices on July 1. The unit price for electricity in the standard tariff will fall by twelve percent from 18.9 to 16.6 cents per kilowatt hour, the company said on Tuesday. Gas will become nine percent cheaper, with the price falling from 9.4 to 8.55 cents per kilowatt hour. All prices are net of tax.",
                    "An average household consuming 2,500 kilowatt hours of electricity will save around 69 euros a year including VAT, according to the supplier. For gas consumption of 8,000 kilowatt hours, the saving is about 82 euros. The reduction applies to around 1.1 million households.",
                    "“We are passing on lower procurement costs to our customers,” said Wien Energie managing director Wolfgang Pernthaler. Wholesale electricity prices have recently been well below last year's level.",
                    "The regulator E-Control welcomed the move. Board member Sabine Eckhart said, however, that customers could often save even more by switching supplier. The Chamber of Labour criticised the cut as coming too late, with its energy expert Lukas Dornauer pointing out that wholesale prices had been falling for months.",
                ],
            },
            "fr": {
                "title": "Vienne : Wien Energie baisse ses prix de l'électricité et du gaz",
                "lead": "Quelque 1,1 million de ménages à Vienne et dans ses environs paieront leur énergie moins cher à partir du 1er juillet. Le prix de l'électricité baisse de 12 %.",
                "body": [
                    "Le fournisseur d'énergie Wien Energie baisse ses prix de l'électricité et du gaz au 1er juillet. Le prix du kilowattheure d'électricité au tarif standard passe de 18,9 à 16,6 centimes, soit une baisse de 12 %, a annoncé l'entreprise mardi. Le gaz devient 9 % moins cher, son prix passant de 9,4 à 8,55 centimes le kilowattheure. Tous les prix s'entendent hors taxes.",
                    "Un ménage moyen consommant 2 500 kilowattheures d'électricité économisera environ 69 euros par an TVA comprise, selon le fournisseur. Pour une consommation de gaz de 8 000 kilowattheures, l'économie atteint environ 82 euros. La baisse concerne quelque 1,1 million de ménages.",
                    "« Nous répercutons la baisse de nos coûts d'approvisionnement sur nos clients », a déclaré le directeur général de Wien Energie, Wolfgang Pernthaler. Le régulateur E-Control a salué cette décision, tandis que la Chambre du travail a jugé qu'elle arrivait trop tard.",
                ],
            },
            "it": {
                "title": "Vienna, luce e gas meno cari da luglio",
                "lead": "Circa 1,1 milioni di famiglie a Vienna e dintorni pagheranno meno l'energia dal 1° luglio. Il prezzo dell'elettricità cala del dodici per cento.",
                "body": [
                    "Il fornitore di energia Wien Energie abbassa dal 1° luglio i prezzi di elettricità e gas. Il prezzo dell'energia elettrica nella tariffa standard scende del 12%, da 18,9 a 16,6 centesimi per chilowattora, ha comunicato martedì l'azienda. Il gas diventa più economico del 9%, con un prezzo che passa da 9,4 a 8,55 centesimi per chilowattora. Tutti i prezzi sono al netto delle imposte.",
                    "Una famiglia media con un consumo di elettricità di 2.500 chilowattora risparmierà secondo il fornitore circa 69 euro all'anno, IVA inclusa. Con un consumo di gas di 8.000 chilowattora il risparmio è di circa 82 euro. Il taglio riguarda circa 1,1 milioni di famiglie.",
                    "«Trasferiamo ai nostri clienti i minori costi di approvvigionamento», ha dichiarato l'amministratore di Wien Energie Wolfgang Pernthaler. I prezzi all'ingrosso dell'elettricità sono stati di recente nettamente inferiori ai livelli dell'anno scorso.",
                    "L'autorità di regolazione E-Control ha accolto con favore la decisione. La consigliera Sabine Eckhart ha però osservato che cambiando fornitore i clienti potrebbero spesso risparmiare ancora di più. La Camera del lavoro ha criticato il ritardo: il suo esperto di energia Lukas Dornauer ha ricordato che i prezzi all'ingrosso calano già da mesi.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "Wien Energie: Strom und Gas werden mit Juli billiger",
            "lead": "Rund 1,1 Millionen Haushalte in Wien und Umgebung zahlen ab 1. Juli weniger für Energie. Der Strompreis sinkt um zwölf Prozent.",
            "body": [
                "Wien Energie senkt mit 1. Juli seine Preise für Strom und Gas. Der Arbeitspreis für Strom im Standardtarif fällt um zwölf Prozent von 18,9 auf 16,6 Cent je Kilowattstunde, wie das Unternehmen am Dienstag mitteilte. Gas wird um neun Prozent günstiger, der Preis sinkt von 9,4 auf 8,55 Cent je Kilowattstunde. Alle Preise verstehen sich netto.",
                "Ein durchschnittlicher Haushalt mit einem Stromverbrauch von 2.500 Kilowattstunden spart laut Wien Energie rund 69 Euro im Jahr inklusive Umsatzsteuer. Bei einem Gasverbrauch von 8.000 Kilowattstunden sind es etwa 82 Euro. Die Senkung gilt für rund 1,1 Millionen Haushalte.",
                "„Wir geben die gesunkenen Beschaffungskosten an unsere Kundinnen und Kunden weiter“, sagte Geschäftsführer Wolfgang Pernthaler. Die E-Control begrüßte den Schritt. Die Arbeiterkammer kritisierte hingegen, die Senkung komme zu spät: AK-Energieexperte Lukas Dornauer verwies darauf, dass die Großhandelspreise schon seit Jänner gesunken seien.",
            ],
        },
        "sibling": {
            "days": 7,
            "why": "Anderer Versorger, gleiche Art von Preissenkung",
            "title": "EVN senkt Strompreis in Niederösterreich um neun Prozent",
            "lead": "Der niederösterreichische Energieversorger gibt gesunkene Einkaufspreise weiter. Die Senkung gilt ab 1. August.",
            "body": [
                "Der Energieversorger EVN senkt mit 1. August den Strompreis für Haushaltskunden in Niederösterreich. Der Arbeitspreis im Standardtarif fällt um neun Prozent von 19,8 auf 18,0 Cent je Kilowattstunde netto, wie das Unternehmen am Dienstag in Maria Enzersdorf mitteilte. Die Gaspreise bleiben vorerst unverändert.",
                "Ein Haushalt mit einem Jahresverbrauch von 3.500 Kilowattstunden spart damit rund 76 Euro im Jahr. Die Senkung betrifft etwa 620.000 Kundinnen und Kunden. EVN-Vorstandsdirektorin Claudia Haberl sagte, man habe die Beschaffung für das zweite Halbjahr günstiger abschließen können.",
                "E-Control-Vorständin Sabine Eckhart nannte die Senkung „einen Schritt in die richtige Richtung“. Die Arbeiterkammer Niederösterreich forderte, auch die Gaspreise zu senken.",
            ],
        },
    },
    {
        "key": "p3-11",
        "section": "wirtschaft",
        "time": "2026-05-15T17:50:00+02:00",
        "original": {
            "title": "Dax schließt erstmals über 25.400 Punkten",
            "lead": "Der deutsche Leitindex hat zum Wochenschluss ein Rekordhoch erreicht. Anleger setzten auf eine Entspannung im Zollstreit mit den USA.",
            "body": [
                "Der Dax hat am Freitag erstmals in seiner Geschichte oberhalb von 25.400 Punkten geschlossen. Der deutsche Leitindex stieg um 1,6 Prozent auf 25.418,36 Zähler. Im Handelsverlauf hatte er mit 25.466 Punkten ein Rekordhoch markiert. Auf Wochensicht summiert sich das Plus auf 3,2 Prozent. Der MDax der mittelgroßen Werte gewann 1,2 Prozent auf 31.870 Punkte.",
                "Für Kauflaune sorgten Signale der Entspannung im Zollstreit zwischen der EU und den USA. Die EU-Kommission hatte am Vormittag mitgeteilt, beide Seiten hätten sich auf einen Fahrplan für Gespräche über Autozölle verständigt. Zudem stiegen die Hoffnungen auf eine baldige Zinssenkung der US-Notenbank Fed.",
                "„Die Anleger haben die Angst vor einer Eskalation im Handelsstreit abgelegt“, sagte Henrik Oberländer, Kapitalmarktstratege der Helaba. Gefragt waren vor allem Autowerte: Die Aktien von Volkswagen, BMW und Mercedes-Benz legten zwischen 3,8 und 5,1 Prozent zu. Siemens Energy gewannen 5,8 Prozent. Rheinmetall verloren dagegen 2,1 Prozent.",
                "Der Euro notierte am Abend bei 1,1720 Dollar. Der Preis für ein Barrel der Nordseesorte Brent lag bei 69,10 Dollar.",
            ],
        },
        "ticker": {
            "title": "Dax springt auf Allzeithoch",
            "text": "Der Dax hat am Freitag mit einem Plus von 1,6 Prozent auf 25.418 Punkte so hoch wie nie zuvor geschlossen, angetrieben von Autowerten.",
        },
        "rewrite": {
            "title": "Autowerte treiben Dax auf Allzeithoch",
            "lead": "Entspannung im Zollkonflikt beflügelt die Frankfurter Börse. Der Leitindex beendet die Woche mit einem Gewinn von 3,2 Prozent.",
            "body": [
                "Neuer Höchststand an der Frankfurter Börse: Mit 25.418,36 Punkten ging der Dax am Freitag so hoch aus dem Handel wie nie zuvor, ein Tagesgewinn von 1,6 Prozent. In der Spitze hatte der Index sogar 25.466 Zähler erreicht.",
                "Rückenwind kam aus Brüssel. Nach Angaben der EU-Kommission haben sich Europa und die USA auf einen Zeitplan für Verhandlungen über die Zölle auf Autos geeinigt. Entsprechend griffen Anleger bei VW, BMW und Mercedes-Benz zu, deren Papiere bis zu 5,1 Prozent zulegten. Siemens Energy kletterte um 5,8 Prozent, Rheinmetall gehörte mit minus 2,1 Prozent zu den Verlierern.",
                "Helaba-Stratege Henrik Oberländer sieht noch Luft nach oben, sofern die Fed wie erhofft die Zinsen senkt. Aktienhändler Rainer Vogt mahnte dagegen zur Vorsicht: „Die Rally ist sehr schnell gelaufen.“ Der Euro kostete am Abend 1,1720 Dollar.",
            ],
        },
        "translations": {
            "en": {
                "title": "DAX closes at record above 25,400 as trade tensions ease",
                "lead": "Germany's benchmark index hit a record high at the end of the week. Investors bet on an easing of the tariff dispute with the United States.",
                "body": [
                    "The DAX closed above 25,400 points for the first time in its history on Friday. Germany's blue-chip index rose 1.6 percent to 25,418.36. During the session it set a record high of 25,466 points. Over the week, it gained 3.2 percent. The mid-cap MDAX rose 1.2 percent to 31,870 points.",
                    "Buying was fuelled by signs of easing in the tariff dispute between the EU and the United States. The European Commission said in the morning that both sides had agreed on a roadmap for talks on car tariffs. Hopes of an early interest rate cut by the US Federal Reserve also grew.",
                    "“Investors have shed their fear of an escalation in the trade dispute,” said Henrik Oberländer, capital markets strategist at Helaba. Carmakers were in particular demand, with shares in Volkswagen, BMW and Mercedes-Benz gaining between 3.8 and 5.1 percent. Siemens Energy rose 5.8 percent, while Rheinmetall fell 2.1 percent.",
                    "The euro traded at 1.1720 dollars in the evening. A barrel of Brent crude cost 69.10 dollars.",
                ],
            },
            "fr": {
                "title": "Le Dax termine à un record au-dessus des 25 400 points",
                "lead": "L'indice vedette de la Bourse de Francfort a atteint un sommet historique en fin de semaine. Les investisseurs misent sur un apaisement du conflit douanier avec les États-Unis.",
                "body": [
                    "Le Dax a clôturé vendredi pour la première fois de son histoire au-dessus de 25 400 points. L'indice phare allemand a progressé de 1,6 %, à 25 418,36 points. En séance, il avait touché un record de 25 466 points. Sur la semaine, la hausse atteint 3,2 %. Le MDax des valeurs moyennes a gagné 1,2 %, à 31 870 points.",
                    "Les signes de détente dans le différend douanier entre l'UE et les États-Unis ont soutenu les achats. La Commission européenne avait indiqué dans la matinée que les deux parties s'étaient entendues sur un calendrier de discussions sur les droits de douane automobiles. Les espoirs d'une baisse prochaine des taux de la Réserve fédérale américaine ont également grandi.",
                    "« Les investisseurs ont abandonné leur crainte d'une escalade de la guerre commerciale », a estimé Henrik Oberländer, stratège chez Helaba. Les constructeurs automobiles ont été particulièrement recherchés : Volkswagen, BMW et Mercedes-Benz ont gagné entre 3,8 et 5,1 %. Siemens Energy a pris 5,8 %, tandis que Rheinmetall a reculé de 2,1 %.",
                ],
            },
            "it": {
                "title": "Borsa di Francoforte, il Dax chiude a un nuovo record",
                "lead": "L'indice guida tedesco ha toccato un massimo storico a fine settimana. Gli investitori scommettono su una distensione nella disputa sui dazi con gli Stati Uniti.",
                "body": [
                    "Venerdì il Dax ha chiuso per la prima volta nella sua storia sopra i 25.400 punti. L'indice guida tedesco è salito dell'1,6% a 25.418,36 punti. In seduta aveva segnato un massimo storico a 25.466 punti. Su base settimanale il rialzo è del 3,2%. Il MDax delle medie capitalizzazioni ha guadagnato l'1,2% a 31.870 punti.",
                    "Gli acquisti sono stati alimentati dai segnali di distensione nella disputa commerciale tra Ue e Stati Uniti. In mattinata la Commissione europea aveva comunicato che le due parti si erano accordate su una tabella di marcia per i negoziati sui dazi sulle auto. Sono cresciute anche le speranze di un prossimo taglio dei tassi da parte della Federal Reserve.",
                    "«Gli investitori hanno messo da parte il timore di un'escalation della guerra commerciale», ha detto Henrik Oberländer, stratega di Helaba. Particolarmente richiesti i titoli auto: Volkswagen, BMW e Mercedes-Benz sono saliti tra il 3,8 e il 5,1%. Siemens Energy ha guadagnato il 5,8%, mentre Rheinmetall ha perso il 2,1%.",
                    "In serata l'euro quotava 1,1720 dollari. Un barile di Brent costava 69,10 dollari.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Dax schliesst auf Rekordhoch – auch der SMI legt zu",
            "lead": "Der deutsche Leitindex hat zum Wochenschluss ein Rekordhoch erreicht. Anleger setzten auf eine Entspannung im Zollstreit mit den USA.",
            "body": [
                "Der Dax hat am Freitag erstmals in seiner Geschichte oberhalb von 25.400 Punkten geschlossen. Der deutsche Leitindex stieg um 1,6 Prozent auf 25.418,36 Zähler. Im Handelsverlauf hatte er mit 25.466 Punkten ein Rekordhoch markiert. Auf Wochensicht summiert sich das Plus auf 3,2 Prozent. In Zürich gewann der Leitindex SMI 0,9 Prozent.",
                "Für Kauflaune sorgten Signale der Entspannung im Zollstreit zwischen der EU und den USA. Die EU-Kommission hatte am Vormittag mitgeteilt, beide Seiten hätten sich auf einen Fahrplan für Gespräche über Autozölle verständigt. Zudem stiegen die Hoffnungen auf eine baldige Zinssenkung der US-Notenbank Fed.",
                "«Die Anleger haben die Angst vor einer Eskalation im Handelsstreit abgelegt», sagte Henrik Oberländer, Kapitalmarktstratege der Helaba. Gefragt waren vor allem Autowerte: Die Aktien von Volkswagen, BMW und Mercedes-Benz legten zwischen 3,8 und 5,1 Prozent zu. Rheinmetall verloren dagegen 2,1 Prozent. Der Euro notierte am Abend bei 1,1720 Dollar.",
            ],
        },
        "sibling": {
            "days": -8,
            "why": "Gleicher Index und gleicher Stratege, anderer Handelstag",
            "title": "Dax bricht nach Zolldrohung aus Washington ein",
            "lead": "Neue Drohungen der US-Regierung haben die Anleger in Frankfurt verschreckt. Der Leitindex verlor mehr als zwei Prozent.",
            "body": [
                "Der Dax hat am Donnerstag deutliche Verluste verbucht. Der deutsche Leitindex fiel um 2,1 Prozent auf 24.486,12 Punkte. Der MDax der mittelgroßen Werte gab um 2,6 Prozent auf 30.915 Zähler nach.",
                "Auslöser war die Ankündigung der US-Regierung, die Zölle auf Autos aus der Europäischen Union von 15 auf 25 Prozent anzuheben, sollte es bis Ende Juni keine Einigung im Streit über Digitalsteuern geben. Die Aktien von Volkswagen, BMW und Mercedes-Benz verloren zwischen 4,2 und 5,5 Prozent. Als sicherer Hafen war Gold gefragt.",
                "„Der Markt hat die Zollrisiken zuletzt unterschätzt“, sagte Helaba-Kapitalmarktstratege Henrik Oberländer. Der Euro fiel auf 1,1590 Dollar.",
            ],
        },
    },
    {
        "key": "p3-12",
        "section": "politik",
        "time": "2026-06-24T13:10:00+02:00",
        "original": {
            "title": "Kabinett beschließt Industriestrompreis von fünf Cent",
            "lead": "Energieintensive Unternehmen sollen einen Teil ihres Stroms zu einem staatlich subventionierten Preis beziehen. Die Kosten liegen bei gut drei Milliarden Euro im Jahr.",
            "body": [
                "Das Bundeskabinett hat am Mittwoch in Berlin einen subventionierten Industriestrompreis auf den Weg gebracht. Energieintensive Unternehmen sollen für die Hälfte ihres Stromverbrauchs einen Preis von fünf Cent je Kilowattstunde zahlen. Die Förderung gilt rückwirkend ab Januar 2026 und ist bis Ende 2028 befristet. Die Kosten von rund 3,1 Milliarden Euro pro Jahr trägt der Klima- und Transformationsfonds (KTF).",
                "Antragsberechtigt sind nach Angaben des Bundeswirtschaftsministeriums rund 2.100 Unternehmen aus 91 Branchen, darunter Chemie, Stahl, Glas und Papier. Im Gegenzug müssen sie mindestens die Hälfte der Entlastung in Maßnahmen zur Senkung ihres CO2-Ausstoßes investieren.",
                "„Wir halten die Grundstoffindustrie im Land und sichern Hunderttausende Arbeitsplätze“, sagte Bundeswirtschaftsministerin Dorothee Wallner. Finanzminister Thorsten Meißner betonte, die Hilfe sei bewusst zeitlich begrenzt.",
                "Die Regelung muss noch von der EU-Kommission beihilferechtlich genehmigt werden. Der Bundesverband der Deutschen Industrie (BDI) begrüßte den Beschluss, forderte aber eine Ausweitung auf mittelständische Betriebe. BDI-Hauptgeschäftsführerin Katja Lindner sprach von einem „überfälligen Signal“. Umweltverbände kritisierten die Subvention als Fehlanreiz.",
            ],
        },
        "ticker": {
            "title": "Kabinett billigt Strompreis-Hilfe für Industrie",
            "text": "Das Bundeskabinett hat einen Industriestrompreis von fünf Cent je Kilowattstunde für rund 2.100 energieintensive Unternehmen beschlossen, die Kosten liegen bei 3,1 Milliarden Euro jährlich.",
        },
        "rewrite": {
            "title": "Fünf Cent pro Kilowattstunde: Regierung subventioniert Strom für Industrie",
            "lead": "Chemie, Stahl und Papier sollen bis Ende 2028 entlastet werden. Brüssel muss noch zustimmen.",
            "body": [
                "Für die Hälfte ihres Verbrauchs zahlen besonders stromhungrige Betriebe künftig nur fünf Cent je Kilowattstunde. Einen entsprechenden Entwurf von Wirtschaftsministerin Dorothee Wallner hat die Bundesregierung am Mittwoch gebilligt. Die Hilfe gilt rückwirkend für das laufende Jahr und läuft drei Jahre.",
                "Jährlich rund 3,1 Milliarden Euro sollen aus dem Klima- und Transformationsfonds fließen. Profitieren können etwa 2.100 Firmen aus 91 Wirtschaftszweigen. Bedingung ist, dass sie mindestens 50 Prozent der Ersparnis in klimafreundlichere Produktion stecken. Wallner sprach von einem Beitrag zur Sicherung des Industriestandorts, Finanzminister Thorsten Meißner von einer „Brücke mit klarem Enddatum“.",
                "Die Industrie reagierte erleichtert, will aber mehr: BDI-Hauptgeschäftsführerin Katja Lindner verlangte, auch den Mittelstand einzubeziehen. Bevor Geld fließen kann, muss die EU-Kommission die Beihilfe genehmigen.",
            ],
        },
        "translations": {
            "en": {
                "title": "German cabinet approves subsidised power price for heavy industry",
                "lead": "Energy-intensive companies are to buy part of their electricity at a state-subsidised price. The cost is just over three billion euros a year.",
                "body": [
                    "The German cabinet on Wednesday approved a subsidised industrial electricity price in Berlin. Energy-intensive companies are to pay five cents per kilowatt hour for half of their electricity consumption. The support applies retroactively from January 2026 and is limited until the end of 2028. The cost of around 3.1 billion euros a year will be borne by the Climate and Transformation Fund (KTF).",
                    "According to the Federal Ministry for Economic Affairs, around 2,100 companies from 91 sectors are eligible, including chemicals, steel, glass and paper. In return, they must invest at least half of the relief in measures to cut their CO2 emissions.",
                    "“We are keeping basic industries in the country and securing hundreds of thousands of jobs,” said Economy Minister Dorothee Wallner. Finance Minister Thorsten Meißner stressed that the aid was deliberately limited in time.",
                    "The scheme still needs state aid approval from the European Commission. The Federation of German Industries (BDI) welcomed the decision but called for it to be extended to medium-sized businesses. BDI Director General Katja Lindner spoke of an “overdue signal”.",
                ],
            },
            "fr": {
                "title": "Berlin adopte un prix de l'électricité subventionné pour l'industrie",
                "lead": "Les entreprises grandes consommatrices d'énergie pourront acheter une partie de leur électricité à un prix subventionné par l'État. Le coût dépasse trois milliards d'euros par an.",
                "body": [
                    "Le gouvernement allemand a adopté mercredi à Berlin un prix de l'électricité subventionné pour l'industrie. Les entreprises énergivores paieront cinq centimes le kilowattheure pour la moitié de leur consommation. L'aide s'applique rétroactivement à partir de janvier 2026 et est limitée à fin 2028. Son coût, d'environ 3,1 milliards d'euros par an, sera pris en charge par le Fonds pour le climat et la transformation (KTF).",
                    "Selon le ministère fédéral de l'Économie, quelque 2 100 entreprises de 91 secteurs sont éligibles, notamment dans la chimie, l'acier, le verre et le papier. En contrepartie, elles devront investir au moins la moitié de l'allègement dans la réduction de leurs émissions de CO2.",
                    "« Nous maintenons l'industrie de base dans le pays et préservons des centaines de milliers d'emplois », a déclaré la ministre de l'Économie, Dorothee Wallner. Le dispositif doit encore être approuvé par la Commission européenne au titre des aides d'État.",
                ],
            },
        },
        "follow_up": {
            "days": 6,
            "refers": False,
            "title": "EU-Kommission genehmigt deutschen Industriestrompreis",
            "lead": "Brüssel gibt grünes Licht für die Subvention energieintensiver Unternehmen. Anträge sollen ab August möglich sein.",
            "body": [
                "Die EU-Kommission hat den deutschen Industriestrompreis beihilferechtlich genehmigt. Die Förderung stehe im Einklang mit dem europäischen Beihilferahmen für eine saubere Industrie, teilte die Behörde am Dienstag in Brüssel mit. Deutschland darf damit energieintensiven Betrieben für die Hälfte ihres Stromverbrauchs einen Preis von fünf Cent je Kilowattstunde garantieren.",
                "Die Kommission knüpfte die Zustimmung an eine Auflage: Die Unternehmen müssen jährlich über ihre Investitionen in den Klimaschutz berichten, sonst droht eine Rückforderung. Bundeswirtschaftsministerin Dorothee Wallner sprach in Berlin von einem „wichtigen Tag für die Industrie“. Anträge können nach ihren Angaben ab dem 3. August beim Bundesamt für Wirtschaft und Ausfuhrkontrolle (Bafa) gestellt werden.",
                "BDI-Hauptgeschäftsführerin Katja Lindner forderte ein einfaches Antragsverfahren. Für die rund 2.100 berechtigten Unternehmen zähle jeder Monat.",
            ],
        },
        "sibling": {
            "days": -7,
            "why": "Gleiche Ministerin, anderer Kabinettsbeschluss zu Stromkosten",
            "title": "Kabinett beschließt Zuschuss zu den Stromnetzentgelten",
            "lead": "Die Bundesregierung will die Netzkosten für Haushalte und Betriebe 2027 mit 6,5 Milliarden Euro senken. Ein Durchschnittshaushalt soll rund 90 Euro sparen.",
            "body": [
                "Das Bundeskabinett hat am Mittwoch in Berlin einen Zuschuss zu den Übertragungsnetzentgelten beschlossen. Der Bund stellt dafür im kommenden Jahr 6,5 Milliarden Euro aus dem Klima- und Transformationsfonds bereit. Die Netzentgelte machen rund ein Viertel des Strompreises aus.",
                "Ein Haushalt mit einem Jahresverbrauch von 3.500 Kilowattstunden soll dadurch rund 90 Euro im Jahr sparen. Auch Handwerksbetriebe und Mittelständler sollen entlastet werden. „Strom muss für alle bezahlbar sein“, sagte Bundeswirtschaftsministerin Dorothee Wallner.",
                "Finanzminister Thorsten Meißner verwies auf die angespannte Haushaltslage. Der Zuschuss sei vorerst nur für 2027 gesichert. Die Übertragungsnetzbetreiber wollen ihre Entgelte für das kommende Jahr im Oktober veröffentlichen.",
            ],
        },
    },
]
