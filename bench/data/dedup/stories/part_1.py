"""Story families for feedhub's own dedup evaluation set, part 1: German politics.

Written for feedhub (fictional events). Schema: bench/data/dedup/README.md."""

FAMILIES = [
    {
        "key": "p1-01",
        "section": "politik",
        "time": "2026-01-13T10:20:00+01:00",
        "original": {
            "title": "Karlsruhe kippt automatisierte Datenanalyse der sächsischen Polizei",
            "lead": "Das Bundesverfassungsgericht hat zentrale Teile des sächsischen Polizeigesetzes für verfassungswidrig erklärt. Die Software zur Auswertung großer Datenbestände darf nur noch eingeschränkt genutzt werden.",
            "body": [
                "Der Erste Senat gab am Dienstag in Karlsruhe den Verfassungsbeschwerden von 14 Klägerinnen und Klägern weitgehend statt, darunter zwei Journalisten und eine Strafverteidigerin aus Leipzig. Die Regelung im sächsischen Polizeivollzugsdienstgesetz verletze das Grundrecht auf informationelle Selbstbestimmung, sagte Gerichtsvizepräsidentin Dagmar Tessendorf bei der Urteilsverkündung. Die Entscheidung fiel mit sechs zu zwei Stimmen.",
                "Seit 2024 verknüpft die Polizei in Sachsen mit dem Analyseprogramm „Kairos“ Daten aus der Vorgangsbearbeitung, aus Funkzellenabfragen und aus dem Melderegister. Nach Angaben des Innenministeriums in Dresden wurden bislang rund 2,3 Millionen Datensätze ausgewertet. Die Richter bemängelten, dass das Gesetz weder die Art der Daten noch die Schwelle für einen Einsatz ausreichend begrenze.",
                "Der Landtag muss die Vorschriften bis zum 31. Dezember 2026 neu fassen. Bis dahin darf die Software nur bei einer konkreten Gefahr für Leib, Leben oder Freiheit einer Person eingesetzt werden. Die mündliche Verhandlung hatte im Januar 2025 stattgefunden.",
                "Sachsens Innenminister Frank Uhlemann (CDU) kündigte an, das Urteil „sorgfältig auszuwerten“. Rechtsanwältin Nele Brandhorst von der Gesellschaft für Freiheitsrechte, die die Beschwerden koordiniert hatte, sprach von einem „Signal an alle Länder, die ähnliche Programme planen“.",
            ],
        },
        "ticker": {
            "title": "Verfassungsgericht stoppt Sachsens Polizei-Software weitgehend",
            "text": "Das Bundesverfassungsgericht hat die automatisierte Datenanalyse der sächsischen Polizei mit dem Programm „Kairos“ in weiten Teilen für verfassungswidrig erklärt und eine Neuregelung bis Ende 2026 verlangt.",
        },
        "rewrite": {
            "title": "Niederlage für Dresden: Polizei-Analyseprogramm „Kairos“ nur noch im Notfall erlaubt",
            "lead": "Datenschützer feiern einen Erfolg in Karlsruhe. Sachsen muss die Rechtsgrundlage für seine Datenauswertung nachbessern.",
            "body": [
                "Für die sächsische Polizei ist es eine empfindliche Schlappe. Die Vorschriften, auf die sich die Beamten bei der automatisierten Auswertung ihrer Datenbestände stützen, genügen nach einem Urteil des Bundesverfassungsgerichts vom Dienstag nicht den Anforderungen des Grundgesetzes. Sechs der acht Mitglieder des Ersten Senats trugen die Entscheidung.",
                "„Kairos“ führt seit 2024 Informationen aus mehreren Polizeisystemen, aus Funkzellenabfragen und aus dem Melderegister zusammen; etwa 2,3 Millionen Datensätze sind nach Ministeriumsangaben bereits durch das Programm gelaufen. Karlsruhe verlangt klare gesetzliche Grenzen dafür, welche Informationen einfließen und ab welcher Gefahrenlage die Software starten darf. Bis zu einer Neuregelung, die spätestens Ende 2026 vorliegen muss, ist ihr Einsatz nur erlaubt, wenn Leib, Leben oder Freiheit eines Menschen konkret bedroht sind.",
                "Geklagt hatten 14 Personen mit Unterstützung der Gesellschaft für Freiheitsrechte. Deren Anwältin Nele Brandhorst erwartet Folgen weit über Sachsen hinaus. Innenminister Frank Uhlemann (CDU) will die Begründung zunächst prüfen lassen, die Opposition im Landtag verlangt die sofortige Abschaltung.",
            ],
        },
        "translations": {
            "en": {
                "title": "German top court reins in Saxony's police data-mining software",
                "lead": "Germany's Federal Constitutional Court has declared key parts of Saxony's police law unconstitutional. Software used to analyse large pools of data may now only be used in limited cases.",
                "body": [
                    "The court's First Senate in Karlsruhe on Tuesday largely upheld constitutional complaints brought by 14 people, among them two journalists and a defence lawyer from Leipzig. The provision in Saxony's police law violates the fundamental right to informational self-determination, Vice President Dagmar Tessendorf said as she delivered the ruling. The decision was taken by six votes to two.",
                    "Since 2024, police in Saxony have used the analysis program “Kairos” to link data from case management systems, cell-site queries and the population register. According to the state interior ministry in Dresden, around 2.3 million records have been analysed so far. The judges found that the law sufficiently restricts neither the type of data nor the threshold for using the software.",
                    "The state parliament must rewrite the rules by December 31, 2026. Until then, the software may only be used when there is a concrete threat to a person's life, limb or liberty. The oral hearing had taken place in January 2025.",
                    "Saxony's interior minister Frank Uhlemann (CDU) said he would study the ruling “carefully”. Lawyer Nele Brandhorst of the Society for Civil Rights (GFF), which coordinated the complaints, called it “a signal to every state planning similar programs”.",
                ],
            },
            "fr": {
                "title": "Allemagne : la Cour constitutionnelle retoque le logiciel d'analyse de la police saxonne",
                "lead": "La Cour constitutionnelle fédérale a jugé contraires à la Loi fondamentale des pans entiers de la loi sur la police de Saxe. Le logiciel qui passe au crible de vastes bases de données ne pourra plus être utilisé que de façon restreinte.",
                "body": [
                    "Réunie mardi à Karlsruhe, la première chambre de la Cour a largement donné raison aux 14 auteurs des recours constitutionnels, parmi lesquels deux journalistes et une avocate pénaliste de Leipzig. La disposition de la loi saxonne viole le droit fondamental à l'autodétermination informationnelle, a déclaré la vice-présidente de la Cour, Dagmar Tessendorf, en rendant la décision, adoptée par six voix contre deux.",
                    "Depuis 2024, la police saxonne croise, grâce au programme « Kairos », des données issues de ses fichiers de procédures, de réquisitions de bornes téléphoniques et du registre de la population. Selon le ministère de l'Intérieur à Dresde, quelque 2,3 millions d'enregistrements ont été analysés jusqu'ici. Les juges reprochent à la loi de ne limiter suffisamment ni la nature des données ni le seuil à partir duquel le logiciel peut être utilisé.",
                    "Le Parlement régional doit revoir le texte d'ici au 31 décembre 2026. D'ici là, le logiciel ne pourra être employé qu'en cas de danger concret pour la vie, l'intégrité physique ou la liberté d'une personne. L'audience s'était tenue en janvier 2025.",
                    "Le ministre saxon de l'Intérieur, Frank Uhlemann (CDU), a promis d'examiner l'arrêt « avec soin ». L'avocate Nele Brandhorst, de l'association Gesellschaft für Freiheitsrechte, qui avait coordonné les recours, y voit « un signal pour tous les Länder qui envisagent des programmes similaires ».",
                ],
            },
            "it": {
                "title": "Karlsruhe frena la polizia sassone: illegittima l'analisi automatizzata dei dati",
                "lead": "La Corte costituzionale federale tedesca ha dichiarato incostituzionali parti centrali della legge sulla polizia della Sassonia. Il software che analizza grandi banche dati potrà essere usato solo in casi limitati.",
                "body": [
                    "Martedì a Karlsruhe il Primo Senato ha accolto in larga parte i ricorsi costituzionali di 14 persone, tra cui due giornalisti e un'avvocata penalista di Lipsia. La norma della legge sassone viola il diritto fondamentale all'autodeterminazione informativa, ha detto la vicepresidente della Corte Dagmar Tessendorf leggendo la sentenza, approvata con sei voti contro due.",
                    "Dal 2024 la polizia sassone incrocia con il programma «Kairos» dati provenienti dai propri archivi dei procedimenti, dalle richieste sulle celle telefoniche e dall'anagrafe. Secondo il ministero dell'Interno di Dresda, finora sono stati analizzati circa 2,3 milioni di record. I giudici hanno contestato che la legge non limita a sufficienza né il tipo di dati né la soglia per l'impiego del software.",
                    "Il parlamento regionale dovrà riscrivere le norme entro il 31 dicembre 2026. Fino ad allora il programma potrà essere usato solo in caso di pericolo concreto per la vita, l'incolumità o la libertà di una persona.",
                    "Il ministro dell'Interno sassone Frank Uhlemann (Cdu) ha annunciato che esaminerà la sentenza «con attenzione». L'avvocata Nele Brandhorst della Gesellschaft für Freiheitsrechte, che aveva coordinato i ricorsi, ha parlato di «un segnale per tutti i Länder che progettano programmi simili».",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "Deutsches Höchstgericht stoppt Polizei-Software in Sachsen",
            "lead": "Das deutsche Bundesverfassungsgericht hat zentrale Teile des sächsischen Polizeigesetzes aufgehoben. Das Programm zur Auswertung großer Datenbestände darf nur noch eingeschränkt laufen.",
            "body": [
                "Der Erste Senat gab am Dienstag in Karlsruhe den Verfassungsbeschwerden von 14 Klägerinnen und Klägern weitgehend statt, darunter zwei Journalisten und eine Strafverteidigerin aus Leipzig. Die Regelung verletze das Grundrecht auf informationelle Selbstbestimmung, sagte Gerichtsvizepräsidentin Dagmar Tessendorf. Die Entscheidung fiel mit sechs zu zwei Stimmen.",
                "Seit 2024 verknüpft die sächsische Polizei mit dem Analyseprogramm „Kairos“ Daten aus der Vorgangsbearbeitung, aus Funkzellenabfragen und aus dem Melderegister. Laut Innenministerium in Dresden wurden bisher rund 2,3 Millionen Datensätze ausgewertet. Die Richter bemängelten, dass das Gesetz weder die Art der Daten noch die Schwelle für einen Einsatz ausreichend begrenze.",
                "Der Landtag muss die Vorschriften bis 31. Dezember 2026 neu fassen. Bis dahin darf die Software nur bei einer konkreten Gefahr für Leib, Leben oder Freiheit eingesetzt werden. Die mündliche Verhandlung hatte im Jänner 2025 stattgefunden.",
            ],
        },
        "follow_up": {
            "days": 3,
            "refers": True,
            "title": "Sachsen schaltet Polizei-Software „Kairos“ vorerst komplett ab",
            "lead": "Innenminister Frank Uhlemann zieht Konsequenzen aus dem Karlsruher Urteil. Bis zu einem neuen Gesetz soll das Analyseprogramm gar nicht mehr laufen.",
            "body": [
                "Die sächsische Polizei verzichtet ab sofort vollständig auf die automatisierte Datenanalyse. Das kündigte Innenminister Frank Uhlemann (CDU) am Freitag in Dresden an. Auch die vom Gericht erlaubten Ausnahmen für akute Gefahrenlagen werde man nicht nutzen, „um keine weiteren Rechtsrisiken einzugehen“.",
                "Wie wir berichteten, hatte das Bundesverfassungsgericht am Dienstag die gesetzliche Grundlage für das Programm „Kairos“ in weiten Teilen für verfassungswidrig erklärt. Uhlemann will nun bis Ende April Eckpunkte für eine Neuregelung vorlegen. Der Vertrag mit dem US-Anbieter Veridian Systems, der das Land jährlich rund 4,7 Millionen Euro kostet, läuft vorerst weiter.",
                "Die Grünen im Landtag beantragten eine Sondersitzung des Innenausschusses. Ihre innenpolitische Sprecherin Valentina Szymanski sprach von einem „verspäteten Eingeständnis“. Die Gewerkschaft der Polizei warnte dagegen, ohne das Programm dauerten Ermittlungen bei Serieneinbrüchen deutlich länger.",
            ],
        },
        "sibling": {
            "days": 16,
            "why": "same court and senate, same complainants' lawyer, another state's police law, opposite outcome",
            "title": "Karlsruhe billigt Bodycam-Einsatz der NRW-Polizei in Wohnungen",
            "lead": "Das Bundesverfassungsgericht hat Verfassungsbeschwerden gegen das nordrhein-westfälische Polizeigesetz zurückgewiesen. Die Beamten dürfen ihre Körperkameras auch in Privaträumen einschalten.",
            "body": [
                "Der Erste Senat des Bundesverfassungsgerichts sieht in den Regeln für Bodycams in Wohnungen keinen Verstoß gegen das Grundgesetz. Die Aufnahmen seien auf Fälle beschränkt, in denen Polizisten Gewalt drohe, und müssten nach 30 Tagen gelöscht werden, sagte Gerichtsvizepräsidentin Dagmar Tessendorf am Donnerstag in Karlsruhe. Die Entscheidung fiel einstimmig.",
                "Geklagt hatten drei Bürger aus Köln und Bochum, unterstützt von der Gesellschaft für Freiheitsrechte. Rechtsanwältin Nele Brandhorst zeigte sich enttäuscht: Die Wohnung sei „der letzte Rückzugsraum“, das Urteil öffne die Tür für weitere Eingriffe.",
                "In Nordrhein-Westfalen sind rund 11.000 Körperkameras im Einsatz. NRW-Innenminister Detlef Marquardt (CDU) begrüßte den Beschluss als „Rückendeckung für die Kolleginnen und Kollegen im Streifendienst“. Die Gewerkschaft der Polizei verweist auf eine Auswertung, nach der Angriffe auf Beamte mit eingeschalteter Kamera um 23 Prozent seltener sind.",
            ],
        },
    },
    {
        "key": "p1-02",
        "section": "politik",
        "time": "2026-01-15T18:00:00+01:00",
        "original": {
            "title": "Umfrage im Südwesten: CDU verliert, Grüne holen auf",
            "lead": "Sieben Wochen vor der Landtagswahl in Baden-Württemberg büßt die CDU an Zustimmung ein. Die Grünen legen laut dem neuen „Südwest-Monitor“ zwei Punkte zu.",
            "body": [
                "Wäre am Sonntag Landtagswahl, käme die CDU auf 29 Prozent, zwei Punkte weniger als im Dezember. Die Grünen erreichen 21 Prozent, die AfD liegt unverändert bei 20 Prozent. Die SPD kommt auf 10 Prozent, die Linke auf 7 Prozent. Die FDP müsste mit 5 Prozent um den Wiedereinzug in den Landtag bangen, das BSW läge mit 3 Prozent darunter.",
                "Für den „Südwest-Monitor“ befragte das Mannheimer Institut Demotrend im Auftrag der Zeitung „Südwestrundschau“ vom 8. bis 13. Januar 1204 Wahlberechtigte. Die Fehlertoleranz liegt bei bis zu drei Prozentpunkten.",
                "Könnten die Bürgerinnen und Bürger den Regierungschef direkt wählen, läge die Grünen-Spitzenkandidatin Miriam Lautenschlager mit 34 Prozent vor CDU-Landeschef Matthias Ostertag mit 27 Prozent. Als wichtigstes Problem im Land nannten 38 Prozent die wirtschaftliche Lage, vor allem in der Auto- und Zulieferindustrie. Es folgen Migration mit 22 Prozent und Bildung mit 11 Prozent.",
                "„Das Rennen um Platz eins ist offener, als viele glauben“, sagte Demotrend-Geschäftsführerin Carola Wiesinger. Fast ein Drittel der Befragten sei sich noch nicht sicher, ob und wen es wählen werde. Die Landtagswahl findet am 8. März statt.",
            ],
        },
        "ticker": {
            "title": "Südwest-Monitor: Abstand zwischen CDU und Grünen schrumpft",
            "text": "In einer neuen Demotrend-Umfrage zur Landtagswahl in Baden-Württemberg fällt die CDU auf 29 Prozent, während die Grünen auf 21 Prozent zulegen.",
        },
        "rewrite": {
            "title": "Landtagswahl: Grüne rücken näher an die CDU heran – FDP auf der Kippe",
            "lead": "Acht Punkte trennen die beiden stärksten Parteien in Baden-Württemberg nur noch. Bei der Frage nach dem Regierungschef liegt die Grüne Miriam Lautenschlager klar vorn.",
            "body": [
                "Die Christdemokraten bleiben zwar stärkste Kraft, doch ihr Vorsprung schmilzt: Mit 29 Prozent liegen sie im jüngsten „Südwest-Monitor“ zwei Zähler unter dem Vormonat. Die Grünen verbessern sich auf 21 Prozent, knapp vor der AfD mit unveränderten 20 Prozent. Dahinter folgen SPD (10), Linke (7), FDP (5) und BSW (3).",
                "Im direkten Vergleich der Spitzenleute hätte Lautenschlager mit 34 Prozent die Nase vorn, CDU-Landesvorsitzender Matthias Ostertag kommt auf 27 Prozent. Am meisten Sorgen bereitet den Menschen im Südwesten die Wirtschaft, besonders die Krise der Autobranche.",
                "Das Institut Demotrend aus Mannheim hatte für die „Südwestrundschau“ zwischen dem 8. und 13. Januar 1204 Wahlberechtigte befragt. Institutschefin Carola Wiesinger mahnt zur Vorsicht bei der Deutung: Viele Menschen entschieden sich erst in den letzten Tagen vor dem 8. März.",
            ],
        },
        "translations": {
            "en": {
                "title": "Poll: CDU slips in Baden-Württemberg as Greens close the gap",
                "lead": "Seven weeks before the state election in Baden-Württemberg, support for the CDU is waning. According to the latest “Südwest-Monitor”, the Greens have gained two points.",
                "body": [
                    "If the state election were held on Sunday, the CDU would win 29 percent, two points down on December. The Greens would take 21 percent, while the AfD is unchanged at 20 percent. The SPD stands at 10 percent and the Left Party at 7 percent. The FDP, on 5 percent, would face a nervous wait over re-entering the state parliament, while the BSW would fall short at 3 percent.",
                    "For the “Südwest-Monitor”, the Mannheim-based institute Demotrend surveyed 1,204 eligible voters between January 8 and 13 on behalf of the newspaper “Südwestrundschau”. The margin of error is up to three percentage points.",
                    "If voters could elect the head of government directly, the Greens' lead candidate Miriam Lautenschlager would win 34 percent, ahead of CDU state leader Matthias Ostertag on 27 percent. Asked about the most important problem in the state, 38 percent named the economy, above all the car and supplier industry, followed by migration on 22 percent and education on 11 percent.",
                    "“The race for first place is more open than many believe,” said Demotrend managing director Carola Wiesinger. Almost a third of respondents were still unsure whether and for whom they would vote. The state election takes place on March 8.",
                ],
            },
            "fr": {
                "title": "Bade-Wurtemberg : la CDU recule, les Verts se rapprochent dans un sondage",
                "lead": "À sept semaines des élections régionales dans le Bade-Wurtemberg, la CDU perd du terrain. Les Verts gagnent deux points selon le dernier « Südwest-Monitor ».",
                "body": [
                    "Si le scrutin avait lieu dimanche, la CDU obtiendrait 29 %, soit deux points de moins qu'en décembre. Les Verts atteindraient 21 %, l'AfD restant stable à 20 %. Le SPD est crédité de 10 %, Die Linke de 7 %. Avec 5 %, le FDP devrait trembler pour son retour au Landtag, tandis que le BSW resterait en deçà avec 3 %.",
                    "Pour ce « Südwest-Monitor », l'institut Demotrend, basé à Mannheim, a interrogé 1 204 électeurs du 8 au 13 janvier pour le compte du journal « Südwestrundschau ». La marge d'erreur atteint trois points.",
                    "Si les habitants pouvaient élire directement le chef du gouvernement régional, la tête de liste des Verts, Miriam Lautenschlager, l'emporterait avec 34 %, devant le président régional de la CDU, Matthias Ostertag (27 %). Interrogés sur le principal problème du Land, 38 % citent la situation économique, notamment dans l'automobile et chez les sous-traitants.",
                    "« La course à la première place est plus ouverte qu'on ne le croit », estime Carola Wiesinger, directrice de Demotrend. Près d'un tiers des personnes interrogées ne savent pas encore si elles iront voter, ni pour qui. Le scrutin aura lieu le 8 mars.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Wahlkampf im Nachbarland: CDU in Baden-Württemberg unter Druck",
            "lead": "Sieben Wochen vor der Landtagswahl in Baden-Württemberg verliert die CDU an Zustimmung. Die Grünen legen laut dem neuen «Südwest-Monitor» zwei Punkte zu.",
            "body": [
                "Wäre am Sonntag Landtagswahl, käme die CDU auf 29 Prozent, zwei Punkte weniger als im Dezember. Die Grünen erreichen 21 Prozent, die AfD liegt unverändert bei 20 Prozent. Die SPD kommt auf 10 Prozent, die Linke auf 7 Prozent. Die FDP müsste mit 5 Prozent um den Wiedereinzug ins Landesparlament bangen, das BSW läge mit 3 Prozent darunter.",
                "Für den «Südwest-Monitor» befragte das Mannheimer Institut Demotrend vom 8. bis 13. Januar 1204 Stimmberechtigte. Die Fehlertoleranz liegt bei bis zu drei Prozentpunkten.",
                "Könnte die Bevölkerung den Regierungschef direkt wählen, läge die Grünen-Spitzenkandidatin Miriam Lautenschlager mit 34 Prozent vor CDU-Landeschef Matthias Ostertag mit 27 Prozent. Als grösstes Problem nannten 38 Prozent die wirtschaftliche Lage, vor allem in der Auto- und Zulieferindustrie, von der auch viele Betriebe in der Nordwestschweiz abhängen. Gewählt wird am 8. März.",
            ],
        },
        "sibling": {
            "days": -28,
            "why": "previous month's edition of the same recurring state poll, same institute and candidates, other figures",
            "title": "Südwest-Monitor: CDU baut Vorsprung aus, FDP unter fünf Prozent",
            "lead": "Knapp drei Monate vor der Landtagswahl in Baden-Württemberg liegt die CDU deutlich vorn. Die FDP würde laut der Dezember-Umfrage den Einzug in den Landtag verpassen.",
            "body": [
                "Wäre am Sonntag Landtagswahl, käme die CDU auf 31 Prozent und damit einen Punkt mehr als im November. Die AfD erreicht 20 Prozent, die Grünen 19 Prozent. Die SPD liegt bei 11 Prozent, die Linke bei 6 Prozent. FDP und BSW kämen jeweils auf 4 Prozent und wären nicht mehr im Parlament vertreten.",
                "Das Institut Demotrend befragte für die „Südwestrundschau“ vom 4. bis 9. Dezember 1187 Wahlberechtigte. Bei einer Direktwahl des Regierungschefs läge die Grüne Miriam Lautenschlager mit 31 Prozent knapp vor Matthias Ostertag (CDU) mit 29 Prozent.",
                "Als drängendstes Thema nannten 41 Prozent die Wirtschaft. „Die Stimmung ist von der Sorge um Arbeitsplätze geprägt“, sagte Demotrend-Geschäftsführerin Carola Wiesinger. Die Hälfte der Befragten rechnet mit einer Koalition aus CDU und Grünen.",
            ],
        },
    },
    {
        "key": "p1-03",
        "section": "politik",
        "time": "2026-01-19T15:10:00+01:00",
        "original": {
            "title": "Bayern und Österreich schicken gemeinsame Grenzstreifen los",
            "lead": "Bayerische und österreichische Polizisten sollen ab 1. Februar gemeinsam an der Grenze bei Salzburg patrouillieren. Im Gegenzug werden die festen Kontrollen am Walserberg gelockert.",
            "body": [
                "Darauf verständigten sich Bayerns Innenminister Korbinian Haslbeck (CSU) und Österreichs Innenminister Stefan Kogelnik (ÖVP) am Montag in Salzburg. Zunächst sollen 60 Beamtinnen und Beamte aus beiden Ländern in gemischten Teams auf der Autobahn A8, in Zügen zwischen Salzburg und München sowie auf Nebenstraßen im Berchtesgadener Land unterwegs sein. Koordiniert wird der Einsatz von einem gemeinsamen Lagezentrum in Freilassing.",
                "Vereinbart wurde zudem, die stationären Kontrollen am Grenzübergang Walserberg in den Hauptverkehrszeiten von 6 bis 9 Uhr und von 16 bis 19 Uhr auszusetzen. Dort hatten sich zuletzt regelmäßig Staus von bis zu zwölf Kilometern gebildet, die vor allem Pendler aus dem Salzburger Flachgau trafen.",
                "Nach Zahlen des bayerischen Innenministeriums stellten Grenzpolizei und Bundespolizei im vergangenen Jahr an der Grenze zu Österreich 4120 unerlaubte Einreisen fest, rund ein Drittel weniger als 2024. 312 mutmaßliche Schleuser wurden festgenommen.",
                "„Wir kontrollieren klüger statt länger“, sagte Haslbeck. Kogelnik sprach von einem „Modell für ganz Europa“. Das Projekt ist zunächst auf sechs Monate angelegt. Das Bundesinnenministerium in Berlin muss noch zustimmen, weil auch Kräfte der Bundespolizei eingebunden werden sollen.",
            ],
        },
        "ticker": {
            "title": "Gemischte Polizeiteams für die Grenze bei Salzburg",
            "text": "Bayern und Österreich wollen ab Anfang Februar mit 60 Polizisten gemeinsam an der Grenze bei Salzburg patrouillieren und die festen Kontrollen am Walserberg im Berufsverkehr aussetzen.",
        },
        "rewrite": {
            "title": "Weniger Stau am Walserberg: Haslbeck und Kogelnik setzen auf gemischte Teams",
            "lead": "Statt Schlagbaum im Berufsverkehr sollen bayerisch-österreichische Streifen Schleuser aufspüren. Der Bund hat noch ein Wort mitzureden.",
            "body": [
                "Wer morgens aus dem Flachgau nach Freilassing oder Bad Reichenhall pendelt, stand zuletzt oft eine Stunde im Stau. Damit soll ab Februar Schluss sein: Zwischen 6 und 9 Uhr sowie zwischen 16 und 19 Uhr entfallen die festen Kontrollen am Übergang Walserberg. Stattdessen gehen 60 Polizistinnen und Polizisten beider Länder gemeinsam auf Streife, auf der A8, in Zügen Richtung München und auf kleinen Grenzstraßen.",
                "Die beiden Innenminister Korbinian Haslbeck (CSU) und Stefan Kogelnik (ÖVP) unterzeichneten die Vereinbarung am Montag in Salzburg. Die Leitstelle für die gemischten Teams wird in Freilassing eingerichtet, der Probelauf dauert sechs Monate.",
                "Haslbeck verwies auf sinkende Zahlen: 2025 registrierten die Behörden an der österreichischen Grenze 4120 unerlaubte Einreisen und nahmen 312 mutmaßliche Schleuser fest. Weil die Bundespolizei mitmachen soll, braucht es aber noch grünes Licht aus dem Bundesinnenministerium.",
            ],
        },
        "translations": {
            "en": {
                "title": "Bavaria and Austria to launch joint border patrols near Salzburg",
                "lead": "Bavarian and Austrian police officers are to patrol the border near Salzburg together from February 1. In return, fixed checks at the Walserberg crossing will be eased.",
                "body": [
                    "Bavaria's interior minister Korbinian Haslbeck (CSU) and Austria's interior minister Stefan Kogelnik (ÖVP) agreed on the plan in Salzburg on Monday. Initially, 60 officers from both countries will work in mixed teams on the A8 motorway, on trains between Salzburg and Munich and on minor roads in the Berchtesgadener Land district. The operation will be coordinated from a joint command centre in Freilassing.",
                    "The ministers also agreed to suspend stationary checks at the Walserberg border crossing during rush hours, from 6 to 9 a.m. and from 4 to 7 p.m. Tailbacks of up to 12 kilometres had recently built up there on a regular basis, hitting commuters from Salzburg's Flachgau area in particular.",
                    "According to the Bavarian interior ministry, the state border police and the federal police recorded 4,120 unauthorised entries at the Austrian border last year, around a third fewer than in 2024. A total of 312 suspected people smugglers were arrested.",
                    "“We are checking smarter, not longer,” Haslbeck said. Kogelnik called it “a model for all of Europe”. The project will initially run for six months. The federal interior ministry in Berlin still has to give its approval because federal police units are also to be involved.",
                ],
            },
            "fr": {
                "title": "Frontière austro-bavaroise : des patrouilles mixtes pour désengorger le Walserberg",
                "lead": "Des policiers bavarois et autrichiens patrouilleront ensemble à partir du 1er février à la frontière près de Salzbourg. En contrepartie, les contrôles fixes au Walserberg seront allégés.",
                "body": [
                    "Le ministre bavarois de l'Intérieur, Korbinian Haslbeck (CSU), et son homologue autrichien, Stefan Kogelnik (ÖVP), se sont mis d'accord lundi à Salzbourg. Dans un premier temps, 60 agents des deux pays formeront des équipes mixtes sur l'autoroute A8, dans les trains entre Salzbourg et Munich et sur les routes secondaires du Berchtesgadener Land. L'opération sera pilotée depuis un centre de commandement commun à Freilassing.",
                    "Les deux ministres ont aussi convenu de suspendre les contrôles fixes au poste-frontière du Walserberg aux heures de pointe, de 6 à 9 heures et de 16 à 19 heures. Des bouchons atteignant 12 kilomètres s'y formaient régulièrement ces derniers temps, pénalisant surtout les navetteurs du Flachgau salzbourgeois.",
                    "Selon le ministère bavarois de l'Intérieur, la police des frontières bavaroise et la police fédérale ont constaté l'an dernier 4 120 entrées irrégulières à la frontière autrichienne, environ un tiers de moins qu'en 2024. 312 passeurs présumés ont été arrêtés.",
                    "« Nous contrôlons plus intelligemment, pas plus longtemps », a déclaré Korbinian Haslbeck. Stefan Kogelnik a évoqué « un modèle pour toute l'Europe ». Le projet est prévu pour six mois et doit encore être approuvé par le ministère fédéral de l'Intérieur à Berlin.",
                ],
            },
            "it": {
                "title": "Baviera e Austria, pattuglie miste al confine di Salisburgo",
                "lead": "Dal 1° febbraio agenti bavaresi e austriaci pattuglieranno insieme il confine nei pressi di Salisburgo. In cambio saranno allentati i controlli fissi al valico del Walserberg.",
                "body": [
                    "L'intesa è stata raggiunta lunedì a Salisburgo dal ministro dell'Interno bavarese Korbinian Haslbeck (Csu) e dal ministro dell'Interno austriaco Stefan Kogelnik (Övp). In una prima fase 60 agenti dei due Paesi opereranno in squadre miste sull'autostrada A8, sui treni tra Salisburgo e Monaco di Baviera e sulle strade secondarie del Berchtesgadener Land. Il coordinamento sarà affidato a una centrale operativa comune a Freilassing.",
                    "È stato inoltre deciso di sospendere i controlli fissi al valico del Walserberg nelle ore di punta, dalle 6 alle 9 e dalle 16 alle 19. Negli ultimi tempi vi si formavano regolarmente code fino a 12 chilometri, che colpivano soprattutto i pendolari del Flachgau salisburghese.",
                    "Secondo il ministero dell'Interno bavarese, l'anno scorso polizia di frontiera bavarese e polizia federale hanno registrato al confine con l'Austria 4.120 ingressi irregolari, circa un terzo in meno rispetto al 2024. I presunti passeur arrestati sono stati 312.",
                    "«Controlliamo in modo più intelligente, non più a lungo», ha detto Haslbeck. Kogelnik ha parlato di «un modello per tutta l'Europa». Il progetto durerà inizialmente sei mesi e attende ancora il via libera del ministero federale dell'Interno a Berlino.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "Walserberg: Keine Grenzkontrollen mehr im Frühverkehr",
            "lead": "Bayerische und österreichische Polizisten patrouillieren ab 1. Februar gemeinsam an der Grenze bei Salzburg. Für Pendler aus dem Flachgau werden die Kontrollen am Walserberg gelockert.",
            "body": [
                "Darauf haben sich Innenminister Stefan Kogelnik (ÖVP) und sein bayerischer Amtskollege Korbinian Haslbeck (CSU) am Montag in Salzburg verständigt. Zunächst sollen 60 Exekutivbeamtinnen und -beamte beider Länder in gemischten Teams auf der Autobahn, in Zügen zwischen Salzburg und München sowie auf Nebenstraßen im Berchtesgadener Land unterwegs sein. Koordiniert wird der Einsatz von einem gemeinsamen Lagezentrum in Freilassing.",
                "Die stationären Kontrollen am Grenzübergang Walserberg werden in den Hauptverkehrszeiten von 6 bis 9 Uhr und von 16 bis 19 Uhr ausgesetzt. Dort hatten sich zuletzt regelmäßig Staus von bis zu zwölf Kilometern gebildet, die vor allem Pendler aus dem Flachgau trafen.",
                "„Wir kontrollieren klüger statt länger“, sagte Haslbeck. Kogelnik sprach von einem „Modell für ganz Europa“. Das Projekt ist vorerst auf sechs Monate angelegt. Das deutsche Bundesinnenministerium muss noch zustimmen, weil auch die deutsche Bundespolizei eingebunden wird.",
            ],
        },
        "follow_up": {
            "days": 15,
            "refers": True,
            "title": "Erste Bilanz der gemischten Grenzstreifen: 17 Aufgriffe, zwei Festnahmen",
            "lead": "Die bayerisch-österreichischen Polizeiteams an der Grenze bei Salzburg ziehen eine erste Bilanz. Am Walserberg blieb der große Stau aus.",
            "body": [
                "In den ersten 48 Stunden haben die gemeinsamen Streifen 17 Menschen ohne gültige Papiere aufgegriffen und zwei mutmaßliche Schleuser festgenommen. Die beiden Männer im Alter von 31 und 44 Jahren waren in einem Kleintransporter bei Piding kontrolliert worden, teilte das Lagezentrum in Freilassing am Dienstag mit.",
                "Erst vor gut zwei Wochen hatten Bayerns Innenminister Korbinian Haslbeck und sein österreichischer Kollege Stefan Kogelnik in Salzburg vereinbart, gemischte Teams einzusetzen und dafür die festen Kontrollen im Berufsverkehr auszusetzen. Das Bundesinnenministerium hatte vergangene Woche zugestimmt und 20 Kräfte der Bundespolizei abgestellt.",
                "Für Pendler zahlt sich das offenbar aus: Am Montag und Dienstag habe es am Walserberg im Berufsverkehr erstmals seit Monaten keinen Stau gegeben, sagte die Salzburger Landespolizeidirektorin Martina Oberascher. Haslbeck sprach von einem „guten Start“, will aber erst nach drei Monaten über eine Ausweitung auf die Grenze bei Kufstein entscheiden.",
            ],
        },
        "sibling": {
            "days": -11,
            "why": "same two interior ministers at a border meeting, other topic (flood protection on the Inn)",
            "title": "Hochwasserschutz am Inn: Bayern und Österreich wollen Warnsystem verknüpfen",
            "lead": "Bayerns Innenminister Korbinian Haslbeck und Österreichs Innenminister Stefan Kogelnik haben in Passau eine engere Zusammenarbeit beim Katastrophenschutz vereinbart.",
            "body": [
                "Die Pegelmessstellen und Warn-Apps beider Länder sollen bis Herbst 2026 miteinander verbunden werden. Das kündigten Haslbeck (CSU) und Kogelnik (ÖVP) am Donnerstag nach einem Treffen in Passau an. Bisher erfahren die Einsatzstäbe in Niederbayern von steigenden Pegeln am Inn oft erst mit Verzögerung über die Landesregierungen.",
                "Das Projekt kostet rund 2,5 Millionen Euro, drei Viertel davon sollen aus einem EU-Förderprogramm kommen. Für Mai ist zudem eine gemeinsame Großübung von Feuerwehren, Technischem Hilfswerk und österreichischem Bundesheer zwischen Braunau und Schärding geplant, an der etwa 900 Einsatzkräfte teilnehmen.",
                "„Das Wasser hält sich nicht an Grenzen, also darf es unsere Alarmierung auch nicht“, sagte Haslbeck. Passau hatte zuletzt 2013 und 2024 mit schweren Hochwassern zu kämpfen.",
            ],
        },
    },
    {
        "key": "p1-04",
        "section": "politik",
        "time": "2026-01-29T16:40:00+01:00",
        "original": {
            "title": "Bundestag beschließt Pflichtversicherung gegen Elementarschäden",
            "lead": "Hausbesitzer müssen ihre Gebäude künftig gegen Hochwasser, Starkregen und Erdrutsch versichern. Wer den Schutz nicht will, muss ausdrücklich widersprechen.",
            "body": [
                "Der Bundestag hat am Donnerstag mit 341 Ja-Stimmen bei 262 Gegenstimmen und 9 Enthaltungen das Gesetz von Bundesjustizministerin Carolin Hüttemann (SPD) verabschiedet. Danach dürfen Versicherer ab dem 1. Juli 2027 Wohngebäudepolicen nur noch mit Schutz gegen Naturgefahren anbieten. Bestehende Verträge werden bis zum 1. Juli 2028 umgestellt.",
                "Eigentümer können den Zusatzschutz schriftlich abwählen, müssen dann aber eine Risikoberatung nachweisen. Derzeit sind nach Angaben des Gesamtverbands der Versicherer (GDV) nur 57 Prozent der Wohngebäude gegen Elementarschäden versichert. Die Mehrkosten für ein durchschnittliches Einfamilienhaus schätzt das Ministerium auf 110 bis 190 Euro im Jahr, in Hochrisikogebieten auf deutlich mehr.",
                "„Nach jeder Flut dieselbe Debatte über Staatshilfen, das muss aufhören“, sagte Hüttemann. Die Flutkatastrophe vom Juli 2021 in Rheinland-Pfalz und Nordrhein-Westfalen hatte Schäden von mehr als 40 Milliarden Euro verursacht, nur ein Teil davon war versichert. Vorbild ist unter anderem die Schweiz, wo in den meisten Kantonen eine obligatorische Gebäudeversicherung auch Naturgefahren abdeckt.",
                "Die Grünen kritisierten die Widerspruchslösung als zu schwach, die AfD sprach von einer „Zwangsabgabe für Eigentümer“. Der Bundesrat muss dem Gesetz noch zustimmen, er befasst sich am 13. Februar damit.",
            ],
        },
        "ticker": {
            "title": "Eilmeldung: Versicherung gegen Hochwasser wird zur Regel",
            "text": "Der Bundestag hat mit 341 Ja-Stimmen eine Versicherungspflicht gegen Hochwasser und Starkregen für Wohngebäude beschlossen, von der sich Eigentümer nur ausdrücklich befreien lassen können.",
        },
        "rewrite": {
            "title": "Naturgefahren-Schutz für jedes Haus: Parlament stimmt Hüttemanns Gesetz zu",
            "lead": "Künftig enthält jede neue Wohngebäudeversicherung automatisch eine Deckung für Elementarschäden. Eigentümer können aussteigen, aber nur nach einer Beratung.",
            "body": [
                "Knapp viereinhalb Jahre nach der Flut an Ahr und Erft hat der Bundestag eine Konsequenz gezogen: Mit der Mehrheit der Koalition stimmten 341 Abgeordnete für eine Pflicht zur Elementarschadenversicherung, 262 votierten dagegen, neun enthielten sich. Ab Juli 2027 gilt sie für neue Verträge, ein Jahr später auch für alle bestehenden.",
                "Bislang hat nur gut die Hälfte der Wohnhäuser, 57 Prozent, eine solche Police. Die Justizministerin Carolin Hüttemann (SPD) rechnet für ein normales Einfamilienhaus mit einem Aufschlag von 110 bis 190 Euro jährlich. Wer sich gegen den Schutz entscheidet, muss das schriftlich erklären und eine Beratung über sein Risiko belegen.",
                "Der Gesamtverband der Versicherer begrüßte das Gesetz grundsätzlich, verlangt aber eine staatliche Rückversicherung für Extremereignisse. Opposition von links und rechts stimmte dagegen: Den Grünen geht die Regel nicht weit genug, die AfD lehnt sie als Zwang ab. Am 13. Februar ist die Länderkammer am Zug.",
            ],
        },
        "translations": {
            "en": {
                "title": "Germany makes natural-hazard cover standard for homeowners",
                "lead": "Homeowners in Germany will in future have to insure their buildings against floods, heavy rain and landslides. Anyone who does not want the cover must explicitly opt out.",
                "body": [
                    "The Bundestag on Thursday passed the bill drafted by Federal Justice Minister Carolin Hüttemann (SPD) by 341 votes to 262, with 9 abstentions. Under the law, insurers may only offer residential building policies that include cover against natural hazards from July 1, 2027. Existing contracts will be converted by July 1, 2028.",
                    "Owners can reject the additional cover in writing, but must then show that they have received advice on their risk. According to the German Insurance Association (GDV), only 57 percent of residential buildings are currently insured against natural hazards. The ministry estimates the extra cost for an average detached house at 110 to 190 euros a year, and significantly more in high-risk areas.",
                    "“The same debate about state aid after every flood has to stop,” Hüttemann said. The July 2021 floods in Rhineland-Palatinate and North Rhine-Westphalia caused damage of more than 40 billion euros, only part of which was insured. One of the models for the law is Switzerland, where in most cantons a mandatory building insurance also covers natural hazards.",
                    "The Greens criticised the opt-out solution as too weak, while the AfD called it a “compulsory levy on owners”. The Bundesrat, the upper house representing the states, still has to approve the law and will debate it on February 13.",
                ],
            },
            "fr": {
                "title": "Inondations : l'Allemagne rend l'assurance catastrophes naturelles quasi obligatoire",
                "lead": "Les propriétaires allemands devront désormais assurer leur logement contre les crues, les pluies diluviennes et les glissements de terrain. Ceux qui n'en veulent pas devront le refuser expressément.",
                "body": [
                    "Le Bundestag a adopté jeudi, par 341 voix contre 262 et 9 abstentions, le projet de loi de la ministre fédérale de la Justice, Carolin Hüttemann (SPD). À partir du 1er juillet 2027, les assureurs ne pourront plus proposer de contrats habitation sans couverture des risques naturels. Les contrats existants seront adaptés d'ici au 1er juillet 2028.",
                    "Les propriétaires peuvent renoncer par écrit à cette garantie, à condition de prouver qu'ils ont bénéficié d'un conseil sur les risques. Selon la fédération des assureurs GDV, seuls 57 % des bâtiments d'habitation sont aujourd'hui assurés contre les catastrophes naturelles. Le ministère évalue le surcoût pour une maison individuelle moyenne entre 110 et 190 euros par an, nettement plus dans les zones à haut risque.",
                    "« Le même débat sur les aides publiques après chaque inondation, cela doit cesser », a déclaré Carolin Hüttemann. Les crues de juillet 2021 en Rhénanie-Palatinat et en Rhénanie-du-Nord-Westphalie avaient causé plus de 40 milliards d'euros de dégâts, dont une partie seulement était assurée. La Suisse, où dans la plupart des cantons une assurance immobilière obligatoire couvre aussi les dangers naturels, a servi de modèle.",
                    "Les Verts jugent la possibilité de refus trop large, l'AfD dénonce une « taxe forcée sur les propriétaires ». Le Bundesrat, la chambre des Länder, doit encore approuver le texte le 13 février.",
                ],
            },
            "it": {
                "title": "Germania, il Bundestag approva l'obbligo di assicurazione contro le calamità naturali",
                "lead": "In Germania i proprietari di casa dovranno assicurare i propri edifici contro alluvioni, nubifragi e frane. Chi non vuole la copertura dovrà rifiutarla esplicitamente.",
                "body": [
                    "Giovedì il Bundestag ha approvato con 341 voti favorevoli, 262 contrari e 9 astenuti la legge della ministra federale della Giustizia Carolin Hüttemann (Spd). Dal 1° luglio 2027 le compagnie potranno offrire polizze per fabbricati residenziali solo se includono la copertura contro i rischi naturali. I contratti in essere saranno adeguati entro il 1° luglio 2028.",
                    "I proprietari potranno rinunciare alla copertura per iscritto, ma dovranno dimostrare di aver ricevuto una consulenza sul rischio. Secondo l'associazione degli assicuratori Gdv, oggi solo il 57 per cento degli edifici residenziali è assicurato contro le calamità naturali. Il ministero stima il costo aggiuntivo per una casa unifamiliare media tra 110 e 190 euro l'anno, molto di più nelle zone ad alto rischio.",
                    "«Lo stesso dibattito sugli aiuti di Stato dopo ogni alluvione deve finire», ha detto Hüttemann. L'alluvione del luglio 2021 in Renania-Palatinato e Renania Settentrionale-Vestfalia aveva causato danni per oltre 40 miliardi di euro, solo in parte assicurati. Tra i modelli c'è la Svizzera, dove nella maggior parte dei cantoni un'assicurazione obbligatoria degli stabili copre anche i pericoli naturali.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Nach Schweizer Vorbild: Deutschland führt Versicherungspflicht gegen Naturgefahren ein",
            "lead": "Hausbesitzer in Deutschland müssen ihre Gebäude künftig gegen Hochwasser, Starkregen und Erdrutsch versichern. Wer den Schutz nicht will, muss ausdrücklich widersprechen.",
            "body": [
                "Der Deutsche Bundestag hat am Donnerstag mit 341 Ja-Stimmen bei 262 Gegenstimmen und 9 Enthaltungen das Gesetz von Justizministerin Carolin Hüttemann (SPD) verabschiedet. Danach dürfen Versicherer ab dem 1. Juli 2027 Gebäudeversicherungen nur noch mit Schutz gegen Naturgefahren anbieten. Bestehende Verträge werden bis zum 1. Juli 2028 umgestellt.",
                "Eigentümer können den Zusatzschutz schriftlich abwählen, müssen dann aber eine Risikoberatung nachweisen. Derzeit ist laut dem Gesamtverband der Versicherer nur gut die Hälfte der Wohngebäude, 57 Prozent, gegen Elementarschäden versichert. Die Mehrkosten für ein durchschnittliches Einfamilienhaus schätzt das Ministerium auf 110 bis 190 Euro im Jahr.",
                "«Nach jeder Flut dieselbe Debatte über Staatshilfen, das muss aufhören», sagte Hüttemann. Die Flut vom Juli 2021 hatte in Deutschland Schäden von mehr als 40 Milliarden Euro verursacht. Als Vorbild gilt die Schweiz, wo in den meisten Kantonen die obligatorische kantonale Gebäudeversicherung auch Elementarschäden deckt. Die deutsche Länderkammer muss dem Gesetz noch zustimmen.",
            ],
        },
        "follow_up": {
            "days": 15,
            "refers": False,
            "title": "Bundesrat billigt Versicherungspflicht gegen Naturgefahren",
            "lead": "Die Länderkammer hat den Weg für die Elementarschaden-Pflicht frei gemacht. Zugleich fordern die Länder den Bund auf, eine staatliche Rückversicherung zu prüfen.",
            "body": [
                "Der Bundesrat hat am Freitag in Berlin dem Gesetz zur Elementarschadenversicherung zugestimmt. Eine Mehrheit von 44 der 69 Stimmen kam zustande, Bayern und Sachsen enthielten sich. Damit kann der Bundespräsident das Gesetz nun ausfertigen, es tritt im Sommer 2027 in Kraft.",
                "In einer begleitenden Entschließung verlangen die Länder, dass der Bund bis Ende 2026 ein Modell für eine staatliche Absicherung bei Großkatastrophen vorlegt. Andernfalls drohten in Flussregionen Prämien, die sich Normalverdiener nicht leisten könnten, sagte Bayerns Justizminister Ludwig Kreuzer (CSU).",
                "Bundesjustizministerin Carolin Hüttemann (SPD) sagte zu, die Forderung zu prüfen. GDV-Präsident Thilo Ammersbach kündigte an, die Branche werde neue Tarife ab Frühjahr 2027 vorstellen. Verbraucherschützer raten Eigentümern, ihre Policen schon jetzt zu vergleichen.",
            ],
        },
        "sibling": {
            "days": 7,
            "why": "same minister and same parliament a week later, another law passed with a similar vote",
            "title": "Bundestag beschließt Obergrenze für Indexmieten",
            "lead": "Mieten, die an die Inflation gekoppelt sind, dürfen künftig nur noch um höchstens 3,5 Prozent im Jahr steigen. Der Bundestag hat das Gesetz von Justizministerin Carolin Hüttemann verabschiedet.",
            "body": [
                "Mit 338 Ja-Stimmen bei 259 Gegenstimmen und 14 Enthaltungen stimmte der Bundestag am Donnerstag für die Reform. Sie gilt für neue und bestehende Indexmietverträge ab dem 1. Januar 2027. Nach Schätzungen des Ministeriums sind bundesweit rund zwei Millionen Haushalte betroffen, vor allem in Berlin, München und Hamburg.",
                "„Niemand soll seine Wohnung verlieren, weil die Energiepreise einmal durch die Decke gehen“, sagte Hüttemann (SPD). In den Jahren 2022 und 2023 waren Indexmieten wegen der hohen Inflation teils um mehr als sieben Prozent jährlich gestiegen.",
                "Der Eigentümerverband Haus & Grund kritisierte den Eingriff in bestehende Verträge. Den Grünen geht die Reform nicht weit genug, die AfD stimmte dagegen. Der Bundesrat soll sich am 6. März mit dem Gesetz befassen.",
            ],
        },
    },
    {
        "key": "p1-05",
        "section": "politik",
        "time": "2026-01-29T11:05:00+01:00",
        "original": {
            "title": "Thüringens Bildungsminister Weißenborn tritt nach Berater-Affäre zurück",
            "lead": "Nach Vorwürfen um freihändig vergebene Beraterverträge hat Thüringens Bildungsminister Gerold Weißenborn seinen Rücktritt erklärt. Der Rechnungshof hatte Aufträge über 1,8 Millionen Euro beanstandet.",
            "body": [
                "Weißenborn (CDU) gab seine Entscheidung am Donnerstagvormittag in Erfurt bekannt. Er wolle „Schaden vom Amt und von der Landesregierung abwenden“, sagte der 52-Jährige. Persönlich habe er sich nichts vorzuwerfen. Ministerpräsidentin Ulrike Kaltofen (CDU) nahm den Rücktritt an und dankte ihm für seine Arbeit.",
                "Der Thüringer Rechnungshof in Rudolstadt hatte in einem am Montag bekannt gewordenen Prüfbericht festgestellt, dass das Bildungsministerium in den Jahren 2024 und 2025 elf Beratungsaufträge im Gesamtwert von 1,8 Millionen Euro ohne Ausschreibung vergeben hatte. Neun davon gingen an die Jenaer Agentur Lernwerk Consulting, deren Mitgründer bis 2023 Weißenborns Büroleiter war.",
                "Die Aufträge betrafen vor allem die Digitalisierung der Schulen und ein Konzept gegen Unterrichtsausfall. Nach Angaben der Prüfer fehlten in mehreren Fällen Vergleichsangebote und Nachweise über erbrachte Leistungen.",
                "Die Linke hatte am Mittwoch einen Untersuchungsausschuss beantragt, die AfD forderte Neuwahlen. Die Staatsanwaltschaft Erfurt prüft nach eigenen Angaben, ob ein Anfangsverdacht der Untreue vorliegt. Wer Weißenborn im Amt nachfolgt, ist noch offen.",
            ],
        },
        "ticker": {
            "title": "Rücktritt in Erfurt: Weißenborn gibt Ministeramt auf",
            "text": "Thüringens Bildungsminister Gerold Weißenborn ist nach Kritik des Rechnungshofs an Beraterverträgen über 1,8 Millionen Euro zurückgetreten, Ministerpräsidentin Ulrike Kaltofen nahm das Gesuch an.",
        },
        "rewrite": {
            "title": "Beraterverträge ohne Ausschreibung: Thüringer Bildungsminister wirft hin",
            "lead": "Gerold Weißenborn zieht die Konsequenz aus einem kritischen Prüfbericht. Die Opposition will die Affäre in einem Untersuchungsausschuss aufarbeiten.",
            "body": [
                "Drei Tage nach Bekanntwerden des Rechnungshofberichts ist der Druck zu groß geworden: Gerold Weißenborn legt sein Amt als Bildungsminister nieder. Er sehe keine persönliche Schuld, trete aber zurück, damit die Landesregierung handlungsfähig bleibe, erklärte der CDU-Politiker in Erfurt. Regierungschefin Ulrike Kaltofen akzeptierte den Schritt.",
                "Die Rudolstädter Finanzkontrolleure werfen dem Ministerium vor, elf Aufträge mit einem Volumen von 1,8 Millionen Euro ohne Wettbewerb vergeben zu haben, meist für Schuldigitalisierung und Vertretungsplanung. Neun Verträge erhielt Lernwerk Consulting aus Jena. Einer der Gründer des Unternehmens leitete früher Weißenborns Büro.",
                "Auch in der Koalition war zuletzt Unmut laut geworden. „Ein Neuanfang im Ministerium war unausweichlich“, sagte die SPD-Fraktionsvorsitzende Heike Pfannschmidt. Die Linke verlangt einen Untersuchungsausschuss, die AfD Neuwahlen. Die Erfurter Staatsanwaltschaft prüft einen möglichen Untreueverdacht.",
            ],
        },
        "translations": {
            "en": {
                "title": "Thuringia's education minister resigns over consultancy contracts",
                "lead": "Thuringia's education minister Gerold Weißenborn has resigned following allegations over consultancy contracts awarded without tender. The state audit office had criticised contracts worth 1.8 million euros.",
                "body": [
                    "Weißenborn (CDU) announced his decision in Erfurt on Thursday morning. He wanted to “avert damage to the office and the state government”, the 52-year-old said, adding that he personally had nothing to reproach himself for. State premier Ulrike Kaltofen (CDU) accepted his resignation and thanked him for his work.",
                    "In an audit report that became public on Monday, Thuringia's audit office in Rudolstadt found that the education ministry had awarded eleven consultancy contracts worth a total of 1.8 million euros without a tender in 2024 and 2025. Nine of them went to the Jena-based agency Lernwerk Consulting, whose co-founder had been Weißenborn's office manager until 2023.",
                    "The contracts mainly concerned the digitalisation of schools and a plan to tackle cancelled lessons. According to the auditors, comparative offers and proof of the work carried out were missing in several cases.",
                    "The Left Party had called for a parliamentary inquiry on Wednesday, while the AfD demanded new elections. Prosecutors in Erfurt said they were examining whether there was initial suspicion of breach of trust. It is not yet clear who will succeed Weißenborn.",
                ],
            },
            "fr": {
                "title": "Contrats de conseil : le ministre de l'Éducation de Thuringe démissionne",
                "lead": "Mis en cause pour des contrats de conseil attribués sans appel d'offres, le ministre de l'Éducation de Thuringe, Gerold Weißenborn, a démissionné. La Cour des comptes régionale avait épinglé des marchés de 1,8 million d'euros.",
                "body": [
                    "Gerold Weißenborn (CDU) a annoncé sa décision jeudi matin à Erfurt. Il entend « éviter de nuire à la fonction et au gouvernement régional », a déclaré l'homme de 52 ans, assurant n'avoir personnellement rien à se reprocher. La ministre-présidente Ulrike Kaltofen (CDU) a accepté sa démission et l'a remercié pour son travail.",
                    "Dans un rapport rendu public lundi, la Cour des comptes de Thuringe, installée à Rudolstadt, a constaté que le ministère avait attribué en 2024 et 2025 onze contrats de conseil d'un montant total de 1,8 million d'euros sans mise en concurrence. Neuf d'entre eux sont allés à l'agence Lernwerk Consulting, basée à Iéna, dont le cofondateur avait dirigé le cabinet de Gerold Weißenborn jusqu'en 2023.",
                    "Die Linke avait réclamé mercredi une commission d'enquête, l'AfD des élections anticipées. Le parquet d'Erfurt examine s'il existe des soupçons d'abus de confiance. Le nom du successeur n'est pas encore connu.",
                ],
            },
        },
        "follow_up": {
            "days": 1,
            "refers": True,
            "title": "Staatssekretärin Anke Rosenbusch wird Thüringens neue Bildungsministerin",
            "lead": "Einen Tag nach dem Rücktritt von Gerold Weißenborn hat Ministerpräsidentin Ulrike Kaltofen eine Nachfolgerin benannt. Sie kommt aus dem eigenen Haus.",
            "body": [
                "Die bisherige Staatssekretärin im Bildungsministerium, Anke Rosenbusch, soll das Ressort übernehmen. Das teilte Ministerpräsidentin Ulrike Kaltofen (CDU) am Freitag in Erfurt mit. Die 47-jährige frühere Gymnasialdirektorin aus Gera soll am kommenden Mittwoch im Landtag vereidigt werden.",
                "Zuvor hatten wir über den Rücktritt von Gerold Weißenborn berichtet, dem der Rechnungshof die Vergabe von Beraterverträgen über 1,8 Millionen Euro ohne Ausschreibung vorwirft. Rosenbusch war an den beanstandeten Aufträgen nach Angaben der Staatskanzlei nicht beteiligt. Sie kündigte an, alle laufenden Verträge mit externen Beratern überprüfen zu lassen.",
                "Die Agentur Lernwerk Consulting wies die Vorwürfe am Freitag zurück. Alle Leistungen seien vollständig erbracht und dokumentiert worden, erklärte die Geschäftsführung in Jena. Die Opposition bleibt bei ihrer Forderung nach einem Untersuchungsausschuss.",
            ],
        },
        "sibling": {
            "days": -13,
            "why": "same state government and premier, another personnel consequence in another ministry",
            "title": "Kaltofen entlässt Staatssekretär im Thüringer Infrastrukturministerium",
            "lead": "Nach öffentlicher Kritik an der Windkraftpolitik der Landesregierung muss Staatssekretär Holger Dittmann gehen. Ministerpräsidentin Ulrike Kaltofen spricht von einem „Vertrauensbruch“.",
            "body": [
                "Thüringens Ministerpräsidentin Ulrike Kaltofen (CDU) hat den Staatssekretär im Infrastrukturministerium, Holger Dittmann, in den einstweiligen Ruhestand versetzt. Das gab die Staatskanzlei am Freitag in Erfurt bekannt. Dittmann hatte in einem Zeitungsinterview das geplante Moratorium für neue Windräder im Wald als „energiepolitischen Irrweg“ bezeichnet.",
                "Das Moratorium soll für zwei Jahre gelten und betrifft nach Angaben des Ministeriums 86 beantragte Anlagen. Dittmann, der seit 2024 im Amt war, galt als Verfechter eines schnelleren Ausbaus. Sein Nachfolger wird der Leiter der Straßenbauabteilung, Ronny Kleinschmidt.",
                "Die Linke warf Kaltofen vor, Kritik nicht auszuhalten. Der Koalitionspartner SPD nannte die Entlassung „nachvollziehbar“. Die AfD sprach von Chaos in der Landesregierung.",
            ],
        },
    },
    {
        "key": "p1-06",
        "section": "politik",
        "time": "2026-02-08T21:35:00+01:00",
        "original": {
            "title": "Konstanz wählt Jana Hägele zur Oberbürgermeisterin",
            "lead": "Die parteilose Stadträtin hat den zweiten Wahlgang der Oberbürgermeisterwahl in Konstanz mit 51,8 Prozent gewonnen. Sie ist die erste Frau an der Spitze der Stadt am Bodensee.",
            "body": [
                "Hägele, die von Grünen und SPD unterstützt wurde, setzte sich am Sonntag gegen den CDU-Kandidaten Dominik Reichle durch, der auf 44,1 Prozent kam. Auf den Einzelbewerber Friedemann Gsell entfielen 4,1 Prozent. Die Wahlbeteiligung lag bei 43,6 Prozent, im ersten Wahlgang vor zwei Wochen waren es noch 47,2 Prozent gewesen.",
                "Die 41-jährige Juristin sitzt seit 2019 im Gemeinderat und arbeitet an der Universität Konstanz. Im Wahlkampf hatte sie vor allem bezahlbaren Wohnraum, einen besseren Busverkehr mit dem schweizerischen Kreuzlingen und eine Entlastung der Innenstadt vom Einkaufsverkehr versprochen.",
                "„Konstanz hat sich für einen Aufbruch entschieden“, sagte Hägele vor Anhängern im Konzilgebäude. Reichle gratulierte ihr und kündigte an, als Stadtrat weiterzuarbeiten. Amtsinhaber Hartmut Zimmerle (parteilos) war nach 16 Jahren nicht mehr angetreten.",
                "Hägele tritt ihr Amt am 1. April an, die Amtszeit in Baden-Württemberg beträgt acht Jahre. Kreuzlingens Stadtpräsident Roman Altherr gratulierte noch am Abend und lud die Wahlsiegerin zu einem ersten Treffen über die Grenze ein.",
            ],
        },
        "ticker": {
            "title": "OB-Wahl am Bodensee: Hägele setzt sich durch",
            "text": "Die von Grünen und SPD unterstützte Jana Hägele hat die Oberbürgermeisterwahl in Konstanz im zweiten Wahlgang mit 51,8 Prozent gegen CDU-Mann Dominik Reichle gewonnen.",
        },
        "rewrite": {
            "title": "Erste Frau im Konstanzer Rathaus: Hägele schlägt Reichle deutlich",
            "lead": "Im zweiten Anlauf hat es geklappt: Jana Hägele wird Oberbürgermeisterin von Konstanz. Der CDU-Bewerber blieb rund acht Punkte zurück.",
            "body": [
                "Nach dem Auszählen aller Bezirke stand am Sonntagabend fest: 51,8 Prozent der Wählerinnen und Wähler haben sich für die parteilose Jana Hägele entschieden. Ihr Konkurrent Dominik Reichle (CDU) erreichte 44,1 Prozent, der Einzelbewerber Friedemann Gsell 4,1 Prozent. Mit 43,6 Prozent gingen weniger Menschen zur Wahl als zwei Wochen zuvor.",
                "Die 41-jährige Juristin, getragen von Grünen und Sozialdemokraten, gehört seit 2019 dem Gemeinderat an. Sie folgt am 1. April auf Hartmut Zimmerle, der nach zwei Amtszeiten nicht mehr kandidierte. Zu ihren Versprechen zählen mehr günstige Wohnungen und weniger Autoverkehr in der Altstadt, wo sich samstags Kundschaft aus der Schweiz drängt.",
                "„Ich will die Oberbürgermeisterin aller Konstanzerinnen und Konstanzer sein“, sagte Hägele. Glückwünsche kamen auch aus Kreuzlingen: Stadtpräsident Roman Altherr hofft auf eine engere Zusammenarbeit, vor allem bei grenzüberschreitenden Buslinien.",
            ],
        },
        "translations": {
            "en": {
                "title": "Constance elects its first female mayor",
                "lead": "Independent councillor Jana Hägele has won the run-off in the mayoral election in Konstanz with 51.8 percent. She is the first woman to lead the city on Lake Constance.",
                "body": [
                    "Hägele, who was backed by the Greens and the SPD, defeated the CDU candidate Dominik Reichle on Sunday, who won 44.1 percent. Independent candidate Friedemann Gsell received 4.1 percent. Turnout was 43.6 percent, down from 47.2 percent in the first round two weeks ago.",
                    "The 41-year-old lawyer has been a member of the city council since 2019 and works at the University of Konstanz. During the campaign she promised above all affordable housing, better bus links with the Swiss town of Kreuzlingen and relief for the city centre from shopping traffic.",
                    "“Konstanz has chosen a new beginning,” Hägele told supporters in the Council Building. Reichle congratulated her and said he would carry on as a city councillor. Incumbent Hartmut Zimmerle, an independent, did not stand again after 16 years in office.",
                    "Hägele takes office on April 1; the term in Baden-Württemberg is eight years. Kreuzlingen's mayor Roman Altherr congratulated her the same evening and invited her to a first meeting across the border.",
                ],
            },
            "fr": {
                "title": "Constance : Jana Hägele devient la première femme maire de la ville",
                "lead": "La conseillère municipale sans étiquette a remporté le second tour de l'élection à la mairie de Constance avec 51,8 % des voix. Elle sera la première femme à diriger la ville au bord du lac.",
                "body": [
                    "Soutenue par les Verts et le SPD, Jana Hägele s'est imposée dimanche face au candidat de la CDU, Dominik Reichle, qui a obtenu 44,1 %. Le candidat indépendant Friedemann Gsell a recueilli 4,1 %. La participation s'est établie à 43,6 %, contre 47,2 % au premier tour il y a deux semaines.",
                    "Juriste de 41 ans, elle siège au conseil municipal depuis 2019 et travaille à l'université de Constance. Pendant la campagne, elle a surtout promis des logements abordables, de meilleures liaisons de bus avec la ville suisse de Kreuzlingen et un centre-ville moins encombré par le tourisme d'achat.",
                    "« Constance a choisi le renouveau », a lancé Jana Hägele devant ses partisans réunis au Konzil. Dominik Reichle l'a félicitée et a annoncé qu'il restait conseiller municipal. Le maire sortant, Hartmut Zimmerle (sans étiquette), ne se représentait pas après seize ans de mandat.",
                    "Elle prendra ses fonctions le 1er avril pour un mandat de huit ans. Le président de la ville de Kreuzlingen, Roman Altherr, l'a félicitée dès dimanche soir et l'a invitée à une première rencontre de l'autre côté de la frontière.",
                ],
            },
            "it": {
                "title": "Costanza, Jana Hägele è la prima sindaca della città sul lago",
                "lead": "La consigliera comunale indipendente ha vinto il secondo turno delle elezioni per il sindaco di Costanza con il 51,8 per cento. È la prima donna alla guida della città sul lago di Costanza.",
                "body": [
                    "Sostenuta da Verdi e Spd, domenica Hägele ha battuto il candidato della Cdu Dominik Reichle, fermo al 44,1 per cento. Al candidato indipendente Friedemann Gsell è andato il 4,1 per cento. L'affluenza è stata del 43,6 per cento, contro il 47,2 per cento del primo turno di due settimane fa.",
                    "Giurista di 41 anni, siede in consiglio comunale dal 2019 e lavora all'Università di Costanza. In campagna elettorale aveva promesso soprattutto alloggi a prezzi accessibili, collegamenti in autobus migliori con la cittadina svizzera di Kreuzlingen e meno traffico di acquirenti nel centro.",
                    "«Costanza ha scelto di cambiare», ha detto Hägele ai suoi sostenitori. Reichle si è congratulato e resterà in consiglio comunale. Il sindaco uscente Hartmut Zimmerle, indipendente, non si era ricandidato dopo 16 anni.",
                    "Hägele entrerà in carica il 1° aprile per otto anni. Il sindaco di Kreuzlingen Roman Altherr si è congratulato già in serata e l'ha invitata a un primo incontro oltre confine.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Nachbarstadt Konstanz erhält erstmals eine Oberbürgermeisterin",
            "lead": "Die parteilose Stadträtin Jana Hägele hat den zweiten Wahlgang der Oberbürgermeisterwahl in Konstanz mit 51,8 Prozent gewonnen. In Kreuzlingen hofft man auf eine engere Zusammenarbeit.",
            "body": [
                "Hägele, die von Grünen und SPD unterstützt wurde, setzte sich am Sonntag gegen den CDU-Kandidaten Dominik Reichle durch, der auf 44,1 Prozent kam. Auf den Einzelbewerber Friedemann Gsell entfielen 4,1 Prozent. Die Stimmbeteiligung lag bei 43,6 Prozent, im ersten Wahlgang vor zwei Wochen waren es 47,2 Prozent gewesen.",
                "Die 41-jährige Juristin sitzt seit 2019 im Gemeinderat und arbeitet an der Universität Konstanz. Im Wahlkampf hatte sie bezahlbaren Wohnraum, bessere Bus- und Veloverbindungen nach Kreuzlingen und eine Entlastung der Altstadt vom Einkaufstourismus aus der Schweiz versprochen.",
                "Hägele tritt ihr Amt am 1. April an, die Amtszeit dauert acht Jahre. Kreuzlingens Stadtpräsident Roman Altherr gratulierte noch am Abend und lud die Wahlsiegerin zu einem ersten Treffen ins Kreuzlinger Stadthaus ein.",
            ],
        },
        "follow_up": {
            "days": 9.5,
            "refers": True,
            "title": "Einspruch gegen OB-Wahl in Konstanz abgewiesen",
            "lead": "Das Regierungspräsidium Freiburg hat die Wahl von Jana Hägele zur Konstanzer Oberbürgermeisterin bestätigt. Ein unterlegener Bewerber hatte die Stadt der Einflussnahme beschuldigt.",
            "body": [
                "Der Einzelbewerber Friedemann Gsell war mit seinem Einspruch gescheitert. Er hatte der Stadtverwaltung vorgeworfen, kurz vor dem zweiten Wahlgang ein Faltblatt zu einem Wohnungsbauprojekt verteilt zu haben, das Positionen der späteren Siegerin wiedergebe. Das Regierungspräsidium sah darin am Mittwoch keinen Verstoß gegen die Neutralitätspflicht.",
                "Wie wir berichteten, hatte sich Hägele am 8. Februar mit 51,8 Prozent gegen den CDU-Kandidaten Dominik Reichle durchgesetzt. Gsell kann nun noch vor dem Verwaltungsgericht Freiburg klagen, ließ aber offen, ob er das tun werde. Eine Klage hätte keine aufschiebende Wirkung.",
                "Hägele kann damit wie geplant am 1. April ins Rathaus einziehen. Am Montag will sie Kreuzlingens Stadtpräsidenten Roman Altherr treffen, um über eine gemeinsame Buslinie zwischen den Bahnhöfen beider Städte zu sprechen.",
            ],
        },
        "sibling": {
            "days": 7,
            "why": "mayoral election in a neighbouring town of the same district a week later, same template and parties",
            "title": "Singen wählt Carsten Mauch im ersten Wahlgang zum Oberbürgermeister",
            "lead": "Der CDU-Kandidat hat die Oberbürgermeisterwahl in Singen am Hohentwiel auf Anhieb gewonnen. Ein zweiter Wahlgang ist nicht nötig.",
            "body": [
                "Mauch erhielt am Sonntag 58,3 Prozent der Stimmen. Die von Grünen und SPD unterstützte Stadträtin Selin Aydoğan kam auf 36,9 Prozent, zwei Einzelbewerber teilten sich den Rest. Die Wahlbeteiligung in der zweitgrößten Stadt des Landkreises Konstanz lag bei 38,2 Prozent.",
                "Der 46-jährige Verwaltungswirt ist bislang Bürgermeister der Hegau-Gemeinde Engen. Er will die Singener Innenstadt mit einem Förderprogramm beleben und die Bahnverbindung nach Schaffhausen ausbauen lassen.",
                "„Das ist ein klarer Auftrag“, sagte Mauch im Rathaus. Aydoğan gratulierte und kündigte an, im Gemeinderat zu bleiben. Mauch tritt sein Amt am 1. Mai an, die Amtszeit beträgt acht Jahre.",
            ],
        },
    },
    {
        "key": "p1-07",
        "section": "politik",
        "time": "2026-01-21T06:50:00+01:00",
        "original": {
            "title": "Leuschner verbietet Reichsbürger-Vereinigung – Razzien in sieben Ländern",
            "lead": "Bundesinnenminister Henning Leuschner hat eine bundesweit aktive Reichsbürger-Gruppe verboten. Seit dem frühen Morgen durchsuchen rund 460 Polizisten Objekte in sieben Bundesländern.",
            "body": [
                "Die Vereinigung „Bund Germanischer Landgemeinden“ richte sich gegen die verfassungsmäßige Ordnung, teilte das Bundesinnenministerium am Mittwoch in Berlin mit. Sie habe eigene Ausweise, Kfz-Kennzeichen und „Gemeindeurkunden“ ausgegeben und ihre rund 340 Mitglieder aufgefordert, keine Steuern und Rundfunkbeiträge mehr zu zahlen.",
                "Die Durchsuchungen begannen um 6 Uhr in Sachsen, Thüringen, Bayern, Brandenburg, Niedersachsen, Baden-Württemberg und Mecklenburg-Vorpommern. Insgesamt stehen 38 Wohnungen und Vereinsräume im Fokus, darunter ein Gutshof bei Bautzen, den die Gruppe als Zentrale nutzte. Das Vereinsvermögen wird beschlagnahmt.",
                "„Wer unseren Staat abschaffen will und dafür eigene Strukturen aufbaut, bekommt die ganze Härte des Rechtsstaats zu spüren“, sagte Leuschner. Nach Erkenntnissen des Bundesamts für Verfassungsschutz besaßen mindestens 24 Mitglieder waffenrechtliche Erlaubnisse. Festnahmen waren zunächst nicht geplant.",
                "Die Gruppe war 2019 im Landkreis Bautzen gegründet worden. Ihr Anführer, ein 58-jähriger früherer Vermessungsingenieur, bezeichnete sich als „Landesvorsteher“ und hielt regelmäßig Versammlungen mit mehreren Hundert Teilnehmern ab.",
            ],
        },
        "ticker": {
            "title": "Razzia gegen Reichsbürger in sieben Ländern",
            "text": "Bundesinnenminister Henning Leuschner hat die Reichsbürger-Vereinigung „Bund Germanischer Landgemeinden“ verboten, seit 6 Uhr durchsuchen rund 460 Polizisten 38 Objekte in sieben Bundesländern.",
        },
        "rewrite": {
            "title": "Eigene Ausweise, eigene Kennzeichen: Bund zerschlägt Reichsbürger-Netzwerk",
            "lead": "Im Morgengrauen rückten Hunderte Beamte aus. Die Gruppe mit Sitz in der Oberlausitz ist ab sofort verboten, ihr Vermögen wird eingezogen.",
            "body": [
                "Kurz nach 6 Uhr klingelten die Ermittler an 38 Türen zwischen Rügen und dem Allgäu. Etwa 460 Einsatzkräfte setzten am Mittwoch das Verbot des „Bundes Germanischer Landgemeinden“ durch, das Bundesinnenminister Henning Leuschner erlassen hatte. Betroffen sind Bayern, Baden-Württemberg, Brandenburg, Mecklenburg-Vorpommern, Niedersachsen, Sachsen und Thüringen.",
                "Nach Darstellung des Ministeriums lehnen die etwa 340 Anhänger die Bundesrepublik ab und hatten sich einen Parallelstaat mit selbst gedruckten Pässen, Autokennzeichen und Urkunden geschaffen. Steuern und Rundfunkbeitrag sollten sie nicht mehr bezahlen. Schaltzentrale war ein Gutshof nahe Bautzen, wo die Vereinigung 2019 entstanden war.",
                "Besonders alarmiert zeigten sich die Sicherheitsbehörden darüber, dass mindestens 24 Mitglieder legal Waffen besitzen durften. Leuschner sprach von einem „klaren Signal an alle Staatsfeinde“. Haftbefehle lagen vorerst nicht vor.",
            ],
        },
        "translations": {
            "en": {
                "title": "Germany bans “Reichsbürger” group, raids homes in seven states",
                "lead": "German Interior Minister Henning Leuschner has banned a nationwide “Reichsbürger” group that rejects the legitimacy of the state. Since early morning, around 460 police officers have been searching properties in seven federal states.",
                "body": [
                    "The association “Bund Germanischer Landgemeinden” (League of Germanic Rural Communities) is directed against the constitutional order, the federal interior ministry said in Berlin on Wednesday. It had issued its own identity cards, vehicle number plates and “municipal certificates” and urged its roughly 340 members to stop paying taxes and the public broadcasting fee.",
                    "The searches began at 6 a.m. in Saxony, Thuringia, Bavaria, Brandenburg, Lower Saxony, Baden-Württemberg and Mecklenburg-Western Pomerania. In total, 38 homes and association premises are being targeted, including an estate near Bautzen that the group used as its headquarters. The association's assets are being seized.",
                    "“Anyone who wants to abolish our state and builds their own structures to do so will feel the full force of the rule of law,” Leuschner said. According to the domestic intelligence agency, at least 24 members held firearms licences. No arrests were initially planned.",
                    "The group was founded in 2019 in the Bautzen district. Its leader, a 58-year-old former surveyor, called himself “Landesvorsteher” (state chief) and regularly held meetings with several hundred participants.",
                ],
            },
            "fr": {
                "title": "L'Allemagne interdit un groupe de « Reichsbürger » et perquisitionne dans sept Länder",
                "lead": "Le ministre fédéral de l'Intérieur, Henning Leuschner, a interdit un groupe de « citoyens du Reich » actif dans tout le pays. Depuis l'aube, quelque 460 policiers perquisitionnent dans sept Länder.",
                "body": [
                    "L'association « Bund Germanischer Landgemeinden » s'attaque à l'ordre constitutionnel, a indiqué mercredi le ministère fédéral de l'Intérieur à Berlin. Elle délivrait ses propres cartes d'identité, plaques d'immatriculation et « actes communaux » et appelait ses quelque 340 membres à cesser de payer impôts et redevance audiovisuelle.",
                    "Les perquisitions ont commencé à 6 heures en Saxe, en Thuringe, en Bavière, dans le Brandebourg, en Basse-Saxe, dans le Bade-Wurtemberg et dans le Mecklembourg-Poméranie-Occidentale. Au total, 38 logements et locaux sont visés, dont un domaine agricole près de Bautzen qui servait de quartier général. Les biens de l'association sont saisis.",
                    "« Quiconque veut abolir notre État et se dote de ses propres structures pour y parvenir sentira toute la rigueur de l'État de droit », a déclaré Henning Leuschner. Selon l'Office fédéral de protection de la Constitution, au moins 24 membres disposaient d'un permis de port d'armes. Aucune arrestation n'était prévue dans un premier temps.",
                ],
            },
            "it": {
                "title": "Germania, vietato il gruppo dei «Reichsbürger»: perquisizioni in sette Länder",
                "lead": "Il ministro federale dell'Interno Henning Leuschner ha messo al bando un gruppo di «cittadini del Reich» attivo in tutto il Paese. Dall'alba circa 460 agenti stanno perquisendo immobili in sette Länder.",
                "body": [
                    "L'associazione «Bund Germanischer Landgemeinden» è diretta contro l'ordine costituzionale, ha comunicato mercoledì a Berlino il ministero federale dell'Interno. Rilasciava propri documenti d'identità, targhe e «certificati comunali» e invitava i suoi circa 340 membri a non pagare più tasse e canone radiotelevisivo.",
                    "Le perquisizioni sono scattate alle 6 in Sassonia, Turingia, Baviera, Brandeburgo, Bassa Sassonia, Baden-Württemberg e Meclemburgo-Pomerania Anteriore. Nel mirino ci sono 38 abitazioni e sedi, tra cui una tenuta agricola vicino a Bautzen usata come quartier generale. Il patrimonio dell'associazione viene sequestrato.",
                    "«Chi vuole abolire il nostro Stato e si costruisce strutture proprie sentirà tutto il rigore dello Stato di diritto», ha dichiarato Leuschner. Secondo l'Ufficio federale per la protezione della Costituzione, almeno 24 membri avevano un porto d'armi. Al momento non erano previsti arresti.",
                    "Il gruppo era stato fondato nel 2019 nel circondario di Bautzen. Il suo capo, un ex geometra di 58 anni, si faceva chiamare «Landesvorsteher» e teneva regolarmente raduni con diverse centinaia di partecipanti.",
                ],
            },
        },
        "follow_up": {
            "days": 9,
            "refers": False,
            "title": "Verbotene Reichsbürger-Gruppe klagt in Leipzig",
            "lead": "Der „Bund Germanischer Landgemeinden“ wehrt sich vor dem Bundesverwaltungsgericht gegen sein Verbot. Die Auswertung der Razzien brachte Waffen, Bargeld und Gold zutage.",
            "body": [
                "Der Anwalt des Anführers der Gruppe, Lothar Grimmelt, reichte am Freitag Klage und einen Eilantrag beim Bundesverwaltungsgericht in Leipzig ein. Das Verbot sei unverhältnismäßig, die Vereinigung verfolge „ausschließlich kulturelle und heimatkundliche Zwecke“, heißt es in der Klageschrift. Ein Gerichtssprecher bestätigte den Eingang.",
                "Unterdessen legte das Bundesinnenministerium eine erste Bilanz vor. Bei den Durchsuchungen seien 19 Schusswaffen, darunter zwei nicht registrierte Pistolen, rund 84.000 Euro Bargeld und knapp zwei Kilogramm Goldbarren sichergestellt worden. Gegen sechs Mitglieder ermitteln die Staatsanwaltschaften wegen Verstößen gegen das Waffengesetz.",
                "Bundesinnenminister Henning Leuschner zeigte sich gelassen: Das Verbot sei „gründlich vorbereitet und gerichtsfest“. Eine Entscheidung über den Eilantrag wird in einigen Wochen erwartet.",
            ],
        },
        "sibling": {
            "days": 23,
            "why": "same minister bans another association with dawn raids a few weeks later, same template",
            "title": "Leuschner verbietet islamistischen Verein „Dar al-Hikma“ – Durchsuchungen im Norden",
            "lead": "Bundesinnenminister Henning Leuschner hat einen islamistischen Verein mit Sitz in Hamburg verboten. Rund 220 Polizisten durchsuchen seit dem Morgen Räume in drei Bundesländern.",
            "body": [
                "Der Verein „Dar al-Hikma“ verbreite eine gegen die Verfassung gerichtete Ideologie und werbe gezielt Jugendliche an, teilte das Bundesinnenministerium am Freitag mit. Die Polizei durchsucht seit 6 Uhr 14 Objekte in Hamburg, Bremen und Schleswig-Holstein, darunter ein Kulturzentrum im Stadtteil Wilhelmsburg.",
                "Nach Angaben des Verfassungsschutzes zählt der Verein etwa 150 Mitglieder und erreicht über seine Kanäle in sozialen Netzwerken rund 90.000 Menschen. In Videos sei die Einführung eines Kalifats propagiert worden.",
                "„Extremisten jeder Richtung haben in unserem Land keinen Platz“, sagte Leuschner. Der Verein kann gegen das Verbot vor dem Bundesverwaltungsgericht klagen. Festnahmen gab es zunächst nicht.",
            ],
        },
    },
    {
        "key": "p1-08",
        "section": "politik",
        "time": "2026-01-24T17:10:00+01:00",
        "original": {
            "title": "Niedersachsens Grüne wählen Osterkamp und Haddadin an die Spitze",
            "lead": "Mit einer neuen Doppelspitze gehen die niedersächsischen Grünen in die Vorbereitung auf die Landtagswahl 2027. Die Delegierten in Hildesheim stimmten zudem für einen Kompromiss beim Umgang mit dem Wolf.",
            "body": [
                "Die 34-jährige Merle Osterkamp aus Oldenburg erhielt bei der Landesdelegiertenkonferenz am Samstag 88,4 Prozent der Stimmen. Ihr Co-Vorsitzender Tarek Haddadin, Kreistagsabgeordneter aus Göttingen, kam auf 71,2 Prozent. Rund 240 Delegierte waren in die Halle 39 in Hildesheim gekommen. Das bisherige Führungsduo hatte nach vier Jahren nicht erneut kandidiert.",
                "Osterkamp kündigte an, die Grünen wollten bei der Landtagswahl im Herbst 2027 „so stark werden, dass an uns keine Regierung vorbeikommt“. Die Partei regiert seit 2022 gemeinsam mit der SPD von Ministerpräsident Matthias Wendeborn.",
                "Nach kontroverser Debatte billigten die Delegierten mit 142 zu 91 Stimmen einen Antrag des Landesvorstands, der den Abschuss einzelner Wölfe in Regionen mit vielen Rissen erleichtern soll. In Niedersachsen leben nach jüngsten Zahlen 58 Wolfsrudel.",
                "Umweltminister Jan Ohlendorf warb in seiner Rede für den Kompromiss: „Artenschutz und Weidetierhaltung gehören zusammen, nicht gegeneinander.“ Gegner des Antrags, darunter die Grüne Jugend, warfen der Parteiführung vor, Grundsätze des Naturschutzes aufzugeben.",
            ],
        },
        "ticker": {
            "title": "Neue Doppelspitze bei Niedersachsens Grünen",
            "text": "Die niedersächsischen Grünen haben auf ihrem Parteitag in Hildesheim Merle Osterkamp mit 88,4 Prozent und Tarek Haddadin mit 71,2 Prozent zu Landesvorsitzenden gewählt.",
        },
        "rewrite": {
            "title": "Parteitag in Hildesheim: Grüne stellen sich neu auf und lockern Wolfskurs",
            "lead": "Merle Osterkamp und Tarek Haddadin führen künftig den Landesverband. Beim Streitthema Wolf setzte sich die Parteiführung gegen die Grüne Jugend durch.",
            "body": [
                "Das Ergebnis für die Oldenburgerin war deutlich: 88,4 Prozent der Delegierten votierten am Samstag für Merle Osterkamp. Der Göttinger Kommunalpolitiker Tarek Haddadin musste sich mit 71,2 Prozent begnügen, was Beobachter auf seine Nähe zum Realo-Flügel zurückführten. Die beiden lösen ein Duo ab, das vier Jahre an der Spitze stand.",
                "Emotionaler als die Wahlen verlief die Aussprache über den Wolf. Am Ende stimmten 142 Delegierte für, 91 gegen den Vorschlag, Problemwölfe in besonders betroffenen Landkreisen leichter zum Abschuss freizugeben. Umweltminister Jan Ohlendorf hatte eindringlich dafür geworben, die Grüne Jugend dagegen.",
                "Mit Blick auf die Landtagswahl im Herbst 2027 gab sich Osterkamp selbstbewusst. Die Grünen regieren in Hannover seit 2022 als Juniorpartner der SPD unter Ministerpräsident Matthias Wendeborn.",
            ],
        },
        "translations": {
            "en": {
                "title": "Lower Saxony Greens elect new leadership duo, soften stance on wolves",
                "lead": "The Greens in Lower Saxony have elected a new pair of leaders as they prepare for the 2027 state election. Delegates in Hildesheim also backed a compromise on how to deal with wolves.",
                "body": [
                    "Merle Osterkamp, 34, from Oldenburg won 88.4 percent of the vote at the party's state conference on Saturday. Her co-chair Tarek Haddadin, a district councillor from Göttingen, received 71.2 percent. Around 240 delegates had gathered in the Halle 39 venue in Hildesheim. The outgoing leadership duo had not stood again after four years.",
                    "Osterkamp said the Greens wanted to become “so strong at the state election in autumn 2027 that no government can be formed without us”. The party has governed Lower Saxony since 2022 together with the SPD of state premier Matthias Wendeborn.",
                    "After a heated debate, delegates voted 142 to 91 in favour of a motion by the state executive that would make it easier to cull individual wolves in areas with many livestock kills. According to the latest figures, 58 wolf packs live in Lower Saxony.",
                    "Environment minister Jan Ohlendorf championed the compromise in his speech: “Protecting species and keeping grazing animals belong together, not in opposition.” Opponents of the motion, including the Green Youth, accused the party leadership of abandoning core conservation principles.",
                ],
            },
            "it": {
                "title": "Bassa Sassonia, i Verdi eleggono Osterkamp e Haddadin alla guida del partito",
                "lead": "I Verdi della Bassa Sassonia hanno una nuova doppia presidenza in vista delle elezioni regionali del 2027. A Hildesheim i delegati hanno approvato anche un compromesso sulla gestione del lupo.",
                "body": [
                    "Merle Osterkamp, 34 anni, di Oldenburg, ha ottenuto sabato l'88,4 per cento dei voti al congresso regionale. Il co-presidente Tarek Haddadin, consigliere distrettuale di Gottinga, si è fermato al 71,2 per cento. Circa 240 delegati si erano riuniti nella Halle 39 di Hildesheim. La coppia uscente non si era ricandidata dopo quattro anni.",
                    "Osterkamp ha annunciato che alle elezioni dell'autunno 2027 i Verdi vogliono diventare «così forti che nessun governo potrà nascere senza di noi». Il partito governa dal 2022 insieme alla Spd del presidente regionale Matthias Wendeborn.",
                    "Dopo un acceso dibattito, i delegati hanno approvato con 142 voti contro 91 una mozione che facilita l'abbattimento di singoli lupi nelle zone con molti attacchi al bestiame. In Bassa Sassonia vivono secondo gli ultimi dati 58 branchi.",
                    "Il ministro dell'Ambiente Jan Ohlendorf ha difeso il compromesso: «Tutela delle specie e allevamento al pascolo vanno insieme, non uno contro l'altro». Gli oppositori, tra cui i Giovani Verdi, accusano la dirigenza di rinunciare ai principi della tutela della natura.",
                ],
            },
        },
        "sibling": {
            "days": 7,
            "why": "another party's state conference in the same hall a week later, same vocabulary and premier",
            "title": "Niedersachsens SPD bestätigt Wendeborn als Landesvorsitzenden",
            "lead": "Ministerpräsident Matthias Wendeborn bleibt Chef der niedersächsischen SPD. Der Landesparteitag in Hildesheim stellte zudem Weichen für ein Wohnungsbauprogramm.",
            "body": [
                "Die rund 300 Delegierten bestätigten Wendeborn am Samstag in der Halle 39 in Hildesheim mit 91,6 Prozent im Amt. Vor zwei Jahren hatte er 94,2 Prozent erhalten. Generalsekretärin wurde die Braunschweiger Landtagsabgeordnete Svenja Rautenberg.",
                "In seiner Rede kündigte Wendeborn an, das Land werde bis 2030 den Bau von 40.000 Sozialwohnungen fördern und dafür eine landeseigene Wohnungsgesellschaft mit 1,2 Milliarden Euro ausstatten. Der Leitantrag wurde ohne Gegenstimmen angenommen.",
                "Als Gastrednerin warb Grünen-Landesvorsitzende Merle Osterkamp für eine Fortsetzung der Koalition über 2027 hinaus. Die CDU-Opposition nannte das Wohnungsbauprogramm „ein unbezahlbares Wahlversprechen“.",
            ],
        },
    },
    {
        "key": "p1-09",
        "section": "politik",
        "time": "2026-02-11T11:45:00+01:00",
        "original": {
            "title": "Homeoffice für Grenzgänger: Deutschland und die Schweiz einigen sich",
            "lead": "Grenzgänger zwischen Deutschland und der Schweiz sollen künftig bis zu einem Viertel ihrer Arbeitszeit zu Hause arbeiten dürfen, ohne steuerliche Nachteile. Ein Zusatzprotokoll wurde in Bern unterzeichnet.",
            "body": [
                "Der Staatssekretär im Bundesfinanzministerium, Konrad Ehlebracht, und die Schweizer Staatssekretärin für internationale Finanzfragen, Daniela Stöckli, unterzeichneten das Änderungsprotokoll zum Doppelbesteuerungsabkommen am Mittwoch in Bern. Es soll am 1. Januar 2027 in Kraft treten, sofern Bundestag, Bundesrat und das Schweizer Parlament bis dahin zustimmen.",
                "Bisher führen Arbeitstage im Homeoffice zu komplizierten Aufteilungen des Besteuerungsrechts, im Extremfall verlieren Beschäftigte ihren Status als Grenzgänger. Künftig gilt: Bis zu 25 Prozent der Arbeitszeit in der eigenen Wohnung bleiben ohne Folgen. Die Schweiz erhebt weiterhin eine Quellensteuer von höchstens 4,5 Prozent, versteuert wird das Einkommen im Wohnsitzland Deutschland.",
                "Betroffen sind rund 64.000 Menschen, die überwiegend in Baden-Württemberg wohnen und in der Schweiz arbeiten, vor allem in den Kantonen Basel-Stadt, Aargau, Zürich und Schaffhausen. Für die Sozialversicherung gilt bereits seit 2023 eine europäische Rahmenvereinbarung, die Homeoffice bis knapp unter 50 Prozent erlaubt.",
                "„Das ist eine gute Nachricht für Zehntausende Familien am Hochrhein und am Bodensee“, sagte Ehlebracht. Stöckli sprach von einer „pragmatischen Lösung, die auch den Unternehmen hilft“. Arbeitgeberverbände beider Länder hatten seit Jahren auf eine Einigung gedrängt.",
            ],
        },
        "ticker": {
            "title": "Grenzgänger dürfen öfter von zu Hause arbeiten",
            "text": "Deutschland und die Schweiz haben in Bern vereinbart, dass rund 64.000 Grenzgänger künftig bis zu einem Viertel ihrer Arbeitszeit steuerlich folgenlos im Homeoffice verbringen dürfen.",
        },
        "rewrite": {
            "title": "Ein Tag pro Woche daheim: Steuerabkommen mit der Schweiz wird angepasst",
            "lead": "Berlin und Bern räumen ein altes Ärgernis für Pendler aus. Ab 2027 soll Homeoffice für Grenzgänger steuerlich keine Rolle mehr spielen, solange es ein Viertel der Arbeitszeit nicht übersteigt.",
            "body": [
                "Für Beschäftigte aus Lörrach, Waldshut oder Konstanz, die jeden Morgen in die Schweiz fahren, war der Heimarbeitstag bislang ein Steuerrisiko. Wer zu oft zu Hause blieb, musste sich auf aufwendige Berechnungen einstellen, welcher Staat welchen Teil des Lohns besteuern darf. Ein am Mittwoch in Bern unterschriebenes Protokoll soll damit Schluss machen.",
                "Demnach darf künftig ein Viertel der Arbeitszeit im Homeoffice geleistet werden, ohne dass sich an der Besteuerung etwas ändert. Die Schweiz behält weiterhin bis zu 4,5 Prozent Quellensteuer ein, das Einkommen wird in Deutschland versteuert. Rund 64.000 Grenzgänger profitieren.",
                "Unterzeichnet haben Konrad Ehlebracht für das Bundesfinanzministerium und die Schweizer Staatssekretärin Daniela Stöckli. Beide Parlamente müssen noch zustimmen, Starttermin ist der 1. Januar 2027. Die Industrie- und Handelskammer Hochrhein-Bodensee sprach von einem „überfälligen Schritt“.",
            ],
        },
        "translations": {
            "en": {
                "title": "Germany and Switzerland agree tax deal on remote work for cross-border commuters",
                "lead": "Cross-border commuters between Germany and Switzerland will be able to spend up to a quarter of their working time working from home without tax disadvantages. A protocol to that effect was signed in Bern.",
                "body": [
                    "Konrad Ehlebracht, state secretary at the German finance ministry, and Daniela Stöckli, Switzerland's State Secretary for International Finance, signed the protocol amending the double taxation agreement in Bern on Wednesday. It is due to enter into force on January 1, 2027, provided the Bundestag, the Bundesrat and the Swiss parliament approve it by then.",
                    "Until now, days worked from home have led to complicated splits of taxing rights, and in extreme cases employees lose their status as cross-border commuters. In future, up to 25 percent of working time spent at home will have no consequences. Switzerland will continue to levy a withholding tax of no more than 4.5 percent, while the income is taxed in Germany, the country of residence.",
                    "Around 64,000 people are affected, most of whom live in Baden-Württemberg and work in Switzerland, mainly in the cantons of Basel-Stadt, Aargau, Zurich and Schaffhausen. For social security, a European framework agreement has already allowed remote work of just under 50 percent since 2023.",
                    "“This is good news for tens of thousands of families along the Upper Rhine and Lake Constance,” Ehlebracht said. Stöckli spoke of “a pragmatic solution that also helps companies”. Employers' associations in both countries had pushed for an agreement for years.",
                ],
            },
            "fr": {
                "title": "Frontaliers : Berlin et Berne s'entendent sur le télétravail",
                "lead": "Les frontaliers entre l'Allemagne et la Suisse pourront travailler jusqu'à un quart de leur temps à domicile sans conséquence fiscale. Un protocole a été signé à Berne.",
                "body": [
                    "Le secrétaire d'État au ministère fédéral allemand des Finances, Konrad Ehlebracht, et la secrétaire d'État suisse aux questions financières internationales, Daniela Stöckli, ont signé mercredi à Berne le protocole modifiant la convention de double imposition. Il doit entrer en vigueur le 1er janvier 2027, à condition que le Bundestag, le Bundesrat et le Parlement suisse l'aient approuvé d'ici là.",
                    "Jusqu'à présent, les jours de télétravail entraînaient un partage compliqué du droit d'imposer et, dans les cas extrêmes, la perte du statut de frontalier. Désormais, jusqu'à 25 % du temps de travail passé à domicile resteront sans effet. La Suisse continuera de prélever un impôt à la source de 4,5 % au maximum, le revenu étant imposé en Allemagne, pays de résidence.",
                    "Quelque 64 000 personnes sont concernées, pour la plupart domiciliées dans le Bade-Wurtemberg et employées notamment dans les cantons de Bâle-Ville, d'Argovie, de Zurich et de Schaffhouse. En matière d'assurances sociales, un accord-cadre européen autorise déjà depuis 2023 un télétravail allant jusqu'à un peu moins de 50 %.",
                    "« C'est une bonne nouvelle pour des dizaines de milliers de familles le long du Rhin supérieur et du lac de Constance », a déclaré Konrad Ehlebracht. Daniela Stöckli a salué « une solution pragmatique qui aide aussi les entreprises ».",
                ],
            },
            "it": {
                "title": "Frontalieri, accordo tra Germania e Svizzera sul telelavoro",
                "lead": "I frontalieri tra Germania e Svizzera potranno lavorare da casa fino a un quarto del loro tempo senza svantaggi fiscali. Il protocollo è stato firmato a Berna.",
                "body": [
                    "Il segretario di Stato al ministero federale delle Finanze tedesco Konrad Ehlebracht e la segretaria di Stato svizzera per le questioni finanziarie internazionali Daniela Stöckli hanno firmato mercoledì a Berna il protocollo che modifica la convenzione contro le doppie imposizioni. Dovrebbe entrare in vigore il 1° gennaio 2027, se Bundestag, Bundesrat e Parlamento svizzero lo approveranno entro quella data.",
                    "Finora i giorni di telelavoro comportavano complicate ripartizioni del diritto di imposizione e, nei casi estremi, la perdita dello status di frontaliere. In futuro fino al 25 per cento dell'orario svolto a casa non avrà conseguenze. La Svizzera continuerà a prelevare un'imposta alla fonte massima del 4,5 per cento, mentre il reddito sarà tassato in Germania, Paese di residenza.",
                    "Gli interessati sono circa 64.000, per lo più residenti nel Baden-Württemberg e occupati soprattutto nei cantoni di Basilea Città, Argovia, Zurigo e Sciaffusa. Per le assicurazioni sociali un accordo quadro europeo consente già dal 2023 il telelavoro fino a poco meno del 50 per cento.",
                    "«È una buona notizia per decine di migliaia di famiglie lungo l'Alto Reno e il lago di Costanza», ha detto Ehlebracht. Stöckli ha parlato di «una soluzione pragmatica che aiuta anche le imprese».",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Grenzgänger: Bern und Berlin einigen sich beim Homeoffice",
            "lead": "Grenzgängerinnen und Grenzgänger aus Deutschland sollen künftig bis zu einem Viertel ihrer Arbeitszeit zu Hause arbeiten dürfen, ohne steuerliche Nachteile. Ein Zusatzprotokoll wurde in Bern unterzeichnet.",
            "body": [
                "Staatssekretärin Daniela Stöckli vom Staatssekretariat für internationale Finanzfragen und der Staatssekretär im deutschen Bundesfinanzministerium, Konrad Ehlebracht, unterzeichneten das Änderungsprotokoll zum Doppelbesteuerungsabkommen am Mittwoch in Bern. Es soll am 1. Januar 2027 in Kraft treten, sofern die eidgenössischen Räte sowie Bundestag und Bundesrat in Berlin bis dahin zustimmen.",
                "Bisher führen Arbeitstage im Homeoffice zu komplizierten Aufteilungen des Besteuerungsrechts. Künftig gilt: Bis zu 25 Prozent der Arbeitszeit in der eigenen Wohnung bleiben ohne Folgen. Die Schweiz erhebt weiterhin eine Quellensteuer von höchstens 4,5 Prozent.",
                "Betroffen sind rund 64'000 Personen, die in Deutschland wohnen und vor allem in den Kantonen Basel-Stadt, Aargau, Zürich und Schaffhausen arbeiten. Stöckli sprach von einer «pragmatischen Lösung, die auch den Unternehmen in der Region Basel hilft». Die Arbeitgeberverbände beider Länder hatten seit Jahren auf eine Einigung gedrängt.",
            ],
        },
        "sibling": {
            "days": 9,
            "why": "same German state secretary signs a similar remote-work tax protocol with another neighbour",
            "title": "Grenzpendler nach Österreich: Neue Homeoffice-Regel im Steuerabkommen",
            "lead": "Deutschland und Österreich haben in Wien ein Protokoll zum Doppelbesteuerungsabkommen unterzeichnet. Grenzpendler dürfen künftig an bis zu 45 Tagen im Jahr von zu Hause arbeiten.",
            "body": [
                "Staatssekretär Konrad Ehlebracht vom Bundesfinanzministerium und der österreichische Finanzstaatssekretär Klemens Aichhorn setzten am Freitag in Wien ihre Unterschriften unter die Vereinbarung. Sie soll zum 1. Januar 2027 gelten, die Parlamente in Berlin und Wien müssen noch zustimmen.",
                "Bis zu 45 Homeoffice-Tage pro Jahr ändern künftig nichts daran, welcher Staat den Lohn besteuert. Nach Angaben beider Ministerien pendeln rund 41.000 Menschen regelmäßig zwischen den Ländern, die meisten zwischen Bayern und den Bundesländern Salzburg, Tirol und Oberösterreich.",
                "„Moderne Arbeitswelt braucht moderne Abkommen“, sagte Ehlebracht. Aichhorn verwies auf die vielen Pendler im Raum Salzburg und Passau. Die Wirtschaftskammer begrüßte die Einigung, forderte aber eine Regel in Prozent statt in Tagen.",
            ],
        },
    },
    {
        "key": "p1-10",
        "section": "politik",
        "time": "2026-02-17T12:30:00+01:00",
        "original": {
            "title": "Verfassungsgericht lässt Hamburger Mietenstopp-Initiative teilweise zu",
            "lead": "Die Volksinitiative „Mietenstopp Hamburg“ darf ihr Anliegen für die städtischen Wohnungen weiterverfolgen. Einen Mietendeckel für private Vermieter erklärte das Hamburgische Verfassungsgericht dagegen für unzulässig.",
            "body": [
                "Die Stadt könne ihrem eigenen Wohnungsunternehmen Saga vorschreiben, die Mieten fünf Jahre lang nicht zu erhöhen, entschied das Gericht am Dienstag. Für private Mietverhältnisse fehle Hamburg dagegen die Gesetzgebungskompetenz, das Mietrecht sei abschließend Sache des Bundes, sagte Gerichtspräsidentin Birte Lohmeyer. Die Entscheidung fiel mit sieben zu zwei Stimmen.",
                "Der Senat hatte das Gericht im vergangenen Sommer angerufen, weil er die gesamte Vorlage für verfassungswidrig hielt. Die Initiative hatte in der ersten Stufe 16.400 gültige Unterschriften gesammelt, nötig waren 10.000. Die Saga bewirtschaftet rund 137.000 Wohnungen, fast jede fünfte Mietwohnung der Stadt.",
                "Stadtentwicklungssenatorin Friederike Asmussen (SPD) sagte, man respektiere das Urteil, halte einen Mietenstopp bei der Saga aber für „wirtschaftlich nicht verkraftbar“. Dem Unternehmen würden bis 2031 rund 290 Millionen Euro für Sanierung und Neubau fehlen.",
                "Initiativensprecher Jonte Carstensen sprach von einem „Sieg für die Mieterinnen und Mieter“. Für ein erfolgreiches Volksbegehren muss die Initiative nun innerhalb von drei Wochen die Unterschriften von einem Zwanzigstel der Wahlberechtigten sammeln, das sind etwa 66.000.",
            ],
        },
        "ticker": {
            "title": "Teilerfolg für Mietenstopp-Initiative in Hamburg",
            "text": "Das Hamburgische Verfassungsgericht hat einen fünfjährigen Mietenstopp für die rund 137.000 Saga-Wohnungen für zulässig erklärt, einen Mietendeckel für private Vermieter aber verworfen.",
        },
        "rewrite": {
            "title": "Saga-Mieten ja, Privatvermieter nein: Hamburgs Verfassungsrichter ziehen eine Linie",
            "lead": "Halber Erfolg für die Mieterbewegung an der Elbe: Das Volksbegehren darf kommen, aber nur für die städtischen Wohnungen.",
            "body": [
                "Sieben der neun Verfassungsrichterinnen und -richter gaben der Initiative „Mietenstopp Hamburg“ am Dienstag teilweise recht. Über die Mieten der städtischen Saga dürfe Hamburg sehr wohl selbst bestimmen, und damit auch das Volk per Volksentscheid. Einen Deckel für Wohnungen privater Eigentümer könne Hamburg dagegen nicht einführen, weil der Bund das Mietrecht abschließend geregelt habe, erläuterte Präsidentin Birte Lohmeyer.",
                "Der Senat war vor das Gericht gezogen, um das Vorhaben komplett zu stoppen. Senatorin Friederike Asmussen warnte nach dem Urteil, ein fünfjähriger Stopp würde der Saga bis 2031 etwa 290 Millionen Euro entziehen, Geld für Neubau und Sanierung ihrer 137.000 Wohnungen.",
                "Die Initiative um Sprecher Jonte Carstensen will nun rasch die zweite Stufe starten. Gut 66.000 Unterschriften binnen drei Wochen sind nötig. In der ersten Runde hatten 16.400 Menschen unterschrieben.",
            ],
        },
        "translations": {
            "en": {
                "title": "Hamburg court lets rent-freeze initiative go ahead for city-owned flats only",
                "lead": "The “Mietenstopp Hamburg” citizens' initiative may pursue its campaign for municipal housing. But Hamburg's Constitutional Court ruled that a rent cap for private landlords is inadmissible.",
                "body": [
                    "The city can instruct its own housing company Saga not to raise rents for five years, the court ruled on Tuesday. For private tenancies, however, Hamburg lacks legislative powers, as tenancy law is exclusively a federal matter, said court president Birte Lohmeyer. The decision was taken by seven votes to two.",
                    "The Senate, Hamburg's state government, had turned to the court last summer because it considered the entire proposal unconstitutional. In the first stage, the initiative had collected 16,400 valid signatures, 10,000 were required. Saga manages around 137,000 flats, almost one in five rented homes in the city.",
                    "Urban development senator Friederike Asmussen (SPD) said the ruling would be respected, but that a rent freeze at Saga was “economically unsustainable”. The company would lose around 290 million euros for renovation and new construction by 2031.",
                    "The initiative's spokesman Jonte Carstensen called it “a victory for tenants”. For the petition for a referendum to succeed, the initiative must now collect signatures from one twentieth of eligible voters, about 66,000, within three weeks.",
                ],
            },
            "fr": {
                "title": "Hambourg : feu vert partiel pour l'initiative de gel des loyers",
                "lead": "L'initiative populaire « Mietenstopp Hamburg » peut poursuivre sa démarche pour les logements municipaux. La Cour constitutionnelle de Hambourg a en revanche jugé irrecevable un plafonnement des loyers chez les bailleurs privés.",
                "body": [
                    "La ville peut imposer à sa propre société de logement, la Saga, de geler les loyers pendant cinq ans, a estimé mardi la Cour. Pour les baux privés, Hambourg n'a en revanche pas la compétence législative, le droit locatif relevant exclusivement de l'État fédéral, a expliqué la présidente de la juridiction, Birte Lohmeyer. La décision a été prise par sept voix contre deux.",
                    "Le Sénat, le gouvernement de la ville-État, avait saisi la Cour l'été dernier, estimant l'ensemble du texte inconstitutionnel. Lors de la première étape, l'initiative avait recueilli 16 400 signatures valables, alors qu'il en fallait 10 000. La Saga gère environ 137 000 logements, soit près d'un logement locatif sur cinq dans la ville.",
                    "La sénatrice chargée de l'urbanisme, Friederike Asmussen (SPD), a assuré respecter la décision, tout en jugant un gel des loyers à la Saga « économiquement insoutenable » : il priverait l'entreprise de quelque 290 millions d'euros d'ici 2031 pour la rénovation et la construction.",
                    "Le porte-parole de l'initiative, Jonte Carstensen, a salué « une victoire pour les locataires ». Elle doit désormais réunir en trois semaines les signatures d'un vingtième des électeurs inscrits, soit environ 66 000.",
                ],
            },
            "it": {
                "title": "Amburgo, via libera parziale al referendum sul blocco degli affitti",
                "lead": "L'iniziativa popolare «Mietenstopp Hamburg» può andare avanti per gli alloggi comunali. La Corte costituzionale di Amburgo ha invece dichiarato inammissibile un tetto agli affitti per i proprietari privati.",
                "body": [
                    "La città può imporre alla propria società immobiliare Saga di non aumentare gli affitti per cinque anni, ha deciso martedì la Corte. Per le locazioni private Amburgo non ha invece competenza legislativa, perché il diritto delle locazioni spetta esclusivamente al Bund, ha spiegato la presidente Birte Lohmeyer. La decisione è stata presa con sette voti contro due.",
                    "Il Senato, il governo della città-Stato, si era rivolto alla Corte la scorsa estate ritenendo incostituzionale l'intera proposta. Nella prima fase l'iniziativa aveva raccolto 16.400 firme valide, a fronte delle 10.000 necessarie. La Saga gestisce circa 137.000 alloggi, quasi un appartamento in affitto su cinque.",
                    "La senatrice per lo Sviluppo urbano Friederike Asmussen (Spd) ha detto di rispettare la sentenza, ma ha definito il blocco degli affitti alla Saga «economicamente insostenibile»: all'azienda verrebbero a mancare circa 290 milioni di euro entro il 2031.",
                    "Il portavoce dell'iniziativa Jonte Carstensen ha parlato di «una vittoria per gli inquilini». Ora servono in tre settimane le firme di un ventesimo degli aventi diritto al voto, circa 66.000.",
                ],
            },
        },
        "follow_up": {
            "days": 6,
            "refers": True,
            "title": "Hamburger Senat bietet Mietenstopp-Initiative Kompromiss an",
            "lead": "Statt eines Mietenstopps sollen die Saga-Mieten fünf Jahre lang um höchstens ein Prozent jährlich steigen. Die Initiative will über das Angebot beraten.",
            "body": [
                "Stadtentwicklungssenatorin Friederike Asmussen (SPD) legte der Initiative „Mietenstopp Hamburg“ am Montag ein schriftliches Angebot vor. Danach sollen die Mieten der städtischen Saga bis 2031 um nicht mehr als ein Prozent pro Jahr steigen, für Haushalte mit geringem Einkommen soll es gar keine Erhöhungen geben. Im Gegenzug solle die Initiative auf das Volksbegehren verzichten.",
                "Erst am Dienstag hatte das Hamburgische Verfassungsgericht entschieden, dass ein Mietenstopp für die rund 137.000 Saga-Wohnungen per Volksentscheid zulässig ist, ein Deckel für Privatvermieter aber nicht. Der Senat hat den Zeitraum für das Volksbegehren inzwischen auf den 28. April bis 18. Mai festgelegt.",
                "Sprecher Jonte Carstensen sagte, man werde das Angebot „ernsthaft prüfen“, sehe aber noch Nachbesserungsbedarf. Eine Entscheidung will die Initiative bei einer Versammlung am 7. März treffen. Der Mieterverein zu Hamburg nannte den Vorschlag „einen ersten Schritt“.",
            ],
        },
        "sibling": {
            "days": -27,
            "why": "same court and president rule on another citizens' initiative a month earlier, inadmissible",
            "title": "Hamburgs Verfassungsgericht stoppt Volksinitiative gegen Hafenausbau",
            "lead": "Die Volksinitiative „Elbe frei“ darf kein Volksbegehren gegen den Bau eines neuen Containerterminals durchführen. Das Hamburgische Verfassungsgericht sieht einen unzulässigen Eingriff in den Haushalt.",
            "body": [
                "Die Initiative verlange faktisch, bereits bewilligte Mittel von 640 Millionen Euro zu streichen, sagte Gerichtspräsidentin Birte Lohmeyer am Mittwoch. Über den Haushalt dürfe in Hamburg aber nicht per Volksentscheid bestimmt werden. Die Entscheidung fiel einstimmig.",
                "Der Senat hatte das Gericht angerufen, nachdem die Initiative im vergangenen Frühjahr 13.800 Unterschriften gesammelt hatte. Sie wendet sich gegen das geplante Terminal am Steinwerder Kanal und befürchtet eine weitere Verschlickung der Elbe.",
                "Wirtschaftssenator Ole Brüggemann (SPD) begrüßte die Klarheit für den Hafen. Initiativensprecherin Insa Hollmer kündigte an, ihr Anliegen nun über eine Petition an die Bürgerschaft weiterzuverfolgen.",
            ],
        },
    },
    {
        "key": "p1-11",
        "section": "politik",
        "time": "2026-02-11T01:50:00+01:00",
        "original": {
            "title": "Kieler Koalition einigt sich in der Nacht auf Sparpaket von 480 Millionen Euro",
            "lead": "Nach mehr als zwölf Stunden Verhandlungen haben CDU und Grüne in Schleswig-Holstein ein Sparpaket für den Landeshaushalt 2027 geschnürt. Kitas und Schulen bleiben weitgehend verschont.",
            "body": [
                "Der Koalitionsausschuss hatte seit Dienstagmittag in der Staatskanzlei in Kiel getagt. Kurz nach 1 Uhr traten Ministerpräsident Jens-Uwe Hagge (CDU) und Finanzministerin Wiebke Thordsen (Grüne) vor die Presse. Insgesamt sollen im kommenden Jahr 480 Millionen Euro eingespart werden, neue Schulden soll es nicht geben.",
                "Den größten Posten bildet der Landesstraßenbau mit 90 Millionen Euro, mehrere Sanierungsprojekte werden um zwei Jahre verschoben. In der Landesverwaltung sollen bis 2030 rund 250 Stellen wegfallen, Förderprogramme für Wirtschaft und Tourismus werden um 60 Millionen Euro gekürzt. Die Hochschulen müssen 35 Millionen Euro beitragen.",
                "„Wir sparen, wo es wehtut, aber nicht bei den Kindern“, sagte Hagge. Die Mittel für Kitas und die Lehrerstellen bleiben unangetastet. Thordsen verwies auf sinkende Steuereinnahmen und steigende Zinsen: Ohne Kurswechsel drohe 2027 eine Lücke von mehr als einer halben Milliarde Euro.",
                "SPD-Oppositionsführer Sönke Harmsen nannte die Einigung „ein Kahlschlag-Paket, das im Dunkeln geschnürt wurde“. Der SSW kritisierte vor allem die Kürzungen an den Hochschulen in Flensburg und Kiel. Das Kabinett will den Haushaltsentwurf Ende März beschließen.",
            ],
        },
        "ticker": {
            "title": "Nach Nachtsitzung: Schwarz-Grün in Kiel beschließt Sparkurs",
            "text": "CDU und Grüne in Schleswig-Holstein haben sich nach einer nächtlichen Sitzung des Koalitionsausschusses auf Einsparungen von 480 Millionen Euro im Landeshaushalt 2027 geeinigt.",
        },
        "rewrite": {
            "title": "Straßenbau, Stellen, Hochschulen: Wo Schleswig-Holstein 2027 kürzen will",
            "lead": "Die schwarz-grüne Landesregierung hat sich nach zähem Ringen auf ihre Sparliste verständigt. Die Opposition spricht von einem Kahlschlag.",
            "body": [
                "Es war bereits Mittwoch, als Jens-Uwe Hagge und Wiebke Thordsen in der Kieler Staatskanzlei das Ergebnis verkündeten. Um 480 Millionen Euro soll der Etat des kommenden Jahres schrumpfen, ohne zusätzliche Kredite. Zwölf Stunden hatte die Koalitionsrunde dafür gebraucht.",
                "Am stärksten trifft es die Landesstraßen: 90 Millionen Euro weniger, einige Sanierungen rutschen um zwei Jahre nach hinten. Bis 2030 baut die Verwaltung etwa 250 Stellen ab. Unternehmen und Tourismusbetriebe müssen mit 60 Millionen Euro weniger Förderung auskommen, die Universitäten und Fachhochschulen mit 35 Millionen weniger. Kitas und Lehrkräfte bleiben dagegen außen vor.",
                "Finanzministerin Thordsen (Grüne) begründete den Schritt mit wegbrechenden Steuereinnahmen und höheren Zinslasten. Oppositionsführer Sönke Harmsen (SPD) warf der Koalition vor, das Paket hinter verschlossenen Türen ausgehandelt zu haben. Ende März soll das Kabinett den Entwurf verabschieden.",
            ],
        },
        "translations": {
            "en": {
                "title": "Schleswig-Holstein coalition agrees 480 million euro savings package after all-night talks",
                "lead": "After more than twelve hours of negotiations, the CDU and the Greens in Schleswig-Holstein have agreed on a savings package for the 2027 state budget. Daycare centres and schools will be largely spared.",
                "body": [
                    "The coalition committee had been meeting at the state chancellery in Kiel since Tuesday lunchtime. Shortly after 1 a.m., state premier Jens-Uwe Hagge (CDU) and finance minister Wiebke Thordsen (Greens) addressed the press. A total of 480 million euros is to be saved next year, with no new borrowing.",
                    "The biggest item is state road construction, at 90 million euros, with several renovation projects postponed by two years. Around 250 jobs in the state administration are to go by 2030, and support programmes for business and tourism will be cut by 60 million euros. Universities will have to contribute 35 million euros.",
                    "“We are making cuts where it hurts, but not at the expense of children,” Hagge said. Funding for daycare and teaching posts remains untouched. Thordsen pointed to falling tax revenues and rising interest rates, warning that without a change of course there would be a gap of more than half a billion euros in 2027.",
                    "SPD opposition leader Sönke Harmsen called the deal “a slash-and-burn package stitched together in the dark”. The SSW, the party of the Danish minority, criticised above all the cuts at the universities in Flensburg and Kiel. The cabinet plans to adopt the draft budget at the end of March.",
                ],
            },
        },
        "sibling": {
            "days": -21,
            "why": "same coalition committee in Kiel after another overnight session, different topic (wind power)",
            "title": "Kieler Koalition einigt sich nach Nachtsitzung auf schnelleren Windkraftausbau",
            "lead": "CDU und Grüne in Schleswig-Holstein haben ihren Streit über neue Windkraftflächen beigelegt. Der Koalitionsausschuss tagte bis in die frühen Morgenstunden.",
            "body": [
                "Gegen halb zwei verkündeten Ministerpräsident Jens-Uwe Hagge (CDU) und Energiewendeminister Torge Feddersen (Grüne) in der Staatskanzlei in Kiel den Kompromiss. Künftig sollen 3,2 Prozent der Landesfläche für Windräder ausgewiesen werden, bisher sind es rund 2 Prozent. Der Mindestabstand zu Siedlungen sinkt von 1000 auf 800 Meter.",
                "Gemeinden, auf deren Gebiet neue Anlagen entstehen, sollen pro Windrad und Jahr 12.000 Euro erhalten. Die CDU hatte zuvor auf größere Abstände gedrängt, die Grünen auf mehr Flächen.",
                "SPD-Oppositionsführer Sönke Harmsen sprach von „einem Kompromiss, der ein halbes Jahr zu spät kommt“. Der SSW begrüßte die Beteiligung der Kommunen. Der Landtag soll die Änderung des Landesplanungsgesetzes im April beraten.",
            ],
        },
    },
    {
        "key": "p1-12",
        "section": "politik",
        "time": "2026-02-17T09:15:00+01:00",
        "original": {
            "title": "Zahl der Asylerstanträge sinkt im Januar weiter",
            "lead": "Im Januar haben in Deutschland 7912 Menschen erstmals Asyl beantragt, 41 Prozent weniger als ein Jahr zuvor. Das geht aus neuen Zahlen des Bundesamts für Migration und Flüchtlinge hervor.",
            "body": [
                "Im Vergleich zum Dezember sank die Zahl der Erstanträge um 8,4 Prozent, wie das Bundesamt (BAMF) am Dienstag in Nürnberg mitteilte. Hauptherkunftsland war erneut Afghanistan mit 1684 Anträgen, gefolgt von Syrien mit 1201 und der Türkei mit 903 Anträgen. Hinzu kamen 1530 Folgeanträge.",
                "Das Bundesamt entschied im Januar über 21.370 Asylanträge. Die Gesamtschutzquote lag bei 38,6 Prozent. Die Zahl der noch nicht entschiedenen Verfahren ging auf rund 96.000 zurück.",
                "Die Parlamentarische Staatssekretärin im Bundesinnenministerium, Yvonne Kampmeier, führte den Rückgang auf die Kontrollen an den Binnengrenzen und die Zusammenarbeit mit Herkunfts- und Transitstaaten zurück. „Die Richtung stimmt, aber wir lassen nicht nach“, sagte sie. Die Organisation Pro Asyl kritisierte, Schutzsuchende würden zunehmend an den Grenzen zurückgewiesen.",
                "Auch in Nachbarländern sinken die Zahlen: In Österreich wurden im Januar nach Angaben des Innenministeriums in Wien 1020 Asylanträge gestellt, rund ein Drittel weniger als im Vorjahresmonat.",
            ],
        },
        "ticker": {
            "title": "BAMF meldet erneut weniger Asylanträge",
            "text": "Die Zahl der Asylerstanträge in Deutschland ist im Januar auf 7912 gesunken, das sind 41 Prozent weniger als im Januar des Vorjahres.",
        },
        "rewrite": {
            "title": "Asylstatistik: Afghanistan bleibt wichtigstes Herkunftsland, Gesamtzahl fällt deutlich",
            "lead": "Gut 7900 Erstanträge im ersten Monat des Jahres: Der Rückgang setzt sich fort. Die Bundesregierung sieht ihren Kurs bestätigt, Flüchtlingshelfer sind alarmiert.",
            "body": [
                "Das Nürnberger Bundesamt für Migration und Flüchtlinge zählte im Januar 7912 Menschen, die zum ersten Mal einen Asylantrag stellten. Ein Jahr zuvor lag der Wert um 41 Prozent höher, auch gegenüber Dezember ging er um 8,4 Prozent zurück. Wie in den Vormonaten kamen die meisten Antragsteller aus Afghanistan (1684), Syrien (1201) und der Türkei (903).",
                "Mehr als 21.000 Verfahren hat die Behörde im Januar abgeschlossen, 38,6 Prozent der Antragsteller erhielten einen Schutzstatus. Der Berg offener Fälle schrumpfte auf etwa 96.000.",
                "Staatssekretärin Yvonne Kampmeier sieht die Grenzkontrollen und Abkommen mit Herkunftsländern als Ursache. Pro Asyl hält dagegen, dass Menschen in Not an der Grenze abgewiesen würden. Ähnlich ist der Trend in Österreich, wo 1020 Anträge gestellt wurden.",
            ],
        },
        "translations": {
            "en": {
                "title": "Germany's first-time asylum applications fall again in January",
                "lead": "In January, 7,912 people applied for asylum in Germany for the first time, 41 percent fewer than a year earlier. This is according to new figures from the Federal Office for Migration and Refugees.",
                "body": [
                    "Compared with December, the number of first-time applications fell by 8.4 percent, the office (BAMF) said in Nuremberg on Tuesday. Afghanistan was again the main country of origin with 1,684 applications, followed by Syria with 1,201 and Turkey with 903. There were also 1,530 follow-up applications.",
                    "The office decided on 21,370 asylum applications in January. The overall protection rate was 38.6 percent. The number of pending cases fell to around 96,000.",
                    "Yvonne Kampmeier, parliamentary state secretary at the federal interior ministry, attributed the decline to controls at Germany's internal borders and cooperation with countries of origin and transit. “We are heading in the right direction, but we will not let up,” she said. The organisation Pro Asyl criticised that people seeking protection were increasingly being turned back at the borders.",
                    "Numbers are also falling in neighbouring countries: in Austria, 1,020 asylum applications were filed in January, according to the interior ministry in Vienna, around a third fewer than in the same month last year.",
                ],
            },
            "fr": {
                "title": "Allemagne : nouvelle baisse des premières demandes d'asile en janvier",
                "lead": "En janvier, 7 912 personnes ont déposé une première demande d'asile en Allemagne, soit 41 % de moins qu'un an plus tôt, selon de nouveaux chiffres de l'Office fédéral des migrations et des réfugiés.",
                "body": [
                    "Par rapport à décembre, le nombre de premières demandes a reculé de 8,4 %, a indiqué mardi à Nuremberg l'Office fédéral (BAMF). L'Afghanistan reste le principal pays d'origine avec 1 684 demandes, devant la Syrie (1 201) et la Turquie (903). S'y ajoutent 1 530 demandes de réexamen.",
                    "L'Office a statué sur 21 370 demandes en janvier. Le taux de protection global s'est établi à 38,6 %. Le nombre de dossiers en attente est tombé à environ 96 000.",
                    "La secrétaire d'État parlementaire au ministère fédéral de l'Intérieur, Yvonne Kampmeier, attribue ce recul aux contrôles aux frontières intérieures et à la coopération avec les pays d'origine et de transit. « La direction est la bonne, mais nous ne relâchons pas nos efforts », a-t-elle déclaré. L'organisation Pro Asyl dénonce des refoulements de plus en plus fréquents aux frontières.",
                    "La tendance est la même dans les pays voisins : en Autriche, 1 020 demandes d'asile ont été déposées en janvier, selon le ministère de l'Intérieur à Vienne, environ un tiers de moins qu'un an plus tôt.",
                ],
            },
            "it": {
                "title": "Germania, a gennaio ancora in calo le prime domande di asilo",
                "lead": "A gennaio 7.912 persone hanno chiesto asilo per la prima volta in Germania, il 41 per cento in meno rispetto a un anno prima. Lo indicano i nuovi dati dell'Ufficio federale per la migrazione e i rifugiati.",
                "body": [
                    "Rispetto a dicembre le prime domande sono diminuite dell'8,4 per cento, ha comunicato martedì a Norimberga l'Ufficio federale (Bamf). Il principale Paese di origine resta l'Afghanistan con 1.684 domande, seguito da Siria (1.201) e Turchia (903). A queste si aggiungono 1.530 domande reiterate.",
                    "A gennaio l'Ufficio ha deciso su 21.370 domande di asilo. Il tasso complessivo di protezione è stato del 38,6 per cento. Le pratiche ancora aperte sono scese a circa 96.000.",
                    "La sottosegretaria parlamentare al ministero federale dell'Interno Yvonne Kampmeier ha attribuito il calo ai controlli alle frontiere interne e alla collaborazione con i Paesi di origine e di transito. «La direzione è giusta, ma non allentiamo la presa», ha detto. L'organizzazione Pro Asyl denuncia che chi cerca protezione viene sempre più spesso respinto alla frontiera.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "Deutschland: Weniger Asylanträge im Jänner – Rückgang auch in Österreich",
            "lead": "Im Jänner haben in Deutschland 7912 Menschen erstmals Asyl beantragt, um 41 Prozent weniger als ein Jahr zuvor. Das geht aus neuen Zahlen des deutschen Bundesamts für Migration und Flüchtlinge hervor.",
            "body": [
                "Im Vergleich zum Dezember sank die Zahl der Erstanträge um 8,4 Prozent, wie das Bundesamt (BAMF) am Dienstag in Nürnberg mitteilte. Hauptherkunftsland war erneut Afghanistan mit 1684 Anträgen, gefolgt von Syrien mit 1201 und der Türkei mit 903 Anträgen.",
                "Die Parlamentarische Staatssekretärin im deutschen Innenministerium, Yvonne Kampmeier, führte den Rückgang auf die Kontrollen an den Binnengrenzen, auch an jener zu Österreich, und die Zusammenarbeit mit Herkunfts- und Transitstaaten zurück. Die Organisation Pro Asyl kritisierte, Schutzsuchende würden zunehmend an den Grenzen zurückgewiesen.",
                "Auch hierzulande sinken die Zahlen: In Österreich wurden im Jänner laut Innenministerium 1020 Asylanträge gestellt, rund ein Drittel weniger als im Vorjahresmonat.",
            ],
        },
        "sibling": {
            "days": -28,
            "why": "previous month's edition of the same BAMF statistics (December and full year), other figures",
            "title": "BAMF: Zahl der Asylerstanträge 2025 fast halbiert",
            "lead": "Im vergangenen Jahr haben in Deutschland 118.460 Menschen erstmals Asyl beantragt, 49 Prozent weniger als 2024. Im Dezember waren es 8638 Erstanträge.",
            "body": [
                "Das teilte das Bundesamt für Migration und Flüchtlinge (BAMF) am Dienstag in Nürnberg mit. Hauptherkunftsländer im Dezember waren Afghanistan mit 1902, Syrien mit 1377 und die Türkei mit 1011 Anträgen. Im Gesamtjahr lag Syrien knapp vor Afghanistan.",
                "Die Gesamtschutzquote für 2025 betrug 40,2 Prozent. Ende Dezember waren rund 104.000 Verfahren noch nicht entschieden.",
                "Die Parlamentarische Staatssekretärin im Bundesinnenministerium, Yvonne Kampmeier, sprach von einer „Trendwende, die wir verstetigen wollen“. Pro Asyl warf der Bundesregierung vor, das Grundrecht auf Asyl auszuhöhlen. Der Flüchtlingsrat Bayern verwies darauf, dass die Zahl der Abschiebungen im selben Zeitraum gestiegen sei.",
            ],
        },
    },
]
