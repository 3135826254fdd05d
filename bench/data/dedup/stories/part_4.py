"""Story families for feedhub's own dedup evaluation set, part 4: technology and science.

Written for feedhub (fictional events). Schema: bench/data/dedup/README.md."""

FAMILIES = [
    {
        "key": "p4-01",
        "section": "technik",
        "time": "2026-07-02T06:40:00+02:00",
        "original": {
            "title": "Cyberangriff auf Kantonsspital Baden: Notfallstation im Notbetrieb",
            "lead": "Unbekannte haben in der Nacht auf Donnerstag Teile der IT des Kantonsspitals Baden verschlüsselt. Rettungswagen werden nach Aarau und Zürich umgeleitet.",
            "body": [
                "Das Kantonsspital Baden (KSB) im Schweizer Kanton Aargau ist Ziel eines schweren Cyberangriffs geworden. Nach Angaben des Spitals bemerkten Informatiker kurz nach 2 Uhr ungewöhnliche Aktivitäten im Netzwerk; wenig später waren zahlreiche Server mit einer Erpressungssoftware verschlüsselt. Die Klinik trennte daraufhin sämtliche Systeme vom Internet.",
                "Die Notfallstation nimmt vorerst nur noch lebensbedrohlich verletzte oder erkrankte Menschen auf. Rettungsdienste bringen Patientinnen und Patienten stattdessen in das Kantonsspital Aarau und das Universitätsspital Zürich. 46 geplante Operationen wurden verschoben, die Versorgung der rund 330 stationären Patienten sei gesichert, hieß es.",
                "„Wir arbeiten mit Papier und Telefon, aber wir arbeiten“, sagte Spitaldirektor Adrian Schürmann am Morgen vor den Medien. Ob Patientendaten abgeflossen seien, könne man derzeit nicht ausschließen.",
                "Die Kantonspolizei Aargau hat Ermittlungen aufgenommen. Das Bundesamt für Cybersicherheit (BACS) unterstützt das Spital mit einem Einsatzteam. Ein Bekennerschreiben oder eine Lösegeldforderung lag nach Angaben der Ermittler bis zum Morgen nicht vor.",
            ],
        },
        "ticker": {
            "title": "Hackerangriff trifft Spital in Baden",
            "text": "Das Kantonsspital Baden im Aargau ist in der Nacht von Hackern angegriffen worden, die Notfallstation nimmt nur noch lebensbedrohliche Fälle an, 46 Operationen sind verschoben.",
        },
        "rewrite": {
            "title": "Erpressungssoftware legt Aargauer Klinik lahm",
            "lead": "Nach einer Hackerattacke arbeitet das Kantonsspital Baden mit Stift und Papier. Ambulanzen fahren andere Häuser an.",
            "body": [
                "Dunkle Bildschirme, Formulare auf Papier, Kuriere zwischen den Stationen: Im Kantonsspital Baden herrscht seit der Nacht Ausnahmezustand. Angreifer hatten gegen 2 Uhr eine Ransomware in das Kliniknetz eingeschleust, die einen Großteil der Server unbrauchbar machte. Um eine weitere Ausbreitung zu verhindern, kappte das Spital alle Verbindungen nach außen.",
                "Spürbar sind die Folgen vor allem in der Notfallstation, die nur noch akute Notfälle behandelt. Alle anderen Fälle übernehmen das Kantonsspital Aarau und das Universitätsspital Zürich. 46 Eingriffe wurden abgesagt. Direktor Adrian Schürmann betonte, die rund 330 Menschen auf den Stationen seien gut versorgt.",
                "Ermittelt wird von der Kantonspolizei Aargau, Fachleute des Bundesamts für Cybersicherheit sind vor Ort. Erst im Frühjahr hatte das Bundesamt vor einer Zunahme von Angriffen auf Gesundheitseinrichtungen gewarnt. Wer hinter der Attacke steckt, ist offen.",
            ],
        },
        "translations": {
            "en": {
                "title": "Ransomware attack forces Swiss hospital into emergency mode",
                "lead": "Unknown attackers encrypted parts of the IT systems at Baden Cantonal Hospital overnight into Thursday. Ambulances are being diverted to Aarau and Zurich.",
                "body": [
                    "Baden Cantonal Hospital (KSB) in the Swiss canton of Aargau has been hit by a serious cyberattack. According to the hospital, IT staff noticed unusual activity on the network shortly after 2 a.m.; soon afterwards, numerous servers had been encrypted with ransomware. The hospital then disconnected all of its systems from the internet.",
                    "For the time being, the emergency department is admitting only people with life-threatening injuries or illnesses. Ambulance services are taking other patients to Aarau Cantonal Hospital and University Hospital Zurich instead. Forty-six scheduled operations have been postponed, while care for the roughly 330 inpatients is assured, the hospital said.",
                    "“We are working with paper and telephones, but we are working,” hospital director Adrian Schürmann told reporters on Thursday morning. He said it could not yet be ruled out that patient data had been stolen.",
                    "Aargau cantonal police have opened an investigation, and the Federal Office for Cyber Security (BACS) has sent a response team to support the hospital. Investigators said no claim of responsibility or ransom demand had been received by the morning.",
                ],
            },
            "fr": {
                "title": "Cyberattaque contre l'hôpital cantonal de Baden, les urgences en mode dégradé",
                "lead": "Des inconnus ont chiffré une partie du système informatique de l'hôpital cantonal de Baden dans la nuit de mercredi à jeudi. Les ambulances sont déviées vers Aarau et Zurich.",
                "body": [
                    "L'hôpital cantonal de Baden (KSB), dans le canton d'Argovie, a été la cible d'une grave cyberattaque. Selon l'établissement, des informaticiens ont remarqué peu après 2 heures une activité inhabituelle sur le réseau ; peu après, de nombreux serveurs étaient chiffrés par un rançongiciel. L'hôpital a alors coupé tous ses systèmes d'Internet.",
                    "Les urgences n'accueillent plus pour l'instant que les personnes en danger de mort. Les services de secours conduisent les autres patients à l'hôpital cantonal d'Aarau et à l'Hôpital universitaire de Zurich. Quarante-six opérations programmées ont été reportées ; la prise en charge des quelque 330 patients hospitalisés est assurée, a indiqué l'hôpital.",
                    "« Nous travaillons avec du papier et le téléphone, mais nous travaillons », a déclaré jeudi matin le directeur Adrian Schürmann devant la presse. Il n'est pas exclu, selon lui, que des données de patients aient été dérobées. La police cantonale argovienne a ouvert une enquête, avec le soutien de l'Office fédéral de la cybersécurité (OFCS).",
                ],
            },
            "it": {
                "title": "Attacco hacker all'ospedale cantonale di Baden, pronto soccorso solo per i casi gravi",
                "lead": "Ignoti hanno criptato nella notte tra mercoledì e giovedì parte dei sistemi informatici dell'ospedale cantonale di Baden. Le ambulanze vengono dirottate verso Aarau e Zurigo.",
                "body": [
                    "L'ospedale cantonale di Baden (KSB), nel canton Argovia, è stato colpito da un grave attacco informatico. Secondo la struttura, poco dopo le 2 i tecnici hanno notato attività insolite nella rete; poco più tardi numerosi server risultavano criptati da un ransomware. L'ospedale ha quindi scollegato tutti i sistemi da internet.",
                    "Il pronto soccorso accoglie per ora soltanto persone in pericolo di vita. I servizi di soccorso portano gli altri pazienti all'ospedale cantonale di Aarau e all'Ospedale universitario di Zurigo. Sono stati rinviati 46 interventi programmati; l'assistenza ai circa 330 pazienti ricoverati è garantita, ha fatto sapere l'ospedale.",
                    "«Lavoriamo con carta e telefono, ma lavoriamo», ha dichiarato giovedì mattina ai media il direttore Adrian Schürmann. Non si può escludere, ha aggiunto, che siano stati sottratti dati dei pazienti.",
                    "La polizia cantonale argoviese ha avviato un'indagine. L'Ufficio federale della cibersicurezza (UFCS) sostiene l'ospedale con una squadra d'intervento. Fino al mattino non erano giunte né rivendicazioni né richieste di riscatto.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Hackerangriff: Notfallstation des Kantonsspitals Baden im Notbetrieb",
            "lead": "Unbekannte haben in der Nacht auf Donnerstag Teile der Informatik des Kantonsspitals Baden verschlüsselt. Ambulanzen werden nach Aarau und Zürich umgeleitet.",
            "body": [
                "Das Kantonsspital Baden (KSB) ist Ziel eines schweren Cyberangriffs geworden. Nach Angaben des Spitals bemerkten Informatiker kurz nach 2 Uhr ungewöhnliche Aktivitäten im Netzwerk; wenig später waren zahlreiche Server mit einer Erpressungssoftware verschlüsselt. Das Spital trennte daraufhin sämtliche Systeme vom Internet.",
                "Die Notfallstation nimmt vorerst nur noch lebensbedrohlich verletzte oder erkrankte Personen auf. Der Rettungsdienst bringt Patientinnen und Patienten stattdessen ins Kantonsspital Aarau und ins Universitätsspital Zürich. 46 geplante Operationen wurden verschoben, die Versorgung der rund 330 stationären Patienten sei gewährleistet, hiess es.",
                "«Wir arbeiten mit Papier und Telefon, aber wir arbeiten», sagte Spitaldirektor Adrian Schürmann am Morgen vor den Medien. Ob Patientendaten abgeflossen seien, könne man derzeit nicht ausschliessen. Die Kantonspolizei Aargau ermittelt, das Bundesamt für Cybersicherheit (BACS) hat ein Einsatzteam nach Baden geschickt.",
            ],
        },
        "follow_up": {
            "days": 3.4,
            "refers": True,
            "title": "Hackergruppe fordert vom Kantonsspital Baden vier Millionen Franken",
            "lead": "Die Erpresser hinter dem Cyberangriff auf das Aargauer Spital haben sich gemeldet. Das Kantonsspital will nicht zahlen.",
            "body": [
                "Drei Tage nach dem Angriff auf das Kantonsspital Baden hat sich eine Gruppe namens „Obsidian Hand“ zu der Tat bekannt. Auf ihrer Seite im Darknet verlangt sie vier Millionen Franken in Bitcoin und droht, andernfalls erbeutete Daten zu veröffentlichen. Wie wir berichteten, hatten die Angreifer in der Nacht auf Donnerstag große Teile der Spitalinformatik verschlüsselt.",
                "Spitaldirektor Adrian Schürmann erklärte am Sonntag, man werde „keinen Franken“ an Kriminelle überweisen. Nach Erkenntnissen des Bundesamts für Cybersicherheit haben die Täter Dateien mit Angaben zu rund 9000 Patientinnen und Patienten kopiert, darunter Adressen und Diagnosen. Das Spital will die Betroffenen bis Mitte der Woche per Brief informieren.",
                "Die Notfallstation arbeitet seit Samstagmittag wieder ohne Einschränkungen. Von den 46 verschobenen Operationen seien 31 bereits neu angesetzt, teilte das Spital mit. Die Kantonspolizei Aargau prüft Verbindungen zu Angriffen auf zwei deutsche Kliniken im Frühjahr.",
            ],
        },
        "sibling": {
            "days": 26.3,
            "why": "same hospital, IT outage caused by a faulty update, not an attack",
            "title": "Kantonsspital Baden: Störung im Klinikinformationssystem",
            "lead": "Ein fehlerhaftes Software-Update hat am Dienstag die elektronische Patientenakte des Kantonsspitals Baden für fünf Stunden lahmgelegt.",
            "body": [
                "Im Kantonsspital Baden (KSB) sind am Dienstagvormittag zahlreiche Computerarbeitsplätze ausgefallen. Betroffen war das Klinikinformationssystem, in dem Befunde, Medikationspläne und Laborwerte gespeichert sind. Ursache war nach Angaben des Spitals ein fehlerhaftes Update des Softwareherstellers, das in der Nacht eingespielt worden war.",
                "Zwischen 8 und 13 Uhr dokumentierten Ärzte und Pflegekräfte auf Papier. Die Notfallstation blieb geöffnet, zwölf ambulante Termine wurden verschoben. Ein Angriff von außen sei ausgeschlossen, sagte Spitaldirektor Adrian Schürmann. „Das war eine technische Panne, kein Sicherheitsvorfall.“",
                "Der Hersteller hat das Update inzwischen zurückgezogen. Das Spital will gemeinsam mit dem Kanton Aargau prüfen, wie Aktualisierungen künftig vorab getestet werden können.",
            ],
        },
    },
    {
        "key": "p4-02",
        "section": "wissenschaft",
        "time": "2026-07-02T23:25:00+02:00",
        "original": {
            "title": "Ariane 6 bringt CO2-Wächter ins All",
            "lead": "Europas Trägerrakete hat am Donnerstagabend den Klimasatelliten CO2M-A gestartet. Er soll den Ausstoß von Kohlendioxid bis auf einzelne Kraftwerke genau messen.",
            "body": [
                "Eine Ariane 6 ist am Donnerstag um 23.02 Uhr mitteleuropäischer Sommerzeit vom europäischen Weltraumbahnhof Kourou in Französisch-Guayana abgehoben. An Bord war der 1,8 Tonnen schwere Satellit CO2M-A, der erste von drei Satelliten des Copernicus-Programms zur Messung von Treibhausgasen. 64 Minuten nach dem Start trennte er sich planmäßig von der Oberstufe.",
                "Kurz darauf empfing die Bodenstation im schwedischen Kiruna erste Signale. „Der Satellit ist wohlauf, die Solarflügel sind ausgefahren“, sagte Flugdirektor Henrik Vasseur im Kontrollzentrum ESOC der ESA in Darmstadt.",
                "CO2M-A soll aus 735 Kilometern Höhe die Kohlendioxid-Konzentration in einem 250 Kilometer breiten Streifen erfassen. Damit ließen sich erstmals Emissionen einzelner Städte und großer Kraftwerke von außen überprüfen, erklärte ESA-Projektleiterin Sabine Okafor-Lindner. Gebaut wurde der Satellit unter Führung von OHB in Bremen.",
                "Die Inbetriebnahme der Instrumente dauert etwa sechs Monate. Ein baugleicher zweiter Satellit soll 2027 folgen. Die EU und die ESA finanzieren das Vorhaben mit insgesamt rund 1,1 Milliarden Euro.",
            ],
        },
        "ticker": {
            "title": "Eilmeldung: Klimasatellit CO2M-A gestartet",
            "text": "Eine Ariane 6 hat am Donnerstagabend um 23.02 Uhr in Kourou den europäischen Klimasatelliten CO2M-A ins All gebracht, der Kohlendioxid-Emissionen aus dem Orbit messen soll.",
        },
        "rewrite": {
            "title": "Europäischer Treibhausgas-Satellit erfolgreich im Orbit",
            "lead": "Mit CO2M-A hat die ESA einen Satelliten gestartet, der Kohlendioxid-Quellen aus dem All aufspüren soll.",
            "body": [
                "Der Start verlief ohne Zwischenfälle: Um 18.02 Uhr Ortszeit, in Deutschland war es kurz nach 23 Uhr, zündete in Französisch-Guayana eine Ariane 6. Etwas mehr als eine Stunde später setzte die Rakete ihre Fracht aus, den Klimasatelliten CO2M-A mit einer Masse von 1,8 Tonnen. Die schwedische Station Kiruna meldete bald darauf Kontakt.",
                "Die Mission gilt als Baustein der europäischen Klimapolitik. Aus 735 Kilometern Höhe soll der Satellit Kohlendioxid so fein auflösen, dass sich die Angaben von Staaten und Unternehmen zu ihren Emissionen nachprüfen lassen. „Wir bekommen ein unabhängiges Messinstrument für das Pariser Abkommen“, sagte Projektleiterin Sabine Okafor-Lindner von der ESA.",
                "Hauptauftragnehmer ist das Bremer Raumfahrtunternehmen OHB. Ein zweiter Satellit ist für 2027 geplant, die Gesamtkosten beziffern EU und ESA auf etwa 1,1 Milliarden Euro. Bis zu den ersten verwertbaren Daten vergeht ein halbes Jahr.",
            ],
        },
        "translations": {
            "en": {
                "title": "Europe's new CO2 watchdog reaches orbit aboard Ariane 6",
                "lead": "Europe's launcher lifted off on Thursday evening with the CO2M-A climate satellite, which is designed to measure carbon dioxide emissions down to individual power plants.",
                "body": [
                    "An Ariane 6 rocket lifted off from Europe's Spaceport in Kourou, French Guiana, at 11:02 p.m. Central European Summer Time on Thursday. On board was the 1.8-tonne CO2M-A satellite, the first of three Copernicus satellites designed to measure greenhouse gases. It separated from the upper stage as planned 64 minutes after launch.",
                    "Shortly afterwards, the ground station in Kiruna, Sweden, picked up its first signals. “The satellite is healthy and the solar arrays are deployed,” flight director Henrik Vasseur said at ESA's ESOC control centre in Darmstadt.",
                    "From an altitude of 735 kilometres, CO2M-A will record carbon dioxide concentrations across a swath 250 kilometres wide. This will make it possible for the first time to check the emissions of individual cities and large power plants from outside, ESA project manager Sabine Okafor-Lindner said. The satellite was built by a consortium led by OHB in Bremen.",
                    "Commissioning the instruments will take about six months. An identical second satellite is due to follow in 2027. The EU and ESA are funding the project with a total of around 1.1 billion euros.",
                ],
            },
            "fr": {
                "title": "Ariane 6 place en orbite le satellite climatique CO2M-A",
                "lead": "Le lanceur européen a emporté jeudi soir le satellite CO2M-A, chargé de mesurer les émissions de dioxyde de carbone jusqu'à l'échelle d'une centrale électrique.",
                "body": [
                    "Une Ariane 6 a décollé jeudi à 23 h 02, heure de Paris, du Centre spatial guyanais de Kourou. Elle emportait le satellite CO2M-A, d'une masse de 1,8 tonne, le premier des trois satellites du programme Copernicus consacrés à la mesure des gaz à effet de serre. Il s'est séparé de l'étage supérieur comme prévu, 64 minutes après le décollage.",
                    "Peu après, la station sol de Kiruna, en Suède, a capté ses premiers signaux. « Le satellite est en bonne santé, les panneaux solaires sont déployés », a déclaré le directeur de vol Henrik Vasseur depuis le centre de contrôle ESOC de l'ESA, à Darmstadt.",
                    "Depuis 735 kilomètres d'altitude, CO2M-A mesurera la concentration de dioxyde de carbone sur une bande de 250 kilomètres de large. Il sera ainsi possible pour la première fois de vérifier depuis l'espace les émissions de villes et de grandes centrales, a expliqué la cheffe de projet de l'ESA Sabine Okafor-Lindner. Le satellite a été construit sous la direction du groupe OHB, à Brême.",
                    "La mise en service des instruments prendra environ six mois. Un second satellite identique doit suivre en 2027. L'UE et l'ESA financent le projet à hauteur d'environ 1,1 milliard d'euros.",
                ],
            },
            "it": {
                "title": "Ariane 6 porta in orbita CO2M-A, la nuova sentinella europea della CO2",
                "lead": "Il lanciatore europeo è decollato giovedì sera con il satellite climatico CO2M-A, che misurerà le emissioni di anidride carbonica fino alle singole centrali elettriche.",
                "body": [
                    "Un razzo Ariane 6 è decollato giovedì alle 23.02, ora dell'Europa centrale, dallo spazioporto europeo di Kourou, nella Guyana francese. A bordo c'era il satellite CO2M-A, di 1,8 tonnellate, il primo dei tre satelliti del programma Copernicus dedicati alla misurazione dei gas serra. Come previsto, si è separato dallo stadio superiore 64 minuti dopo il lancio.",
                    "Poco dopo la stazione di terra di Kiruna, in Svezia, ha ricevuto i primi segnali. «Il satellite è in buona salute, i pannelli solari sono aperti», ha detto il direttore di volo Henrik Vasseur dal centro di controllo ESOC dell'ESA a Darmstadt.",
                    "Da 735 chilometri di quota CO2M-A rileverà la concentrazione di anidride carbonica in una fascia larga 250 chilometri. Per la prima volta sarà possibile verificare dall'esterno le emissioni di singole città e grandi centrali, ha spiegato la responsabile del progetto dell'ESA Sabine Okafor-Lindner. Il satellite è stato costruito sotto la guida di OHB a Brema.",
                    "La messa in servizio degli strumenti richiederà circa sei mesi. Un secondo satellite identico seguirà nel 2027. UE ed ESA finanziano il progetto con circa 1,1 miliardi di euro.",
                ],
            },
        },
        "follow_up": {
            "days": 9,
            "refers": True,
            "title": "Klimasatellit CO2M-A liefert erste Messdaten",
            "lead": "Schon in der Testphase hat der europäische Satellit eine einzelne Kohlendioxid-Quelle sichtbar gemacht: das Rheinische Revier.",
            "body": [
                "Neun Tage nach seinem Start hat der europäische Klimasatellit CO2M-A erste Testdaten zur Erde gefunkt. Das Kontrollzentrum ESOC in Darmstadt veröffentlichte am Samstag eine Aufnahme, auf der eine Kohlendioxid-Fahne über dem Rheinischen Revier westlich von Köln zu erkennen ist. Zuvor hatten wir über den Start der Ariane 6 mit dem Satelliten in Kourou berichtet.",
                "„Dass wir schon in der Testphase eine einzelne Quelle sehen, übertrifft unsere Erwartungen“, sagte ESA-Projektleiterin Sabine Okafor-Lindner. Das Spektrometer an Bord arbeite mit einer Auflösung von vier mal vier Kilometern, die Abweichung zu Bodenmessungen liege unter 0,5 ppm.",
                "Noch sind die Daten nicht kalibriert. Flugdirektor Henrik Vasseur kündigte an, dass der Satellit in den kommenden Wochen mit mehreren Triebwerkszündungen seine endgültige Bahn in 735 Kilometern Höhe erreichen soll. Regulär freigegeben werden die Messwerte voraussichtlich im Januar.",
            ],
        },
        "sibling": {
            "days": 27.6,
            "why": "next Ariane 6 launch from Kourou, other payload, same flight director",
            "title": "Ariane 6 startet mit zwei Galileo-Satelliten",
            "lead": "Vom Weltraumbahnhof Kourou ist am Donnerstagmorgen eine Ariane 6 mit zwei Navigationssatelliten für das europäische Galileo-System gestartet.",
            "body": [
                "Die Rakete hob um 9.47 Uhr mitteleuropäischer Sommerzeit in Französisch-Guayana ab. Nach knapp vier Stunden Flug setzte die Oberstufe die beiden Satelliten in rund 23.000 Kilometern Höhe aus. Jeder von ihnen wiegt etwa 730 Kilogramm.",
                "Das ESA-Kontrollzentrum ESOC in Darmstadt bestätigte am Mittag den Kontakt zu beiden Satelliten. „Ein sauberer Flug, die Oberstufe hat dreimal gezündet wie geplant“, sagte Flugdirektor Henrik Vasseur.",
                "Mit dem Start wächst die Galileo-Konstellation auf 30 Satelliten. Sie liefert Positionsdaten für Smartphones, Autos und Rettungsdienste in ganz Europa. Für Arianespace war es der sechste Start einer Ariane 6 in diesem Jahr, die nächste Mission ist für Oktober angesetzt.",
            ],
        },
    },
    {
        "key": "p4-03",
        "section": "wirtschaft",
        "time": "2026-07-07T10:15:00+02:00",
        "original": {
            "title": "Münchner KI-Firma Kaskade sammelt 380 Millionen Euro ein",
            "lead": "Das Start-up Kaskade AI hat eine der größten Finanzierungsrunden der deutschen KI-Branche abgeschlossen. Der Firmenwert steigt auf 2,9 Milliarden Euro.",
            "body": [
                "Das Münchner Unternehmen Kaskade AI, das Sprachmodelle für Behörden und Industriekunden entwickelt, hat sich 380 Millionen Euro frisches Kapital gesichert. Angeführt wird die Runde vom Londoner Wagniskapitalgeber Halcyon Partners, beteiligt sind zudem der Europäische Investitionsfonds und mehrere Bestandsinvestoren. Das teilte die Firma am Dienstag mit.",
                "Mit der Finanzierung wird Kaskade AI nach eigenen Angaben mit 2,9 Milliarden Euro bewertet, fast dreimal so hoch wie vor einem Jahr. Das Geld soll vor allem in Rechenkapazität fließen: Kaskade plant ein eigenes Rechenzentrum mit 8000 Grafikprozessoren in Finnland.",
                "„Europa braucht KI, die hier entwickelt, hier betrieben und hier kontrolliert wird“, sagte Mitgründer und Vorstandschef Jonas Reichelt. Technikchefin Mira Castellanos kündigte an, die Zahl der Beschäftigten von 240 auf rund 600 bis Ende 2027 zu erhöhen, unter anderem an einem neuen Standort in Paris.",
                "Kaskade AI wurde 2022 gegründet. Zu den Kunden zählen nach Firmenangaben mehrere Bundesministerien und drei DAX-Konzerne. Umsatzzahlen nennt das Unternehmen nicht.",
            ],
        },
        "ticker": {
            "title": "KI-Start-up Kaskade jetzt 2,9 Milliarden Euro wert",
            "text": "Das Münchner KI-Unternehmen Kaskade AI erhält in einer Finanzierungsrunde unter Führung von Halcyon Partners 380 Millionen Euro und wird nun mit 2,9 Milliarden Euro bewertet.",
        },
        "rewrite": {
            "title": "Milliardenbewertung für Kaskade AI",
            "lead": "Investoren stecken 380 Millionen Euro in den Münchner Sprachmodell-Entwickler. Ein Großteil fließt in Rechenleistung.",
            "body": [
                "Deutschlands KI-Szene hat ein neues Schwergewicht: Kaskade AI aus München ist nach einer neuen Kapitalspritze 2,9 Milliarden Euro wert. Insgesamt 380 Millionen Euro geben Geldgeber unter Führung der britischen Beteiligungsgesellschaft Halcyon Partners, auch der Europäische Investitionsfonds ist dabei.",
                "Gegründet 2022, verkauft die Firma heute Sprachmodelle an Ministerien und Konzerne, die ihre Daten nicht auf US-Servern verarbeiten wollen. Genau dieses Argument will Chef Jonas Reichelt nun ausbauen: In Finnland entsteht ein firmeneigenes Rechenzentrum mit 8000 Grafikchips. Auch personell wächst das Unternehmen, bis Ende 2027 sollen aus 240 Mitarbeitenden etwa 600 werden, teils in einem Büro in Paris.",
                "Branchenbeobachter sehen die Runde als Signal. „Das ist Geld, das bisher fast ausschließlich in die USA geflossen ist“, sagte die Münchner Wagniskapital-Analystin Petra Holzinger. Zum Umsatz äußert sich Kaskade weiterhin nicht.",
            ],
        },
        "translations": {
            "en": {
                "title": "Munich AI start-up Kaskade raises €380 million at €2.9 billion valuation",
                "lead": "Start-up Kaskade AI has closed one of the largest funding rounds in Germany's AI sector. The company is now valued at 2.9 billion euros.",
                "body": [
                    "Munich-based Kaskade AI, which develops language models for government agencies and industrial customers, has secured 380 million euros in fresh capital. The round is led by London venture capital firm Halcyon Partners, with participation from the European Investment Fund and several existing investors, the company said on Tuesday.",
                    "The financing values Kaskade AI at 2.9 billion euros, almost three times as much as a year ago, according to the company. Most of the money will go into computing capacity: Kaskade is planning its own data centre with 8,000 graphics processors in Finland.",
                    "“Europe needs AI that is developed here, run here and controlled here,” said co-founder and chief executive Jonas Reichelt. Chief technology officer Mira Castellanos said the workforce would grow from 240 to around 600 by the end of 2027, including at a new site in Paris.",
                    "Kaskade AI was founded in 2022. Its customers include several German federal ministries and three DAX-listed companies, the company said. It does not disclose revenue figures.",
                ],
            },
            "fr": {
                "title": "L'allemand Kaskade AI lève 380 millions d'euros",
                "lead": "La start-up munichoise Kaskade AI a bouclé l'une des plus importantes levées de fonds du secteur allemand de l'intelligence artificielle. Elle est désormais valorisée à 2,9 milliards d'euros.",
                "body": [
                    "L'entreprise Kaskade AI, basée à Munich, qui développe des modèles de langage pour des administrations et des clients industriels, s'est assuré 380 millions d'euros de capitaux frais. Le tour de table est mené par le fonds de capital-risque londonien Halcyon Partners, avec la participation du Fonds européen d'investissement et de plusieurs investisseurs historiques, a annoncé la société mardi.",
                    "Kaskade AI est ainsi valorisée à 2,9 milliards d'euros, près de trois fois plus qu'il y a un an, selon ses propres chiffres. L'argent servira surtout à augmenter la puissance de calcul : la société prévoit son propre centre de données équipé de 8 000 processeurs graphiques en Finlande.",
                    "« L'Europe a besoin d'une IA développée ici, exploitée ici et contrôlée ici », a déclaré le cofondateur et PDG Jonas Reichelt. La directrice technique Mira Castellanos a annoncé que les effectifs passeraient de 240 à environ 600 personnes d'ici fin 2027, notamment sur un nouveau site à Paris.",
                ],
            },
        },
        "sibling": {
            "days": 21,
            "why": "same start-up and executives, product launch instead of funding round",
            "title": "Kaskade AI stellt Sprachmodell für Behörden vor",
            "lead": "Das Münchner KI-Unternehmen Kaskade AI hat sein neues Modell „Kaskade 3“ präsentiert. Es soll vollständig in deutschen Rechenzentren laufen.",
            "body": [
                "Kaskade AI hat am Dienstag in München die dritte Generation seines Sprachmodells vorgestellt. „Kaskade 3“ sei speziell auf Verwaltungsdeutsch, Gesetzestexte und Formulare trainiert und verarbeite Dokumente mit bis zu 2000 Seiten auf einmal, sagte Technikchefin Mira Castellanos.",
                "Als erster Kunde setzt das Land Baden-Württemberg das Modell ab September in 14 Landratsämtern ein, etwa zur Vorprüfung von Bauanträgen. Vorstandschef Jonas Reichelt sprach von einem „Meilenstein für digitale Souveränität“.",
                "In Vergleichstests mit deutschsprachigen Aufgaben liegt Kaskade 3 nach Firmenangaben um 12 Prozent vor dem Vorgänger. Unabhängige Prüfungen stehen noch aus. Preise für Behörden nannte das Unternehmen nicht.",
            ],
        },
    },
    {
        "key": "p4-04",
        "section": "technik",
        "time": "2026-07-14T07:50:00+02:00",
        "original": {
            "title": "Stundenlange Störung legt A1-Mobilfunknetz in Ostösterreich lahm",
            "lead": "Rund 2,1 Millionen Kundinnen und Kunden von A1 konnten am Montagabend weder telefonieren noch surfen. Auch Notrufe waren zeitweise nicht erreichbar.",
            "body": [
                "Eine großflächige Störung im Mobilfunknetz von A1 hat am Montagabend Wien, Niederösterreich und das Burgenland getroffen. Ab 18.40 Uhr brachen Telefonate ab, mobile Datenverbindungen funktionierten nicht mehr. Erst gegen 23.55 Uhr meldete der Konzern, das Netz laufe wieder stabil. Betroffen waren nach Unternehmensangaben rund 2,1 Millionen Anschlüsse.",
                "Als Ursache nannte A1-Technikvorstand Bernhard Steinwender ein fehlerhaftes Software-Update in einem zentralen Netzknoten in Wien. „Das hätte nicht passieren dürfen, und wir entschuldigen uns bei allen Betroffenen“, sagte Steinwender. Ein Hackerangriff sei ausgeschlossen.",
                "Besonders heikel: Auch die Notrufnummern 112, 133 und 144 waren für A1-Kunden zeitweise nicht erreichbar. Die Landespolizeidirektion Wien rief über Radio und soziale Medien dazu auf, im Notfall Festnetzanschlüsse zu nutzen oder eine Polizeiinspektion aufzusuchen. Die Rettung verzeichnete nach eigenen Angaben keine Todesfälle im Zusammenhang mit der Störung.",
                "Digitalisierungsstaatssekretärin Elisabeth Raidl kündigte an, den Vorfall gemeinsam mit der Regulierungsbehörde RTR aufzuarbeiten.",
            ],
        },
        "ticker": {
            "title": "Mobilfunk-Ausfall in Wien, NÖ und Burgenland",
            "text": "Eine Störung im A1-Mobilfunknetz hat am Montagabend mehr als fünf Stunden lang rund 2,1 Millionen Anschlüsse in Ostösterreich lahmgelegt, auch Notrufe waren betroffen.",
        },
        "rewrite": {
            "title": "Netzausfall bei A1: Auch Notrufe kamen nicht durch",
            "lead": "Ein verpatztes Update hat Millionen Handys in Ostösterreich verstummen lassen. Der Anbieter entschuldigt sich.",
            "body": [
                "Kein Netz, kein mobiles Internet, keine Verbindung zur Rettung: Für gut fünf Stunden waren am Montag rund 2,1 Millionen A1-Anschlüsse in Wien, Niederösterreich und dem Burgenland praktisch tot. Die Probleme begannen um 18.40 Uhr, erst kurz vor Mitternacht war das Netz wieder vollständig verfügbar.",
                "Schuld war laut dem Telekomkonzern eine Software-Aktualisierung, die an einem Knotenpunkt in Wien schiefging. Technikchef Bernhard Steinwender schloss einen Angriff von außen aus und bat um Entschuldigung.",
                "Politisch brisant ist der Ausfall der Notrufnummern 112, 133 und 144. Die Polizei empfahl über Radio, im Ernstfall auf das Festnetz auszuweichen. Staatssekretärin Elisabeth Raidl will gemeinsam mit der RTR klären, warum es keine Ausweichlösung gab. Die Arbeiterkammer forderte eine automatische Entschädigung für alle Betroffenen.",
            ],
        },
        "translations": {
            "en": {
                "title": "Hours-long outage knocks out A1 mobile network in eastern Austria",
                "lead": "Around 2.1 million A1 customers were unable to make calls or use mobile data on Monday evening. Emergency numbers were also unreachable at times.",
                "body": [
                    "A large-scale outage in A1's mobile network hit Vienna, Lower Austria and Burgenland on Monday evening. From 6:40 p.m., calls dropped and mobile data connections stopped working. Only at around 11:55 p.m. did the company report that the network was running stably again. According to A1, around 2.1 million connections were affected.",
                    "A1 chief technology officer Bernhard Steinwender blamed a faulty software update in a central network node in Vienna. “This should not have happened, and we apologise to everyone affected,” Steinwender said. A hacker attack has been ruled out.",
                    "Particularly sensitive: the emergency numbers 112, 133 and 144 were at times unreachable for A1 customers. Vienna police used radio and social media to urge people to use landlines in an emergency or to go to a police station. The ambulance service said it had recorded no deaths linked to the outage.",
                    "State Secretary for Digitalisation Elisabeth Raidl said she would review the incident together with the regulator RTR.",
                ],
            },
            "it": {
                "title": "Austria, blackout della rete mobile A1: irraggiungibili anche i numeri d'emergenza",
                "lead": "Circa 2,1 milioni di clienti A1 non hanno potuto telefonare né navigare lunedì sera. A tratti non funzionavano nemmeno le chiamate d'emergenza.",
                "body": [
                    "Un guasto su vasta scala alla rete mobile di A1 ha colpito lunedì sera Vienna, la Bassa Austria e il Burgenland. Dalle 18.40 le telefonate si interrompevano e le connessioni dati non funzionavano più. Solo verso le 23.55 l'azienda ha comunicato che la rete era di nuovo stabile. Secondo A1 le utenze coinvolte erano circa 2,1 milioni.",
                    "Il direttore tecnico di A1 Bernhard Steinwender ha indicato come causa un aggiornamento software difettoso in un nodo centrale della rete a Vienna. «Non sarebbe dovuto succedere, chiediamo scusa a tutte le persone coinvolte», ha detto Steinwender, escludendo un attacco hacker.",
                    "Particolarmente delicato il fatto che per i clienti A1 i numeri d'emergenza 112, 133 e 144 siano rimasti a tratti irraggiungibili. La polizia di Vienna ha invitato via radio e sui social a usare la rete fissa o a recarsi in un commissariato. Il servizio di soccorso non ha registrato decessi legati al guasto.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "Handynetz stundenlang tot: A1-Störung in Wien, NÖ und Burgenland",
            "lead": "Rund 2,1 Millionen A1-Kundinnen und -Kunden konnten am Montagabend weder telefonieren noch surfen. Auch Notrufe kamen zeitweise nicht durch.",
            "body": [
                "Eine großflächige Störung im Mobilfunknetz von A1 hat am Montagabend Wien, Niederösterreich und das Burgenland getroffen. Ab 18.40 Uhr brachen Handytelefonate ab, mobiles Internet funktionierte nicht mehr. Erst gegen 23.55 Uhr meldete der Konzern, das Netz laufe wieder stabil. Betroffen waren laut A1 rund 2,1 Millionen Anschlüsse.",
                "Als Ursache nannte A1-Technikvorstand Bernhard Steinwender ein fehlerhaftes Software-Update in einem zentralen Netzknoten in Wien. „Das hätte nicht passieren dürfen, wir entschuldigen uns bei allen Betroffenen“, sagte Steinwender. Ein Hackerangriff sei auszuschließen.",
                "Besonders heikel: Auch die Notrufnummern 112, 133 und 144 waren für A1-Kunden zeitweise nicht erreichbar. Die Landespolizeidirektion Wien rief über Ö3 und soziale Medien dazu auf, im Notfall das Festnetz zu nutzen oder zur nächsten Polizeiinspektion zu gehen. Staatssekretärin Elisabeth Raidl will den Vorfall mit der RTR aufarbeiten.",
            ],
        },
        "follow_up": {
            "days": 2.3,
            "refers": False,
            "title": "RTR leitet Verfahren gegen A1 ein",
            "lead": "Nach dem Netzausfall in Ostösterreich prüft die Regulierungsbehörde mögliche Verstöße. A1 bietet Betroffenen eine Gutschrift an.",
            "body": [
                "Die Rundfunk und Telekom Regulierungs-GmbH (RTR) hat ein Aufsichtsverfahren gegen A1 eröffnet. Geprüft werde insbesondere, ob der Konzern die gesetzlichen Vorgaben zur Erreichbarkeit von Notrufen eingehalten habe, sagte RTR-Geschäftsführer Klaus Oberhauser am Donnerstag in Wien. A1 muss binnen zwei Wochen einen detaillierten Bericht vorlegen.",
                "Der Mobilfunker kündigte an, allen rund 2,1 Millionen betroffenen Kundinnen und Kunden automatisch zehn Euro gutzuschreiben. Technikvorstand Bernhard Steinwender sagte, Updates im Kernnetz würden künftig nur noch schrittweise und nach einem Testlauf in einer Region eingespielt. Ein externer Prüfer soll die Abläufe untersuchen.",
                "Staatssekretärin Elisabeth Raidl begrüßte die Gutschrift, sprach aber von „einem Pflaster, keiner Lösung“. Sie will bis Herbst eine Verordnung vorlegen, die Netzbetreiber verpflichtet, Notrufe bei Ausfällen über fremde Netze weiterzuleiten. Nach RTR-Angaben waren die Nummern 112, 133 und 144 für A1-Kunden rund zwei Stunden lang nicht erreichbar.",
            ],
        },
        "sibling": {
            "days": -12.6,
            "why": "same operator and executive, earlier fixed-line outage in Styria",
            "title": "Bagger kappt Glasfaser: A1-Internet in der Steiermark gestört",
            "lead": "Rund 180.000 Festnetz- und Internetkunden von A1 in Graz und der Steiermark waren am Mittwoch stundenlang offline.",
            "body": [
                "Bei Bauarbeiten in Graz-Liebenau hat ein Bagger am Mittwochvormittag ein Glasfaserbündel von A1 durchtrennt. Ab 10.15 Uhr fielen in Graz und Teilen der Steiermark Festnetztelefonie, Internet und Fernsehen aus, betroffen waren nach Unternehmensangaben rund 180.000 Anschlüsse. Das Mobilfunknetz lief weitgehend normal.",
                "Techniker verlegten Ersatzleitungen, gegen 14.30 Uhr waren die meisten Kunden wieder online. „Eine Beschädigung dieser Größe lässt sich nicht in Minuten reparieren“, sagte A1-Technikvorstand Bernhard Steinwender.",
                "Auch mehrere Grazer Arztpraxen und Supermarktkassen waren betroffen. Die Baufirma hatte nach ersten Erkenntnissen keine aktuellen Leitungspläne eingeholt. A1 prüft Schadenersatzforderungen.",
            ],
        },
    },
    {
        "key": "p4-05",
        "section": "wissenschaft",
        "time": "2026-07-15T00:35:00+02:00",
        "original": {
            "title": "Krebsimpfstoff senkt Rückfallrisiko bei Bauchspeicheldrüsenkrebs deutlich",
            "lead": "Ein personalisierter mRNA-Impfstoff aus Heidelberg hat in einer Studie mit 184 Patienten Rückfälle nach einer Operation spürbar verringert. Die Ergebnisse erscheinen in „The Lancet“.",
            "body": [
                "Forschende des Deutschen Krebsforschungszentrums (DKFZ) und des Universitätsklinikums Heidelberg haben einen Impfstoff gegen Bauchspeicheldrüsenkrebs in einer Phase-2-Studie erprobt. 184 Patientinnen und Patienten, deren Tumor operativ entfernt worden war, erhielten an elf Kliniken in Deutschland und Österreich entweder eine Chemotherapie allein oder zusätzlich die Impfung.",
                "Zwei Jahre nach der Operation waren in der Impfgruppe 61 Prozent ohne Rückfall, in der Vergleichsgruppe 39 Prozent. Schwere Nebenwirkungen traten in beiden Gruppen ähnlich häufig auf. „Für eine Krebsart, bei der die meisten Betroffenen innerhalb von zwei Jahren einen Rückfall erleiden, ist das ein großer Schritt“, sagte Studienleiterin Annika Brandtner vom DKFZ.",
                "Der Impfstoff wird für jeden Patienten einzeln aus dem Erbgut seines Tumors hergestellt und soll das Immunsystem auf bis zu 20 tumortypische Merkmale trainieren. Entwickelt wurde er gemeinsam mit der Heidelberger Firma Corvanis Therapeutics. Die Herstellung dauert derzeit etwa sechs Wochen.",
                "Ob die Impfung auch das Überleben verlängert, ist noch offen. Eine größere Phase-3-Studie ist in Vorbereitung.",
            ],
        },
        "ticker": {
            "title": "Heidelberger Krebsimpfung wirkt in Studie",
            "text": "Ein personalisierter mRNA-Impfstoff des DKFZ hat in einer Studie mit 184 Patienten den Anteil rückfallfreier Bauchspeicheldrüsenkrebs-Patienten nach zwei Jahren von 39 auf 61 Prozent erhöht.",
        },
        "rewrite": {
            "title": "mRNA-Impfung gegen Pankreaskrebs: 61 Prozent ohne Rückfall",
            "lead": "Eine Heidelberger Studie macht Hoffnung bei einer der tödlichsten Krebsarten. Fachleute mahnen zur Geduld.",
            "body": [
                "Bauchspeicheldrüsenkrebs kehrt nach einer Operation fast immer zurück, oft schon nach Monaten. Ein maßgeschneiderter Impfstoff könnte das ändern: In einer in „The Lancet“ veröffentlichten Untersuchung mit 184 Operierten blieben nach 24 Monaten 61 Prozent der Geimpften rückfallfrei, gegenüber 39 Prozent bei reiner Chemotherapie.",
                "Hinter dem Präparat stehen das Deutsche Krebsforschungszentrum, das Heidelberger Uniklinikum und das Biotech-Unternehmen Corvanis Therapeutics. Für jeden Teilnehmer wird das Tumorerbgut analysiert und daraus ein eigener mRNA-Impfstoff gebaut. Das dauert rund sechs Wochen.",
                "„Wir sehen zum ersten Mal einen so deutlichen Effekt in dieser Situation“, sagte Onkologin Annika Brandtner, die die Studie an elf Zentren geleitet hat. Der Krebsforscher Martin Gerlinger von der Universität Freiburg, der nicht beteiligt war, nannte die Daten „vielversprechend, aber noch kein Beleg für längeres Überleben“. Das soll eine Phase-3-Studie klären.",
            ],
        },
        "translations": {
            "en": {
                "title": "Personalised mRNA vaccine cuts pancreatic cancer relapses, German trial finds",
                "lead": "A personalised mRNA vaccine developed in Heidelberg markedly reduced relapses after surgery in a study of 184 patients. The results are published in The Lancet.",
                "body": [
                    "Researchers at the German Cancer Research Center (DKFZ) and Heidelberg University Hospital have tested a vaccine against pancreatic cancer in a phase 2 trial. At eleven hospitals in Germany and Austria, 184 patients whose tumours had been surgically removed received either chemotherapy alone or chemotherapy plus the vaccine.",
                    "Two years after surgery, 61 percent of patients in the vaccine group had not relapsed, compared with 39 percent in the control group. Serious side effects occurred at similar rates in both groups. “For a cancer in which most patients relapse within two years, this is a big step,” said trial leader Annika Brandtner of the DKFZ.",
                    "The vaccine is made individually for each patient from the genetic material of their tumour and is designed to train the immune system to recognise up to 20 tumour-specific features. It was developed together with the Heidelberg company Corvanis Therapeutics. Production currently takes around six weeks.",
                    "Whether the vaccine also extends survival remains unclear. A larger phase 3 trial is being prepared.",
                ],
            },
            "fr": {
                "title": "Cancer du pancréas : un vaccin ARNm personnalisé réduit nettement les récidives",
                "lead": "Un vaccin à ARN messager personnalisé mis au point à Heidelberg a sensiblement réduit les rechutes après une opération dans une étude portant sur 184 patients. Les résultats paraissent dans « The Lancet ».",
                "body": [
                    "Des chercheurs du Centre allemand de recherche sur le cancer (DKFZ) et de l'hôpital universitaire de Heidelberg ont testé un vaccin contre le cancer du pancréas dans un essai de phase 2. Dans onze hôpitaux en Allemagne et en Autriche, 184 patients dont la tumeur avait été retirée chirurgicalement ont reçu soit une chimiothérapie seule, soit la chimiothérapie associée au vaccin.",
                    "Deux ans après l'opération, 61 % des patients du groupe vacciné n'avaient pas rechuté, contre 39 % dans le groupe témoin. Les effets secondaires graves ont été observés à une fréquence comparable dans les deux groupes. « Pour un cancer où la plupart des malades rechutent dans les deux ans, c'est un grand pas », a déclaré la responsable de l'étude, Annika Brandtner, du DKFZ.",
                    "Le vaccin est fabriqué sur mesure pour chaque patient à partir du génome de sa tumeur et doit entraîner le système immunitaire à reconnaître jusqu'à 20 caractéristiques propres à la tumeur. Il a été développé avec la société Corvanis Therapeutics, basée à Heidelberg. Sa fabrication prend actuellement environ six semaines.",
                    "Reste à savoir si le vaccin prolonge aussi la survie. Un essai de phase 3 plus large est en préparation.",
                ],
            },
            "it": {
                "title": "Tumore al pancreas, il vaccino a mRNA di Heidelberg riduce le recidive",
                "lead": "Un vaccino personalizzato a mRNA sviluppato a Heidelberg ha ridotto sensibilmente le recidive dopo l'intervento in uno studio su 184 pazienti. I risultati sono pubblicati su «The Lancet».",
                "body": [
                    "I ricercatori del Centro tedesco di ricerca sul cancro (DKFZ) e dell'Ospedale universitario di Heidelberg hanno sperimentato un vaccino contro il tumore al pancreas in uno studio di fase 2. In undici cliniche in Germania e Austria, 184 pazienti a cui era stato asportato chirurgicamente il tumore hanno ricevuto la sola chemioterapia oppure la chemioterapia insieme al vaccino.",
                    "A due anni dall'intervento era libero da recidive il 61 per cento dei pazienti vaccinati, contro il 39 per cento del gruppo di controllo. Gli effetti collaterali gravi si sono presentati con frequenza simile nei due gruppi. «Per un tumore in cui la maggior parte dei malati ha una recidiva entro due anni, è un grande passo avanti», ha detto la responsabile dello studio, Annika Brandtner del DKFZ.",
                    "Il vaccino viene prodotto su misura per ogni paziente a partire dal patrimonio genetico del suo tumore e serve ad addestrare il sistema immunitario a riconoscere fino a 20 caratteristiche tipiche del tumore. È stato sviluppato insieme all'azienda di Heidelberg Corvanis Therapeutics.",
                ],
            },
        },
        "follow_up": {
            "days": 20.5,
            "refers": True,
            "title": "Krebsimpfstoff aus Heidelberg: Phase-3-Studie mit 900 Patienten genehmigt",
            "lead": "Der mRNA-Impfstoff gegen Bauchspeicheldrüsenkrebs soll nun in 40 Kliniken in sieben Ländern getestet werden. Auch die EMA stuft ihn als vorrangig ein.",
            "body": [
                "Das Deutsche Krebsforschungszentrum und die Firma Corvanis Therapeutics haben grünes Licht für eine große Zulassungsstudie erhalten. Das Paul-Ehrlich-Institut genehmigte am Dienstag die Phase-3-Studie, an der 900 Patientinnen und Patienten in 40 Kliniken in sieben europäischen Ländern teilnehmen sollen. Zudem nahm die Europäische Arzneimittelagentur EMA das Präparat in ihr Förderprogramm für vorrangige Arzneimittel auf, was eine spätere Zulassung beschleunigen kann.",
                "Erst vor knapp drei Wochen war bekannt geworden, dass der personalisierte Impfstoff in einer Studie mit 184 Operierten den Anteil der Rückfallfreien deutlich erhöht hatte.",
                "Studienleiterin Annika Brandtner rechnet mit den ersten Teilnehmenden im November. Hauptziel sei diesmal das Gesamtüberleben. Corvanis will dafür die Herstellungszeit von sechs auf vier Wochen senken und in Mannheim eine zweite Produktionsanlage für 85 Millionen Euro bauen.",
            ],
        },
        "sibling": {
            "days": 12.5,
            "why": "same DKFZ oncologist and company, different vaccine trial (brain tumour)",
            "title": "Heidelberger mRNA-Impfstoff gegen Hirntumor löst Immunantwort aus",
            "lead": "In einer kleinen Studie mit 32 Patienten hat ein personalisierter Impfstoff gegen Glioblastome das Immunsystem mobilisiert.",
            "body": [
                "Ein Team um die Onkologin Annika Brandtner vom Deutschen Krebsforschungszentrum (DKFZ) hat erste Ergebnisse einer Impfstudie gegen das Glioblastom vorgestellt, den aggressivsten Hirntumor bei Erwachsenen. 32 Patientinnen und Patienten erhielten am Universitätsklinikum Heidelberg nach Operation und Bestrahlung einen mRNA-Impfstoff, der auf ihren Tumor zugeschnitten war.",
                "Bei 25 von ihnen bildeten sich nachweislich Immunzellen gegen den Tumor. Die mittlere Zeit bis zum Fortschreiten der Erkrankung lag bei 14,2 Monaten. Die Ergebnisse erscheinen in „Nature Medicine“.",
                "„Es ist eine Sicherheitsstudie, über die Wirksamkeit können wir noch nichts sagen“, sagte Brandtner. Hergestellt wird der Impfstoff von der Heidelberger Firma Corvanis Therapeutics. Eine Vergleichsstudie mit Kontrollgruppe soll 2027 beginnen.",
            ],
        },
    },
    {
        "key": "p4-06",
        "section": "wissenschaft",
        "time": "2026-08-06T09:00:00+02:00",
        "original": {
            "title": "Copernicus: Juli 2026 war der heißeste Juli in Europa seit Messbeginn",
            "lead": "Europa hat im Juli Rekordwerte erlebt, weltweit reichte es für Platz drei. Das meldet der EU-Klimawandeldienst Copernicus.",
            "body": [
                "Die Durchschnittstemperatur in Europa lag im Juli 2,1 Grad über dem Mittel der Jahre 1991 bis 2020. Damit war es der wärmste Juli auf dem Kontinent seit Beginn der Aufzeichnungen, teilte der Copernicus-Klimawandeldienst (C3S) am Donnerstag mit. Besonders heiß war es auf dem Balkan, in Ungarn und im Süden Italiens, wo mehrere Hitzewellen aufeinanderfolgten.",
                "Weltweit war der Monat mit einer mittleren Lufttemperatur an der Oberfläche von 16,84 Grad der drittwärmste Juli hinter 2023 und 2024. Er lag 1,51 Grad über dem vorindustriellen Niveau. Die Meeresoberfläche außerhalb der Polarregionen erreichte im Schnitt 20,87 Grad.",
                "„Die kurze Abkühlung durch La Niña hat kaum etwas geändert“, sagte Clara Vossberg, stellvertretende Direktorin von C3S. Die vergangenen zwölf Monate seien im Mittel 1,49 Grad wärmer gewesen als vor der Industrialisierung.",
                "Die Ausdehnung des arktischen Meereises lag elf Prozent unter dem Durchschnitt. Im Norden Europas war es dagegen feuchter als üblich, in Schottland und Norwegen kam es zu Überschwemmungen.",
            ],
        },
        "ticker": {
            "title": "Rekord-Juli in Europa",
            "text": "Der Juli war laut dem EU-Klimadienst Copernicus mit 2,1 Grad über dem langjährigen Mittel der wärmste Juli in Europa seit Beginn der Aufzeichnungen.",
        },
        "rewrite": {
            "title": "Europa erlebt wärmsten Juli aller Zeiten",
            "lead": "Hitzewellen von Budapest bis Kalabrien: Der EU-Dienst Copernicus hat seine Monatsbilanz vorgelegt.",
            "body": [
                "Kein Juli war in Europa je so warm wie der diesjährige. Nach Auswertung des Copernicus-Klimawandeldienstes übertraf die Temperatur den Referenzwert der Jahre 1991 bis 2020 um 2,1 Grad. Am stärksten litten Südosteuropa und Süditalien unter der Hitze, während Norwegen und Schottland mit Starkregen und Hochwasser kämpften.",
                "Global betrachtet landet der Monat mit 16,84 Grad auf Rang drei, nur die Juli-Monate von 2023 und 2024 waren wärmer. Der Abstand zum vorindustriellen Zeitalter beträgt 1,51 Grad, im Mittel der letzten zwölf Monate 1,49 Grad.",
                "C3S-Vizedirektorin Clara Vossberg warnte davor, die Werte als Ausreißer abzutun. Die Erwärmung schreite trotz der La-Niña-Phase ungebremst fort. Das Meereis der Arktis bedeckte eine um elf Prozent kleinere Fläche als im Durchschnitt, und die Ozeane erreichten außerhalb der Polargebiete im Mittel 20,87 Grad.",
            ],
        },
        "translations": {
            "en": {
                "title": "Europe has its hottest July on record, Copernicus says",
                "lead": "Europe saw record temperatures in July, while globally the month ranked third, the EU's Copernicus Climate Change Service reported.",
                "body": [
                    "The average temperature in Europe in July was 2.1 degrees Celsius above the 1991-2020 average, making it the warmest July on the continent since records began, the Copernicus Climate Change Service (C3S) said on Thursday. It was particularly hot in the Balkans, Hungary and southern Italy, where several heatwaves followed one another.",
                    "Globally, the month was the third-warmest July on record, behind 2023 and 2024, with an average surface air temperature of 16.84C. That was 1.51C above the pre-industrial level. The sea surface temperature outside the polar regions averaged 20.87C.",
                    "“The brief cooling from La Niña has changed very little,” said Clara Vossberg, deputy director of C3S. The past twelve months were on average 1.49C warmer than before industrialisation, she said.",
                    "Arctic sea ice extent was eleven percent below average. Northern Europe, by contrast, was wetter than usual, with flooding in Scotland and Norway.",
                ],
            },
            "fr": {
                "title": "Copernicus : l'Europe a connu le mois de juillet le plus chaud jamais mesuré",
                "lead": "L'Europe a enregistré des records en juillet, tandis qu'à l'échelle mondiale le mois se classe troisième, selon le service européen Copernicus sur le changement climatique.",
                "body": [
                    "La température moyenne en Europe a dépassé en juillet de 2,1 °C la moyenne de la période 1991-2020. Il s'agit du mois de juillet le plus chaud jamais relevé sur le continent, a indiqué jeudi le service Copernicus sur le changement climatique (C3S). La chaleur a été particulièrement forte dans les Balkans, en Hongrie et dans le sud de l'Italie, où plusieurs vagues de chaleur se sont succédé.",
                    "Au niveau mondial, avec une température moyenne de l'air en surface de 16,84 °C, le mois se classe au troisième rang des mois de juillet les plus chauds, derrière 2023 et 2024. Il a été 1,51 °C plus chaud que l'ère préindustrielle. La température de surface des océans hors régions polaires a atteint en moyenne 20,87 °C.",
                    "« Le bref refroidissement dû à La Niña n'a pratiquement rien changé », a déclaré Clara Vossberg, directrice adjointe du C3S. Les douze derniers mois ont été en moyenne 1,49 °C plus chauds qu'avant l'ère industrielle, a-t-elle ajouté.",
                ],
            },
            "it": {
                "title": "Copernicus, luglio 2026 il più caldo mai registrato in Europa",
                "lead": "L'Europa ha vissuto a luglio temperature record, mentre a livello globale il mese si è piazzato al terzo posto. Lo comunica il servizio europeo Copernicus per il cambiamento climatico.",
                "body": [
                    "In Europa la temperatura media di luglio è stata di 2,1 gradi superiore alla media del periodo 1991-2020. È stato quindi il luglio più caldo mai registrato nel continente, ha reso noto giovedì il servizio Copernicus per il cambiamento climatico (C3S). Il caldo è stato particolarmente intenso nei Balcani, in Ungheria e nel Sud Italia, dove si sono susseguite diverse ondate di calore.",
                    "A livello mondiale, con una temperatura media dell'aria in superficie di 16,84 gradi, il mese è stato il terzo luglio più caldo dopo quelli del 2023 e del 2024, con 1,51 gradi in più rispetto al livello preindustriale. La temperatura superficiale dei mari al di fuori delle regioni polari ha raggiunto in media 20,87 gradi.",
                    "«Il breve raffreddamento dovuto a La Niña non ha cambiato quasi nulla», ha detto Clara Vossberg, vicedirettrice del C3S. Negli ultimi dodici mesi la temperatura è stata in media di 1,49 gradi superiore a quella dell'epoca preindustriale.",
                    "L'estensione del ghiaccio marino artico è risultata inferiore dell'11 per cento alla media. Il Nord Europa è stato invece più piovoso del solito, con alluvioni in Scozia e Norvegia.",
                ],
            },
        },
        "sibling": {
            "days": -30,
            "why": "previous month's Copernicus climate bulletin, same template, other figures",
            "title": "Copernicus: Juni 2026 weltweit zweitwärmster Juni",
            "lead": "Der Juni war global der zweitwärmste seit Beginn der Messungen. In Westeuropa sorgte eine frühe Hitzewelle für Rekorde, meldet der Klimawandeldienst Copernicus.",
            "body": [
                "Die mittlere Lufttemperatur an der Erdoberfläche lag im Juni bei 16,52 Grad und damit 0,58 Grad über dem Mittel der Jahre 1991 bis 2020, teilte der Copernicus-Klimawandeldienst (C3S) am Dienstag mit. Nur der Juni 2024 war wärmer. Gegenüber dem vorindustriellen Niveau betrug die Erwärmung 1,44 Grad.",
                "In Europa lag die Temperatur 1,6 Grad über dem Durchschnitt. Frankreich, Spanien und der Südwesten Deutschlands erlebten Ende des Monats eine Hitzewelle mit Werten über 40 Grad. Im Osten des Kontinents war es dagegen trockener und kühler als üblich.",
                "„Die Meere speichern weiter enorme Wärmemengen“, sagte C3S-Vizedirektorin Clara Vossberg. Die Meeresoberfläche erreichte im Schnitt 20,71 Grad. Das arktische Meereis lag neun Prozent unter dem Mittel.",
            ],
        },
    },
    {
        "key": "p4-07",
        "section": "wissenschaft",
        "time": "2026-07-21T11:00:00+02:00",
        "original": {
            "title": "ETH Zürich: Forschende stabilisieren Quantenbit mit Rekordwert",
            "lead": "Ein Team der ETH Zürich hat ein fehlerkorrigiertes Quantenbit gebaut, das Informationen achtmal länger speichert als seine Bausteine. Die Arbeit erscheint in „Nature“.",
            "body": [
                "Quantencomputer gelten als äußerst störanfällig: Schon kleinste Schwankungen zerstören die empfindlichen Rechenzustände. Physiker der ETH Zürich haben nun 49 supraleitende Qubits auf einem Chip zu einem sogenannten logischen Qubit zusammengeschaltet, das Fehler selbst erkennt und korrigiert. Es hielt seine Information 2,4 Millisekunden lang, rund achtmal länger als das beste einzelne Qubit auf dem Chip.",
                "„Zum ersten Mal wird ein System besser, je mehr Qubits wir hinzunehmen, und zwar deutlich“, sagte Projektleiter Lukas Wenger vom Departement Physik. Entscheidend sei eine neue Steuerelektronik, die Fehler in weniger als einer Mikrosekunde auswerte. Sie wurde gemeinsam mit dem Paul Scherrer Institut in Villigen entwickelt.",
                "Der Chip wird in einem Kryostaten auf minus 273,14 Grad gekühlt. Erstautorin der Studie ist die Doktorandin Yara Mansour.",
                "Bis zu einem praktisch nutzbaren Quantencomputer brauche es Hunderte solcher logischer Qubits, räumt Wenger ein. Das Projekt wird vom Schweizerischen Nationalfonds mit 14 Millionen Franken gefördert.",
            ],
        },
        "ticker": {
            "title": "Quantenrechnen: ETH meldet Durchbruch bei Fehlerkorrektur",
            "text": "Forschende der ETH Zürich haben aus 49 supraleitenden Qubits ein fehlerkorrigiertes Quantenbit gebaut, das Information achtmal länger speichert als seine Einzelteile.",
        },
        "rewrite": {
            "title": "Zürcher Physiker zähmen Fehler im Quantenchip",
            "lead": "Mehr Qubits, weniger Fehler: Eine Gruppe an der ETH hat eine Hürde auf dem Weg zum Quantencomputer genommen.",
            "body": [
                "Das Grundproblem jedes Quantenrechners ist seine Empfindlichkeit. Eine Arbeitsgruppe um Lukas Wenger an der ETH Zürich berichtet im Fachjournal „Nature“ nun von einem Chip, auf dem 49 supraleitende Bauelemente gemeinsam ein einziges, gegen Störungen geschütztes Qubit bilden. Dieses bewahrte seinen Zustand 2,4 Millisekunden, etwa das Achtfache des besten Einzelqubits.",
                "Möglich machte das eine schnelle Ausleseelektronik, die zusammen mit dem Paul Scherrer Institut entstand und Fehler in unter einer Mikrosekunde erkennt. „Das ist die Richtung, in die alle wollen, und wir sind dort jetzt angekommen“, sagte Erstautorin Yara Mansour.",
                "Der Weg zu nützlichen Anwendungen bleibt lang, dafür wären Hunderte solcher Einheiten nötig. Der Schweizerische Nationalfonds unterstützt die Forschung mit 14 Millionen Franken.",
            ],
        },
        "translations": {
            "en": {
                "title": "ETH Zurich team builds error-corrected qubit that outlasts its parts",
                "lead": "A team at ETH Zurich has built an error-corrected quantum bit that stores information eight times longer than its building blocks. The work is published in Nature.",
                "body": [
                    "Quantum computers are notoriously prone to errors: even the tiniest fluctuations destroy their fragile computational states. Physicists at ETH Zurich have now linked 49 superconducting qubits on a single chip to form a so-called logical qubit that detects and corrects errors itself. It retained its information for 2.4 milliseconds, around eight times longer than the best individual qubit on the chip.",
                    "“For the first time, a system gets better the more qubits we add, and significantly so,” said project leader Lukas Wenger of the Department of Physics. The key, he said, was new control electronics that evaluate errors in less than a microsecond. They were developed together with the Paul Scherrer Institute in Villigen.",
                    "The chip is cooled in a cryostat to minus 273.14 degrees Celsius. The study's first author is doctoral student Yara Mansour.",
                    "Hundreds of such logical qubits will be needed for a practically useful quantum computer, Wenger conceded. The project is funded with 14 million Swiss francs by the Swiss National Science Foundation.",
                ],
            },
            "fr": {
                "title": "L'EPF de Zurich franchit une étape vers l'ordinateur quantique",
                "lead": "Une équipe de l'École polytechnique fédérale de Zurich a construit un bit quantique corrigé des erreurs qui conserve l'information huit fois plus longtemps que ses composants. Les travaux paraissent dans « Nature ».",
                "body": [
                    "Les ordinateurs quantiques sont réputés extrêmement fragiles : la moindre fluctuation détruit leurs états de calcul. Des physiciens de l'EPF de Zurich ont relié 49 qubits supraconducteurs sur une même puce pour former un qubit dit logique, capable de détecter et de corriger lui-même ses erreurs. Il a conservé son information pendant 2,4 millisecondes, soit environ huit fois plus longtemps que le meilleur qubit individuel de la puce.",
                    "« Pour la première fois, un système s'améliore à mesure que nous ajoutons des qubits, et de façon nette », a déclaré le responsable du projet, Lukas Wenger, du département de physique. L'élément décisif est une nouvelle électronique de commande qui analyse les erreurs en moins d'une microseconde. Elle a été mise au point avec l'Institut Paul Scherrer, à Villigen.",
                    "La puce est refroidie dans un cryostat à moins 273,14 degrés. La première autrice de l'étude est la doctorante Yara Mansour. Il faudra des centaines de qubits logiques de ce type pour obtenir un ordinateur quantique réellement utile, reconnaît Lukas Wenger. Le projet est soutenu à hauteur de 14 millions de francs par le Fonds national suisse.",
                ],
            },
            "it": {
                "title": "Il Politecnico di Zurigo stabilizza un qubit logico: informazione conservata otto volte più a lungo",
                "lead": "Un gruppo del Politecnico federale di Zurigo ha realizzato un bit quantistico con correzione degli errori che conserva l'informazione otto volte più a lungo dei suoi componenti. Lo studio è pubblicato su «Nature».",
                "body": [
                    "I computer quantistici sono notoriamente molto sensibili ai disturbi: anche minime oscillazioni distruggono i loro fragili stati di calcolo. I fisici del Politecnico di Zurigo hanno collegato 49 qubit superconduttori su un unico chip per formare un cosiddetto qubit logico, in grado di individuare e correggere da sé i propri errori. Ha conservato l'informazione per 2,4 millisecondi, circa otto volte più a lungo del miglior qubit singolo del chip.",
                    "«Per la prima volta un sistema migliora quanti più qubit aggiungiamo, e in modo netto», ha detto il responsabile del progetto Lukas Wenger del Dipartimento di fisica. Decisiva è stata una nuova elettronica di controllo che analizza gli errori in meno di un microsecondo, sviluppata con l'Istituto Paul Scherrer di Villigen.",
                    "Il chip viene raffreddato in un criostato a meno 273,14 gradi. Prima autrice dello studio è la dottoranda Yara Mansour.",
                    "Per un computer quantistico davvero utilizzabile serviranno centinaia di qubit logici di questo tipo, ammette Wenger. Il progetto è finanziato dal Fondo nazionale svizzero con 14 milioni di franchi.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "ETH Zürich: Quantenbit speichert Information achtmal länger",
            "lead": "Forschende der ETH Zürich haben ein fehlerkorrigiertes Quantenbit gebaut, das Informationen achtmal länger speichert als seine Bausteine. Die Arbeit erscheint in «Nature».",
            "body": [
                "Quantencomputer gelten als äusserst störanfällig: Schon kleinste Schwankungen zerstören die empfindlichen Rechenzustände. Physiker der ETH Zürich haben nun 49 supraleitende Qubits auf einem Chip zu einem sogenannten logischen Qubit zusammengeschaltet, das Fehler selbst erkennt und korrigiert. Es hielt seine Information 2,4 Millisekunden lang, rund achtmal länger als das beste einzelne Qubit auf dem Chip.",
                "«Zum ersten Mal wird ein System besser, je mehr Qubits wir hinzunehmen, und zwar deutlich», sagte Projektleiter Lukas Wenger vom Departement Physik. Entscheidend sei eine neue Steuerelektronik, die Fehler in weniger als einer Mikrosekunde auswerte. Sie entstand gemeinsam mit dem Paul Scherrer Institut PSI in Villigen AG.",
                "Bis zu einem praktisch nutzbaren Quantencomputer brauche es Hunderte solcher logischer Qubits, räumt Wenger ein. Der Schweizerische Nationalfonds unterstützt das Projekt mit 14 Millionen Franken.",
            ],
        },
        "sibling": {
            "days": 15,
            "why": "same ETH quantum physicist, building and funding news instead of a research result",
            "title": "ETH Zürich erhält 60 Millionen Franken für neues Quantenlabor",
            "lead": "Mit Geld von Bund, Kanton und einer Stiftung baut die ETH Zürich auf dem Hönggerberg ein Zentrum für Quantentechnologie.",
            "body": [
                "Die ETH Zürich errichtet bis 2029 ein neues Forschungsgebäude für Quantentechnologie auf dem Campus Hönggerberg. Die Kosten von 60 Millionen Franken tragen der Bund, der Kanton Zürich und die Basler Aebli-Stiftung, teilte die Hochschule am Mittwoch mit.",
                "Im Gebäude sollen auf 7000 Quadratmetern rund 250 Forschende arbeiten, darunter die Gruppe des Physikers Lukas Wenger, die supraleitende Quantenchips entwickelt. Geplant sind zwölf Labore mit schwingungsfreien Fundamenten und eigener Heliumrückgewinnung.",
                "„Bisher verteilen sich unsere Quantenteams auf sechs Gebäude“, sagte Wenger. Der Baustart ist für Frühjahr 2027 geplant. Auch das Paul Scherrer Institut in Villigen wird Räume nutzen.",
            ],
        },
    },
    {
        "key": "p4-08",
        "section": "technik",
        "time": "2026-07-21T03:10:00+02:00",
        "original": {
            "title": "BSI warnt mit höchster Stufe vor Lücke in VPN-Geräten",
            "lead": "In Firewalls des Herstellers Sentrion klafft eine kritische Sicherheitslücke, die bereits ausgenutzt wird. Allein in Deutschland sind rund 9400 Geräte verwundbar.",
            "body": [
                "Das Bundesamt für Sicherheit in der Informationstechnik (BSI) hat in der Nacht zum Dienstag eine Warnung der höchsten Stufe „4/Rot“ herausgegeben. Betroffen sind VPN-Gateways der Baureihe Sentrion EdgeGuard, die Unternehmen, Kliniken und Behörden für den Fernzugriff auf ihre Netze nutzen. Über die Lücke mit der Kennung CVE-2026-31877 können Angreifer ohne Passwort Schadcode ausführen.",
                "Nach Erkenntnissen des BSI wird die Schwachstelle seit dem Wochenende aktiv ausgenutzt. In Deutschland seien rund 9400 Geräte aus dem Internet erreichbar und angreifbar, weltweit etwa 61.000. Auf der international gebräuchlichen Skala CVSS erhält die Lücke 9,8 von 10 Punkten.",
                "„Wer ein solches Gerät betreibt, sollte es sofort vom Netz nehmen oder die Notfallmaßnahmen des Herstellers umsetzen“, sagte Thomas Kerkhoff, Abteilungsleiter für operative Cybersicherheit im BSI. Betreiber müssten zudem prüfen, ob ihre Systeme bereits kompromittiert seien.",
                "Der US-Hersteller Sentrion Networks kündigte ein Sicherheitsupdate für Mittwoch an. Bis dahin empfiehlt er, die Weboberfläche der Geräte abzuschalten.",
            ],
        },
        "ticker": {
            "title": "Kritische Sicherheitslücke: BSI ruft Alarmstufe Rot aus",
            "text": "Das BSI warnt vor einer bereits ausgenutzten Lücke in VPN-Geräten des Herstellers Sentrion, in Deutschland sind nach Behördenangaben rund 9400 Geräte angreifbar.",
        },
        "rewrite": {
            "title": "Hacker nutzen Schwachstelle in Sentrion-Firewalls aus",
            "lead": "Das BSI spricht von einer extrem kritischen Lage. Ein Patch kommt frühestens am Mittwoch.",
            "body": [
                "Für IT-Abteilungen in ganz Deutschland beginnt die Woche mit einem Notfall. Angreifer dringen über eine Schwachstelle in den VPN-Zugängen der Serie EdgeGuard des amerikanischen Herstellers Sentrion Networks in Firmennetze ein, und zwar ohne Zugangsdaten. Das BSI hat deshalb seine seltenste Warnstufe, Rot, ausgerufen.",
                "Die Behörde zählt hierzulande rund 9400 verwundbare Geräte im offenen Internet, weltweit sind es demnach 61.000. Seit Samstag beobachten Sicherheitsforscher gezielte Attacken. Die Lücke CVE-2026-31877 wird mit 9,8 von 10 möglichen Punkten bewertet.",
                "BSI-Experte Thomas Kerkhoff rät, die Geräte notfalls vom Netz zu trennen und nach Spuren eines Einbruchs zu suchen. Sentrion selbst empfiehlt bis zum Update, die Verwaltungsoberfläche zu deaktivieren. Nach Einschätzung des Sicherheitsunternehmens Northgate Labs steckt hinter den Angriffen eine staatlich unterstützte Gruppe.",
            ],
        },
        "translations": {
            "en": {
                "title": "German cyber agency issues red alert over Sentrion VPN flaw",
                "lead": "A critical vulnerability in firewalls made by Sentrion is already being exploited. Around 9,400 devices are vulnerable in Germany alone.",
                "body": [
                    "Germany's Federal Office for Information Security (BSI) issued a warning at its highest level, “4/Red”, overnight into Tuesday. The alert concerns VPN gateways in the Sentrion EdgeGuard series, which companies, hospitals and public authorities use for remote access to their networks. The flaw, tracked as CVE-2026-31877, allows attackers to execute malicious code without a password.",
                    "According to the BSI, the vulnerability has been actively exploited since the weekend. Around 9,400 devices in Germany are reachable from the internet and open to attack, and about 61,000 worldwide. The flaw scores 9.8 out of 10 on the internationally used CVSS scale.",
                    "“Anyone operating such a device should take it offline immediately or apply the manufacturer's emergency measures,” said Thomas Kerkhoff, head of operational cyber security at the BSI. Operators also need to check whether their systems have already been compromised, he said.",
                    "US manufacturer Sentrion Networks said a security update would be released on Wednesday. Until then, it recommends switching off the devices' web interface.",
                ],
            },
            "fr": {
                "title": "Faille critique dans les VPN Sentrion : l'Allemagne déclenche l'alerte maximale",
                "lead": "Une vulnérabilité critique, déjà exploitée, touche les pare-feu du fabricant Sentrion. Rien qu'en Allemagne, quelque 9 400 appareils sont exposés.",
                "body": [
                    "L'Office fédéral allemand de la sécurité des technologies de l'information (BSI) a émis dans la nuit de lundi à mardi une alerte de niveau maximal, « 4/rouge ». Elle concerne les passerelles VPN de la gamme Sentrion EdgeGuard, utilisées par des entreprises, des hôpitaux et des administrations pour accéder à distance à leurs réseaux. La faille, référencée CVE-2026-31877, permet à des attaquants d'exécuter du code malveillant sans mot de passe.",
                    "Selon le BSI, la vulnérabilité est activement exploitée depuis le week-end. Environ 9 400 appareils accessibles depuis Internet seraient vulnérables en Allemagne, et quelque 61 000 dans le monde. La faille obtient une note de 9,8 sur 10 sur l'échelle internationale CVSS.",
                    "« Quiconque exploite un tel appareil doit le déconnecter immédiatement ou appliquer les mesures d'urgence du fabricant », a déclaré Thomas Kerkhoff, chef du département de la cybersécurité opérationnelle au BSI. Le fabricant américain Sentrion Networks a annoncé une mise à jour de sécurité pour mercredi.",
                ],
            },
        },
        "follow_up": {
            "days": 1.5,
            "refers": True,
            "title": "Sentrion-Lücke: Angreifer drangen in Netze von Stadtwerken ein",
            "lead": "Das BSI meldet erste Einbrüche über die Schwachstelle in VPN-Geräten. Der Hersteller hat inzwischen ein Update veröffentlicht.",
            "body": [
                "Die Sicherheitslücke in VPN-Gateways von Sentrion Networks hat in Deutschland erste größere Schäden verursacht. Nach Angaben des BSI sind mindestens 1300 Geräte kompromittiert, darunter Systeme von drei Stadtwerken in Hessen und Niedersachsen sowie eines Universitätsklinikums. Die Versorgung mit Strom und Wasser sei nicht beeinträchtigt, betonte die Behörde.",
                "Wie berichtet, hatte das BSI in der Nacht zum Dienstag mit seiner höchsten Warnstufe vor der Lücke CVE-2026-31877 gewarnt.",
                "Sentrion stellte am Mittwochmittag ein Update bereit. Thomas Kerkhoff vom BSI mahnte, das Einspielen allein genüge nicht: Wer betroffen sei, müsse sämtliche Zugangsdaten erneuern und seine Netze gründlich untersuchen. Die Zahl der ungeschützten Geräte sei seit Montag von 9400 auf 5100 gesunken. Der Generalbundesanwalt prüft, ob er die Ermittlungen übernimmt.",
            ],
        },
        "sibling": {
            "days": -13.6,
            "why": "earlier BSI warning by the same official, other product, lower alert level",
            "title": "BSI warnt vor Sicherheitslücke in Mailservern",
            "lead": "Eine Schwachstelle in der verbreiteten Software Postline Mail Gateway ermöglicht das Mitlesen fremder E-Mails. Das BSI hat die Warnstufe „3/Orange“ ausgerufen.",
            "body": [
                "Das Bundesamt für Sicherheit in der Informationstechnik (BSI) hat am Dienstag vor einer gravierenden Lücke in Mailservern gewarnt. Betroffen ist die Software Postline Mail Gateway, die vor allem Kommunen und mittelständische Firmen einsetzen. Über die Schwachstelle CVE-2026-29410 können Angreifer unter bestimmten Bedingungen fremde Postfächer auslesen.",
                "In Deutschland seien rund 3200 Server aus dem Internet erreichbar, teilte das BSI mit. Hinweise auf Angriffe gebe es bislang nicht. Die Lücke wird auf der CVSS-Skala mit 8,1 Punkten bewertet.",
                "„Noch ist Zeit, aber die sollte man nutzen“, sagte Thomas Kerkhoff, Abteilungsleiter für operative Cybersicherheit im BSI. Der Hersteller aus Dortmund hat bereits ein Update veröffentlicht.",
            ],
        },
    },
    {
        "key": "p4-09",
        "section": "wissenschaft",
        "time": "2026-08-12T14:20:00+02:00",
        "original": {
            "title": "Schweizer Gletscher schmelzen schon im August auf Rekordkurs",
            "lead": "Bis Mitte August haben die Gletscher der Schweiz bereits 2,6 Prozent ihres Eisvolumens verloren. Das zeigen Zwischenmessungen des Messnetzes Glamos.",
            "body": [
                "Die Schweizer Gletscher steuern auf eines der verlustreichsten Jahre seit Messbeginn zu. Nach Zwischenmessungen an 20 Gletschern haben sie seit Anfang Juni im Schnitt 2,6 Prozent ihres Volumens eingebüßt, teilte das Gletschermessnetz Glamos am Mittwoch mit. Im Rekordjahr 2022 waren es über den gesamten Sommer 5,9 Prozent gewesen, bis Mitte August jedoch erst 2,3 Prozent.",
                "Am Großen Aletschgletscher maßen die Forschenden auf dem Konkordiaplatz einen Rückgang der Eisdicke um 3,4 Meter seit Juni. Die Nullgradgrenze lag im Juli an neun Tagen über 5000 Metern. Zudem fiel im vergangenen Winter rund ein Fünftel weniger Schnee als im Mittel, sodass das Eis früher ungeschützt war.",
                "„Wenn der September warm wird, erleben wir ein zweites 2022“, sagte Glaziologe Reto Imhasly, Leiter von Glamos. Einige kleinere Gletscher in den Glarner Alpen und im Tessin dürften in den nächsten Jahren ganz verschwinden.",
                "Die endgültige Jahresbilanz legt Glamos Ende September vor. Das Messnetz wird von der ETH Zürich und den Universitäten Freiburg und Zürich betrieben.",
            ],
        },
        "ticker": {
            "title": "Gletscherschwund: Schweiz droht Rekordjahr",
            "text": "Die Schweizer Gletscher haben laut dem Messnetz Glamos seit Anfang Juni bereits 2,6 Prozent ihres Eisvolumens verloren, mehr als zum gleichen Zeitpunkt im Rekordjahr 2022.",
        },
        "rewrite": {
            "title": "Aletschgletscher verliert 3,4 Meter Eis in zehn Wochen",
            "lead": "Glaziologen warnen vor einem Schmelzjahr wie 2022. Ein schneearmer Winter und Hitzetage im Juli setzen dem Eis zu.",
            "body": [
                "Noch ist der Sommer nicht vorbei, doch die Bilanz fällt schon jetzt düster aus. Das Schweizer Gletschermessnetz Glamos hat an 20 Gletschern nachgemessen und kommt auf einen Volumenverlust von durchschnittlich 2,6 Prozent seit Juni. Zum Vergleich: 2022, im bisher schlimmsten Jahr, lag der Wert Mitte August bei 2,3 Prozent.",
                "Besonders anschaulich ist die Lage auf dem Konkordiaplatz im Herzen des Aletschgebiets, wo die Eisoberfläche um 3,4 Meter gesunken ist. Ursache sind neun Julitage mit einer Nullgradgrenze oberhalb von 5000 Metern und ein Winter mit 20 Prozent weniger Schnee als üblich.",
                "Glamos-Leiter Reto Imhasly hält einen neuen Rekord für möglich, falls auch der September warm ausfällt. Für kleine Gletscher etwa im Tessin sieht er keine Zukunft. Die Jahresbilanz folgt Ende September.",
            ],
        },
        "translations": {
            "en": {
                "title": "Swiss glaciers on course for record melt, mid-summer survey shows",
                "lead": "By mid-August, Switzerland's glaciers had already lost 2.6 percent of their ice volume, interim measurements by the Glamos monitoring network show.",
                "body": [
                    "Switzerland's glaciers are heading for one of the worst years since measurements began. Based on interim readings at 20 glaciers, they have lost an average of 2.6 percent of their volume since early June, the Glacier Monitoring Switzerland network, Glamos, said on Wednesday. In the record year of 2022 the loss over the entire summer was 5.9 percent, but only 2.3 percent by mid-August.",
                    "On the Great Aletsch Glacier, researchers measured a 3.4-metre drop in ice thickness at Konkordiaplatz since June. In July the freezing level was above 5,000 metres on nine days. In addition, around a fifth less snow than average fell last winter, leaving the ice exposed earlier.",
                    "“If September is warm, we will see a second 2022,” said glaciologist Reto Imhasly, head of Glamos. Some smaller glaciers in the Glarus Alps and in Ticino are likely to disappear completely in the next few years.",
                    "Glamos will present the final annual balance at the end of September. The network is run by ETH Zurich and the universities of Fribourg and Zurich.",
                ],
            },
            "fr": {
                "title": "Les glaciers suisses ont déjà perdu 2,6 % de leur volume",
                "lead": "À la mi-août, les glaciers suisses avaient déjà perdu 2,6 % de leur volume de glace, selon les mesures intermédiaires du réseau GLAMOS.",
                "body": [
                    "Les glaciers suisses se dirigent vers l'une des pires années depuis le début des mesures. D'après des relevés intermédiaires sur 20 glaciers, ils ont perdu en moyenne 2,6 % de leur volume depuis début juin, a indiqué mercredi le réseau des relevés glaciologiques suisses GLAMOS. Lors de l'année record 2022, la perte avait atteint 5,9 % sur l'ensemble de l'été, mais seulement 2,3 % à la mi-août.",
                    "Sur le grand glacier d'Aletsch, les chercheurs ont mesuré à la place de la Concorde une diminution de 3,4 mètres de l'épaisseur de la glace depuis juin. En juillet, l'isotherme du zéro degré s'est située au-dessus de 5000 mètres pendant neuf jours. De plus, il est tombé l'hiver dernier environ un cinquième de neige de moins que la moyenne, si bien que la glace s'est retrouvée à nu plus tôt.",
                    "« Si septembre est chaud, nous vivrons un deuxième 2022 », a déclaré le glaciologue Reto Imhasly, directeur de GLAMOS. Quelques petits glaciers des Alpes glaronaises et du Tessin devraient disparaître complètement dans les prochaines années.",
                    "Le bilan annuel définitif sera publié fin septembre. Le réseau est exploité par l'EPF de Zurich et les universités de Fribourg et de Zurich.",
                ],
            },
            "it": {
                "title": "Ghiacciai svizzeri verso un nuovo anno record di fusione",
                "lead": "A metà agosto i ghiacciai svizzeri avevano già perso il 2,6 per cento del loro volume. Lo indicano le misurazioni intermedie della rete di monitoraggio Glamos.",
                "body": [
                    "I ghiacciai svizzeri si avviano verso uno degli anni peggiori da quando esistono le misurazioni. In base a rilievi intermedi su 20 ghiacciai, dall'inizio di giugno hanno perso in media il 2,6 per cento del loro volume, ha comunicato mercoledì la rete di monitoraggio dei ghiacciai svizzeri Glamos. Nell'anno record 2022 la perdita era stata del 5,9 per cento sull'intera estate, ma a metà agosto si era fermata al 2,3 per cento.",
                    "Sul Grande ghiacciaio dell'Aletsch, al Konkordiaplatz, i ricercatori hanno misurato dall'inizio di giugno una riduzione dello spessore del ghiaccio di 3,4 metri. A luglio lo zero termico si è trovato per nove giorni sopra i 5000 metri. Inoltre lo scorso inverno è caduto circa un quinto di neve in meno rispetto alla media, così il ghiaccio è rimasto scoperto prima.",
                    "«Se settembre sarà caldo, vivremo un secondo 2022», ha detto il glaciologo Reto Imhasly, responsabile di Glamos. Alcuni piccoli ghiacciai delle Alpi glaronesi e del Ticino potrebbero scomparire del tutto nei prossimi anni.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Gletscher schmelzen bereits im August auf Rekordkurs",
            "lead": "Bis Mitte August haben die Schweizer Gletscher schon 2,6 Prozent ihres Eisvolumens verloren. Das zeigen Zwischenmessungen von Glamos.",
            "body": [
                "Die Schweizer Gletscher steuern auf eines der verlustreichsten Jahre seit Messbeginn zu. Nach Zwischenmessungen an 20 Gletschern haben sie seit Anfang Juni im Schnitt 2,6 Prozent ihres Volumens eingebüsst, teilte das Gletschermessnetz Glamos am Mittwoch mit. Im Rekordjahr 2022 waren es über den ganzen Sommer 5,9 Prozent gewesen, bis Mitte August allerdings erst 2,3 Prozent.",
                "Am Grossen Aletschgletscher massen die Forschenden auf dem Konkordiaplatz seit Juni einen Rückgang der Eisdicke um 3,4 Meter. Die Nullgradgrenze lag im Juli an neun Tagen über 5000 Metern. Zudem fiel im vergangenen Winter rund ein Fünftel weniger Schnee als im Mittel.",
                "«Wenn der September warm wird, erleben wir ein zweites 2022», sagte Glaziologe Reto Imhasly, Leiter von Glamos. Einige kleinere Gletscher in den Glarner Alpen und im Tessin dürften in den nächsten Jahren ganz verschwinden. Die definitive Jahresbilanz folgt Ende September.",
            ],
        },
        "sibling": {
            "days": -28,
            "why": "same glaciologist and network, a glacial lake threat in another region",
            "title": "Gletschersee bei Lenk: Behörden rechnen mit Ausbruch",
            "lead": "Der Faverges-See auf dem Plaine-Morte-Gletscher ist so voll wie seit Jahren nicht. In Lenk im Simmental gilt erhöhte Wachsamkeit.",
            "body": [
                "Auf dem Plaine-Morte-Gletscher an der Grenze zwischen den Kantonen Bern und Wallis hat sich der Faverges-See auf rund zwei Millionen Kubikmeter Wasser gefüllt. Nach Messungen des Gletschermessnetzes Glamos könnte er sich in den nächsten zwei Wochen unter dem Eis hindurch ins Simmental entleeren, wie schon im Sommer 2018.",
                "„Der Abfluss kommt meist innerhalb weniger Stunden, deshalb messen wir den Pegel nun täglich“, sagte Glaziologe Reto Imhasly von Glamos. Die Gemeinde Lenk hat den Campingplatz an der Simme vorsorglich geräumt und ein Frühwarnsystem mit Sirenen getestet.",
                "Der Kanton Bern hat seit 2019 rund 4,5 Millionen Franken in Schutzbauten investiert. Der Abflusskanal am Gletscherrand wurde im Juni um 300 Meter verlängert.",
            ],
        },
    },
    {
        "key": "p4-10",
        "section": "technik",
        "time": "2026-08-12T21:40:00+02:00",
        "original": {
            "title": "Isar Aerospace erreicht mit Spectrum erstmals die Umlaufbahn",
            "lead": "Im dritten Anlauf hat die Rakete des Münchner Start-ups Satelliten ins All gebracht. Gestartet wurde sie vom norwegischen Andøya.",
            "body": [
                "Die Trägerrakete Spectrum des Unternehmens Isar Aerospace aus Ottobrunn bei München hat am Mittwochabend erstmals die Erdumlaufbahn erreicht. Sie hob um 20.17 Uhr vom Weltraumbahnhof Andøya in Nordnorwegen ab. Rund 54 Minuten später setzte die Oberstufe sechs Kleinsatelliten mit zusammen 140 Kilogramm in rund 520 Kilometern Höhe aus.",
                "„Orbit erreicht, alle Nutzlasten getrennt“, meldete Flugdirektor Tobias Renninger aus dem Kontrollraum. Die ersten beiden Testflüge hatten die Umlaufbahn nicht erreicht.",
                "An Bord waren unter anderem Satelliten der Technischen Universität Berlin und der Universität der Bundeswehr München sowie ein Erdbeobachtungssatellit eines finnischen Unternehmens. Die Europäische Weltraumorganisation ESA unterstützt das Projekt über ihr Programm für neue Trägerraketen.",
                "Der Raumfahrtkoordinator der Bundesregierung, Friedrich Hollerbach, sprach von einem „Wendepunkt für die europäische Raumfahrt“. Europa verfüge nun über einen privaten Anbieter für kleine Nutzlasten. Isar Aerospace plant ab 2027 bis zu zehn Starts im Jahr.",
            ],
        },
        "ticker": {
            "title": "Eilmeldung: Münchner Rakete im Orbit",
            "text": "Die Rakete Spectrum von Isar Aerospace hat am Mittwochabend vom norwegischen Andøya aus erstmals die Umlaufbahn erreicht und sechs Kleinsatelliten ausgesetzt.",
        },
        "rewrite": {
            "title": "Dritter Versuch geglückt: Spectrum bringt sechs Satelliten ins All",
            "lead": "Erstmals hat eine in Deutschland gebaute Orbitalrakete ihre Nutzlast abgeliefert.",
            "body": [
                "Auf der Insel Andøya jenseits des Polarkreises zündeten am Mittwoch um 20.17 Uhr die neun Triebwerke der ersten Stufe. Diesmal lief alles nach Plan: Knapp eine Stunde nach dem Abheben meldete Isar Aerospace, dass sechs kleine Satelliten mit einer Gesamtmasse von 140 Kilogramm auf einer Bahn in etwa 520 Kilometern Höhe kreisen. Bei den zwei vorangegangenen Flügen war die Rakete gescheitert.",
                "Mit an Bord: Forschungssatelliten der TU Berlin und der Bundeswehr-Universität in München. Flugdirektor Tobias Renninger sprach von einem „perfekten Flug“.",
                "Für das Unternehmen aus Ottobrunn ist der Erfolg auch wirtschaftlich wichtig, denn Kunden und Investoren hatten auf den Nachweis der Orbitfähigkeit gewartet. Friedrich Hollerbach, Raumfahrtkoordinator des Bundes, sieht Europa nun unabhängiger im Markt für Kleinsatelliten. Ab 2027 will die Firma bis zu zehnmal jährlich starten.",
            ],
        },
        "translations": {
            "en": {
                "title": "Munich start-up Isar Aerospace reaches orbit on third attempt",
                "lead": "On its third attempt, the Munich start-up's rocket has delivered satellites into space. It was launched from Andøya in Norway.",
                "body": [
                    "The Spectrum launch vehicle built by Isar Aerospace of Ottobrunn near Munich reached Earth orbit for the first time on Wednesday evening. It lifted off at 8:17 p.m. from the Andøya spaceport in northern Norway. Around 54 minutes later, the upper stage released six small satellites with a combined mass of 140 kilograms at an altitude of about 520 kilometres.",
                    "“Orbit reached, all payloads separated,” flight director Tobias Renninger reported from the control room. The first two test flights had failed to reach orbit.",
                    "The payloads included satellites from the Technical University of Berlin and the Bundeswehr University Munich, as well as an Earth observation satellite from a Finnish company. The European Space Agency supports the project through its programme for new launch vehicles.",
                    "The German government's aerospace coordinator, Friedrich Hollerbach, spoke of a “turning point for European spaceflight”. Europe now has a private provider for small payloads, he said. Isar Aerospace plans up to ten launches a year from 2027.",
                ],
            },
            "fr": {
                "title": "Isar Aerospace atteint l'orbite pour la première fois",
                "lead": "Au troisième essai, la fusée de la start-up munichoise a placé des satellites dans l'espace. Elle a décollé d'Andøya, en Norvège.",
                "body": [
                    "Le lanceur Spectrum de la société Isar Aerospace, basée à Ottobrunn près de Munich, a atteint pour la première fois l'orbite terrestre mercredi soir. Il a décollé à 20 h 17 de la base spatiale d'Andøya, dans le nord de la Norvège. Environ 54 minutes plus tard, l'étage supérieur a largué six petits satellites d'une masse totale de 140 kilogrammes à quelque 520 kilomètres d'altitude.",
                    "« Orbite atteinte, toutes les charges utiles séparées », a annoncé le directeur de vol Tobias Renninger depuis la salle de contrôle. Les deux premiers vols d'essai n'avaient pas atteint l'orbite.",
                    "À bord se trouvaient notamment des satellites de l'Université technique de Berlin et de l'Université de la Bundeswehr de Munich, ainsi qu'un satellite d'observation de la Terre d'une entreprise finlandaise. L'Agence spatiale européenne soutient le projet dans le cadre de son programme consacré aux nouveaux lanceurs.",
                    "Le coordinateur du gouvernement allemand pour l'aérospatiale, Friedrich Hollerbach, a parlé d'un « tournant pour l'espace européen ». Isar Aerospace prévoit jusqu'à dix lancements par an à partir de 2027.",
                ],
            },
            "it": {
                "title": "Il razzo tedesco Spectrum raggiunge l'orbita al terzo tentativo",
                "lead": "Al terzo tentativo il razzo della start-up di Monaco di Baviera ha portato satelliti nello spazio. Il lancio è avvenuto da Andøya, in Norvegia.",
                "body": [
                    "Il lanciatore Spectrum dell'azienda Isar Aerospace, con sede a Ottobrunn vicino a Monaco di Baviera, ha raggiunto per la prima volta l'orbita terrestre mercoledì sera. È decollato alle 20.17 dallo spazioporto di Andøya, nel nord della Norvegia. Circa 54 minuti dopo lo stadio superiore ha rilasciato sei piccoli satelliti, per un peso complessivo di 140 chilogrammi, a circa 520 chilometri di quota.",
                    "«Orbita raggiunta, tutti i carichi separati», ha comunicato dalla sala di controllo il direttore di volo Tobias Renninger. I primi due voli di prova non avevano raggiunto l'orbita.",
                    "A bordo c'erano tra l'altro satelliti dell'Università tecnica di Berlino e dell'Università della Bundeswehr di Monaco, oltre a un satellite per l'osservazione della Terra di un'azienda finlandese. L'Agenzia spaziale europea sostiene il progetto con il suo programma per i nuovi lanciatori.",
                    "Il coordinatore del governo tedesco per l'aerospazio, Friedrich Hollerbach, ha parlato di una «svolta per lo spazio europeo». Isar Aerospace prevede fino a dieci lanci l'anno a partire dal 2027.",
                ],
            },
        },
        "sibling": {
            "days": -21,
            "why": "same rocket company and people, military launch contract instead of a launch",
            "title": "Isar Aerospace erhält Startauftrag der Bundeswehr",
            "lead": "Das Ottobrunner Raumfahrtunternehmen soll ab 2027 Aufklärungssatelliten ins All bringen. Der Auftrag ist rund 90 Millionen Euro wert.",
            "body": [
                "Die Bundeswehr hat Isar Aerospace mit bis zu sechs Starts für kleine Aufklärungssatelliten beauftragt. Der Rahmenvertrag habe ein Volumen von rund 90 Millionen Euro, teilte das Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr in Koblenz am Mittwoch mit. Die Starts sollen mit der Rakete Spectrum vom norwegischen Andøya aus erfolgen.",
                "Raumfahrtkoordinator Friedrich Hollerbach nannte die Vergabe ein Signal für die europäische Souveränität im All. Bisher ist die Bundeswehr für den Transport ihrer Satelliten überwiegend auf US-Anbieter angewiesen.",
                "Isar Aerospace beschäftigt nach eigenen Angaben rund 450 Menschen. Flugdirektor Tobias Renninger sagte, man stelle sich auf einen engen Zeitplan ein.",
            ],
        },
    },
    {
        "key": "p4-11",
        "section": "panorama",
        "time": "2026-08-19T16:30:00+02:00",
        "original": {
            "title": "Betrug mit geklonten Stimmen: Polizei warnt vor KI-Schockanrufen",
            "lead": "Kriminelle imitieren mithilfe künstlicher Intelligenz die Stimmen von Angehörigen. In Österreich sind seit Juni 47 Fälle mit einem Schaden von 1,3 Millionen Euro bekannt.",
            "body": [
                "Das österreichische Bundeskriminalamt warnt vor einer neuen Form des Telefonbetrugs. Die Täter rufen vor allem ältere Menschen an und spielen ihnen die täuschend echte Stimme eines Kindes oder Enkels vor, die um Geld für eine Kaution oder nach einem Unfall bittet. Die Stimmen werden mit KI-Programmen aus wenigen Sekunden Audiomaterial erzeugt, das häufig aus Videos in sozialen Netzwerken stammt.",
                "Seit Juni wurden österreichweit 47 solcher Fälle angezeigt, der Gesamtschaden beläuft sich auf rund 1,3 Millionen Euro. Den höchsten Einzelschaden erlitt eine 81-jährige Frau aus Wels in Oberösterreich, die einem Abholer 180.000 Euro in Bargeld und Gold übergab.",
                "„Die Stimme allein ist kein Beweis mehr“, sagte Martin Aigner, Leiter des Cybercrime-Competence-Centers im Bundeskriminalamt, am Mittwoch in Wien. Er rät Familien, ein gemeinsames Codewort zu vereinbaren und bei Geldforderungen am Telefon immer selbst zurückzurufen.",
                "Die Ermittler gehen davon aus, dass hinter vielen Anrufen eine Bande mit Callcentern im Ausland steckt.",
            ],
        },
        "ticker": {
            "title": "KI-Stimmen: 47 Betrugsfälle in Österreich",
            "text": "Betrüger haben in Österreich seit Juni mit künstlich erzeugten Stimmen von Angehörigen 47 Menschen um insgesamt rund 1,3 Millionen Euro gebracht, warnt das Bundeskriminalamt.",
        },
        "rewrite": {
            "title": "Wenn der Enkel am Telefon eine Maschine ist",
            "lead": "Österreichs Bundeskriminalamt registriert eine Welle von Schockanrufen mit künstlich erzeugten Stimmen.",
            "body": [
                "Die Masche ist alt, das Werkzeug neu: Betrüger melden sich bei Seniorinnen und Senioren als verunglückter Sohn oder verhaftete Enkelin und verlangen Geld. Inzwischen klingen sie dabei genau wie die echten Verwandten. Kurze Videoclips aus Instagram oder Tiktok reichen aus, um eine Stimme per Software nachzubilden.",
                "47 Anzeigen seit Juni zählt das Bundeskriminalamt, die Opfer verloren zusammen etwa 1,3 Millionen Euro. Eine 81-Jährige in Wels händigte einem Boten 180.000 Euro aus, teils in Goldmünzen.",
                "Cybercrime-Ermittler Martin Aigner empfiehlt, in der Familie ein Codewort festzulegen und bei verdächtigen Anrufen aufzulegen und die bekannte Nummer zu wählen. Seniorenbund-Präsidentin Gertraud Stockreiter forderte eine Informationskampagne in Apotheken und Arztpraxen. Die Ermittler vermuten die Drahtzieher in ausländischen Callcentern.",
            ],
        },
        "translations": {
            "en": {
                "title": "Austrian police warn of AI voice-cloning scam calls",
                "lead": "Criminals are using artificial intelligence to imitate the voices of relatives. Austria has recorded 47 cases with losses of 1.3 million euros since June.",
                "body": [
                    "Austria's Federal Criminal Police Office has warned of a new form of telephone fraud. The perpetrators mainly call older people and play them the deceptively real voice of a child or grandchild asking for money for bail or after an accident. The voices are generated with AI programs from just a few seconds of audio, often taken from videos on social media.",
                    "Since June, 47 such cases have been reported across Austria, with total losses of around 1.3 million euros. The largest single loss was suffered by an 81-year-old woman from Wels in Upper Austria, who handed over 180,000 euros in cash and gold to a courier.",
                    "“A voice alone is no longer proof,” Martin Aigner, head of the Cybercrime Competence Centre at the Federal Criminal Police Office, said in Vienna on Wednesday. He advises families to agree on a shared code word and always to call back themselves when money is demanded over the phone.",
                    "Investigators believe that a gang operating call centres abroad is behind many of the calls.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "KI-Schockanrufe: Bundeskriminalamt warnt vor geklonten Stimmen",
            "lead": "Kriminelle imitieren mithilfe künstlicher Intelligenz die Stimmen von Angehörigen. Seit Juni sind in Österreich 47 Fälle mit 1,3 Millionen Euro Schaden bekannt.",
            "body": [
                "Das Bundeskriminalamt warnt vor einer neuen Form des Telefonbetrugs. Die Täter rufen vor allem Pensionistinnen und Pensionisten an und spielen ihnen die täuschend echte Stimme eines Kindes oder Enkels vor, die um Geld für eine Kaution oder nach einem Unfall bittet. Die Stimmen werden mit KI-Programmen aus wenigen Sekunden Tonmaterial erzeugt, das häufig aus Videos in sozialen Netzwerken stammt.",
                "Seit Juni wurden österreichweit 47 solcher Fälle angezeigt, der Gesamtschaden beläuft sich auf rund 1,3 Millionen Euro. Den höchsten Einzelschaden erlitt eine 81-jährige Welserin, die einem Abholer 180.000 Euro in Bargeld und Gold übergab.",
                "„Die Stimme allein ist kein Beweis mehr“, sagte Martin Aigner, Leiter des Cybercrime-Competence-Centers im Bundeskriminalamt, am Mittwoch in Wien. Er rät Familien, ein gemeinsames Codewort auszumachen und bei Geldforderungen am Telefon immer selbst zurückzurufen.",
            ],
        },
        "follow_up": {
            "days": 6,
            "refers": True,
            "title": "KI-Stimmenbetrug: Festnahmen in Wien und Sofia",
            "lead": "Ermittler haben mutmaßliche Mitglieder einer Bande gefasst, die mit geklonten Stimmen ältere Menschen betrogen haben soll.",
            "body": [
                "Im Fall der Schockanrufe mit künstlich erzeugten Stimmen ist der Polizei ein Schlag gelungen. Bei einer gemeinsamen Aktion mit bulgarischen Behörden wurden am Montag in Sofia drei Männer und in Wien-Favoriten zwei Geldabholer festgenommen, teilte das Bundeskriminalamt am Dienstag mit. In Sofia stellten die Ermittler ein Callcenter mit 14 Arbeitsplätzen sicher.",
                "Erst vergangene Woche hatte das Bundeskriminalamt vor der Betrugsmasche gewarnt, bei der Täter die Stimmen von Angehörigen mit KI nachahmen.",
                "Den Verdächtigen werden mindestens 19 Taten mit einem Schaden von 640.000 Euro zugerechnet, darunter der Fall einer 81-jährigen Frau aus Wels. Bei den Durchsuchungen fanden die Beamten Bargeld, Goldmünzen und Laptops mit Sprachsoftware. „Damit ist das Phänomen nicht vorbei, aber wir haben eine wichtige Struktur getroffen“, sagte Martin Aigner vom Bundeskriminalamt. Europol unterstützte die Ermittlungen.",
            ],
        },
        "sibling": {
            "days": 9,
            "why": "same police unit and official warning about another scam (fake QR codes)",
            "title": "Bundeskriminalamt warnt vor gefälschten QR-Codes an Ladesäulen",
            "lead": "Betrüger überkleben in Österreich QR-Codes an E-Auto-Ladestationen und Parkscheinautomaten. Wer scannt, landet auf gefälschten Bezahlseiten.",
            "body": [
                "Das Bundeskriminalamt hat am Freitag vor einer Betrugswelle mit manipulierten QR-Codes gewarnt. Seit Juli seien in Wien, Graz und Linz mehr als 300 gefälschte Aufkleber an Ladesäulen für Elektroautos und an Parkscheinautomaten entdeckt worden. Die Codes führen auf täuschend echte Bezahlseiten, auf denen Kreditkartendaten abgegriffen werden.",
                "Bisher sind 112 Anzeigen mit einem Schaden von insgesamt rund 74.000 Euro eingegangen. „Bevor Sie scannen, schauen Sie genau hin, ob der Code aufgeklebt wurde“, sagte Martin Aigner, Leiter des Cybercrime-Competence-Centers im Bundeskriminalamt.",
                "Die Betreiber der Ladestationen wurden aufgefordert, ihre Säulen regelmäßig zu kontrollieren. Die Polizei empfiehlt, Zahlungen lieber über die offizielle App des Anbieters abzuwickeln.",
            ],
        },
    },
    {
        "key": "p4-12",
        "section": "wissenschaft",
        "time": "2026-08-25T12:00:00+02:00",
        "original": {
            "title": "Wiener Chirurgen verpflanzen erstmals in Europa eine Schweineniere",
            "lead": "Am AKH Wien hat ein 58-jähriger Dialysepatient die Niere eines genetisch veränderten Schweins erhalten. Fünf Tage nach dem Eingriff arbeitet das Organ.",
            "body": [
                "Ärzte der Medizinischen Universität Wien haben am Allgemeinen Krankenhaus (AKH) Wien erstmals in Europa eine Schweineniere in einen lebenden Menschen transplantiert. Der Eingriff fand bereits am vergangenen Donnerstag statt und dauerte fünfeinhalb Stunden, wie die Universität am Dienstag mitteilte. Der Empfänger ist ein 58-jähriger Mann aus Niederösterreich, der seit sieben Jahren auf Dialyse angewiesen war.",
                "Die Niere stammt von einem Schwein, dessen Erbgut an zehn Stellen verändert wurde, um eine Abstoßung zu verhindern. Gezüchtet wurde das Tier von der US-Firma Xenora Bio in Massachusetts. „Das Organ hat unmittelbar nach der Operation begonnen, Harn zu produzieren, die Nierenwerte sinken“, sagte Transplantationschirurg Clemens Wallnöfer, der das 14-köpfige Team leitete.",
                "Das Bundesamt für Sicherheit im Gesundheitswesen und die Ethikkommission der Universität hatten den Versuch im Frühjahr genehmigt. In Österreich warten derzeit rund 650 Menschen auf eine Spenderniere.",
                "Bisher wurden Schweinenieren nur in den USA und in China in lebende Patienten eingesetzt. Wie lange das Organ funktioniert, ist offen.",
            ],
        },
        "ticker": {
            "title": "AKH Wien: Schweineniere in Menschen eingesetzt",
            "text": "Chirurgen am Wiener AKH haben als erste in Europa einem 58-jährigen Dialysepatienten die Niere eines genetisch veränderten Schweins eingesetzt, das Organ arbeitet laut Klinik.",
        },
        "rewrite": {
            "title": "Europa-Premiere: 58-Jähriger lebt mit Schweineniere",
            "lead": "Ein Team der MedUni Wien hat die erste Xenotransplantation einer Niere in Europa gewagt.",
            "body": [
                "Sieben Jahre lang hing der Patient aus Niederösterreich dreimal pro Woche an der Dialyse, eine passende menschliche Spenderniere war nicht in Sicht. Seit vergangenem Donnerstag trägt er das Organ eines Schweins in sich. Wie die Medizinische Universität Wien mitteilte, nahm die Niere sofort ihre Arbeit auf.",
                "Das Spendertier wurde in den USA von der Firma Xenora Bio gezüchtet und an zehn Genen verändert, damit das menschliche Immunsystem das fremde Gewebe nicht sofort zerstört. Die Operation im AKH dauerte fünfeinhalb Stunden, beteiligt waren 14 Fachleute unter der Leitung von Clemens Wallnöfer.",
                "„Wir stehen am Anfang, nicht am Ziel“, sagte der Chirurg. Aufsichtsbehörde und Ethikkommission hatten dem Vorhaben zugestimmt. Rund 650 Menschen in Österreich hoffen derzeit auf eine Niere.",
            ],
        },
        "translations": {
            "en": {
                "title": "Vienna surgeons perform Europe's first pig kidney transplant",
                "lead": "A 58-year-old dialysis patient has received the kidney of a genetically modified pig at Vienna General Hospital. Five days after the operation, the organ is working.",
                "body": [
                    "Doctors from the Medical University of Vienna have transplanted a pig kidney into a living person for the first time in Europe at Vienna General Hospital (AKH). The operation took place last Thursday and lasted five and a half hours, the university said on Tuesday. The recipient is a 58-year-old man from Lower Austria who had been dependent on dialysis for seven years.",
                    "The kidney comes from a pig whose genome was modified at ten sites to prevent rejection. The animal was bred by the US company Xenora Bio in Massachusetts. “The organ began producing urine immediately after the operation, and kidney values are falling,” said transplant surgeon Clemens Wallnöfer, who led the 14-member team.",
                    "Austria's Federal Office for Safety in Health Care and the university's ethics committee approved the procedure in the spring. Around 650 people in Austria are currently waiting for a donor kidney.",
                    "Until now, pig kidneys had only been transplanted into living patients in the United States and China. How long the organ will function remains unclear.",
                ],
            },
            "fr": {
                "title": "Une première en Europe : un rein de porc greffé à Vienne",
                "lead": "Un patient dialysé de 58 ans a reçu à l'hôpital général de Vienne le rein d'un porc génétiquement modifié. Cinq jours après l'intervention, l'organe fonctionne.",
                "body": [
                    "Des médecins de l'Université de médecine de Vienne ont greffé pour la première fois en Europe un rein de porc à un être humain vivant, à l'hôpital général de Vienne (AKH). L'opération a eu lieu jeudi dernier et a duré cinq heures et demie, a annoncé mardi l'université. Le receveur est un homme de 58 ans originaire de Basse-Autriche, dialysé depuis sept ans.",
                    "Le rein provient d'un porc dont le génome a été modifié à dix endroits afin d'éviter le rejet. L'animal a été élevé par la société américaine Xenora Bio, dans le Massachusetts. « L'organe a commencé à produire de l'urine immédiatement après l'opération, les valeurs rénales baissent », a déclaré le chirurgien Clemens Wallnöfer, qui dirigeait l'équipe de 14 personnes.",
                    "L'Office fédéral autrichien de la sécurité sanitaire et le comité d'éthique de l'université avaient autorisé l'essai au printemps. En Autriche, quelque 650 personnes attendent actuellement un rein. Jusqu'ici, des reins de porc n'avaient été greffés sur des patients vivants qu'aux États-Unis et en Chine.",
                ],
            },
            "it": {
                "title": "Vienna, primo trapianto in Europa di un rene di maiale su un paziente vivo",
                "lead": "Un paziente in dialisi di 58 anni ha ricevuto all'Ospedale generale di Vienna il rene di un maiale geneticamente modificato. A cinque giorni dall'intervento l'organo funziona.",
                "body": [
                    "I medici dell'Università di Medicina di Vienna hanno trapiantato per la prima volta in Europa un rene di maiale in un essere umano vivente, all'Ospedale generale di Vienna (AKH). L'intervento è avvenuto giovedì scorso ed è durato cinque ore e mezza, ha reso noto martedì l'università. Il ricevente è un uomo di 58 anni della Bassa Austria, in dialisi da sette anni.",
                    "Il rene proviene da un maiale il cui patrimonio genetico è stato modificato in dieci punti per evitare il rigetto. L'animale è stato allevato dall'azienda statunitense Xenora Bio, in Massachusetts. «L'organo ha iniziato a produrre urina subito dopo l'operazione, i valori renali stanno scendendo», ha detto il chirurgo dei trapianti Clemens Wallnöfer, che ha guidato l'équipe di 14 persone.",
                    "L'Ufficio federale austriaco per la sicurezza sanitaria e il comitato etico dell'università avevano autorizzato la sperimentazione in primavera. In Austria circa 650 persone sono attualmente in attesa di un rene.",
                    "Finora reni di maiale erano stati trapiantati in pazienti vivi solo negli Stati Uniti e in Cina. Non è chiaro per quanto tempo l'organo continuerà a funzionare.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "AKH Wien: Erstmals in Europa Schweineniere transplantiert",
            "lead": "Ein 58-jähriger Dialysepatient aus Niederösterreich hat im Wiener AKH die Niere eines genetisch veränderten Schweins erhalten. Fünf Tage nach dem Eingriff arbeitet das Organ.",
            "body": [
                "Ärzte der MedUni Wien haben im Allgemeinen Krankenhaus (AKH) Wien erstmals in Europa eine Schweineniere in einen lebenden Menschen transplantiert. Der Eingriff fand bereits am vergangenen Donnerstag statt und dauerte fünfeinhalb Stunden, wie die Universität am Dienstag mitteilte. Empfänger ist ein 58-jähriger Niederösterreicher, der seit sieben Jahren auf die Dialyse angewiesen war.",
                "Die Niere stammt von einem Schwein, dessen Erbgut an zehn Stellen verändert wurde, um eine Abstoßung zu verhindern. Gezüchtet wurde das Tier von der US-Firma Xenora Bio. „Das Organ hat unmittelbar nach der Operation begonnen, Harn zu produzieren, die Nierenwerte sinken“, sagte Transplantationschirurg Clemens Wallnöfer, der das 14-köpfige Team leitete.",
                "Das Bundesamt für Sicherheit im Gesundheitswesen (BASG) und die Ethikkommission der MedUni hatten den Versuch im Frühjahr genehmigt. In Österreich warten derzeit rund 650 Menschen auf eine Spenderniere. Bisher wurden Schweinenieren nur in Spitälern in den USA und in China in lebende Patienten eingesetzt.",
            ],
        },
        "follow_up": {
            "days": 3,
            "refers": False,
            "title": "Patient mit Schweineniere: Abstoßungsreaktion unter Kontrolle",
            "lead": "Beim Empfänger der Schweineniere am AKH Wien haben die Ärzte eine leichte Abstoßung behandelt. Die Niere arbeitet weiter.",
            "body": [
                "Beim ersten europäischen Empfänger einer Schweineniere ist eine Abstoßungsreaktion aufgetreten. Die Ärzte hätten sie am Mittwoch anhand einer Gewebeprobe erkannt und mit einer hochdosierten Kortisontherapie behandelt, teilte die Medizinische Universität Wien am Freitag mit. Inzwischen seien die Werte wieder stabil.",
                "„Mit so einer Reaktion haben wir gerechnet, sie ist mild verlaufen“, sagte Chirurg Clemens Wallnöfer. Der 58-Jährige aus Niederösterreich braucht weiterhin keine Dialyse, sitzt im Bett und hat erstmals wieder normal gegessen. Eine Entlassung sei frühestens in drei Wochen denkbar.",
                "Unterdessen haben sich nach Angaben der Universität mehr als 200 Dialysepatienten aus mehreren Ländern gemeldet, die an einem weiteren Versuch teilnehmen möchten. Wallnöfer kündigte an, bis Jahresende zwei weitere Transplantationen durchzuführen, sofern der Verlauf es zulasse. Die Kosten des Programms trägt vorerst die Universität.",
            ],
        },
        "sibling": {
            "days": -15,
            "why": "same hospital and surgeon, a different transplant (lung after machine perfusion)",
            "title": "AKH Wien: Spenderlunge nach 24 Stunden in Maschine erfolgreich transplantiert",
            "lead": "Chirurgen der MedUni Wien haben eine Spenderlunge einen Tag lang außerhalb des Körpers aufbereitet und dann einer 34-jährigen Patientin eingesetzt.",
            "body": [
                "Am Allgemeinen Krankenhaus (AKH) Wien ist eine Spenderlunge transplantiert worden, die zuvor 24 Stunden lang in einem Perfusionsgerät außerhalb des Körpers versorgt worden war. Das sei die bisher längste solche Aufbereitung in Österreich, teilte die Medizinische Universität Wien am Montag mit. Empfängerin ist eine 34-jährige Frau aus der Steiermark mit Mukoviszidose.",
                "Die Lunge galt zunächst als zu stark geschädigt. In der Maschine wurde sie mit Nährlösung durchspült und mit Medikamenten behandelt, bis sich ihre Funktion erholte. „So können wir Organe retten, die früher verworfen worden wären“, sagte Transplantationschirurg Clemens Wallnöfer.",
                "Der Patientin gehe es drei Wochen nach dem Eingriff gut. Am AKH werden jährlich rund 100 Lungen transplantiert.",
            ],
        },
    },
]
