"""Story families for feedhub's own dedup evaluation set, part 2: world and foreign affairs.

Written for feedhub (fictional events). Schema: bench/data/dedup/README.md."""

FAMILIES = [
    {
        "key": "p2-01",
        "section": "welt",
        "time": "2026-03-03T07:40:00+01:00",
        "original": {
            "title": "Sudan: Armee und RSF vereinbaren in Genf 30-tägige Waffenruhe",
            "lead": "Nach neun Tagen Verhandlungen unter Vermittlung der Vereinten Nationen haben sich die sudanesischen Kriegsparteien auf eine Feuerpause geeinigt. Sie soll am Freitag um 6 Uhr Ortszeit beginnen.",
            "body": [
                "Die Delegationen der sudanesischen Streitkräfte und der paramilitärischen Rapid Support Forces (RSF) unterzeichneten das Abkommen in der Nacht zum Dienstag im Genfer Palais des Nations. Der UN-Sondergesandte Tomás Aranda Rivas sprach von einem „ersten Schritt, der Millionen Menschen Luft zum Atmen verschaffen kann“. Die Waffenruhe gilt zunächst für 30 Tage und kann verlängert werden.",
                "Kern der Vereinbarung sind drei humanitäre Korridore, darunter einer von Port Sudan über El Obeid in die umkämpfte Region Kordofan. Nach Angaben des Welternährungsprogramms sollen in den ersten zwei Wochen rund 1200 Lastwagen mit Lebensmitteln und Medikamenten die Frontgebiete erreichen. Überwacht wird die Feuerpause von 40 internationalen Beobachtern.",
                "Die Schweiz hatte die Gespräche gemeinsam mit den Vereinten Nationen ausgerichtet. Staatssekretärin Corinne Wyssbrod vom Eidgenössischen Departement für auswärtige Angelegenheiten (EDA) kündigte an, Bern stelle für die Beobachtermission 4,5 Millionen Franken bereit.",
                "Frühere Feuerpausen im Sudan waren meist nach wenigen Tagen gebrochen worden. Seit Beginn des Krieges im April 2023 wurden nach UN-Angaben mehr als zwölf Millionen Menschen vertrieben, rund 25 Millionen sind auf Nahrungsmittelhilfe angewiesen.",
            ],
        },
        "ticker": {
            "title": "Eilmeldung: Feuerpause im Sudan vereinbart",
            "text": "Sudans Armee und die RSF-Miliz haben sich bei UN-Gesprächen in Genf auf eine 30-tägige Waffenruhe geeinigt, die am Freitagmorgen in Kraft treten soll.",
        },
        "rewrite": {
            "title": "Einen Monat ohne Kämpfe? Sudans Kriegsparteien unterschreiben Feuerpause",
            "lead": "Unterhändler von Armee und RSF-Miliz haben sich in Genf auf eine befristete Waffenruhe verständigt. Hilfswerke hoffen auf Zugang zu Millionen Hungernden.",
            "body": [
                "Ab Freitag, 6 Uhr Ortszeit, sollen im Sudan für 30 Tage die Waffen schweigen. Darauf einigten sich Vertreter der Streitkräfte und der RSF nach neuntägigen Gesprächen am UN-Sitz in Genf, zu denen die Vereinten Nationen und die Schweiz eingeladen hatten. Eine Verlängerung ist ausdrücklich vorgesehen.",
                "Das Papier sieht drei Routen für Hilfslieferungen vor, eine davon vom Hafen Port Sudan Richtung Kordofan. Binnen zwei Wochen sollen etwa 1200 Lkw-Ladungen ankommen. Die Einhaltung kontrollieren 40 Beobachter; die Schweiz finanziert deren Einsatz mit 4,5 Millionen Franken.",
                "Vermittler Tomás Aranda Rivas gab sich vorsichtig optimistisch, doch die Bilanz früherer Abmachungen mahnt zur Skepsis: Keine hielt länger als ein paar Tage. „Entscheidend ist, ob die Lastwagen wirklich durchkommen“, sagte Mariam Abdelrahim vom Norwegischen Flüchtlingsrat. Der Krieg dauert seit April 2023 an.",
            ],
        },
        "translations": {
            "en": {
                "title": "Sudan's warring sides agree 30-day truce at Geneva talks",
                "lead": "After nine days of UN-brokered negotiations, Sudan's army and the paramilitary RSF have agreed to a ceasefire. It is due to take effect at 6 a.m. local time on Friday.",
                "body": [
                    "Delegations of the Sudanese Armed Forces and the paramilitary Rapid Support Forces (RSF) signed the agreement overnight into Tuesday at the Palais des Nations in Geneva. UN special envoy Tomás Aranda Rivas called it “a first step that can give millions of people room to breathe”. The truce will initially last 30 days and can be extended.",
                    "At the heart of the deal are three humanitarian corridors, including one running from Port Sudan via El Obeid into the contested Kordofan region. According to the World Food Programme, around 1,200 trucks carrying food and medicine are to reach front-line areas within the first two weeks. The ceasefire will be monitored by 40 international observers.",
                    "Switzerland co-hosted the talks with the United Nations. State Secretary Corinne Wyssbrod of the Federal Department of Foreign Affairs (FDFA) said Bern would provide 4.5 million Swiss francs for the monitoring mission.",
                    "Previous ceasefires in Sudan have mostly collapsed within days. Since the war began in April 2023, more than 12 million people have been displaced, according to the UN, and some 25 million depend on food aid.",
                ],
            },
            "fr": {
                "title": "Soudan : l'armée et les FSR concluent une trêve de 30 jours à Genève",
                "lead": "Après neuf jours de négociations sous l'égide des Nations unies, les belligérants soudanais se sont entendus sur un cessez-le-feu. Celui-ci doit entrer en vigueur vendredi à 6 heures, heure locale.",
                "body": [
                    "Les délégations des forces armées soudanaises et des Forces de soutien rapide (FSR), un groupe paramilitaire, ont signé l'accord dans la nuit de lundi à mardi au Palais des Nations, à Genève. L'envoyé spécial de l'ONU, Tomás Aranda Rivas, a salué « un premier pas qui peut permettre à des millions de personnes de respirer ». La trêve vaut d'abord pour 30 jours et peut être prolongée.",
                    "L'accord repose sur trois corridors humanitaires, dont l'un relie Port-Soudan à la région disputée du Kordofan, via El-Obeid. Selon le Programme alimentaire mondial, quelque 1 200 camions de vivres et de médicaments doivent atteindre les zones de front au cours des deux premières semaines. Quarante observateurs internationaux surveilleront le cessez-le-feu.",
                    "La Suisse a coorganisé les pourparlers avec les Nations unies. La secrétaire d'État Corinne Wyssbrod, du Département fédéral des affaires étrangères (DFAE), a annoncé que Berne débloquerait 4,5 millions de francs pour la mission d'observation.",
                    "Les précédentes trêves au Soudan ont pour la plupart volé en éclats au bout de quelques jours. Depuis le début de la guerre en avril 2023, plus de 12 millions de personnes ont été déplacées, selon l'ONU, et quelque 25 millions dépendent de l'aide alimentaire.",
                ],
            },
            "it": {
                "title": "Sudan, esercito e Rsf firmano a Ginevra una tregua di 30 giorni",
                "lead": "Dopo nove giorni di negoziati con la mediazione delle Nazioni Unite, le parti in guerra in Sudan hanno concordato un cessate il fuoco. Entrerà in vigore venerdì alle 6 ora locale.",
                "body": [
                    "Le delegazioni delle forze armate sudanesi e delle Forze di supporto rapido (Rsf), il gruppo paramilitare, hanno firmato l'accordo nella notte tra lunedì e martedì al Palazzo delle Nazioni di Ginevra. L'inviato speciale dell'Onu Tomás Aranda Rivas ha parlato di «un primo passo che può ridare respiro a milioni di persone». La tregua vale per 30 giorni e potrà essere prorogata.",
                    "Il cuore dell'intesa sono tre corridoi umanitari, tra cui uno da Port Sudan alla contesa regione del Kordofan passando per El Obeid. Secondo il Programma alimentare mondiale, nelle prime due settimane circa 1.200 camion di viveri e medicinali dovrebbero raggiungere le zone del fronte. Il cessate il fuoco sarà sorvegliato da 40 osservatori internazionali.",
                    "La Svizzera ha ospitato i colloqui insieme alle Nazioni Unite. La segretaria di Stato Corinne Wyssbrod, del Dipartimento federale degli affari esteri (Dfae), ha annunciato che Berna metterà a disposizione 4,5 milioni di franchi per la missione di osservazione.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Sudan-Gespräche in Genf: Waffenruhe steht, Bern zahlt für Beobachter",
            "lead": "Nach neun Verhandlungstagen unter Vermittlung der UNO haben sich die sudanesischen Kriegsparteien auf eine Feuerpause geeinigt. Sie soll am Freitag um 6 Uhr Ortszeit beginnen.",
            "body": [
                "Die Delegationen der sudanesischen Streitkräfte und der paramilitärischen Rapid Support Forces (RSF) unterzeichneten das Abkommen in der Nacht auf Dienstag im Genfer Palais des Nations. Der UNO-Sondergesandte Tomás Aranda Rivas sprach von einem «ersten Schritt, der Millionen Menschen Luft zum Atmen verschaffen kann». Die Waffenruhe gilt zunächst für 30 Tage und kann verlängert werden.",
                "Die Schweiz hatte die Gespräche gemeinsam mit der UNO ausgerichtet. Staatssekretärin Corinne Wyssbrod vom Eidgenössischen Departement für auswärtige Angelegenheiten (EDA) kündigte an, der Bund stelle für die Beobachtermission 4,5 Millionen Franken bereit.",
                "Kern der Vereinbarung sind drei humanitäre Korridore, darunter einer von Port Sudan über El Obeid in die umkämpfte Region Kordofan. Gemäss dem Welternährungsprogramm sollen in den ersten zwei Wochen rund 1200 Lastwagen mit Lebensmitteln und Medikamenten die Frontgebiete erreichen. Überwacht wird die Feuerpause von 40 internationalen Beobachtern.",
                "Frühere Feuerpausen im Sudan waren meist nach wenigen Tagen gebrochen worden. Seit Kriegsbeginn im April 2023 wurden laut UNO mehr als zwölf Millionen Menschen vertrieben.",
            ],
        },
        "follow_up": {
            "days": 4.5,
            "refers": True,
            "title": "Sudan: Erste Hilfskonvois erreichen Kordofan, RSF werfen Armee Drohnenangriff vor",
            "lead": "Einen Tag nach Beginn der Waffenruhe sind 62 Lastwagen des Welternährungsprogramms in El Obeid angekommen. Zugleich gibt es erste Vorwürfe über Verstöße.",
            "body": [
                "Der Konvoi mit Getreide, Speiseöl und Medikamenten hatte Port Sudan am Freitagmorgen verlassen, wenige Stunden nachdem die Feuerpause um 6 Uhr Ortszeit in Kraft getreten war. Wie wir berichteten, hatten sich Armee und RSF am Dienstag in Genf auf eine 30-tägige Waffenruhe und drei humanitäre Korridore geeinigt.",
                "Am Samstag warf die RSF-Führung der Armee vor, bei Babanusa in West-Kordofan mit einer Drohne ein Fahrzeuglager angegriffen zu haben; dabei seien vier Kämpfer getötet worden. Ein Armeesprecher wies das zurück. Der UN-Sondergesandte Tomás Aranda Rivas kündigte an, die Beobachter würden den Vorfall prüfen. Von den 40 vorgesehenen Beobachtern sind bisher 28 im Land.",
                "Das Welternährungsprogramm will bis Mittwoch weitere 150 Lastwagen auf den Weg bringen. Ein Sprecher sagte, die Fahrer hätten an den Kontrollposten beider Seiten keine Probleme gehabt.",
            ],
        },
        "sibling": {
            "days": 10,
            "why": "same Geneva venue and Swiss host, different conflict",
            "title": "Jemen: Regierung und Huthis vereinbaren in Genf Austausch von 410 Gefangenen",
            "lead": "Nach einer Woche Gesprächen im Palais des Nations haben sich die jemenitische Regierung und die Huthi-Miliz auf einen der größten Gefangenenaustausche seit Kriegsbeginn verständigt.",
            "body": [
                "Die Vereinbarung wurde am Freitag in Genf unterzeichnet. Die Huthis sollen 160 Gefangene freilassen, die Regierung in Aden 250. Die Übergabe soll binnen drei Wochen mit Flügen des Internationalen Komitees vom Roten Kreuz (IKRK) zwischen Sanaa, Aden und Marib erfolgen.",
                "Die UN-Sondergesandte für Jemen, Leila Haddad-Moreau, sprach von einem „Zeichen, dass Vertrauen möglich ist“. Die Schweiz hatte die Gespräche ausgerichtet. Staatssekretärin Corinne Wyssbrod vom Eidgenössischen Departement für auswärtige Angelegenheiten (EDA) sagte, Bern übernehme die Kosten der Flüge in Höhe von 1,8 Millionen Franken.",
                "Unter den Freizulassenden sind nach Angaben des IKRK auch 23 saudische Staatsbürger. Der letzte größere Austausch im April 2023 hatte rund 900 Gefangene umfasst.",
            ],
        },
    },
    {
        "key": "p2-02",
        "section": "politik",
        "time": "2026-03-05T16:20:00+01:00",
        "original": {
            "title": "EU-Innenminister einigen sich auf Solidaritätspool für 2027",
            "lead": "Die Mitgliedstaaten haben in Brüssel festgelegt, wie viele Asylsuchende im kommenden Jahr innerhalb der EU umverteilt werden sollen. Ungarn und die Slowakei stimmten dagegen.",
            "body": [
                "Der Rat der Innenminister beschloss am Donnerstag mit qualifizierter Mehrheit einen Solidaritätspool von 24.000 Umsiedlungsplätzen. Staaten, die keine Schutzsuchenden aufnehmen wollen, können stattdessen 20.000 Euro pro Person zahlen; insgesamt sind Ausgleichszahlungen von bis zu 480 Millionen Euro vorgesehen. Profitieren sollen vor allem Italien, Griechenland, Spanien und Zypern.",
                "Der Pool ist Teil des Asyl- und Migrationspakts, der ab Juni 2026 angewendet wird. Die zyprische Ratspräsidentschaft hatte bis in den Mittag um einen Kompromiss gerungen. Zyperns Innenminister Andreas Charalambous sprach von einem „Beweis, dass Europa in der Migrationsfrage handlungsfähig ist“.",
                "Österreich setzte eine Sonderregel durch: Weil das Land in den vergangenen Jahren überdurchschnittlich viele Asylanträge verzeichnet habe, werden ihm 50 Prozent seines Beitrags erlassen. „Das ist nur fair gegenüber den Ländern, die jahrelang die Hauptlast getragen haben“, sagte Innenminister Gernot Leitner.",
                "Polen enthielt sich der Stimme. EU-Innenkommissar Henrik Vaalgaard kündigte an, die Kommission werde die Umsetzung im Herbst überprüfen und dem Rat über mögliche Engpässe berichten.",
            ],
        },
        "ticker": {
            "title": "Asyl: EU beschließt Verteilung für 2027",
            "text": "Die EU-Innenminister haben in Brüssel gegen die Stimmen Ungarns und der Slowakei einen Solidaritätspool mit 24.000 Umsiedlungsplätzen für Asylsuchende im Jahr 2027 beschlossen.",
        },
        "rewrite": {
            "title": "Migrationspakt: 24.000 Plätze oder 20.000 Euro pro Kopf",
            "lead": "Der EU-Ministerrat hat die Solidarität unter dem neuen Asylsystem für das kommende Jahr festgezurrt. Wien bekommt einen Rabatt.",
            "body": [
                "Wer keine Asylsuchenden aus besonders belasteten Ländern übernehmen will, muss zahlen: Nach diesem Prinzip haben die Innenministerinnen und Innenminister der 27 EU-Staaten am Donnerstag in Brüssel die Lastenteilung für 2027 geregelt. Vorgesehen sind 24.000 Umsiedlungen; ersatzweise werden pro nicht aufgenommener Person 20.000 Euro fällig, maximal 480 Millionen Euro.",
                "Den Ausschlag gab eine qualifizierte Mehrheit. Budapest und Bratislava stimmten mit Nein, Warschau enthielt sich. Entlastet werden sollen in erster Linie die Mittelmeeranrainer Italien, Griechenland, Spanien und Zypern.",
                "Österreichs Innenminister Gernot Leitner handelte eine Halbierung des österreichischen Beitrags aus, begründet mit der hohen Zahl von Asylanträgen der vergangenen Jahre. Kommissar Henrik Vaalgaard nannte die Einigung „pragmatisch“. Die neuen Asylregeln greifen ab Juni.",
            ],
        },
        "translations": {
            "en": {
                "title": "EU ministers agree 2027 asylum solidarity pool over Hungarian and Slovak objections",
                "lead": "Member states have decided in Brussels how many asylum seekers are to be relocated within the EU next year. Hungary and Slovakia voted against.",
                "body": [
                    "The Council of interior ministers on Thursday adopted by qualified majority a solidarity pool of 24,000 relocation places. Countries unwilling to take in asylum seekers can instead pay 20,000 euros per person; compensation payments of up to 480 million euros in total are planned. The main beneficiaries are to be Italy, Greece, Spain and Cyprus.",
                    "The pool is part of the Pact on Migration and Asylum, which applies from June 2026. The Cypriot Council presidency wrestled for a compromise until midday. Cyprus's interior minister Andreas Charalambous called it “proof that Europe is capable of acting on migration”.",
                    "Austria secured a special rule: because the country has recorded an above-average number of asylum applications in recent years, 50 percent of its contribution will be waived. “That is only fair towards the countries that bore the brunt for years,” said interior minister Gernot Leitner.",
                    "Poland abstained. EU home affairs commissioner Henrik Vaalgaard said the Commission would review implementation in the autumn and report to the Council on possible bottlenecks.",
                ],
            },
            "fr": {
                "title": "Asile : les Vingt-Sept fixent la solidarité pour 2027",
                "lead": "Les États membres ont décidé à Bruxelles combien de demandeurs d'asile seront répartis au sein de l'UE l'an prochain. La Hongrie et la Slovaquie ont voté contre.",
                "body": [
                    "Le Conseil des ministres de l'Intérieur a adopté jeudi à la majorité qualifiée une réserve de solidarité de 24 000 places de relocalisation. Les États qui ne souhaitent pas accueillir de demandeurs d'asile peuvent verser à la place 20 000 euros par personne ; au total, des contributions financières allant jusqu'à 480 millions d'euros sont prévues. L'Italie, la Grèce, l'Espagne et Chypre doivent en être les principaux bénéficiaires.",
                    "Ce mécanisme fait partie du pacte sur la migration et l'asile, qui s'applique à partir de juin 2026. La présidence chypriote du Conseil a bataillé jusqu'à la mi-journée pour arracher un compromis. Le ministre chypriote de l'Intérieur, Andreas Charalambous, y a vu « la preuve que l'Europe est capable d'agir sur la question migratoire ».",
                    "L'Autriche a obtenu une règle particulière : le pays ayant enregistré ces dernières années un nombre de demandes d'asile supérieur à la moyenne, 50 % de sa contribution lui sont remis. « C'est une question d'équité envers les pays qui ont porté l'essentiel de la charge pendant des années », a déclaré le ministre de l'Intérieur Gernot Leitner.",
                ],
            },
            "it": {
                "title": "Migranti, via libera Ue al pool di solidarietà 2027: 24mila ricollocamenti",
                "lead": "Gli Stati membri hanno stabilito a Bruxelles quanti richiedenti asilo saranno redistribuiti all'interno dell'Ue il prossimo anno. Ungheria e Slovacchia hanno votato contro.",
                "body": [
                    "Il Consiglio dei ministri dell'Interno ha approvato giovedì a maggioranza qualificata un pool di solidarietà di 24.000 posti di ricollocamento. I Paesi che non vogliono accogliere richiedenti asilo possono in alternativa versare 20.000 euro a persona; in tutto sono previsti contributi compensativi fino a 480 milioni di euro. A beneficiarne saranno soprattutto Italia, Grecia, Spagna e Cipro.",
                    "Il pool fa parte del Patto su migrazione e asilo, che si applica da giugno 2026. La presidenza cipriota del Consiglio ha lavorato fino a mezzogiorno per trovare un compromesso. Il ministro dell'Interno cipriota Andreas Charalambous ha parlato di una «prova che l'Europa sa agire sulla migrazione».",
                    "L'Austria ha ottenuto una deroga: poiché negli ultimi anni ha registrato un numero di domande d'asilo superiore alla media, le viene condonato il 50 per cento del contributo. «È solo giusto nei confronti dei Paesi che per anni hanno sopportato il peso maggiore», ha detto il ministro dell'Interno Gernot Leitner.",
                    "La Polonia si è astenuta. Il commissario europeo agli Affari interni Henrik Vaalgaard ha annunciato che la Commissione verificherà l'attuazione in autunno e riferirà al Consiglio su eventuali criticità.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "Asyl: Österreich erhält bei EU-Solidaritätspool einen Rabatt",
            "lead": "Die Mitgliedstaaten haben in Brüssel festgelegt, wie viele Asylwerber im kommenden Jahr innerhalb der EU umverteilt werden sollen. Ungarn und die Slowakei stimmten dagegen.",
            "body": [
                "Der Rat der Innenminister beschloss am Donnerstag mit qualifizierter Mehrheit einen Solidaritätspool von 24.000 Umsiedlungsplätzen. Staaten, die keine Schutzsuchenden aufnehmen wollen, können stattdessen 20.000 Euro pro Person zahlen; insgesamt sind Ausgleichszahlungen von bis zu 480 Millionen Euro vorgesehen. Profitieren sollen vor allem Italien, Griechenland, Spanien und Zypern.",
                "Österreich setzte eine Sonderregel durch: Weil die Republik in den vergangenen Jahren überdurchschnittlich viele Asylanträge verzeichnet habe, werden ihr 50 Prozent des Beitrags erlassen. „Das ist nur fair gegenüber den Ländern, die jahrelang die Hauptlast getragen haben“, sagte Innenminister Gernot Leitner.",
                "Der Pool ist Teil des Asyl- und Migrationspakts, der heuer ab Juni angewendet wird. Die zyprische Ratspräsidentschaft hatte bis in den Mittag um einen Kompromiss gerungen. Polen enthielt sich der Stimme, EU-Innenkommissar Henrik Vaalgaard will die Umsetzung im Herbst überprüfen.",
            ],
        },
        "follow_up": {
            "days": 13,
            "refers": True,
            "title": "Ungarn klagt vor dem EuGH gegen den Solidaritätspool",
            "lead": "Die Regierung in Budapest will die Verteilung von Asylsuchenden für 2027 gerichtlich kippen lassen. Die EU-Kommission sieht der Klage gelassen entgegen.",
            "body": [
                "Ungarns Justizministerin Zsófia Kertész reichte die Nichtigkeitsklage am Mittwoch beim Gerichtshof der Europäischen Union in Luxemburg ein. Der Beschluss verletze die nationale Zuständigkeit für Grenz- und Asylfragen, sagte sie in Budapest. Ungarn werde „weder Migranten aufnehmen noch für sie bezahlen“.",
                "Erst vor knapp zwei Wochen hatten die EU-Innenminister in Brüssel mit qualifizierter Mehrheit beschlossen, im kommenden Jahr 24.000 Schutzsuchende umzuverteilen oder ersatzweise Ausgleichszahlungen zu verlangen.",
                "EU-Innenkommissar Henrik Vaalgaard erklärte, der Beschluss stehe „auf solidem rechtlichem Fundament“. Eine Klage habe keine aufschiebende Wirkung, Ungarn müsse seinen Beitrag daher fristgerecht leisten. Die Slowakei, die ebenfalls dagegen gestimmt hatte, will nach Angaben aus Bratislava bis Ende März über eine eigene Klage entscheiden.",
                "Bis zu einem Urteil vergehen in solchen Verfahren in der Regel mehr als eineinhalb Jahre.",
            ],
        },
        "sibling": {
            "days": 21,
            "why": "same ministers and Council format, different dossier",
            "title": "EU-Innenminister einigen sich auf schärfere Regeln für Abschiebungen",
            "lead": "Die Mitgliedstaaten wollen abgelehnte Asylbewerber schneller zurückführen und Rückkehrzentren in Drittstaaten erlauben. Spanien und Portugal stimmten dagegen.",
            "body": [
                "Der Rat der Innenminister legte am Donnerstag in Brüssel seine Position zur neuen Rückführungsverordnung fest. Künftig sollen ausreisepflichtige Personen bis zu 24 Monate in Abschiebehaft genommen werden können, bisher sind es höchstens 18. Zudem dürfen Staaten Abkommen über sogenannte Rückkehrzentren außerhalb der EU schließen.",
                "Zyperns Innenminister Andreas Charalambous, der die Sitzung leitete, sprach von einem „überfälligen Schritt“. Österreichs Innenminister Gernot Leitner begrüßte die Einigung: Derzeit verlasse nur etwa jeder fünfte Ausreisepflichtige die EU tatsächlich.",
                "Spanien und Portugal stimmten gegen den Text, Belgien enthielt sich. EU-Innenkommissar Henrik Vaalgaard rechnet mit einer Einigung mit dem Europäischen Parlament bis zum Sommer.",
            ],
        },
    },
    {
        "key": "p2-03",
        "section": "welt",
        "time": "2026-03-07T02:15:00+01:00",
        "original": {
            "title": "Bootsunglück vor Lampedusa: Mindestens neun Tote, 32 Menschen vermisst",
            "lead": "Ein überfülltes Migrantenboot ist am Freitagabend im Mittelmeer gekentert. Die italienische Küstenwache konnte 17 Menschen lebend bergen.",
            "body": [
                "Das etwa acht Meter lange Metallboot war nach Angaben von Überlebenden in der Nacht zum Donnerstag in der tunesischen Hafenstadt Sfax gestartet. An Bord sollen 58 Menschen gewesen sein, vor allem aus Guinea, der Elfenbeinküste und dem Sudan. Rund 35 Seemeilen südwestlich von Lampedusa schlug es bei hohem Wellengang um.",
                "Ein Patrouillenboot der Küstenwache erreichte die Unglücksstelle gegen 19.40 Uhr, nachdem ein Frachter den Notruf weitergeleitet hatte. Die Besatzung zog 17 Überlebende aus dem Wasser, darunter zwei Kinder, und barg neun Leichen. Nach 32 Vermissten wird weiter gesucht, auch mit einem Flugzeug der EU-Grenzschutzagentur Frontex.",
                "„Die Bedingungen waren extrem, die Wellen bis zu drei Meter hoch“, sagte Küstenwachen-Sprecher Salvatore Miceli. Die Überlebenden wurden in das Aufnahmezentrum der Insel gebracht; drei von ihnen werden wegen Unterkühlung ärztlich behandelt.",
                "Lampedusas Bürgermeisterin Rosaria Lo Bue forderte die Regierung in Rom auf, die Seenotrettung zu verstärken. Nach Zahlen der Internationalen Organisation für Migration (IOM) sind seit Jahresbeginn bereits mehr als 250 Menschen auf der zentralen Mittelmeerroute ums Leben gekommen.",
            ],
        },
        "ticker": {
            "title": "Lampedusa: Migrantenboot gekentert",
            "text": "Vor Lampedusa ist ein Boot mit 58 Migranten gekentert, die italienische Küstenwache hat 17 Menschen gerettet und neun Leichen geborgen.",
        },
        "rewrite": {
            "title": "Wieder Tote im Mittelmeer: Boot aus Sfax kentert vor Lampedusa",
            "lead": "Drei Meter hohe Wellen, ein überladenes Metallboot: Nur 17 von 58 Insassen überlebten das Unglück nach bisherigem Stand.",
            "body": [
                "Die Retter kamen für die meisten zu spät. Als ein Schiff der italienischen Küstenwache am Freitagabend etwa 35 Seemeilen südwestlich von Lampedusa eintraf, trieben Dutzende Menschen im Wasser. 17 wurden gerettet, für neun kam jede Hilfe zu spät. 32 weitere gelten als vermisst; ein Frontex-Flugzeug unterstützt die Suche.",
                "Den Überlebenden zufolge hatte das Boot in Sfax an der tunesischen Küste abgelegt. Die meisten Passagiere stammten aus westafrikanischen Staaten und dem Sudan. Ein vorbeifahrender Frachter hatte Alarm geschlagen.",
                "Sprecher Salvatore Miceli berichtete von extremem Seegang. Bürgermeisterin Rosaria Lo Bue verlangte von Rom mehr Schiffe für die Seenotrettung. „Wir zählen hier jede Woche Tote“, sagte sie. Die IOM beziffert die Zahl der Todesopfer auf der zentralen Mittelmeerroute seit Januar auf mehr als 250.",
            ],
        },
        "translations": {
            "en": {
                "title": "At least nine dead, 32 missing as migrant boat capsizes off Lampedusa",
                "lead": "An overcrowded migrant boat capsized in the Mediterranean on Friday evening. The Italian coast guard pulled 17 people out alive.",
                "body": [
                    "According to survivors, the roughly eight-metre metal boat had left the Tunisian port city of Sfax overnight into Thursday. Some 58 people are believed to have been on board, mainly from Guinea, Ivory Coast and Sudan. It overturned in heavy seas about 35 nautical miles south-west of Lampedusa.",
                    "A coast guard patrol boat reached the scene at around 7.40 p.m. after a freighter relayed the distress call. The crew rescued 17 survivors, including two children, and recovered nine bodies. The search for 32 missing people is continuing, with the help of an aircraft from the EU border agency Frontex.",
                    "“The conditions were extreme, with waves up to three metres high,” coast guard spokesman Salvatore Miceli said. The survivors were taken to the island's reception centre; three of them are being treated for hypothermia.",
                    "Lampedusa mayor Rosaria Lo Bue called on the government in Rome to step up search and rescue. According to the International Organization for Migration (IOM), more than 250 people have already died on the central Mediterranean route since the start of the year.",
                ],
            },
            "fr": {
                "title": "Naufrage au large de Lampedusa : au moins neuf morts et 32 disparus",
                "lead": "Une embarcation de migrants surchargée a chaviré vendredi soir en Méditerranée. Les garde-côtes italiens ont pu secourir 17 personnes.",
                "body": [
                    "Selon des survivants, le bateau métallique d'environ huit mètres avait quitté le port tunisien de Sfax dans la nuit de mercredi à jeudi. Quelque 58 personnes se trouvaient à bord, principalement originaires de Guinée, de Côte d'Ivoire et du Soudan. Il s'est retourné par forte houle à environ 35 milles nautiques au sud-ouest de Lampedusa.",
                    "Une vedette des garde-côtes est arrivée sur les lieux vers 19 h 40, après qu'un cargo eut relayé l'appel de détresse. L'équipage a sorti de l'eau 17 survivants, dont deux enfants, et récupéré neuf corps. Les recherches se poursuivent pour retrouver 32 disparus, avec l'appui d'un avion de l'agence européenne de garde-frontières Frontex.",
                    "« Les conditions étaient extrêmes, avec des vagues atteignant trois mètres », a déclaré le porte-parole des garde-côtes, Salvatore Miceli. Les rescapés ont été conduits au centre d'accueil de l'île ; trois d'entre eux sont soignés pour hypothermie.",
                    "La maire de Lampedusa, Rosaria Lo Bue, a exhorté le gouvernement de Rome à renforcer les secours en mer. Selon l'Organisation internationale pour les migrations (OIM), plus de 250 personnes ont péri depuis le début de l'année sur la route de la Méditerranée centrale.",
                ],
            },
            "it": {
                "title": "Naufragio al largo di Lampedusa, nove morti e 32 dispersi",
                "lead": "Un barchino sovraccarico di migranti si è ribaltato venerdì sera nel Mediterraneo. La Guardia costiera ha tratto in salvo 17 persone.",
                "body": [
                    "Secondo i racconti dei sopravvissuti, l'imbarcazione in ferro, lunga circa otto metri, era partita nella notte tra mercoledì e giovedì dal porto tunisino di Sfax. A bordo c'erano circa 58 persone, in gran parte provenienti da Guinea, Costa d'Avorio e Sudan. Si è capovolta con il mare grosso a circa 35 miglia nautiche a sud-ovest di Lampedusa.",
                    "Una motovedetta della Guardia costiera ha raggiunto il punto del naufragio intorno alle 19.40, dopo che un mercantile aveva rilanciato la richiesta di soccorso. L'equipaggio ha recuperato 17 superstiti, tra cui due bambini, e nove cadaveri. Proseguono le ricerche dei 32 dispersi, anche con un aereo dell'agenzia europea Frontex.",
                    "«Le condizioni erano proibitive, con onde fino a tre metri», ha spiegato il portavoce della Guardia costiera Salvatore Miceli. I sopravvissuti sono stati portati all'hotspot dell'isola; tre di loro sono assistiti per ipotermia.",
                    "La sindaca di Lampedusa Rosaria Lo Bue ha chiesto al governo di rafforzare il soccorso in mare. Secondo l'Organizzazione internazionale per le migrazioni (Oim), dall'inizio dell'anno sono già morte oltre 250 persone sulla rotta del Mediterraneo centrale.",
                ],
            },
        },
        "follow_up": {
            "days": 2.4,
            "refers": True,
            "title": "Nach Bootsunglück vor Lampedusa: Zwei mutmaßliche Schleuser festgenommen",
            "lead": "Die Staatsanwaltschaft Agrigent wirft zwei Männern vor, das gekenterte Boot gesteuert zu haben. Die Suche nach den Vermissten wurde eingestellt.",
            "body": [
                "Die Ermittler nahmen einen 27 Jahre alten Tunesier und einen 31-jährigen Mann aus Gambia fest. Überlebende hätten sie übereinstimmend als Steuermann und dessen Helfer identifiziert, teilte die Staatsanwaltschaft Agrigent am Montag mit. Jeder Passagier habe für die Überfahrt umgerechnet rund 1500 Euro gezahlt.",
                "Wie wir berichteten, war das Boot mit 58 Menschen an Bord am Freitagabend südwestlich von Lampedusa gekentert. Inzwischen wurden zwei weitere Leichen geborgen, die Zahl der Toten stieg damit auf elf. Am Sonntagabend stellte die Küstenwache die Suche ein; 30 Menschen gelten weiter als vermisst.",
                "Küstenwachen-Sprecher Salvatore Miceli sagte, nach drei Tagen gebe es „keine realistische Hoffnung mehr“. Die 17 Überlebenden sollen am Dienstag von Lampedusa nach Porto Empedocle auf Sizilien gebracht werden.",
            ],
        },
        "sibling": {
            "days": 8,
            "why": "same island and coast guard spokesman, another shipwreck",
            "title": "Lampedusa: Schlauchboot aus Libyen in Seenot, drei Tote und 46 Gerettete",
            "lead": "Vor der italienischen Insel ist ein Schlauchboot mit Migranten havariert. Die Küstenwache brachte die meisten Insassen in Sicherheit.",
            "body": [
                "Das Schlauchboot war am Samstag in Zuwara im Westen Libyens abgelegt und trieb nach einem Motorschaden rund 20 Seemeilen südlich von Lampedusa. Als ein Patrouillenboot der Küstenwache am Sonntagmorgen eintraf, war es bereits teilweise mit Wasser vollgelaufen. 46 Menschen wurden gerettet, drei Männer konnten nur noch tot geborgen werden.",
                "„Das Boot verlor Luft, die Menschen standen bis zu den Knien im Wasser“, sagte Küstenwachen-Sprecher Salvatore Miceli. Die Geretteten stammen überwiegend aus Bangladesch, Pakistan und Ägypten.",
                "Bürgermeisterin Rosaria Lo Bue wies darauf hin, dass das Aufnahmezentrum der Insel mit 1140 Menschen belegt sei, fast dreimal so vielen wie vorgesehen. Allein am Wochenende kamen auf Lampedusa mehr als 900 Migranten an.",
            ],
        },
    },
    {
        "key": "p2-04",
        "section": "welt",
        "time": "2026-03-12T11:05:00+01:00",
        "original": {
            "title": "Frontex: Weniger irreguläre Grenzübertritte im Februar",
            "lead": "Die Zahl der irregulären Einreisen in die EU ist weiter zurückgegangen. Nur auf der zentralen Mittelmeerroute registrierte die Grenzschutzagentur einen Anstieg.",
            "body": [
                "Frontex zählte im Februar 9840 irreguläre Grenzübertritte, 18 Prozent weniger als im Vorjahresmonat. Das geht aus vorläufigen Zahlen hervor, die die Agentur am Donnerstag in Warschau veröffentlichte. In den ersten beiden Monaten des Jahres kamen damit 19.730 Aufgriffe zusammen, ein Minus von 21 Prozent.",
                "Am stärksten war der Rückgang auf der Westbalkanroute: Dort wurden nur noch 980 Grenzübertritte erfasst, 47 Prozent weniger als vor einem Jahr. Auf der westafrikanischen Route zu den Kanarischen Inseln sank die Zahl um 38 Prozent auf 1870, im östlichen Mittelmeer um 25 Prozent auf 2450.",
                "Gegen den Trend stieg die Zahl auf der zentralen Mittelmeerroute von Libyen und Tunesien nach Italien um sechs Prozent auf 3110. Die meisten Menschen, die diesen Weg nahmen, stammten aus Bangladesch, Eritrea und Ägypten.",
                "Frontex-Sprecherin Paulina Sadowska verwies auf verstärkte Kontrollen in Herkunfts- und Transitstaaten sowie auf das Wetter. Die Agentur betont, dass ihre Zahlen Grenzübertritte und nicht Personen erfassen: Wer mehrfach versucht, eine Grenze zu überqueren, wird auch mehrfach gezählt.",
            ],
        },
        "ticker": {
            "title": "Frontex meldet Rückgang",
            "text": "Die Zahl der irregulären Grenzübertritte in die EU ist im Februar laut Frontex um 18 Prozent auf 9840 gesunken, nur die zentrale Mittelmeerroute legte zu.",
        },
        "rewrite": {
            "title": "Balkanroute fast leer, Mittelmeer im Plus: die Frontex-Bilanz für Februar",
            "lead": "9840 irreguläre Grenzübertritte hat die EU-Grenzschutzagentur im vergangenen Monat erfasst. Das ist ein deutlicher Rückgang, mit einer Ausnahme.",
            "body": [
                "Über den Westbalkan sind so wenige Menschen in die EU gelangt wie seit Jahren nicht. Frontex registrierte dort im Februar 980 Fälle, knapp halb so viele wie im Februar 2025. Insgesamt lag die Zahl irregulärer Einreisen nach den am Donnerstag vorgelegten Daten bei 9840 und damit 18 Prozent unter dem Vorjahreswert.",
                "Auch die Wege über das östliche Mittelmeer (2450) und den Atlantik zu den Kanaren (1870) verloren an Bedeutung. Zugelegt hat lediglich die Verbindung von Nordafrika nach Italien: 3110 Grenzübertritte bedeuten ein Plus von sechs Prozent.",
                "Seit Jahresbeginn summieren sich die Aufgriffe auf 19.730. Sprecherin Paulina Sadowska führt die Entwicklung unter anderem auf die Zusammenarbeit mit Transitländern zurück. Weil Frontex Grenzübertritte und nicht Personen zählt, tauchen Menschen mit mehreren Versuchen auch mehrfach in der Statistik auf.",
            ],
        },
        "translations": {
            "en": {
                "title": "Irregular EU border crossings fall 18% in February, Frontex says",
                "lead": "The number of irregular entries into the EU has continued to fall. Only on the central Mediterranean route did the border agency record an increase.",
                "body": [
                    "Frontex counted 9,840 irregular border crossings in February, 18 percent fewer than in the same month last year. That is according to preliminary figures published by the agency in Warsaw on Thursday. In the first two months of the year, detections thus totalled 19,730, a decrease of 21 percent.",
                    "The steepest decline was on the Western Balkans route, where only 980 crossings were recorded, 47 percent fewer than a year ago. On the West African route to the Canary Islands the number fell by 38 percent to 1,870, and in the eastern Mediterranean by 25 percent to 2,450.",
                    "Bucking the trend, the central Mediterranean route from Libya and Tunisia to Italy saw a 6 percent rise to 3,110. Most people taking this route came from Bangladesh, Eritrea and Egypt.",
                    "Frontex spokeswoman Paulina Sadowska pointed to stepped-up controls in countries of origin and transit as well as the weather. The agency stresses that its figures count border crossings, not people: anyone who tries to cross a border several times is counted several times.",
                ],
            },
            "fr": {
                "title": "Frontex : les franchissements irréguliers des frontières de l'UE en baisse de 18 % en février",
                "lead": "Le nombre d'entrées irrégulières dans l'Union européenne a de nouveau reculé. Seule la route de la Méditerranée centrale affiche une hausse, selon l'agence de garde-frontières.",
                "body": [
                    "Frontex a recensé 9 840 franchissements irréguliers en février, soit 18 % de moins qu'un an plus tôt. C'est ce qui ressort des chiffres provisoires publiés jeudi par l'agence à Varsovie. Sur les deux premiers mois de l'année, le total atteint 19 730 détections, en recul de 21 %.",
                    "La baisse la plus marquée concerne la route des Balkans occidentaux, où seuls 980 franchissements ont été enregistrés, 47 % de moins qu'il y a un an. Sur la route ouest-africaine vers les Canaries, le nombre a chuté de 38 %, à 1 870, et en Méditerranée orientale de 25 %, à 2 450.",
                    "À contre-courant, la route de la Méditerranée centrale, de la Libye et de la Tunisie vers l'Italie, progresse de 6 %, à 3 110 passages. La plupart des personnes empruntant cet itinéraire venaient du Bangladesh, d'Érythrée et d'Égypte.",
                    "La porte-parole de Frontex, Paulina Sadowska, a évoqué le renforcement des contrôles dans les pays d'origine et de transit ainsi que la météo. L'agence souligne que ses chiffres portent sur des franchissements et non sur des personnes.",
                ],
            },
            "it": {
                "title": "Frontex, a febbraio calano gli ingressi irregolari. Cresce solo la rotta del Mediterraneo centrale",
                "lead": "Il numero di ingressi irregolari nell'Unione europea continua a diminuire. Soltanto sulla rotta del Mediterraneo centrale l'agenzia ha registrato un aumento.",
                "body": [
                    "A febbraio Frontex ha contato 9.840 attraversamenti irregolari delle frontiere, il 18 per cento in meno rispetto allo stesso mese dell'anno scorso. È quanto emerge dai dati provvisori diffusi giovedì dall'agenzia a Varsavia. Nei primi due mesi dell'anno i rilevamenti sono stati 19.730, con un calo del 21 per cento.",
                    "Il calo più netto riguarda la rotta dei Balcani occidentali, dove sono stati registrati appena 980 attraversamenti, il 47 per cento in meno di un anno fa. Sulla rotta dell'Africa occidentale verso le Canarie il numero è sceso del 38 per cento a 1.870, nel Mediterraneo orientale del 25 per cento a 2.450.",
                    "In controtendenza la rotta del Mediterraneo centrale, dalla Libia e dalla Tunisia verso l'Italia, cresciuta del 6 per cento a 3.110 attraversamenti. La maggior parte di chi ha scelto questa via proveniva da Bangladesh, Eritrea ed Egitto.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "Frontex: Westbalkanroute im Februar fast zum Erliegen gekommen",
            "lead": "Die Zahl der irregulären Einreisen in die EU ist weiter zurückgegangen. Besonders stark war der Rückgang auf der für Österreich wichtigen Balkanroute.",
            "body": [
                "Frontex zählte im Februar 9840 irreguläre Grenzübertritte, 18 Prozent weniger als im Vorjahresmonat. Das geht aus vorläufigen Zahlen hervor, die die Agentur am Donnerstag in Warschau veröffentlichte. Im Jänner und Februar kamen damit heuer 19.730 Aufgriffe zusammen, ein Minus von 21 Prozent.",
                "Am stärksten war der Rückgang auf der Westbalkanroute: Dort wurden nur noch 980 Grenzübertritte erfasst, 47 Prozent weniger als vor einem Jahr. Auf der westafrikanischen Route zu den Kanarischen Inseln sank die Zahl um 38 Prozent auf 1870, im östlichen Mittelmeer um 25 Prozent auf 2450.",
                "Gegen den Trend stieg die Zahl auf der zentralen Mittelmeerroute von Libyen und Tunesien nach Italien um sechs Prozent auf 3110.",
                "Frontex-Sprecherin Paulina Sadowska verwies auf verstärkte Kontrollen in Herkunfts- und Transitstaaten sowie auf das Wetter. Die Agentur betont, dass ihre Zahlen Grenzübertritte und nicht Personen erfassen.",
            ],
        },
        "sibling": {
            "days": 29,
            "why": "next month's edition of the same Frontex statistics",
            "title": "Frontex: Irreguläre Grenzübertritte im März um neun Prozent gesunken",
            "lead": "Die EU-Grenzschutzagentur meldet für das erste Quartal insgesamt weniger Aufgriffe. Die zentrale Mittelmeerroute bleibt die meistgenutzte.",
            "body": [
                "Frontex registrierte im März 12.460 irreguläre Grenzübertritte, neun Prozent weniger als im Vorjahresmonat. Das teilte die Agentur am Freitag in Warschau mit. Im ersten Quartal summierten sich die Aufgriffe auf 32.190, ein Rückgang um 17 Prozent.",
                "Auf der zentralen Mittelmeerroute nach Italien wurden 4020 Grenzübertritte gezählt, drei Prozent weniger als vor einem Jahr. Die Westbalkanroute verzeichnete 1150 Fälle (minus 41 Prozent), die Route zu den Kanarischen Inseln 2210 (minus 29 Prozent). Im östlichen Mittelmeer stieg die Zahl dagegen leicht um vier Prozent auf 3080.",
                "Frontex-Sprecherin Paulina Sadowska sagte, mit dem Frühjahr nehme der Migrationsdruck erfahrungsgemäß zu. Die meisten Menschen kamen aus Bangladesch, Syrien und Afghanistan.",
            ],
        },
    },
    {
        "key": "p2-05",
        "section": "politik",
        "time": "2026-03-12T17:45:00+01:00",
        "original": {
            "title": "Schweizer Nationalrat stimmt Vertragspaket mit der EU zu",
            "lead": "Nach dreitägiger Debatte hat die große Kammer des Schweizer Parlaments die neuen Abkommen mit der Europäischen Union gebilligt. Die SVP kündigte bereits ein Referendum an.",
            "body": [
                "Mit 121 zu 68 Stimmen bei 7 Enthaltungen sprach sich der Nationalrat am Donnerstag in Bern für das Paket aus, das in der Schweiz als Bilaterale III bezeichnet wird. Es umfasst neue Abkommen zu Strom, Gesundheit und Lebensmittelsicherheit und regelt die Übernahme von EU-Recht in den bestehenden Binnenmarktverträgen neu.",
                "Außenministerin Regula Tschanz sprach im Rat von einem „Fundament für die nächsten Jahrzehnte“. Die Schweiz sichere sich den Zugang zum EU-Binnenmarkt, ohne der Union beizutreten. Zugleich behalte sie über eine Schutzklausel die Möglichkeit, die Zuwanderung bei schweren Problemen zu begrenzen.",
                "Die SVP stimmte geschlossen dagegen. Fraktionschef Thomas Aebersold warnte vor einer „schleichenden Unterwerfung unter Brüssel“ und kündigte an, gegen die Verträge das Referendum zu ergreifen. Dafür sind 50.000 Unterschriften nötig.",
                "Umstritten blieb bis zuletzt, ob neben dem Volksmehr auch ein Ständemehr nötig ist. Der Nationalrat lehnte ein obligatorisches Referendum mit 104 zu 92 Stimmen ab. Als Nächstes befasst sich der Ständerat mit der Vorlage.",
            ],
        },
        "ticker": {
            "title": "Bern: Ja zu EU-Verträgen",
            "text": "Der Schweizer Nationalrat hat das Vertragspaket mit der EU mit 121 zu 68 Stimmen angenommen, die SVP will dagegen das Referendum ergreifen.",
        },
        "rewrite": {
            "title": "Bilaterale III: Deutliche Mehrheit im Nationalrat, SVP droht mit Volksabstimmung",
            "lead": "Die Schweiz rückt näher an die EU heran. In Bern hat die erste Parlamentskammer das umstrittene Vertragswerk abgesegnet.",
            "body": [
                "Drei Tage lang wurde im Bundeshaus gestritten, am Donnerstag fiel die Entscheidung klar aus: 121 Nationalrätinnen und Nationalräte stimmten für das neue Vertragspaket mit Brüssel, 68 dagegen, 7 enthielten sich. Geschlossen auf der Nein-Seite stand die SVP, deren Fraktionschef Thomas Aebersold umgehend ankündigte, Unterschriften für ein Referendum zu sammeln.",
                "Das Paket sieht unter anderem ein Stromabkommen sowie Kooperationen bei Gesundheit und Lebensmittelsicherheit vor. Künftig soll die Schweiz EU-Recht in bestimmten Bereichen dynamisch übernehmen; eine Schutzklausel erlaubt es, bei gravierenden Problemen die Zuwanderung zu beschränken.",
                "Knapp fiel der Entscheid über das Abstimmungsverfahren aus: Mit 104 zu 92 Stimmen verzichtete die Kammer darauf, zusätzlich ein Ständemehr zu verlangen. Bundesrätin Regula Tschanz zeigte sich erleichtert. Nun ist der Ständerat am Zug.",
            ],
        },
        "translations": {
            "en": {
                "title": "Swiss lower house backs EU treaty package as SVP vows referendum",
                "lead": "After a three-day debate, the larger chamber of the Swiss parliament approved the new agreements with the European Union. The SVP has already announced a referendum.",
                "body": [
                    "The National Council voted 121 to 68 with 7 abstentions in Bern on Thursday in favour of the package, known in Switzerland as the Bilaterals III. It includes new agreements on electricity, health and food safety and sets new rules for adopting EU law in the existing single-market treaties.",
                    "Foreign minister Regula Tschanz told the chamber the package was “a foundation for the coming decades”. Switzerland would secure access to the EU single market without joining the bloc, she said, while keeping the option, through a safeguard clause, of limiting immigration in the event of serious problems.",
                    "The SVP voted against as a bloc. Its parliamentary leader Thomas Aebersold warned of a “creeping submission to Brussels” and said the party would launch a referendum against the treaties, which requires 50,000 signatures.",
                    "Until the end, it was disputed whether a majority of the cantons would be needed in addition to the popular majority. The National Council rejected a mandatory referendum by 104 votes to 92. The Council of States will take up the bill next.",
                ],
            },
            "fr": {
                "title": "Bilatérales III : le National dit oui au paquet européen",
                "lead": "Au terme de trois jours de débat, la Chambre basse du Parlement suisse a approuvé les nouveaux accords avec l'Union européenne. L'UDC annonce déjà un référendum.",
                "body": [
                    "Par 121 voix contre 68 et 7 abstentions, le Conseil national s'est prononcé jeudi à Berne en faveur du paquet baptisé en Suisse Bilatérales III. Celui-ci comprend de nouveaux accords sur l'électricité, la santé et la sécurité alimentaire et redéfinit la reprise du droit européen dans les accords existants d'accès au marché intérieur.",
                    "La ministre des Affaires étrangères Regula Tschanz a parlé devant la Chambre d'un « socle pour les prochaines décennies ». La Suisse s'assure l'accès au marché intérieur européen sans adhérer à l'Union, a-t-elle souligné, tout en conservant, grâce à une clause de sauvegarde, la possibilité de limiter l'immigration en cas de graves difficultés.",
                    "L'UDC a voté contre en bloc. Son chef de groupe Thomas Aebersold a mis en garde contre une « soumission rampante à Bruxelles » et annoncé le lancement d'un référendum contre les accords. Il faut pour cela 50 000 signatures.",
                    "La question de savoir si la majorité des cantons est nécessaire en plus de celle du peuple est restée disputée jusqu'au bout. Le National a refusé un référendum obligatoire par 104 voix contre 92. Le Conseil des États doit maintenant se saisir du dossier.",
                ],
            },
            "it": {
                "title": "Bilaterali III, il Nazionale approva il pacchetto con l'Ue",
                "lead": "Dopo tre giorni di dibattito, la Camera bassa del Parlamento svizzero ha approvato i nuovi accordi con l'Unione europea. L'Udc annuncia già il referendum.",
                "body": [
                    "Con 121 voti favorevoli, 68 contrari e 7 astenuti, giovedì a Berna il Consiglio nazionale si è espresso a favore del pacchetto che in Svizzera viene chiamato Bilaterali III. Comprende nuovi accordi su elettricità, salute e sicurezza alimentare e ridefinisce il recepimento del diritto Ue negli accordi esistenti sul mercato interno.",
                    "La ministra degli Esteri Regula Tschanz ha parlato in aula di «fondamenta per i prossimi decenni». La Svizzera si garantisce l'accesso al mercato interno europeo senza aderire all'Unione, mantenendo con una clausola di salvaguardia la possibilità di limitare l'immigrazione in caso di gravi problemi.",
                    "L'Udc ha votato compatta contro. Il capogruppo Thomas Aebersold ha messo in guardia da una «sottomissione strisciante a Bruxelles» e ha annunciato il referendum contro gli accordi, per il quale servono 50.000 firme.",
                    "Fino all'ultimo è rimasto controverso se oltre alla maggioranza del popolo sia necessaria anche quella dei Cantoni. Il Nazionale ha respinto il referendum obbligatorio con 104 voti contro 92. Ora la parola passa al Consiglio degli Stati.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Nationalrat sagt Ja zu den Bilateralen III",
            "lead": "Nach dreitägiger Debatte hat die grosse Kammer die neuen Abkommen mit der Europäischen Union gutgeheissen. Die SVP kündigte bereits das Referendum an.",
            "body": [
                "Mit 121 zu 68 Stimmen bei 7 Enthaltungen sprach sich der Nationalrat am Donnerstag für das Paket aus. Es umfasst neue Abkommen zu Strom, Gesundheit und Lebensmittelsicherheit und regelt die Übernahme von EU-Recht in den bestehenden Binnenmarktabkommen neu.",
                "Aussenministerin Regula Tschanz sprach im Rat von einem «Fundament für die nächsten Jahrzehnte». Die Schweiz sichere sich den Zugang zum EU-Binnenmarkt, ohne der Union beizutreten. Zugleich behalte sie über eine Schutzklausel die Möglichkeit, die Zuwanderung bei schwerwiegenden Problemen zu begrenzen.",
                "Die SVP stimmte geschlossen dagegen. Fraktionschef Thomas Aebersold warnte vor einer «schleichenden Unterwerfung unter Brüssel» und kündigte an, das Referendum zu ergreifen. Dafür sind 50'000 Unterschriften nötig.",
                "Umstritten blieb bis zuletzt, ob neben dem Volksmehr auch das Ständemehr nötig ist. Der Nationalrat lehnte ein obligatorisches Referendum mit 104 zu 92 Stimmen ab. Als Nächstes ist der Ständerat an der Reihe.",
            ],
        },
        "follow_up": {
            "days": 6,
            "refers": False,
            "title": "Ständerat billigt EU-Verträge deutlich",
            "lead": "Die kleine Kammer des Schweizer Parlaments hat dem Vertragspaket mit der Europäischen Union deutlich zugestimmt. Die Schlussabstimmung ist für Freitag angesetzt.",
            "body": [
                "Mit 31 zu 12 Stimmen bei 3 Enthaltungen nahm der Ständerat die Vorlage am Mittwoch in Bern an. Einen Antrag, das Paket Volk und Ständen obligatorisch vorzulegen, lehnte die Kammer mit 26 zu 20 Stimmen ab. Damit genügt bei einer Volksabstimmung das Volksmehr.",
                "Außenministerin Regula Tschanz warb in der Debatte noch einmal für die Abkommen: Strommarkt und Forschung bräuchten Planungssicherheit. Die Gegner um die SVP wollen unmittelbar nach der Schlussabstimmung am 20. März mit der Unterschriftensammlung beginnen. Fraktionschef Thomas Aebersold sprach vom „wichtigsten Referendum seit dem EWR-Nein von 1992“.",
                "Kommt das Referendum zustande, dürfte das Volk frühestens im Frühjahr 2027 abstimmen. Bis dahin können die Verträge nicht in Kraft treten.",
            ],
        },
        "sibling": {
            "days": -3,
            "why": "same chamber, same minister and SVP opponent, other foreign-policy bill",
            "title": "Nationalrat bewilligt 1,5 Milliarden Franken für den Wiederaufbau der Ukraine",
            "lead": "Die große Kammer des Schweizer Parlaments hat einem Gesetz zur Unterstützung der Ukraine zugestimmt. Die SVP war dagegen.",
            "body": [
                "Mit 118 zu 71 Stimmen bei 5 Enthaltungen verabschiedete der Nationalrat am Montag in Bern das Bundesgesetz über die Wiederaufbauhilfe. Bis 2028 sollen 1,5 Milliarden Franken in Projekte für Energieversorgung, Minenräumung und Schulen fließen; ein Teil davon soll über Schweizer Unternehmen umgesetzt werden.",
                "Außenministerin Regula Tschanz sagte, die Schweiz übernehme „Verantwortung in Europa, ohne ihre Neutralität aufzugeben“. SVP-Fraktionschef Thomas Aebersold kritisierte, das Geld fehle bei der Armee und in der Landwirtschaft. Ein Antrag der SVP, den Betrag auf 500 Millionen Franken zu kürzen, scheiterte mit 70 zu 124 Stimmen.",
                "Die Vorlage geht nun an den Ständerat.",
            ],
        },
    },
    {
        "key": "p2-06",
        "section": "welt",
        "time": "2026-03-19T21:50:00+01:00",
        "original": {
            "title": "UN-Sicherheitsrat stockt Haiti-Truppe um 1500 Kräfte auf",
            "lead": "Die internationale Einsatztruppe gegen die Banden in Haiti soll deutlich größer werden. Russland und China enthielten sich bei der Abstimmung in New York.",
            "body": [
                "Der Sicherheitsrat der Vereinten Nationen beschloss am Donnerstag mit 13 Stimmen bei zwei Enthaltungen, die Obergrenze für die sogenannte Gang Suppression Force von 5550 auf 7050 Soldaten und Polizisten anzuheben. Die von Panama und den USA eingebrachte Resolution verlängert das Mandat zudem bis Ende März 2027.",
                "Panamas UN-Botschafter Eduardo Quiroga sagte, die Truppe brauche „mehr Stiefel auf dem Boden, mehr Hubschrauber und mehr Geld“. Ein neues UN-Unterstützungsbüro in Port-au-Prince soll Logistik, Verpflegung und Unterkünfte übernehmen. Die Kosten dafür schätzen die UN auf 380 Millionen Dollar im Jahr.",
                "Haitis Übergangspremier Jean-Robert Désir begrüßte den Beschluss. Bewaffnete Banden kontrollieren nach UN-Schätzungen rund 90 Prozent der Hauptstadt; mehr als 1,4 Millionen Menschen sind im Land auf der Flucht.",
                "Russland und China begründeten ihre Enthaltung mit Zweifeln an der Finanzierung und der Rechenschaftspflicht der Truppe. Liberias UN-Botschafterin Comfort Tarpeh-Kollie forderte im Namen der afrikanischen Ratsmitglieder, die Einsatzkräfte müssten die Zivilbevölkerung besser schützen.",
            ],
        },
        "ticker": {
            "title": "UN: Mehr Soldaten für Haiti",
            "text": "Der UN-Sicherheitsrat hat die internationale Truppe gegen die Banden in Haiti auf bis zu 7050 Kräfte vergrößert, Russland und China enthielten sich.",
        },
        "rewrite": {
            "title": "Kampf gegen Haitis Banden: New York gibt grünes Licht für größere Eingreiftruppe",
            "lead": "Bis zu 7050 Soldaten und Polizisten sollen künftig gegen die Gangs in Haiti vorgehen. Die Resolution passierte den Sicherheitsrat ohne Gegenstimme.",
            "body": [
                "Die Gang Suppression Force bekommt Verstärkung: 1500 zusätzliche Kräfte hat der UN-Sicherheitsrat am Donnerstag bewilligt. 13 der 15 Mitglieder votierten dafür, Moskau und Peking enthielten sich unter Verweis auf offene Fragen der Finanzierung und Kontrolle. Das Mandat läuft nun bis März 2027.",
                "Eingebracht hatten den Entwurf Panama und die Vereinigten Staaten. Zur Logistik soll ein UN-Büro in Port-au-Prince beitragen, das jährlich etwa 380 Millionen Dollar kosten dürfte.",
                "Die Lage in dem Karibikstaat ist verheerend. Banden beherrschen den größten Teil der Hauptstadt, mehr als 1,4 Millionen Haitianer mussten ihre Häuser verlassen. Übergangspremier Jean-Robert Désir sprach von einem „Signal, dass die Welt Haiti nicht vergisst“. Bislang ist nur ein Bruchteil der zugesagten Einsatzkräfte tatsächlich im Land, weil viele Staaten ihre Zusagen nicht eingelöst haben.",
            ],
        },
        "translations": {
            "en": {
                "title": "UN Security Council expands Haiti gang force to 7,050",
                "lead": "The international force fighting gangs in Haiti is set to grow considerably. Russia and China abstained in the vote in New York.",
                "body": [
                    "The UN Security Council on Thursday voted 13-0, with two abstentions, to raise the ceiling for the so-called Gang Suppression Force from 5,550 to 7,050 soldiers and police officers. The resolution, drafted by Panama and the United States, also extends the mandate until the end of March 2027.",
                    "Panama's UN ambassador Eduardo Quiroga said the force needed “more boots on the ground, more helicopters and more money”. A new UN support office in Port-au-Prince is to handle logistics, rations and accommodation, at an estimated cost of 380 million dollars a year.",
                    "Haiti's transitional prime minister Jean-Robert Désir welcomed the decision. Armed gangs control around 90 percent of the capital, according to UN estimates, and more than 1.4 million people are displaced across the country.",
                    "Russia and China said they abstained because of doubts over the force's funding and accountability. Liberia's UN ambassador Comfort Tarpeh-Kollie, speaking for the African members of the Council, called on the force to do more to protect civilians.",
                ],
            },
            "fr": {
                "title": "Haïti : le Conseil de sécurité renforce de 1 500 hommes la force anti-gangs",
                "lead": "La force internationale chargée de combattre les gangs en Haïti va nettement grossir. La Russie et la Chine se sont abstenues lors du vote à New York.",
                "body": [
                    "Le Conseil de sécurité des Nations unies a décidé jeudi, par 13 voix et deux abstentions, de relever le plafond de la Force de répression des gangs de 5 550 à 7 050 soldats et policiers. La résolution, présentée par le Panama et les États-Unis, prolonge en outre le mandat jusqu'à fin mars 2027.",
                    "L'ambassadeur du Panama auprès de l'ONU, Eduardo Quiroga, a estimé que la force avait besoin de « plus de soldats sur le terrain, de plus d'hélicoptères et de plus d'argent ». Un nouveau bureau d'appui de l'ONU à Port-au-Prince doit prendre en charge la logistique, les vivres et l'hébergement, pour un coût estimé à 380 millions de dollars par an.",
                    "Le Premier ministre de transition haïtien, Jean-Robert Désir, a salué la décision. Selon les estimations de l'ONU, les gangs armés contrôlent environ 90 % de la capitale et plus de 1,4 million de personnes sont déplacées dans le pays.",
                    "La Russie et la Chine ont justifié leur abstention par des doutes sur le financement de la force et sur l'obligation de rendre des comptes. L'ambassadrice du Liberia, Comfort Tarpeh-Kollie, a demandé au nom des membres africains du Conseil une meilleure protection des civils.",
                ],
            },
        },
        "follow_up": {
            "days": 11,
            "refers": False,
            "title": "Haiti: 420 Soldaten aus Guatemala und El Salvador in Port-au-Prince gelandet",
            "lead": "Die Gang Suppression Force erhält ihr bislang größtes Kontingent. Die Soldaten sollen zunächst den Weg zwischen Hafen und Regierungsviertel sichern.",
            "body": [
                "Zwei Transportflugzeuge landeten am Montag auf dem Flughafen Toussaint Louverture in Port-au-Prince. An Bord waren 420 Soldaten, die nach Angaben der Truppenführung zuvor sechs Wochen lang in Guatemala auf Häuserkampf und den Schutz von Konvois vorbereitet worden waren.",
                "Der Kommandeur der Truppe, der kenianische Generalmajor Daniel Mwangi Otieno, sprach von einem „Wendepunkt“. Mit den Neuankömmlingen stehen ihm nun 1480 Einsatzkräfte zur Verfügung. Übergangspremier Jean-Robert Désir empfing die Soldaten am Flughafen und kündigte an, die Regierung wolle noch vor der Regenzeit die Nationalstraße 1 nach Norden wieder befahrbar machen.",
                "Die Bandenallianz Viv Ansanm kontrolliert weite Teile der Route. Weitere 600 Soldaten aus Bangladesch sollen im Mai folgen.",
            ],
        },
        "sibling": {
            "days": 7,
            "why": "same Council, same ambassadors and vote pattern, other mission",
            "title": "UN-Sicherheitsrat verlängert Mandat der Blauhelmmission im Südsudan",
            "lead": "Die UN-Mission UNMISS bleibt ein weiteres Jahr im Südsudan, allerdings mit weniger Soldaten. Russland, China und Pakistan enthielten sich.",
            "body": [
                "Der Sicherheitsrat der Vereinten Nationen verlängerte das Mandat am Donnerstag in New York mit 12 Stimmen bei drei Enthaltungen bis zum 30. April 2027. Die Obergrenze für die Truppe sinkt von 17.000 auf 15.500 Soldaten, weil die UN sparen müssen.",
                "Liberias UN-Botschafterin Comfort Tarpeh-Kollie mahnte die Regierung in Juba, die für Dezember 2026 geplanten Wahlen nicht erneut zu verschieben. Panamas UN-Botschafter Eduardo Quiroga sagte, ohne die Blauhelme drohe ein Rückfall in den Bürgerkrieg.",
                "Russland, China und Pakistan kritisierten, die Mission mische sich zu stark in innere Angelegenheiten ein. Im Südsudan sind nach UN-Angaben rund 2,3 Millionen Menschen innerhalb des Landes auf der Flucht, weitere 2,4 Millionen leben als Flüchtlinge in Nachbarstaaten.",
            ],
        },
    },
    {
        "key": "p2-07",
        "section": "welt",
        "time": "2026-03-24T15:40:00+01:00",
        "original": {
            "title": "Russland und Ukraine tauschen je 214 Kriegsgefangene aus",
            "lead": "Unter Vermittlung der Vereinigten Arabischen Emirate sind erneut Hunderte Gefangene freigekommen. Unter den zurückgekehrten Ukrainern sind auch Zivilisten und Schwerverletzte.",
            "body": [
                "Der Austausch fand am Dienstagvormittag an der belarussisch-ukrainischen Grenze statt. Beide Seiten übergaben jeweils 214 Menschen, wie der ukrainische Koordinierungsstab für Kriegsgefangene und das russische Verteidigungsministerium übereinstimmend mitteilten.",
                "Unter den Ukrainern befinden sich nach Kiewer Angaben 31 Schwerverletzte und zwölf Zivilisten, die zum Teil seit 2022 in russischer Haft saßen. Der jüngste Heimkehrer sei 21 Jahre alt, der älteste 64. „Jeder von ihnen ist ein Sieg“, sagte der Sprecher des Koordinierungsstabs, Dmytro Lysenko.",
                "Die russischen Soldaten wurden zunächst nach Belarus gebracht und sollen dort medizinisch versorgt werden, bevor sie nach Russland zurückkehren. Das Außenministerium der Emirate dankte beiden Seiten für ihre Kooperation; es war nach eigener Zählung die 19. Vermittlung Abu Dhabis in diesem Krieg.",
                "Nach Angaben aus Kiew sind seit Kriegsbeginn damit mehr als 5800 Ukrainer aus russischer Gefangenschaft zurückgekehrt. Tausende weitere werden noch festgehalten.",
            ],
        },
        "ticker": {
            "title": "Erneuter Gefangenenaustausch",
            "text": "Russland und die Ukraine haben unter Vermittlung der Emirate an der Grenze zu Belarus jeweils 214 Kriegsgefangene freigelassen, darunter 31 schwer verletzte Ukrainer.",
        },
        "rewrite": {
            "title": "428 Gefangene kommen frei: Emirate vermitteln neuen Austausch",
            "lead": "Kiew und Moskau haben am Dienstag wieder Soldaten und Zivilisten übergeben. Für manche Ukrainer endete damit eine fast vierjährige Haft.",
            "body": [
                "An der Grenze zu Belarus sind am Dienstag 214 Ukrainer in ihre Heimat zurückgekehrt. Im Gegenzug ließ Kiew ebenso viele russische Soldaten gehen. Beide Regierungen bestätigten die Zahlen.",
                "Zu den Freigelassenen gehören laut dem ukrainischen Koordinierungsstab zwölf Zivilisten sowie 31 Männer mit schweren Verletzungen. Einige von ihnen waren bereits 2022 in Gefangenschaft geraten, der älteste ist 64 Jahre alt. Stabssprecher Dmytro Lysenko kündigte an, man arbeite an weiteren Austauschen: „Wir vergessen niemanden.“",
                "Vermittelt hatten erneut die Vereinigten Arabischen Emirate, die seit 2024 immer wieder als Mittler auftreten. Die russischen Heimkehrer werden zunächst in Belarus behandelt. Insgesamt sind laut Kiew seit Februar 2022 mehr als 5800 Ukrainer freigekommen; Menschenrechtsorganisationen berichten von schweren Misshandlungen in russischen Lagern.",
            ],
        },
        "translations": {
            "en": {
                "title": "Russia and Ukraine swap 214 prisoners each in UAE-brokered exchange",
                "lead": "Hundreds more prisoners have been freed with mediation by the United Arab Emirates. The returning Ukrainians include civilians and seriously wounded soldiers.",
                "body": [
                    "The exchange took place on Tuesday morning at the border between Belarus and Ukraine. Each side handed over 214 people, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War and the Russian defence ministry said in matching statements.",
                    "According to Kyiv, the Ukrainians include 31 seriously wounded people and 12 civilians, some of whom had been held in Russia since 2022. The youngest returnee is 21 years old, the oldest 64. “Every one of them is a victory,” said Dmytro Lysenko, spokesman for the coordination headquarters.",
                    "The Russian soldiers were first taken to Belarus for medical treatment before returning to Russia. The UAE foreign ministry thanked both sides for their cooperation; by its own count it was Abu Dhabi's 19th mediation in the war.",
                    "Kyiv says more than 5,800 Ukrainians have now returned from Russian captivity since the start of the war. Thousands more are still being held.",
                ],
            },
            "fr": {
                "title": "Échange de prisonniers : Moscou et Kiev libèrent chacun 214 détenus",
                "lead": "Grâce à une médiation des Émirats arabes unis, des centaines de prisonniers ont de nouveau été libérés. Parmi les Ukrainiens rentrés figurent des civils et des blessés graves.",
                "body": [
                    "L'échange a eu lieu mardi matin à la frontière entre le Bélarus et l'Ukraine. Chaque camp a remis 214 personnes, ont indiqué de concert l'état-major ukrainien de coordination pour les prisonniers de guerre et le ministère russe de la Défense.",
                    "Selon Kiev, les Ukrainiens libérés comptent 31 blessés graves et 12 civils, dont certains étaient détenus en Russie depuis 2022. Le plus jeune a 21 ans, le plus âgé 64. « Chacun d'eux est une victoire », a déclaré le porte-parole de l'état-major de coordination, Dmytro Lysenko.",
                    "Les soldats russes ont d'abord été conduits au Bélarus pour y recevoir des soins avant de regagner la Russie. Le ministère émirati des Affaires étrangères a remercié les deux parties ; il s'agissait, selon son décompte, de la 19e médiation d'Abou Dhabi dans ce conflit.",
                ],
            },
            "it": {
                "title": "Ucraina e Russia, nuovo scambio di prigionieri: 214 per parte",
                "lead": "Con la mediazione degli Emirati Arabi Uniti sono stati liberati altri centinaia di prigionieri. Tra gli ucraini rientrati ci sono anche civili e feriti gravi.",
                "body": [
                    "Lo scambio è avvenuto martedì mattina al confine tra Bielorussia e Ucraina. Ciascuna delle due parti ha consegnato 214 persone, come hanno confermato il Quartier generale ucraino di coordinamento per i prigionieri di guerra e il ministero della Difesa russo.",
                    "Secondo Kiev, tra gli ucraini ci sono 31 feriti gravi e 12 civili, alcuni dei quali detenuti in Russia dal 2022. Il più giovane ha 21 anni, il più anziano 64. «Ognuno di loro è una vittoria», ha detto il portavoce del Quartier generale di coordinamento, Dmytro Lysenko.",
                    "I soldati russi sono stati portati prima in Bielorussia per ricevere cure mediche, poi rientreranno in Russia. Il ministero degli Esteri emiratino ha ringraziato entrambe le parti: secondo il suo conteggio si tratta della 19ª mediazione di Abu Dhabi in questa guerra.",
                    "Secondo Kiev, dall'inizio del conflitto sono rientrati dalla prigionia russa oltre 5.800 ucraini. Altre migliaia sono ancora detenute.",
                ],
            },
        },
        "sibling": {
            "days": -14,
            "why": "earlier exchange, same template and spokesman, different figures and mediator",
            "title": "Russland und Ukraine tauschen je 175 Kriegsgefangene aus",
            "lead": "Unter türkischer Vermittlung sind Hunderte Gefangene freigekommen. Russland übergab zudem die Leichen Hunderter gefallener ukrainischer Soldaten.",
            "body": [
                "Der Austausch fand am Dienstag an der belarussisch-ukrainischen Grenze statt, wie das russische Verteidigungsministerium und der ukrainische Koordinierungsstab für Kriegsgefangene mitteilten. Vermittelt hatte die Türkei.",
                "Unter den 175 Ukrainern sind nach Kiewer Angaben 48 Angehörige der Nationalgarde und fünf Grenzschützer, die bei der Verteidigung von Mariupol in Gefangenschaft geraten waren. „Wir holen alle nach Hause“, sagte der Sprecher des Koordinierungsstabs, Dmytro Lysenko.",
                "Zusätzlich übergab Russland nach ukrainischen Angaben die Leichen von 757 gefallenen Soldaten. Die Ukraine gab 34 Tote an Russland zurück. Seit Kriegsbeginn sind laut Kiew mehr als 5600 Ukrainer aus russischer Gefangenschaft zurückgekehrt.",
            ],
        },
    },
    {
        "key": "p2-08",
        "section": "politik",
        "time": "2026-03-24T11:20:00+01:00",
        "original": {
            "title": "Spionageverdacht: Bundesregierung weist vier russische Diplomaten aus",
            "lead": "Nach der Festnahme zweier mutmaßlicher Agenten in Leipzig müssen vier Mitarbeiter der russischen Botschaft Deutschland verlassen. Der Botschafter wurde ins Auswärtige Amt einbestellt.",
            "body": [
                "Die vier Diplomaten seien zu unerwünschten Personen erklärt worden und müssten binnen sieben Tagen ausreisen, teilte das Auswärtige Amt am Dienstag in Berlin mit. Staatssekretärin Johanna Kersting habe dem russischen Botschafter die Entscheidung am Morgen persönlich übermittelt.",
                "Hintergrund sind Ermittlungen der Bundesanwaltschaft gegen zwei Deutsch-Russen, die in der vergangenen Woche in Leipzig festgenommen worden waren. Sie sollen im Auftrag eines russischen Geheimdienstes Militärtransporte der Bundeswehr auf der Schiene ausgespäht und Fotos von Verladebahnhöfen in Sachsen und Sachsen-Anhalt weitergegeben haben. Nach Erkenntnissen der Ermittler standen sie in Kontakt mit mindestens einem der ausgewiesenen Diplomaten.",
                "„Wer unsere Sicherheit gefährdet, kann nicht unter dem Schutz der Diplomatie weiterarbeiten“, sagte Außenamtssprecher Malte Brügger. Die russische Botschaft wies die Vorwürfe als „haltlose Provokation“ zurück und kündigte eine Reaktion an.",
                "Seit Beginn des russischen Angriffskriegs gegen die Ukraine hat die Bundesregierung bereits mehrfach russische Diplomaten ausgewiesen. Moskau hatte darauf jeweils mit der Ausweisung deutscher Diplomaten geantwortet.",
            ],
        },
        "ticker": {
            "title": "Berlin weist russische Diplomaten aus",
            "text": "Wegen mutmaßlicher Spionage gegen Bundeswehr-Transporte hat das Auswärtige Amt vier Mitarbeiter der russischen Botschaft in Berlin zu unerwünschten Personen erklärt.",
        },
        "rewrite": {
            "title": "Nach Festnahmen in Leipzig: Vier Russen müssen Deutschland verlassen",
            "lead": "Das Auswärtige Amt reagiert auf einen mutmaßlichen Spionagefall mit Ausweisungen. Moskau kündigt Gegenmaßnahmen an.",
            "body": [
                "Sieben Tage bleiben den vier Botschaftsmitarbeitern, um Deutschland zu verlassen. Die Bundesregierung hat sie zu Personae non gratae erklärt, wie das Außenministerium am Dienstag bestätigte. Russlands Botschafter musste dafür am Morgen bei Staatssekretärin Johanna Kersting erscheinen.",
                "Auslöser ist ein Verfahren der Bundesanwaltschaft. Zwei Männer mit deutscher und russischer Staatsangehörigkeit sitzen seit vergangener Woche in Untersuchungshaft; sie sollen Bahntransporte der Bundeswehr in Mitteldeutschland beobachtet und Bilder an einen russischen Dienst geliefert haben. Mindestens einer der ausgewiesenen Diplomaten soll ihr Kontaktmann gewesen sein.",
                "Ministeriumssprecher Malte Brügger sprach von einer „klaren Antwort“. Die Botschaft in Berlin nannte die Anschuldigungen eine Provokation. Wie Moskau reagieren wird, ist offen; in ähnlichen Fällen hatte Russland bisher stets deutsche Diplomaten ausgewiesen.",
            ],
        },
        "translations": {
            "en": {
                "title": "Germany expels four Russian diplomats over suspected spying on army rail transports",
                "lead": "Following the arrest of two suspected agents in Leipzig, four staff members of the Russian embassy must leave Germany. The ambassador was summoned to the Foreign Office.",
                "body": [
                    "The four diplomats have been declared persona non grata and must leave the country within seven days, the Foreign Office said in Berlin on Tuesday. State Secretary Johanna Kersting informed the Russian ambassador of the decision in person in the morning.",
                    "The move follows an investigation by the Federal Prosecutor's Office into two German-Russian dual nationals who were arrested in Leipzig last week. They are suspected of spying on Bundeswehr military rail transports on behalf of a Russian intelligence service and passing on photos of loading stations in Saxony and Saxony-Anhalt. Investigators believe they were in contact with at least one of the expelled diplomats.",
                    "“Anyone who endangers our security cannot continue to work under the protection of diplomacy,” Foreign Office spokesman Malte Brügger said. The Russian embassy rejected the accusations as a “baseless provocation” and announced a response.",
                    "Germany has expelled Russian diplomats several times since the start of Russia's war of aggression against Ukraine. Moscow has responded each time by expelling German diplomats.",
                ],
            },
            "fr": {
                "title": "Espionnage : Berlin expulse quatre diplomates russes",
                "lead": "Après l'arrestation de deux agents présumés à Leipzig, quatre employés de l'ambassade de Russie doivent quitter l'Allemagne. L'ambassadeur a été convoqué au ministère des Affaires étrangères.",
                "body": [
                    "Les quatre diplomates ont été déclarés persona non grata et doivent quitter le pays sous sept jours, a annoncé mardi à Berlin le ministère allemand des Affaires étrangères. La secrétaire d'État Johanna Kersting a personnellement notifié la décision à l'ambassadeur russe dans la matinée.",
                    "Cette mesure fait suite à une enquête du parquet fédéral visant deux Germano-Russes arrêtés la semaine dernière à Leipzig. Ils sont soupçonnés d'avoir espionné, pour le compte d'un service de renseignement russe, des transports ferroviaires de la Bundeswehr et transmis des photos de gares de chargement en Saxe et en Saxe-Anhalt. Selon les enquêteurs, ils étaient en contact avec au moins l'un des diplomates expulsés.",
                    "« Quiconque met en danger notre sécurité ne peut pas continuer à travailler sous la protection de la diplomatie », a déclaré le porte-parole du ministère, Malte Brügger. L'ambassade de Russie a rejeté des accusations qualifiées de « provocation sans fondement » et annoncé une riposte.",
                ],
            },
        },
        "follow_up": {
            "days": 2,
            "refers": True,
            "title": "Moskau weist im Gegenzug vier deutsche Diplomaten aus",
            "lead": "Russland reagiert auf die Ausweisungen aus Berlin. Der deutsche Botschafter wurde ins Außenministerium in Moskau einbestellt.",
            "body": [
                "Vier Mitarbeiter der deutschen Botschaft in Moskau müssen Russland bis zum 2. April verlassen, teilte das russische Außenministerium am Donnerstag mit. Der Schritt sei eine „spiegelbildliche Antwort auf die unfreundliche Handlung“ der Bundesregierung.",
                "Erst am Dienstag hatte Berlin vier russische Diplomaten zu unerwünschten Personen erklärt, nachdem in Leipzig zwei mutmaßliche Agenten festgenommen worden waren.",
                "Außenamtssprecher Malte Brügger nannte die Moskauer Entscheidung „ungerechtfertigt, aber nicht überraschend“. Die betroffenen Diplomaten hätten mit dem Spionagefall nichts zu tun. Staatssekretärin Johanna Kersting kündigte an, die Arbeitsfähigkeit der Botschaft werde gesichert; konsularische Dienstleistungen für Deutsche in Russland sollten nicht eingeschränkt werden.",
                "Unter den Ausgewiesenen ist nach Informationen aus Regierungskreisen auch der Leiter der Wirtschaftsabteilung der Botschaft.",
            ],
        },
        "sibling": {
            "days": -18,
            "why": "same ministry and officials, ambassador summoned in another case",
            "title": "Todesurteil gegen Deutsch-Iraner: Auswärtiges Amt bestellt iranischen Botschafter ein",
            "lead": "Die Bundesregierung protestiert gegen das Urteil eines Teheraner Revolutionsgerichts. Der Verurteilte ist ein 58 Jahre alter Ingenieur aus Hamburg.",
            "body": [
                "Staatssekretärin Johanna Kersting habe dem iranischen Botschafter am Freitag den „scharfen Protest“ der Bundesregierung übermittelt, teilte das Auswärtige Amt in Berlin mit. Das Revolutionsgericht in Teheran hatte den Deutsch-Iraner Kamran Hosseini-Pour am Mittwoch wegen angeblicher Spionage für Israel zum Tode verurteilt.",
                "„Dieses Urteil ist inakzeptabel und muss aufgehoben werden“, sagte Außenamtssprecher Malte Brügger. Hosseini-Pour habe keinen fairen Prozess erhalten, sein Anwalt sei erst am Tag der Verhandlung zugelassen worden.",
                "Der Ingenieur war im Mai 2025 bei einem Verwandtenbesuch in Isfahan festgenommen worden. Seine Familie in Hamburg rief die Bundesregierung auf, sich mit allen Mitteln für seine Freilassung einzusetzen. Berlin erwägt nach Angaben aus Regierungskreisen weitere diplomatische Schritte.",
            ],
        },
    },
    {
        "key": "p2-09",
        "section": "politik",
        "time": "2026-03-31T14:10:00+02:00",
        "original": {
            "title": "OSZE einigt sich nach monatelanger Blockade auf Haushalt für 2026",
            "lead": "Die Organisation für Sicherheit und Zusammenarbeit in Europa hat wieder ein reguläres Budget. Die 57 Teilnehmerstaaten verständigten sich in Wien auf 141,2 Millionen Euro.",
            "body": [
                "Der Ständige Rat der OSZE billigte den Haushalt am Dienstag in der Wiener Hofburg im Konsens. Er liegt 2,4 Prozent unter dem Vorjahreswert. Seit Jahresbeginn hatte die Organisation nur mit monatlichen Notbudgets arbeiten können, weil einzelne Staaten ihre Zustimmung verweigerten.",
                "Den Kompromiss hatte der Schweizer OSZE-Vorsitz vermittelt. Botschafter Laurent Favre-Bulle, der den Ständigen Rat leitet, sprach von „einem Stück wiedergewonnener Handlungsfähigkeit“. Russland hatte bis zuletzt Kürzungen bei Projekten zur Unterstützung der Ukraine und Moldaus verlangt; nun werden mehrere Programme im Sekretariat zusammengelegt.",
                "OSZE-Generalsekretär Arvid Rosengren sagte, die Kürzung bedeute den Abbau von rund 40 Stellen, vor allem in der Verwaltung. Die Feldmissionen auf dem Westbalkan und in Zentralasien blieben unangetastet.",
                "Österreichs Außenministerin Sabine Hollerer begrüßte die Einigung. Wien sei stolz, Sitz der OSZE zu sein, und werde die Organisation auch künftig unterstützen. Die OSZE beschäftigt in Wien und in ihren Missionen insgesamt rund 3000 Menschen.",
            ],
        },
        "ticker": {
            "title": "OSZE hat wieder ein Budget",
            "text": "Die 57 OSZE-Staaten haben sich in Wien nach monatelangem Streit auf einen Haushalt von 141,2 Millionen Euro für das laufende Jahr geeinigt.",
        },
        "rewrite": {
            "title": "Haushaltsstreit beigelegt: OSZE kann wieder planen",
            "lead": "Drei Monate lang musste die Sicherheitsorganisation mit Notbudgets auskommen. Nun gibt es einen Kompromiss, mit Folgen für das Personal.",
            "body": [
                "141,2 Millionen Euro stehen der OSZE in diesem Jahr zur Verfügung, 2,4 Prozent weniger als 2025. Auf diese Summe haben sich die Botschafter der 57 Staaten am Dienstag in Wien geeinigt. Da in der Organisation das Konsensprinzip gilt, hatte bis dahin jedes einzelne Land den Beschluss aufhalten können.",
                "Vor allem Moskau hatte sich gesperrt und Einschnitte bei Vorhaben zugunsten der Ukraine und Moldaus gefordert. Der Schweizer Vorsitz fand eine Lösung: Einige Programme werden im Sekretariat gebündelt. Verhandlungsführer Laurent Favre-Bulle zeigte sich zufrieden.",
                "Generalsekretär Arvid Rosengren rechnet mit dem Wegfall von etwa 40 Stellen, überwiegend in der Verwaltung. Die Missionen in Südosteuropa und Zentralasien sollen nicht betroffen sein. Die Organisation ging 1995 aus der KSZE hervor, deren Schlussakte vor gut 50 Jahren in Helsinki unterzeichnet wurde.",
            ],
        },
        "translations": {
            "en": {
                "title": "OSCE agrees 2026 budget after months of deadlock",
                "lead": "The Organization for Security and Co-operation in Europe has a regular budget again. Its 57 participating states agreed on 141.2 million euros in Vienna.",
                "body": [
                    "The OSCE Permanent Council approved the budget by consensus at Vienna's Hofburg on Tuesday. It is 2.4 percent lower than last year. Since the start of the year, the organization had only been able to operate on monthly emergency budgets because individual states withheld their approval.",
                    "The compromise was brokered by the Swiss OSCE chairmanship. Ambassador Laurent Favre-Bulle, who chairs the Permanent Council, spoke of “a piece of regained capacity to act”. Russia had demanded until the last minute that projects supporting Ukraine and Moldova be cut; several programmes in the secretariat will now be merged.",
                    "OSCE Secretary General Arvid Rosengren said the cut would mean shedding around 40 posts, mainly in administration. The field missions in the Western Balkans and Central Asia would remain untouched.",
                    "Austrian foreign minister Sabine Hollerer welcomed the agreement, saying Vienna was proud to host the OSCE and would continue to support it. The organization employs around 3,000 people in Vienna and in its missions.",
                ],
            },
            "it": {
                "title": "Osce, dopo mesi di stallo approvato il bilancio 2026",
                "lead": "L'Organizzazione per la sicurezza e la cooperazione in Europa torna ad avere un bilancio ordinario. I 57 Stati partecipanti si sono accordati a Vienna su 141,2 milioni di euro.",
                "body": [
                    "Il Consiglio permanente dell'Osce ha approvato il bilancio per consenso martedì nella Hofburg di Vienna. La cifra è inferiore del 2,4 per cento a quella dell'anno scorso. Dall'inizio dell'anno l'organizzazione aveva potuto operare solo con bilanci d'emergenza mensili, perché alcuni Stati negavano il loro assenso.",
                    "Il compromesso è stato mediato dalla presidenza svizzera dell'Osce. L'ambasciatore Laurent Favre-Bulle, che presiede il Consiglio permanente, ha parlato di «un pezzo di capacità d'azione ritrovata». La Russia aveva chiesto fino all'ultimo tagli ai progetti a sostegno di Ucraina e Moldova; ora diversi programmi del segretariato saranno accorpati.",
                    "Il segretario generale dell'Osce Arvid Rosengren ha spiegato che il taglio comporterà la soppressione di circa 40 posti, soprattutto nell'amministrazione. Le missioni sul terreno nei Balcani occidentali e in Asia centrale non saranno toccate.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "OSZE-Budget: Einigung in der Hofburg nach monatelanger Blockade",
            "lead": "Die Organisation für Sicherheit und Zusammenarbeit in Europa hat wieder ein reguläres Budget. Die 57 Teilnehmerstaaten verständigten sich in Wien auf 141,2 Millionen Euro.",
            "body": [
                "Der Ständige Rat der OSZE billigte das heurige Budget am Dienstag in der Wiener Hofburg im Konsens. Es liegt 2,4 Prozent unter dem Vorjahreswert. Seit Anfang Jänner hatte die Organisation nur mit monatlichen Notbudgets arbeiten können, weil einzelne Staaten ihre Zustimmung verweigerten.",
                "Außenministerin Sabine Hollerer begrüßte die Einigung. Wien sei stolz, Sitz der OSZE zu sein, und werde die Organisation auch künftig unterstützen.",
                "Den Kompromiss hatte der Schweizer OSZE-Vorsitz vermittelt. Botschafter Laurent Favre-Bulle, der den Ständigen Rat leitet, sprach von „einem Stück wiedergewonnener Handlungsfähigkeit“. Russland hatte bis zuletzt Kürzungen bei Projekten zur Unterstützung der Ukraine und Moldaus verlangt; nun werden mehrere Programme im Sekretariat zusammengelegt.",
                "OSZE-Generalsekretär Arvid Rosengren sagte, die Kürzung bedeute den Abbau von rund 40 Dienstposten, vor allem in der Verwaltung.",
            ],
        },
        "sibling": {
            "days": -20,
            "why": "same Vienna council, chair and secretary general, other consensus decision",
            "title": "OSZE beschließt Beobachtermission an armenisch-aserbaidschanischer Grenze",
            "lead": "Der Ständige Rat in Wien hat sich auf ein Mandat für 25 zivile Beobachter verständigt. Sie sollen die Grenzziehung zwischen Armenien und Aserbaidschan begleiten.",
            "body": [
                "Die 57 Teilnehmerstaaten fassten den Beschluss am Mittwoch in der Wiener Hofburg im Konsens. Die Mission soll zunächst zwölf Monate dauern und kostet 6,8 Millionen Euro, die über freiwillige Beiträge finanziert werden. Die Beobachter sollen in Goris und Qazax stationiert werden.",
                "Botschafter Laurent Favre-Bulle, der für den Schweizer Vorsitz den Ständigen Rat leitet, sprach von einem „Vertrauensbeweis beider Seiten“. Jerewan und Baku hatten die OSZE im Januar gemeinsam um Unterstützung gebeten.",
                "OSZE-Generalsekretär Arvid Rosengren kündigte an, die ersten zehn Beobachter könnten im Mai ihre Arbeit aufnehmen. Die Organisation hatte jahrzehntelang über die Minsk-Gruppe im Konflikt um Bergkarabach vermittelt; das Format wurde 2025 aufgelöst.",
            ],
        },
    },
    {
        "key": "p2-10",
        "section": "politik",
        "time": "2026-04-21T18:30:00+02:00",
        "original": {
            "title": "EU-Beitritt: Montenegro schließt vier weitere Verhandlungskapitel",
            "lead": "Der Westbalkanstaat kommt auf seinem Weg in die Europäische Union voran. Bei einer Regierungskonferenz in Luxemburg wurden Kapitel von Fischerei bis Finanzkontrolle abgeschlossen.",
            "body": [
                "Montenegro hat damit 14 der 33 Verhandlungskapitel vorläufig abgeschlossen. Die Beschlüsse fielen am Dienstag am Rande des Rats für Allgemeine Angelegenheiten, der im April traditionell in Luxemburg tagt. Neu hinzu kamen die Kapitel Fischerei, Statistik, Zollunion und Finanzkontrolle.",
                "Chefunterhändlerin Milica Vuksanović sprach von einem „historischen Tag für Podgorica“. Die Regierung will die Verhandlungen bis Ende 2026 abschließen, damit das Land 2028 als 28. Mitglied beitreten kann.",
                "EU-Erweiterungskommissarin Liisa Tammsalu lobte die Reformen, mahnte aber Fortschritte bei Justiz und Korruptionsbekämpfung an. Die besonders heiklen Rechtsstaatskapitel 23 und 24 sollen erst zum Schluss geschlossen werden.",
                "Österreichs Europaministerin Claudia Moosbrugger nannte Montenegro einen „Vorreiter für die ganze Region“. Wien drängt seit Jahren darauf, die Staaten des Westbalkans schneller aufzunehmen. Montenegro, ein Land mit rund 620.000 Einwohnern, verhandelt seit 2012 über den Beitritt und verwendet bereits den Euro als Zahlungsmittel.",
            ],
        },
        "ticker": {
            "title": "Montenegro rückt näher an die EU",
            "text": "Bei einer Beitrittskonferenz in Luxemburg hat Montenegro vier weitere Verhandlungskapitel mit der EU abgeschlossen, insgesamt sind nun 14 von 33 erledigt.",
        },
        "rewrite": {
            "title": "Beitrittsgespräche: Podgorica hakt Fischerei, Statistik, Zoll und Finanzkontrolle ab",
            "lead": "In Luxemburg hat die EU mit Montenegro weitere Kapitel geschlossen. Das kleine Adrialand gilt als aussichtsreichster Kandidat für die nächste Erweiterung.",
            "body": [
                "Vierzehn von 33: So lautet nach der Regierungskonferenz vom Dienstag die Zwischenbilanz der Beitrittsverhandlungen mit Montenegro. In Luxemburg, wo die Europaminister im April zusammenkommen, wurden gleich vier Kapitel auf einmal geschlossen.",
                "Verhandlungsführerin Milica Vuksanović will bis zum Jahresende fertig sein; als Beitrittsjahr peilt die Regierung 2028 an. Vor allem bei Justizreform und Korruptionsbekämpfung sieht Brüssel aber noch Nachholbedarf, wie Kommissarin Liisa Tammsalu deutlich machte. Die entsprechenden Kapitel werden erst am Ende geschlossen.",
                "Rückenwind kommt aus Wien. Europaministerin Claudia Moosbrugger lobte das Land als Vorbild für seine Nachbarn. Montenegro mit seinen gut 600.000 Einwohnern hatte die Verhandlungen 2012 begonnen und nutzt bereits seit Jahren den Euro, obwohl es nicht zur Eurozone gehört.",
            ],
        },
        "translations": {
            "en": {
                "title": "Montenegro closes four more EU accession chapters",
                "lead": "The Western Balkan country is making progress on its path into the European Union. At an intergovernmental conference in Luxembourg, chapters ranging from fisheries to financial control were closed.",
                "body": [
                    "Montenegro has now provisionally closed 14 of the 33 negotiating chapters. The decisions were taken on Tuesday on the sidelines of the General Affairs Council, which traditionally meets in Luxembourg in April. The newly closed chapters are fisheries, statistics, customs union and financial control.",
                    "Chief negotiator Milica Vuksanović spoke of “a historic day for Podgorica”. The government wants to wrap up negotiations by the end of 2026 so that the country can join as the 28th member in 2028.",
                    "EU enlargement commissioner Liisa Tammsalu praised the reforms but called for progress on the judiciary and the fight against corruption. The particularly sensitive rule-of-law chapters 23 and 24 are to be closed last.",
                    "Austria's Europe minister Claudia Moosbrugger called Montenegro “a frontrunner for the whole region”. Vienna has been pushing for years for the Western Balkan states to be admitted faster. Montenegro, a country of around 620,000 people, has been negotiating membership since 2012 and already uses the euro as its currency.",
                ],
            },
            "fr": {
                "title": "Adhésion à l'UE : le Monténégro boucle quatre nouveaux chapitres",
                "lead": "Le pays des Balkans occidentaux progresse sur la voie de l'Union européenne. Lors d'une conférence intergouvernementale à Luxembourg, des chapitres allant de la pêche au contrôle financier ont été clôturés.",
                "body": [
                    "Le Monténégro a ainsi provisoirement clôturé 14 des 33 chapitres de négociation. Les décisions ont été prises mardi en marge du Conseil des affaires générales, qui se réunit traditionnellement à Luxembourg en avril. Les nouveaux chapitres refermés portent sur la pêche, les statistiques, l'union douanière et le contrôle financier.",
                    "La négociatrice en chef Milica Vuksanović a évoqué « une journée historique pour Podgorica ». Le gouvernement veut achever les négociations d'ici à la fin de 2026, afin que le pays puisse devenir le 28e membre de l'Union en 2028.",
                    "La commissaire européenne à l'Élargissement, Liisa Tammsalu, a salué les réformes, tout en réclamant des progrès en matière de justice et de lutte contre la corruption. Les chapitres 23 et 24, particulièrement sensibles car consacrés à l'État de droit, ne seront refermés qu'à la fin.",
                    "La ministre autrichienne des Affaires européennes, Claudia Moosbrugger, a qualifié le Monténégro de « pionnier pour toute la région ». Ce pays d'environ 620 000 habitants, qui utilise déjà l'euro comme monnaie, négocie son adhésion depuis 2012.",
                ],
            },
            "it": {
                "title": "Ue, il Montenegro chiude altri quattro capitoli negoziali",
                "lead": "Il Paese dei Balcani occidentali avanza sulla strada verso l'Unione europea. In una conferenza intergovernativa a Lussemburgo sono stati chiusi capitoli che vanno dalla pesca al controllo finanziario.",
                "body": [
                    "Il Montenegro ha così chiuso provvisoriamente 14 dei 33 capitoli negoziali. Le decisioni sono state prese martedì a margine del Consiglio Affari generali, che ad aprile si riunisce tradizionalmente a Lussemburgo. Si aggiungono i capitoli pesca, statistica, unione doganale e controllo finanziario.",
                    "La capo negoziatrice Milica Vuksanović ha parlato di «una giornata storica per Podgorica». Il governo vuole concludere i negoziati entro la fine del 2026, in modo che il Paese possa aderire nel 2028 come 28° Stato membro.",
                    "La commissaria europea all'Allargamento Liisa Tammsalu ha elogiato le riforme, ma ha chiesto progressi sulla giustizia e sulla lotta alla corruzione. I delicati capitoli 23 e 24 sullo Stato di diritto saranno chiusi per ultimi.",
                    "La ministra austriaca per gli Affari europei Claudia Moosbrugger ha definito il Montenegro «un apripista per tutta la regione». Il Paese, che conta circa 620.000 abitanti e usa già l'euro come moneta, negozia l'adesione dal 2012.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "EU-Beitritt: Moosbrugger lobt Montenegro als Vorreiter",
            "lead": "Der Westbalkanstaat kommt auf seinem Weg in die Europäische Union voran. Bei einer Regierungskonferenz in Luxemburg wurden vier weitere Kapitel abgeschlossen.",
            "body": [
                "Montenegro hat damit 14 der 33 Verhandlungskapitel vorläufig abgeschlossen. Die Beschlüsse fielen am Dienstag am Rande des Rats für Allgemeine Angelegenheiten, der im April traditionell in Luxemburg tagt. Neu hinzu kamen die Kapitel Fischerei, Statistik, Zollunion und Finanzkontrolle.",
                "Europaministerin Claudia Moosbrugger nannte Montenegro einen „Vorreiter für die ganze Region“. Österreich drängt seit Jahren darauf, die Staaten des Westbalkans schneller aufzunehmen.",
                "Chefverhandlerin Milica Vuksanović sprach von einem „historischen Tag für Podgorica“. Die Regierung will die Verhandlungen bis Ende 2026 abschließen, damit das Land 2028 als 28. Mitglied beitreten kann.",
                "EU-Erweiterungskommissarin Liisa Tammsalu lobte die Reformen, mahnte aber Fortschritte bei Justiz und Korruptionsbekämpfung ein. Die besonders heiklen Rechtsstaatskapitel 23 und 24 sollen erst zum Schluss geschlossen werden.",
            ],
        },
        "sibling": {
            "days": 8,
            "why": "same accession-conference format, commissioner and Austrian minister, other candidate",
            "title": "EU-Beitritt: Albanien schließt erste drei Verhandlungskapitel",
            "lead": "Albanien hat bei einer Regierungskonferenz in Brüssel erstmals Kapitel seiner Beitrittsverhandlungen abgeschlossen. Tirana will bis 2027 fertig sein.",
            "body": [
                "Die Beschlüsse fielen am Mittwoch in Brüssel. Vorläufig geschlossen wurden die Kapitel Wissenschaft und Forschung, Bildung und Kultur sowie Außenbeziehungen. Albanien hatte bis Ende vergangenen Jahres alle sechs Verhandlungscluster eröffnet.",
                "Chefunterhändler Arben Kolonja sprach von einem „Beginn der Zielgeraden“. EU-Erweiterungskommissarin Liisa Tammsalu lobte das Reformtempo, forderte aber eine unabhängigere Justiz und mehr Schutz für Journalisten.",
                "Österreichs Europaministerin Claudia Moosbrugger sagte, Albanien zeige, dass sich Reformen lohnten. Das Land mit rund 2,4 Millionen Einwohnern ist seit 2014 offizieller Beitrittskandidat und verhandelt seit 2022 mit der EU.",
            ],
        },
    },
    {
        "key": "p2-11",
        "section": "welt",
        "time": "2026-04-10T00:35:00+02:00",
        "original": {
            "title": "Bundeswehr fliegt 186 Menschen aus Mali aus",
            "lead": "Wegen der sich zuspitzenden Sicherheitslage in Bamako hat die Bundesregierung eine Evakuierung eingeleitet. Zwei Maschinen der Luftwaffe landeten kurz vor Mitternacht in Wunstorf.",
            "body": [
                "An Bord der beiden Transportflugzeuge vom Typ A400M waren 131 Deutsche sowie 55 Staatsangehörige anderer Länder, darunter neun Schweizerinnen und Schweizer. Das teilte der Krisenstab des Auswärtigen Amts in der Nacht zum Freitag mit. Die Maschinen waren am Donnerstagnachmittag in Bamako gestartet und hatten in Dakar zum Tanken zwischengelandet.",
                "Die Hauptstadt Malis ist seit Wochen von einer Blockade der dschihadistischen Gruppe JNIM betroffen. Treibstoff ist kaum noch zu bekommen, Schulen und viele Geschäfte sind geschlossen. Am Mittwoch hatten Kämpfer einen Tanklastzug-Konvoi auf der Straße nach Ségou angegriffen.",
                "Die Leiterin des Krisenstabs, Annette Rüdiger, sagte, man habe den Menschen „einen sicheren Weg nach Hause“ ermöglichen wollen. Die deutsche Botschaft in Bamako bleibe mit einem Kernteam geöffnet. In der Krisenvorsorgeliste Elefand sind noch rund 60 Deutsche in Mali registriert.",
                "Das Eidgenössische Departement für auswärtige Angelegenheiten bestätigte, dass neun Schweizer Staatsangehörige mitgeflogen seien. Die Schweiz hatte ihre Bürger bereits im Februar zur Ausreise aus Mali aufgefordert.",
            ],
        },
        "ticker": {
            "title": "Eilmeldung: Evakuierungsflüge aus Mali gelandet",
            "text": "Zwei Airbus A400M der Luftwaffe haben 186 Menschen aus der malischen Hauptstadt Bamako nach Wunstorf bei Hannover gebracht, darunter 131 Deutsche.",
        },
        "rewrite": {
            "title": "Blockade von Bamako: Luftwaffe holt Deutsche aus Mali zurück",
            "lead": "Zwei A400M haben in der Nacht 186 Menschen nach Niedersachsen gebracht. Ein Kernteam der Botschaft bleibt vor Ort.",
            "body": [
                "Kurz vor Mitternacht setzten die Maschinen auf dem Fliegerhorst Wunstorf auf. Nach Angaben des Auswärtigen Amts waren 131 deutsche Staatsbürger an Bord, dazu 55 Menschen aus anderen Staaten, unter ihnen neun aus der Schweiz. Gestartet waren die Flugzeuge am Donnerstagnachmittag in Bamako, ein Tankstopp erfolgte in der senegalesischen Hauptstadt.",
                "Die Evakuierung ist eine Reaktion auf die Lage in Malis Hauptstadt, die die Islamistenallianz JNIM seit Wochen von Nachschub abschneidet. Benzin und Diesel sind knapp, das öffentliche Leben ist weitgehend zum Erliegen gekommen.",
                "Krisenstabsleiterin Annette Rüdiger zufolge sind noch etwa 60 Deutsche auf der Krisenvorsorgeliste registriert. Sie rief sie auf, Angebote zur Ausreise zu nutzen. Die Bundeswehr war bis Ende 2023 mit der UN-Mission Minusma in Mali im Einsatz gewesen.",
            ],
        },
        "translations": {
            "en": {
                "title": "German air force evacuates 186 people from Mali",
                "lead": "The German government has launched an evacuation because of the worsening security situation in Bamako. Two air force planes landed in Wunstorf shortly before midnight.",
                "body": [
                    "The two A400M transport aircraft carried 131 Germans and 55 nationals of other countries, including nine Swiss citizens, the Foreign Office's crisis unit said overnight into Friday. The planes had taken off from Bamako on Thursday afternoon and stopped in Dakar to refuel.",
                    "Mali's capital has been under a blockade by the jihadist group JNIM for weeks. Fuel is almost impossible to obtain, and schools and many shops are closed. On Wednesday, fighters attacked a convoy of fuel tankers on the road to Ségou.",
                    "The head of the crisis unit, Annette Rüdiger, said the aim had been to give people “a safe way home”. The German embassy in Bamako will remain open with a core team. Around 60 Germans in Mali are still registered on the Elefand crisis preparedness list.",
                    "The Swiss Federal Department of Foreign Affairs confirmed that nine Swiss nationals were on the flights. Switzerland had already urged its citizens to leave Mali in February.",
                ],
            },
            "fr": {
                "title": "Mali : l'armée de l'air allemande évacue 186 personnes de Bamako",
                "lead": "Face à la dégradation de la situation sécuritaire à Bamako, Berlin a lancé une opération d'évacuation. Deux avions de la Luftwaffe se sont posés peu avant minuit à Wunstorf.",
                "body": [
                    "Les deux avions de transport A400M transportaient 131 Allemands et 55 ressortissants d'autres pays, dont neuf Suisses, a indiqué la cellule de crise du ministère allemand des Affaires étrangères dans la nuit de jeudi à vendredi. Les appareils avaient décollé jeudi après-midi de Bamako et fait escale à Dakar pour se ravitailler en carburant.",
                    "La capitale malienne subit depuis des semaines un blocus du groupe djihadiste JNIM. Le carburant est devenu quasi introuvable, les écoles et de nombreux commerces sont fermés. Mercredi, des combattants ont attaqué un convoi de camions-citernes sur la route de Ségou.",
                    "La responsable de la cellule de crise, Annette Rüdiger, a expliqué avoir voulu offrir aux personnes concernées « un chemin sûr pour rentrer ». L'ambassade d'Allemagne à Bamako reste ouverte avec une équipe réduite.",
                    "Le Département fédéral des affaires étrangères (DFAE) a confirmé que neuf ressortissants suisses se trouvaient à bord. La Suisse avait appelé ses citoyens à quitter le Mali dès février.",
                ],
            },
            "it": {
                "title": "Mali, la Germania evacua 186 persone da Bamako: a bordo anche nove svizzeri",
                "lead": "Per il peggioramento della sicurezza a Bamako, il governo tedesco ha avviato un'evacuazione. Due velivoli della Luftwaffe sono atterrati a Wunstorf poco prima di mezzanotte.",
                "body": [
                    "A bordo dei due aerei da trasporto A400M c'erano 131 tedeschi e 55 cittadini di altri Paesi, tra cui nove svizzeri, ha reso noto l'unità di crisi del ministero degli Esteri tedesco nella notte tra giovedì e venerdì. Gli aerei erano decollati da Bamako giovedì pomeriggio e avevano fatto scalo a Dakar per il rifornimento.",
                    "Da settimane la capitale del Mali è sotto il blocco del gruppo jihadista Jnim. Il carburante è quasi introvabile, scuole e molti negozi sono chiusi. Mercoledì i miliziani hanno attaccato un convoglio di autocisterne sulla strada per Ségou.",
                    "La responsabile dell'unità di crisi, Annette Rüdiger, ha detto di aver voluto offrire alle persone «una via sicura per tornare a casa». L'ambasciata tedesca a Bamako resterà aperta con un nucleo ridotto di personale. Nella lista di registrazione per le crisi Elefand risultano ancora circa 60 tedeschi in Mali.",
                    "Il Dipartimento federale degli affari esteri svizzero ha confermato che sui voli c'erano nove cittadini elvetici. La Svizzera aveva invitato i propri connazionali a lasciare il Mali già a febbraio.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Mali: Neun Schweizer mit deutschen Evakuierungsflügen ausgeflogen",
            "lead": "Wegen der sich zuspitzenden Sicherheitslage in Bamako hat Deutschland eine Evakuierung eingeleitet. Zwei Maschinen der deutschen Luftwaffe landeten kurz vor Mitternacht in Wunstorf.",
            "body": [
                "An Bord der beiden Transportflugzeuge vom Typ A400M waren 131 Deutsche sowie 55 Staatsangehörige anderer Länder, darunter neun Schweizerinnen und Schweizer. Das teilte der Krisenstab des deutschen Auswärtigen Amts in der Nacht auf Freitag mit.",
                "Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) bestätigte, dass neun Schweizer Staatsangehörige mitgeflogen seien. Die Schweiz hatte ihre Bürgerinnen und Bürger bereits im Februar zur Ausreise aus Mali aufgefordert.",
                "Die Hauptstadt Malis ist seit Wochen von einer Blockade der dschihadistischen Gruppe JNIM betroffen. Treibstoff ist kaum noch erhältlich, Schulen und viele Geschäfte sind geschlossen. Am Mittwoch hatten Kämpfer einen Tanklastwagen-Konvoi auf der Strasse nach Ségou angegriffen.",
                "Die Leiterin des deutschen Krisenstabs, Annette Rüdiger, sagte, man habe den Menschen «einen sicheren Weg nach Hause» ermöglichen wollen. Die deutsche Botschaft in Bamako bleibt mit einem Kernteam geöffnet.",
            ],
        },
        "sibling": {
            "days": 6,
            "why": "same crisis unit and Sahel vocabulary, other country, no evacuation",
            "title": "Auswärtiges Amt fordert Deutsche zur Ausreise aus Burkina Faso auf",
            "lead": "Wegen zunehmender Angriffe islamistischer Gruppen hat die Bundesregierung ihre Reisewarnung verschärft. Evakuierungsflüge der Luftwaffe sind vorerst nicht geplant.",
            "body": [
                "Deutsche Staatsangehörige sollten Burkina Faso „mit kommerziellen Flügen umgehend verlassen“, heißt es in der aktualisierten Reisewarnung, die das Auswärtige Amt am Donnerstag veröffentlichte. In der Krisenvorsorgeliste Elefand sind derzeit 74 Deutsche in dem westafrikanischen Land registriert.",
                "Die Leiterin des Krisenstabs, Annette Rüdiger, sagte, die Lage rund um die Hauptstadt Ouagadougou habe sich binnen weniger Tage verschlechtert. Am Wochenende hatten Kämpfer der Gruppe JNIM einen Militärposten bei Kaya angegriffen; dabei wurden nach Angaben der Armee 23 Soldaten getötet.",
                "Die deutsche Botschaft in Ouagadougou reduziert ihr Personal auf ein Minimum. Air Burkina und Air Côte d'Ivoire fliegen nach Angaben des Ministeriums weiterhin.",
            ],
        },
    },
    {
        "key": "p2-12",
        "section": "welt",
        "time": "2026-04-19T22:40:00+02:00",
        "original": {
            "title": "Bulgarien: Bündnis Demokratische Mitte gewinnt Parlamentswahl",
            "lead": "Bei der achten Parlamentswahl seit 2021 liegt das Mitte-rechts-Bündnis von Krasimir Dobrev nach Teilergebnissen klar vorn. Die Wahlbeteiligung war so niedrig wie selten.",
            "body": [
                "Nach Auszählung von 68 Prozent der Stimmen kommt die Demokratische Mitte auf 27,4 Prozent, wie die Zentrale Wahlkommission am Sonntagabend in Sofia mitteilte. Die sozialkonservative Bulgarische Volksunion von Yordanka Ilieva erreicht 21,8 Prozent, die nationalistische Partei Heimat 13,1 Prozent. Zwei weitere Parteien dürften die Vier-Prozent-Hürde überspringen.",
                "Die Wahlbeteiligung lag nach Angaben der Kommissionsvorsitzenden Rossitsa Marinova bei 38,9 Prozent. Die vorgezogene Wahl war nötig geworden, nachdem die Regierung im Dezember nach Massenprotesten gegen ihren Haushaltsentwurf zurückgetreten war.",
                "Dobrev sprach vor Anhängern von einem „Auftrag zur Stabilität“ und kündigte Gespräche mit allen proeuropäischen Kräften an. Für eine Mehrheit im 240 Sitze zählenden Parlament braucht sein Bündnis mindestens einen, wahrscheinlich zwei Partner. Ilieva schloss eine Koalition mit Dobrev am Abend nicht aus.",
                "Bulgarien hat seit Jahresbeginn den Euro als Währung. Beobachter erwarten schwierige Verhandlungen; seit 2021 hielt keine Regierung länger als eineinhalb Jahre.",
            ],
        },
        "ticker": {
            "title": "Wahl in Bulgarien: Dobrev vorn",
            "text": "Bei der Parlamentswahl in Bulgarien liegt das Bündnis Demokratische Mitte von Krasimir Dobrev nach Teilergebnissen mit 27,4 Prozent klar vor der Volksunion.",
        },
        "rewrite": {
            "title": "Achte Wahl in fünf Jahren: Dobrevs Bündnis wird stärkste Kraft in Bulgarien",
            "lead": "Die Demokratische Mitte gewinnt die vorgezogene Parlamentswahl. Doch ohne Partner geht nichts, und viele Bürger blieben den Urnen fern.",
            "body": [
                "Gut ein Viertel der Stimmen, Platz eins mit deutlichem Abstand: Für Krasimir Dobrev hat sich die vorgezogene Wahl gelohnt. Teilergebnissen der Wahlkommission zufolge holte sein Mitte-rechts-Bündnis 27,4 Prozent. Auf Rang zwei folgt mit 21,8 Prozent die Bulgarische Volksunion um Yordanka Ilieva, Dritte wurden die Nationalisten von Heimat mit 13,1 Prozent.",
                "Nicht einmal vier von zehn Wahlberechtigten gaben ihre Stimme ab; die Kommission bezifferte die Beteiligung auf 38,9 Prozent. Ausgelöst hatte die Abstimmung der Rücktritt des Kabinetts im Dezember, nachdem Zehntausende gegen dessen Budgetpläne protestiert hatten.",
                "Dobrev will nun mit proeuropäischen Parteien sprechen. Im Parlament mit seinen 240 Abgeordneten dürften fünf Parteien vertreten sein, eine Mehrheit erfordert mindestens eine Zweierkoalition. Ilieva ließ offen, ob sie dafür bereitsteht.",
            ],
        },
        "translations": {
            "en": {
                "title": "Bulgaria election: Dobrev's Democratic Centre wins, coalition talks loom",
                "lead": "In the eighth parliamentary election since 2021, Krasimir Dobrev's centre-right alliance is clearly ahead according to partial results. Turnout was unusually low.",
                "body": [
                    "With 68 percent of the votes counted, the Democratic Centre has 27.4 percent, the Central Election Commission said in Sofia on Sunday evening. Yordanka Ilieva's socially conservative Bulgarian People's Union has 21.8 percent and the nationalist party Homeland 13.1 percent. Two more parties look set to clear the 4 percent threshold.",
                    "Turnout was 38.9 percent, according to commission chair Rossitsa Marinova. The snap election was called after the government resigned in December following mass protests against its draft budget.",
                    "Dobrev told supporters he had received “a mandate for stability” and announced talks with all pro-European forces. To secure a majority in the 240-seat parliament, his alliance needs at least one and probably two partners. Ilieva did not rule out a coalition with Dobrev on Sunday evening.",
                    "Bulgaria adopted the euro as its currency at the start of the year. Observers expect difficult negotiations; since 2021, no government has lasted longer than a year and a half.",
                ],
            },
            "fr": {
                "title": "Législatives en Bulgarie : le Centre démocratique de Krasimir Dobrev en tête",
                "lead": "Lors des huitièmes élections législatives depuis 2021, l'alliance de centre droit de Krasimir Dobrev arrive nettement en tête selon des résultats partiels. La participation a été particulièrement faible.",
                "body": [
                    "Après dépouillement de 68 % des bulletins, le Centre démocratique obtient 27,4 % des voix, a annoncé dimanche soir à Sofia la Commission électorale centrale. L'Union populaire bulgare de Yordanka Ilieva, un parti socialement conservateur, recueille 21,8 %, le parti nationaliste Patrie 13,1 %. Deux autres partis devraient franchir le seuil de 4 %.",
                    "La participation s'est établie à 38,9 %, selon la présidente de la commission, Rossitsa Marinova. Ce scrutin anticipé avait été rendu nécessaire par la démission du gouvernement en décembre, après des manifestations massives contre son projet de budget.",
                    "Devant ses partisans, Krasimir Dobrev a évoqué un « mandat pour la stabilité » et annoncé des discussions avec toutes les forces proeuropéennes. Pour obtenir une majorité au Parlement de 240 sièges, son alliance a besoin d'au moins un, probablement deux partenaires. Yordanka Ilieva n'a pas exclu dimanche soir une coalition avec lui.",
                ],
            },
            "it": {
                "title": "Bulgaria al voto, vince il Centro democratico di Dobrev",
                "lead": "Nelle ottave elezioni parlamentari dal 2021, l'alleanza di centrodestra di Krasimir Dobrev è nettamente in testa secondo i risultati parziali. L'affluenza è stata tra le più basse di sempre.",
                "body": [
                    "Con il 68 per cento delle schede scrutinate, il Centro democratico ottiene il 27,4 per cento, ha comunicato domenica sera a Sofia la Commissione elettorale centrale. L'Unione popolare bulgara, partito socialmente conservatore di Yordanka Ilieva, raggiunge il 21,8 per cento, i nazionalisti di Patria il 13,1 per cento. Altri due partiti dovrebbero superare la soglia del 4 per cento.",
                    "L'affluenza è stata del 38,9 per cento, secondo la presidente della Commissione Rossitsa Marinova. Il voto anticipato si era reso necessario dopo le dimissioni del governo a dicembre, in seguito alle proteste di massa contro la sua proposta di bilancio.",
                    "Davanti ai sostenitori Dobrev ha parlato di «un mandato per la stabilità» e ha annunciato colloqui con tutte le forze europeiste. Per avere la maggioranza nel Parlamento da 240 seggi la sua alleanza ha bisogno di almeno uno, probabilmente due partner. Ilieva in serata non ha escluso una coalizione con Dobrev.",
                    "Dall'inizio dell'anno la Bulgaria ha adottato l'euro. Gli osservatori prevedono trattative difficili: dal 2021 nessun governo è durato più di un anno e mezzo.",
                ],
            },
        },
        "follow_up": {
            "days": 3,
            "refers": True,
            "title": "Bulgarien: Dobrev erhält Auftrag zur Regierungsbildung",
            "lead": "Nach Auszählung aller Stimmen stellt das Bündnis Demokratische Mitte 79 der 240 Abgeordneten. Krasimir Dobrev hat sieben Tage Zeit, ein Kabinett vorzuschlagen.",
            "body": [
                "Das Staatsoberhaupt übergab Dobrev das Mandat am Mittwoch im Präsidialamt in Sofia. Wie wir berichteten, war sein Mitte-rechts-Bündnis bei der vorgezogenen Wahl am Sonntag mit deutlichem Abstand stärkste Kraft geworden.",
                "Das Endergebnis der Zentralen Wahlkommission bestätigte 27,6 Prozent für die Demokratische Mitte. Die Bulgarische Volksunion kommt auf 64 Sitze, die Nationalisten von Heimat auf 38; zwei kleinere Parteien teilen sich die übrigen 59 Mandate.",
                "Dobrev kündigte an, zunächst mit Yordanka Ilieva über eine Koalition zu verhandeln. Beide Bündnisse zusammen hätten 143 Sitze und damit eine stabile Mehrheit. Ilieva stellte Bedingungen: Ihre Partei verlange das Finanzministerium und einen Verzicht auf die geplante Erhöhung der Mehrwertsteuer.",
                "Scheitert Dobrev, geht der Auftrag an die zweitstärkste Partei.",
            ],
        },
        "sibling": {
            "days": 7,
            "why": "same country, parties, leaders and election commission, different vote",
            "title": "Bulgarien: Demokratische Mitte gewinnt Bürgermeisterwahl in Plowdiw",
            "lead": "In Bulgariens zweitgrößter Stadt hat sich der Kandidat des Bündnisses von Krasimir Dobrev durchgesetzt. Die Nachwahl war nach dem Rücktritt des bisherigen Bürgermeisters nötig geworden.",
            "body": [
                "Stefan Georgiev von der Demokratischen Mitte erhielt am Sonntag 51,9 Prozent der Stimmen und gewann damit bereits im ersten Durchgang, wie die Zentrale Wahlkommission in Sofia mitteilte. Seine Gegenkandidatin Maria Petrova von der Bulgarischen Volksunion kam auf 36,4 Prozent. Die Wahlbeteiligung lag bei 31,5 Prozent.",
                "Der bisherige Bürgermeister war im Februar nach Korruptionsvorwürfen im Zusammenhang mit der Vergabe von Bauaufträgen zurückgetreten. Kommissionsvorsitzende Rossitsa Marinova sprach von einem geordneten Ablauf; es seien 14 Beschwerden eingegangen.",
                "Dobrev gratulierte seinem Parteifreund persönlich in Plowdiw. Yordanka Ilieva erkannte die Niederlage an und sagte, ihre Partei habe in der Stadt „mehr als je zuvor“ erreicht.",
            ],
        },
    },
]
