"""Story families for feedhub's own dedup evaluation set, part 5: sport and culture.

Written for feedhub (fictional events). Schema: bench/data/dedup/README.md."""

FAMILIES = [
    {
        "key": "p5-01",
        "section": "sport",
        "time": "2026-09-12T22:35:00+02:00",
        "original": {
            "title": "FC Basel schlägt Young Boys 3:2 und übernimmt die Tabellenspitze",
            "lead": "Im Klassiker der Super League hat der FC Basel die Berner Young Boys mit 3:2 besiegt. Doppeltorschütze war Luca Ammann, YB beendete die Partie zu zehnt.",
            "body": [
                "Vor 33.412 Zuschauern im Basler St.-Jakob-Park brachte Luca Ammann die Gastgeber in der 18. Minute per Kopfball in Führung. Den Ausgleich erzielte der Berner Stürmer Samuel Nzeza kurz vor der Pause, nachdem die Basler Abwehr einen langen Einwurf nicht klären konnte.",
                "Nach dem Seitenwechsel drehte Basel auf. Ammann traf in der 54. Minute zum 2:1, Mittelfeldspieler Jonas Rüegg erhöhte eine Viertelstunde später auf 3:1. In der 77. Minute sah YB-Verteidiger Yannick Oberholzer nach einer Notbremse gegen Ammann die Rote Karte. Nzezas zweiter Treffer in der Nachspielzeit kam für die Gäste zu spät.",
                "Mit 16 Punkten aus sieben Spielen steht der FC Basel nun einen Zähler vor dem FC Lugano an der Spitze, die Young Boys rutschten auf Rang fünf ab. „Wir haben nach der Pause genau das umgesetzt, was wir besprochen hatten“, sagte FCB-Trainer Mattia Ferraro. YB-Coach Henrik Solberg nannte den Platzverweis eine „sehr harte Entscheidung“.",
            ],
        },
        "ticker": {
            "title": "Basel gewinnt Spitzenspiel gegen YB",
            "text": "Der FC Basel hat im Klassiker der Super League die Berner Young Boys mit 3:2 bezwungen und die Tabellenführung übernommen.",
        },
        "rewrite": {
            "title": "Ammann köpft und trifft: Basel ist wieder Erster",
            "lead": "Zwei Tore von Luca Ammann, ein Platzverweis für Bern: Der FC Basel gewinnt das Prestigeduell mit YB.",
            "body": [
                "Der FC Basel führt die Super League wieder an. Die Mannschaft von Trainer Mattia Ferraro setzte sich am Samstagabend vor 33.412 Fans gegen den BSC Young Boys mit 3:2 durch.",
                "Matchwinner war Luca Ammann. Der 24-jährige Angreifer köpfte das 1:0 und schob nach dem zwischenzeitlichen Ausgleich von Samuel Nzeza kurz nach Wiederbeginn zum 2:1 ein. Jonas Rüegg sorgte mit dem dritten Basler Treffer für die Vorentscheidung.",
                "Für die Berner kam es noch schlimmer: Abwehrspieler Yannick Oberholzer musste nach einem Foul als letzter Mann an Ammann vom Platz. Nzeza gelang in der Nachspielzeit nur noch Ergebniskosmetik. „Wir haben uns selbst geschwächt“, räumte YB-Trainer Henrik Solberg ein. Die Rote Karte von Schiedsrichter Fabian Imhof hielt er dennoch für überzogen.",
                "Basel hat nach sieben Runden 16 Punkte auf dem Konto und liegt einen Zähler vor Lugano. YB ist nur noch Fünfter.",
            ],
        },
        "translations": {
            "en": {
                "title": "Ammann double sends Basel top after 3-2 win over Young Boys",
                "lead": "FC Basel beat Young Boys 3-2 in Switzerland's biggest league fixture, with Luca Ammann scoring twice and the visitors finishing with ten men.",
                "body": [
                    "In front of 33,412 spectators at St. Jakob-Park, Luca Ammann headed Basel into the lead in the 18th minute. Young Boys striker Samuel Nzeza equalised shortly before half-time after the Basel defence failed to clear a long throw-in.",
                    "Basel took control after the break. Ammann made it 2-1 in the 54th minute and midfielder Jonas Rüegg added a third a quarter of an hour later. In the 77th minute Young Boys defender Yannick Oberholzer was sent off for denying Ammann a clear goalscoring chance. Nzeza's second goal in stoppage time came too late for the visitors.",
                    "With 16 points from seven games, Basel now lead the Super League by one point from FC Lugano, while Young Boys dropped to fifth. “After the break we did exactly what we had discussed,” Basel coach Mattia Ferraro said. Young Boys coach Henrik Solberg called the red card “a very harsh decision”.",
                ],
            },
            "fr": {
                "title": "Super League: Bâle renverse YB et prend la tête",
                "lead": "Le FC Bâle a battu les Young Boys 3-2 dans le choc de la Super League. Luca Ammann a signé un doublé, les Bernois ont terminé à dix.",
                "body": [
                    "Devant 33 412 spectateurs au Parc Saint-Jacques, Luca Ammann a ouvert le score de la tête à la 18e minute. L'attaquant bernois Samuel Nzeza a égalisé peu avant la pause, la défense bâloise n'ayant pas su repousser une longue touche.",
                    "Après la pause, Bâle a accéléré. Ammann a inscrit le 2-1 à la 54e minute, puis le milieu de terrain Jonas Rüegg a porté la marque à 3-1 un quart d'heure plus tard. À la 77e minute, le défenseur des Young Boys Yannick Oberholzer a été expulsé pour une faute de dernier recours sur Ammann. La deuxième réussite de Nzeza, dans le temps additionnel, est arrivée trop tard.",
                    "Avec 16 points en sept matches, le FC Bâle compte désormais une longueur d'avance sur le FC Lugano. Les Young Boys reculent au cinquième rang. « Après la pause, nous avons appliqué exactement ce dont nous avions parlé », a déclaré l'entraîneur bâlois Mattia Ferraro. Son homologue bernois Henrik Solberg a jugé l'expulsion « très sévère ».",
                ],
            },
            "it": {
                "title": "Il Basilea piega lo Young Boys 3-2 ed è primo",
                "lead": "Nel big match della Super League il FC Basilea ha battuto lo Young Boys per 3-2. Doppietta di Luca Ammann, bernesi in dieci nel finale.",
                "body": [
                    "Davanti a 33.412 spettatori al St. Jakob-Park, Luca Ammann ha portato in vantaggio i renani di testa al 18'. Il pareggio dell'attaccante bernese Samuel Nzeza è arrivato poco prima dell'intervallo, dopo una rimessa laterale lunga non respinta dalla difesa del Basilea.",
                    "Nella ripresa il Basilea ha cambiato ritmo. Ammann ha segnato il 2-1 al 54', il centrocampista Jonas Rüegg ha firmato il 3-1 un quarto d'ora più tardi. Al 77' il difensore dello Young Boys Yannick Oberholzer è stato espulso per un fallo da ultimo uomo su Ammann. Il secondo gol di Nzeza nei minuti di recupero è servito solo ad accorciare.",
                    "Con 16 punti in sette partite il Basilea guida ora la classifica con un punto di vantaggio sul FC Lugano, mentre lo Young Boys scivola al quinto posto. «Dopo la pausa abbiamo fatto esattamente ciò che avevamo preparato», ha detto l'allenatore Mattia Ferraro. Il tecnico bernese Henrik Solberg ha definito il cartellino rosso «una decisione molto dura».",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "FCB bezwingt YB 3:2 und ist neuer Leader",
            "lead": "Im Klassiker der Super League hat der FC Basel die Young Boys mit 3:2 besiegt. Doppeltorschütze war Luca Ammann, YB beendete den Match zu zehnt.",
            "body": [
                "Vor 33'412 Zuschauern im St.-Jakob-Park brachte Luca Ammann den FCB in der 18. Minute per Kopfball in Führung. Den Ausgleich erzielte YB-Stürmer Samuel Nzeza kurz vor der Pause, nachdem die Basler Abwehr einen langen Einwurf nicht klären konnte.",
                "Nach dem Seitenwechsel drehte Basel auf. Ammann traf in der 54. Minute zum 2:1, Mittelfeldspieler Jonas Rüegg erhöhte eine Viertelstunde später auf 3:1. In der 77. Minute sah YB-Verteidiger Yannick Oberholzer nach einer Notbremse gegen Ammann die Rote Karte. Nzezas zweiter Treffer in der Nachspielzeit kam zu spät.",
                "Mit 16 Punkten aus sieben Partien liegt der FC Basel nun einen Punkt vor dem FC Lugano, YB ist Fünfter. «Wir haben nach der Pause genau das umgesetzt, was wir besprochen hatten», sagte FCB-Trainer Mattia Ferraro. YB-Coach Henrik Solberg nannte den Platzverweis einen «sehr harten Entscheid».",
            ],
        },
        "follow_up": {
            "days": 3,
            "refers": True,
            "title": "Drei Spielsperren für YB-Verteidiger Oberholzer",
            "lead": "Die Disziplinarkommission der Swiss Football League hat Yannick Oberholzer für drei Partien gesperrt. Die Young Boys prüfen einen Rekurs.",
            "body": [
                "Der Verteidiger des BSC Young Boys fehlt seinem Club in den kommenden drei Meisterschaftsspielen gegen Servette, den FC St. Gallen und den FC Luzern. Zusätzlich muss er eine Geldstrafe von 2000 Franken zahlen, wie die Swiss Football League am Dienstag mitteilte.",
                "Wie wir berichteten, war Oberholzer beim 2:3 der Berner in Basel am Samstag in der 77. Minute nach einer Notbremse gegen FCB-Stürmer Luca Ammann vom Platz gestellt worden. Die Kommission wertete das Foul wegen der hohen Intensität nicht als einfache Torchancen-Verhinderung und erhöhte die Regelsperre von einem auf drei Spiele.",
                "YB-Trainer Henrik Solberg reagierte verärgert. „Drei Spiele für eine Aktion ohne Verletzungsabsicht sind nicht nachvollziehbar“, sagte der Norweger. Der Club hat fünf Tage Zeit, beim Rekursgericht Einspruch einzulegen. Bis zu einem Entscheid bleibt die Sperre in Kraft; als Ersatz dürfte der 19-jährige Nachwuchsspieler Elia Furrer in die Innenverteidigung rücken.",
            ],
        },
        "sibling": {
            "days": 7,
            "why": "next matchday, same club, stadium and scorers, different opponent and score",
            "title": "FC Basel kommt gegen Lugano nicht über 1:1 hinaus",
            "lead": "Der Super-League-Leader FC Basel hat im Spitzenspiel gegen den FC Lugano Punkte liegen lassen. Luca Ammann vergab einen Penalty.",
            "body": [
                "Vor 29.870 Zuschauern im St.-Jakob-Park trennten sich der FC Basel und der FC Lugano am Samstag 1:1. Mittelfeldspieler Jonas Rüegg brachte die Basler in der 31. Minute mit einem Distanzschuss in Führung, Luganos Matteo Bernasconi glich nach einer Ecke in der 63. Minute aus.",
                "Die große Chance zum Sieg hatte Luca Ammann: In der 81. Minute scheiterte der Basler Stürmer vom Elfmeterpunkt an Lugano-Torhüter Sandro Cattaneo. „Das tut weh, aber ein Punkt gegen den direkten Verfolger ist kein Drama“, sagte FCB-Trainer Mattia Ferraro.",
                "Basel bleibt mit 17 Punkten aus acht Spielen Tabellenführer, Lugano folgt punktgleich mit dem schlechteren Torverhältnis. Schon am Mittwoch müssen die Basler im Cup beim Challenge-League-Club FC Aarau antreten.",
            ],
        },
    },
    {
        "key": "p5-02",
        "section": "sport",
        "time": "2026-09-14T09:20:00+02:00",
        "original": {
            "title": "Werder Bremen trennt sich von Trainer Jonas Ahlgren",
            "lead": "Nach dem 0:4 beim VfB Stuttgart zieht Werder Bremen die Reißleine: Cheftrainer Jonas Ahlgren muss nach nur drei Bundesliga-Spieltagen der neuen Saison gehen.",
            "body": [
                "Der Bundesligist gab die Trennung am Montagmorgen nach einer Sitzung der Geschäftsführung bekannt. Mit Ahlgren verlassen auch seine Assistenten Per Lindholm und Marcel Ostrowski den Verein. Werder ist mit einem Punkt und 2:10 Toren Tabellenletzter.",
                "„Wir haben in den vergangenen Wochen keine Entwicklung mehr gesehen, die uns zuversichtlich stimmt“, sagte Tobias Rehberg, Geschäftsführer Sport. Die Entscheidung sei ihm schwergefallen, weil Ahlgren den Club im Frühjahr noch vor dem Abstieg bewahrt habe. Der 46 Jahre alte Schwede war im Sommer 2025 vom dänischen Erstligisten FC Midtjylland gekommen, sein Vertrag lief bis Juni 2028.",
                "Das Training übernimmt vorerst U23-Trainer Dennis Wollny, der die Mannschaft auch am Samstag im Heimspiel gegen den FSV Mainz 05 betreuen soll. Einen Nachfolger will Werder nach Angaben Rehbergs „in den nächsten Tagen“ präsentieren. In Bremer Medien werden bereits mehrere Kandidaten gehandelt, der Verein äußerte sich dazu nicht.",
            ],
        },
        "ticker": {
            "title": "Eilmeldung: Werder feuert Ahlgren",
            "text": "Bundesliga-Schlusslicht Werder Bremen hat sich nach dem 0:4 in Stuttgart von Cheftrainer Jonas Ahlgren getrennt, vorerst übernimmt U23-Coach Dennis Wollny.",
        },
        "rewrite": {
            "title": "Ahlgren-Aus an der Weser: Wollny springt ein",
            "lead": "Drei Spiele, ein Punkt, zwei Tore: Die Bilanz hat Jonas Ahlgren bei Werder Bremen den Job gekostet.",
            "body": [
                "Nur gut ein Jahr nach seinem Amtsantritt ist die Zeit des Schweden in Bremen vorbei. Der Club teilte am Montag mit, dass Ahlgren und sein Trainerteam mit sofortiger Wirkung freigestellt sind. Den Ausschlag gab die deutliche Niederlage in Stuttgart am Sonntag.",
                "Geschäftsführer Tobias Rehberg sprach von einem „sportlichen Stillstand“. Intern hatte es schon nach dem 1:5 gegen den 1. FC Heidenheim am zweiten Spieltag Kritik an der Taktik gegeben, wie aus dem Umfeld der Mannschaft zu hören war. Ahlgren hatte die Bremer in der vergangenen Saison auf Rang 15 und damit knapp zum Klassenerhalt geführt.",
                "Interimstrainer ist Dennis Wollny, bislang verantwortlich für die zweite Mannschaft in der Regionalliga Nord. Er soll das Team gegen Mainz vorbereiten. Ein neuer Chefcoach werde zeitnah vorgestellt, hieß es. Ahlgrens Vertrag wäre noch bis 2028 gelaufen, über eine Abfindung vereinbarten beide Seiten Stillschweigen.",
            ],
        },
        "translations": {
            "en": {
                "title": "Werder Bremen sack coach Ahlgren after Stuttgart thrashing",
                "lead": "Werder Bremen have dismissed head coach Jonas Ahlgren after a 4-0 defeat at VfB Stuttgart left them bottom of the Bundesliga after three matches.",
                "body": [
                    "The club announced the decision on Monday morning following a meeting of its management board. Ahlgren's assistants Per Lindholm and Marcel Ostrowski are also leaving. Werder have one point and a goal difference of minus eight.",
                    "“Over the past few weeks we have not seen any progress that gives us confidence,” said Tobias Rehberg, Werder's managing director for sport. He said the decision had been difficult because Ahlgren had kept the club up in the spring. The 46-year-old Swede joined from Danish side FC Midtjylland in the summer of 2025 and was under contract until June 2028.",
                    "Under-23 coach Dennis Wollny will take charge of training for now and will lead the team in Saturday's home game against FSV Mainz 05. Rehberg said a successor would be presented “in the next few days”.",
                ],
            },
            "it": {
                "title": "Bundesliga, il Werder Brema esonera Jonas Ahlgren",
                "lead": "Dopo lo 0-4 sul campo dello Stoccarda il Werder Brema cambia allenatore: Jonas Ahlgren lascia dopo appena tre giornate di campionato.",
                "body": [
                    "Il club ha comunicato l'esonero lunedì mattina, al termine di una riunione della dirigenza. Con Ahlgren lasciano anche i suoi assistenti Per Lindholm e Marcel Ostrowski. Il Werder è ultimo in classifica con un punto e una differenza reti di 2-10.",
                    "«Nelle ultime settimane non abbiamo più visto progressi che ci rendessero fiduciosi», ha spiegato Tobias Rehberg, direttore generale dell'area sportiva. La decisione è stata difficile, ha aggiunto, perché in primavera Ahlgren aveva salvato la squadra dalla retrocessione. Lo svedese, 46 anni, era arrivato nell'estate del 2025 dai danesi del FC Midtjylland con un contratto fino a giugno 2028.",
                    "Gli allenamenti sono affidati per ora al tecnico dell'Under 23 Dennis Wollny, che guiderà la squadra anche sabato nella partita casalinga contro il Mainz. Il successore sarà presentato «nei prossimi giorni», secondo Rehberg.",
                ],
            },
        },
        "follow_up": {
            "days": 2,
            "refers": False,
            "title": "Stefan Kubitza wird neuer Cheftrainer in Bremen",
            "lead": "Werder Bremen hat einen neuen Chefcoach: Stefan Kubitza unterschreibt bis 2028 und soll den Tabellenletzten aus dem Keller führen.",
            "body": [
                "Der 52-Jährige wurde am Mittwoch im Weserstadion vorgestellt und leitet am Donnerstag sein erstes Training. Kubitza war zuletzt bis zum Frühjahr beim Zweitligisten SC Paderborn tätig und hatte zuvor den SV Sandhausen in die zweite Liga geführt. Er bringt seinen langjährigen Assistenten Holger Brinkmann mit.",
                "„Stefan ist ein Trainer, der Mannschaften schnell stabilisiert, und genau das brauchen wir jetzt“, sagte Geschäftsführer Sport Tobias Rehberg. Die Bremer sollen eine Ablöse von rund 300.000 Euro an Paderborn zahlen, wo Kubitza trotz seiner Freistellung noch unter Vertrag stand.",
                "Interimscoach Dennis Wollny kehrt zur U23 zurück, sitzt aber am Samstag gegen den FSV Mainz 05 noch mit auf der Bank. Kubitza kündigte an, zunächst an der Defensive zu arbeiten: „Zehn Gegentore in drei Spielen sind zu viele, da fangen wir an.“",
            ],
        },
        "sibling": {
            "days": 9,
            "why": "same club and executives, same 'parts with coach' template, but the women's team",
            "title": "Werder Bremen trennt sich von Frauen-Trainerin Miriam Hollweg",
            "lead": "Nach dem 1:5 gegen den VfL Wolfsburg muss Cheftrainerin Miriam Hollweg beim Frauen-Bundesligisten Werder Bremen gehen.",
            "body": [
                "Werder Bremen hat die Trainerin seiner Frauenmannschaft am Mittwoch freigestellt. Das Team ist nach vier Spieltagen mit einem Punkt Tabellenletzter der Frauen-Bundesliga und kassierte dabei 13 Gegentore.",
                "„Wir haben die Situation lange analysiert und sind zu dem Schluss gekommen, dass wir einen neuen Impuls brauchen“, sagte Birte Schoon, Leiterin des Frauenfußballs. Auch Tobias Rehberg, Geschäftsführer Sport, trug die Entscheidung mit. Die 41-jährige Hollweg hatte das Amt im Sommer 2024 übernommen, ihr Vertrag lief bis 2027.",
                "Bis auf Weiteres leitet Co-Trainerin Sandra Pieper das Training. Sie soll die Mannschaft auch am Sonntag im Auswärtsspiel bei der TSG Hoffenheim betreuen. Eine Nachfolgerin will der Verein bis zur Länderspielpause im Oktober finden.",
            ],
        },
    },
    {
        "key": "p5-03",
        "section": "sport",
        "time": "2026-10-24T14:10:00+02:00",
        "original": {
            "title": "Lena Hofbauer gewinnt Weltcup-Auftakt in Sölden",
            "lead": "Die Österreicherin Lena Hofbauer hat den Riesenslalom zum Saisonstart des alpinen Ski-Weltcups auf dem Rettenbachferner gewonnen. Es ist ihr erster Weltcupsieg.",
            "body": [
                "Die 23-Jährige aus Flachau setzte sich am Samstag mit einer Gesamtzeit von 2:11,47 Minuten durch. Zweite wurde die Schweizerin Noemi Zgraggen mit 18 Hundertstelsekunden Rückstand, Dritte die Italienerin Giulia Pedranzini (+0,41). Hofbauer hatte nach dem ersten Durchgang nur auf Rang vier gelegen und fuhr im Finale Laufbestzeit.",
                "„Ich habe oben einfach alles riskiert, ich hatte nichts zu verlieren“, sagte Hofbauer im Zielraum. Für die Salzburgerin ist der Sieg auch ein Comeback: Im Januar 2025 hatte sie sich im Training einen Kreuzbandriss zugezogen und fast ein Jahr pausiert. ÖSV-Cheftrainer Markus Pfeffer sprach von einem „Traumstart für die ganze Mannschaft“.",
                "Rund 12.500 Zuschauer verfolgten das Rennen bei Sonnenschein und minus vier Grad auf 3.040 Metern Seehöhe. Die Halbzeitführende Zgraggen verlor im zweiten Lauf im Steilhang entscheidende Zeit. OK-Chef Isidor Grüner zeigte sich mit der Pistenqualität zufrieden. Am Sonntag steht an gleicher Stelle der Riesenslalom der Männer auf dem Programm.",
            ],
        },
        "ticker": {
            "title": "Erster Weltcupsieg für Hofbauer",
            "text": "Die Österreicherin Lena Hofbauer hat den Riesenslalom in Sölden gewonnen, knapp vor der Schweizerin Noemi Zgraggen und der Italienerin Giulia Pedranzini.",
        },
        "rewrite": {
            "title": "Von Platz vier zum Sieg: Hofbauer triumphiert am Gletscher",
            "lead": "Mit einem furiosen zweiten Lauf hat sich Lena Hofbauer zum Saisonauftakt den ersten Weltcupsieg ihrer Karriere geholt.",
            "body": [
                "Nach dem ersten Durchgang sah es noch nach einem Schweizer Erfolg aus. Noemi Zgraggen führte auf dem Rettenbachferner, Lena Hofbauer lag als Vierte fast drei Zehntel zurück. Im Finale legte die ÖSV-Läuferin dann die schnellste Zeit hin und verdrängte Zgraggen am Ende um 0,18 Sekunden. Das Podest komplettierte Giulia Pedranzini aus Italien.",
                "Für Hofbauer endet damit eine lange Leidenszeit. Nach einem Kreuzbandriss im Januar 2025 hatte sie fast die gesamte folgende Saison verpasst. „Dass es ausgerechnet hier klappt, ist unglaublich“, sagte die 23-Jährige, die im Ziel in Tränen ausbrach.",
                "Cheftrainer Markus Pfeffer lobte den Mut seiner Athletin. Auch die Veranstalter waren zufrieden: 12.500 Fans kamen bei strahlendem Wetter auf den Gletscher. Die Männer bestreiten ihren Riesenslalom am Sonntag.",
            ],
        },
        "translations": {
            "en": {
                "title": "Austria's Hofbauer claims first World Cup win in Sölden opener",
                "lead": "Austrian skier Lena Hofbauer won the giant slalom that opened the Alpine Ski World Cup season on the Rettenbach glacier, the first World Cup victory of her career.",
                "body": [
                    "The 23-year-old from Flachau won on Saturday in a combined time of 2:11.47. Switzerland's Noemi Zgraggen finished second, 0.18 seconds behind, with Italy's Giulia Pedranzini third (+0.41). Hofbauer had been only fourth after the first run and posted the fastest time in the second.",
                    "“I just risked everything at the top, I had nothing to lose,” Hofbauer said in the finish area. The win also marks a comeback: she tore a cruciate ligament in training in January 2025 and was out for almost a year. Austrian head coach Markus Pfeffer spoke of a “dream start for the whole team”.",
                    "Around 12,500 spectators watched the race in sunshine at minus four degrees Celsius and an altitude of 3,040 metres. The men's giant slalom is scheduled on the same slope on Sunday.",
                ],
            },
            "fr": {
                "title": "Ski alpin: Lena Hofbauer s'impose à Sölden, Zgraggen deuxième",
                "lead": "L'Autrichienne Lena Hofbauer a remporté le géant d'ouverture de la Coupe du monde sur le glacier du Rettenbach. C'est sa première victoire en Coupe du monde.",
                "body": [
                    "La skieuse de 23 ans, originaire de Flachau, s'est imposée samedi en 2'11''47. La Suissesse Noemi Zgraggen a pris la deuxième place à 18 centièmes, devant l'Italienne Giulia Pedranzini (+0''41). Quatrième après la première manche, Hofbauer a signé le meilleur temps de la seconde.",
                    "« Là-haut, j'ai tout risqué, je n'avais rien à perdre », a déclaré Hofbauer dans l'aire d'arrivée. Cette victoire marque aussi son retour: en janvier 2025, elle s'était rompu un ligament croisé à l'entraînement et avait été éloignée des pistes près d'un an. L'entraîneur en chef autrichien Markus Pfeffer a parlé d'un « départ de rêve pour toute l'équipe ».",
                    "Quelque 12 500 spectateurs ont suivi la course sous le soleil, par moins quatre degrés, à 3040 mètres d'altitude. Leader après la première manche, Zgraggen a perdu un temps précieux dans le mur. Le géant masculin est prévu dimanche sur la même piste.",
                ],
            },
            "it": {
                "title": "Sölden, prima vittoria in Coppa del mondo per Lena Hofbauer",
                "lead": "L'austriaca Lena Hofbauer ha vinto lo slalom gigante inaugurale della Coppa del mondo di sci alpino sul ghiacciaio del Rettenbach, il primo successo della sua carriera.",
                "body": [
                    "La 23enne di Flachau si è imposta sabato con il tempo totale di 2'11\"47. Seconda la svizzera Noemi Zgraggen, staccata di 18 centesimi, terza l'azzurra Giulia Pedranzini (+0\"41). Hofbauer era solo quarta dopo la prima manche e ha firmato il miglior tempo nella seconda.",
                    "«Lassù ho rischiato tutto, non avevo niente da perdere», ha detto Hofbauer al traguardo. Per lei è anche il successo del ritorno: nel gennaio 2025 si era rotta il legamento crociato in allenamento ed era rimasta ferma quasi un anno. Il capo allenatore austriaco Markus Pfeffer ha parlato di una «partenza da sogno per tutta la squadra».",
                    "Circa 12.500 spettatori hanno seguito la gara con il sole e quattro gradi sotto zero, a 3.040 metri di quota. Domenica sulla stessa pista è in programma il gigante maschile.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "Traumstart: Hofbauer siegt beim Weltcup-Auftakt in Sölden",
            "lead": "Die Salzburgerin Lena Hofbauer hat den Riesenslalom zum Saisonstart auf dem Rettenbachferner gewonnen. Es ist ihr erster Weltcupsieg.",
            "body": [
                "Die 23-jährige Flachauerin setzte sich am Samstag mit einer Gesamtzeit von 2:11,47 Minuten durch. Zweite wurde die Schweizerin Noemi Zgraggen mit 18 Hundertstel Rückstand, Dritte die Italienerin Giulia Pedranzini (+0,41). Hofbauer war nach dem ersten Durchgang nur Vierte gewesen und fuhr im Finale Laufbestzeit.",
                "„Ich hab oben einfach alles riskiert, ich hatte nichts zu verlieren“, sagte Hofbauer im Zielraum. Für sie ist der Sieg auch ein Comeback: Im Jänner 2025 hatte sie sich im Training einen Kreuzbandriss zugezogen und fast ein Jahr pausiert. ÖSV-Cheftrainer Markus Pfeffer sprach von einem „Traumstart für die ganze Mannschaft“, heuer seien noch mehr Podestplätze drin.",
                "Rund 12.500 Zuschauer verfolgten das Rennen bei Kaiserwetter und minus vier Grad auf 3.040 Metern Seehöhe. Am Sonntag steht an gleicher Stelle der Riesentorlauf der Herren auf dem Programm.",
            ],
        },
        "sibling": {
            "days": 1,
            "why": "same venue and organiser the next day, men's giant slalom with other winner and times",
            "title": "Nico Baumgartner gewinnt Herren-Riesenslalom in Sölden",
            "lead": "Der Schweizer Nico Baumgartner hat den Riesenslalom der Männer auf dem Rettenbachferner gewonnen und damit seinen dritten Weltcupsieg gefeiert.",
            "body": [
                "Der 27-Jährige aus Adelboden siegte am Sonntag mit einer Gesamtzeit von 2:14,06 Minuten. Zweiter wurde der Norweger Sindre Aasheim mit 34 Hundertstelsekunden Rückstand, Dritter der Österreicher Raphael Strolz (+0,52). Baumgartner hatte bereits nach dem ersten Durchgang geführt.",
                "„Im zweiten Lauf war es im Steilhang sehr ruppig, ich wollte einfach sauber runterkommen“, sagte der Schweizer. Die Bedingungen hatten sich gegenüber dem Vortag verschlechtert, Nebel und leichter Schneefall sorgten für schlechte Sicht. Der zweite Durchgang begann deshalb mit 20 Minuten Verspätung.",
                "Rund 9.800 Zuschauer kamen auf den Gletscher. OK-Chef Isidor Grüner zog dennoch eine positive Bilanz des Auftaktwochenendes. Weiter geht es für die Männer Mitte November mit dem Slalom in Levi.",
            ],
        },
    },
    {
        "key": "p5-04",
        "section": "sport",
        "time": "2026-10-25T17:40:00+01:00",
        "original": {
            "title": "Felix Brandstätter gewinnt das Tennisturnier in Wien",
            "lead": "Der Österreicher Felix Brandstätter hat das ATP-Turnier in der Wiener Stadthalle gewonnen. Im Finale bezwang er den US-Amerikaner Tyler Brooks in drei Sätzen.",
            "body": [
                "Brandstätter setzte sich am Sonntag nach 2 Stunden und 34 Minuten mit 6:4, 3:6, 7:6 (7:5) durch. Im Tiebreak des dritten Satzes lag der 25-Jährige aus Linz bereits mit 2:5 zurück, ehe er fünf Punkte in Folge gewann. Es ist sein zweiter Titel auf der ATP-Tour und der erste bei einem Turnier der 500er-Kategorie.",
                "Die 10.200 Zuschauer in der ausverkauften Halle feierten den ersten österreichischen Sieger in Wien seit 2019. „Ich habe als Kind auf der Tribüne gesessen und davon geträumt, diesen Pokal zu halten“, sagte Brandstätter bei der Siegerehrung. Sein Trainer Gerald Mitterer sprach vom „wichtigsten Sieg seiner Karriere“.",
                "Neben 500 Weltranglistenpunkten erhält Brandstätter einen Siegerscheck von rund 470.000 Euro. In der Weltrangliste, die am Montag veröffentlicht wird, dürfte er von Platz 31 auf Rang 22 vorrücken. Brooks, an Nummer drei gesetzt, hatte auf dem Weg ins Finale keinen Satz abgegeben.",
            ],
        },
        "ticker": {
            "title": "Heimsieg in der Stadthalle",
            "text": "Felix Brandstätter hat als erster Österreicher seit 2019 das Tennisturnier in Wien gewonnen, er schlug im Finale Tyler Brooks nach drei Sätzen.",
        },
        "rewrite": {
            "title": "Nervenstark im Tiebreak: Brandstätter holt den Wien-Titel",
            "lead": "Mit fünf Punkten in Folge hat Felix Brandstätter ein verloren geglaubtes Finale gedreht und sich in Wien seinen bisher größten Titel gesichert.",
            "body": [
                "Es stand 2:5 im entscheidenden Tiebreak, als Felix Brandstätter noch einmal alles auf eine Karte setzte. Mit zwei Returnwinnern und einem Netzangriff holte er sich die Wende und verwandelte nach zweieinhalb Stunden seinen ersten Matchball. Gegen den an drei gesetzten Amerikaner Tyler Brooks gewann der Oberösterreicher 6:4, 3:6, 7:6.",
                "Die Halle tobte. Seit 2019 hatte kein Einheimischer mehr das Turnier gewonnen. „Ich habe keine Worte, das ist mein Wohnzimmer“, sagte der 25-Jährige, der mit seinem Coach Gerald Mitterer seit vier Jahren zusammenarbeitet.",
                "Der Erfolg zahlt sich aus: Brandstätter kassiert rund 470.000 Euro Preisgeld und springt im Ranking voraussichtlich auf Position 22. Bisher hatte er auf der Tour nur ein 250er-Turnier gewonnen.",
            ],
        },
        "translations": {
            "en": {
                "title": "Brandstätter saves final in tiebreak to win Vienna title",
                "lead": "Austria's Felix Brandstätter won the ATP tournament at Vienna's Stadthalle, beating American Tyler Brooks in three sets in the final.",
                "body": [
                    "Brandstätter won 6-4, 3-6, 7-6 (7-5) on Sunday after 2 hours and 34 minutes. The 25-year-old from Linz trailed 5-2 in the deciding tiebreak before winning five points in a row. It is his second ATP title and his first at ATP 500 level.",
                    "The sell-out crowd of 10,200 celebrated the first Austrian winner in Vienna since 2019. “As a child I sat in the stands and dreamed of holding this trophy,” Brandstätter said at the trophy ceremony. His coach Gerald Mitterer called it “the most important win of his career”.",
                    "As well as 500 ranking points, Brandstätter collects a winner's cheque of around 470,000 euros. He is expected to climb from 31st to 22nd in the rankings published on Monday. Third seed Brooks had not dropped a set on his way to the final.",
                ],
            },
            "fr": {
                "title": "Tennis: Brandstätter s'offre Vienne au jeu décisif",
                "lead": "L'Autrichien Felix Brandstätter a remporté le tournoi ATP de Vienne en battant l'Américain Tyler Brooks en trois sets en finale.",
                "body": [
                    "Brandstätter s'est imposé dimanche 6-4, 3-6, 7-6 (7-5) après 2 h 34 de jeu. Mené 5-2 dans le jeu décisif du troisième set, le joueur de 25 ans, originaire de Linz, a aligné cinq points consécutifs. Il s'agit de son deuxième titre sur le circuit ATP et du premier dans la catégorie 500.",
                    "Les 10 200 spectateurs de la Stadthalle, pleine à craquer, ont fêté le premier vainqueur autrichien à Vienne depuis 2019. « Enfant, j'étais assis dans les tribunes et je rêvais de soulever ce trophée », a confié Brandstätter. Son entraîneur Gerald Mitterer a parlé de « la victoire la plus importante de sa carrière ».",
                    "Outre 500 points au classement, Brandstätter empoche un chèque d'environ 470 000 euros. Il devrait passer de la 31e à la 22e place mondiale lundi. Tête de série numéro 3, Brooks n'avait pas perdu un set avant la finale.",
                ],
            },
            "it": {
                "title": "Tennis, Brandstätter trionfa a Vienna al tie-break",
                "lead": "L'austriaco Felix Brandstätter ha vinto il torneo ATP della Stadthalle di Vienna, battendo in finale lo statunitense Tyler Brooks in tre set.",
                "body": [
                    "Brandstätter si è imposto domenica per 6-4, 3-6, 7-6 (7-5) dopo 2 ore e 34 minuti. Nel tie-break del terzo set il 25enne di Linz era sotto 2-5 prima di vincere cinque punti consecutivi. È il suo secondo titolo nel circuito ATP e il primo in un torneo di categoria 500.",
                    "I 10.200 spettatori del palazzetto, tutto esaurito, hanno festeggiato il primo vincitore austriaco a Vienna dal 2019. «Da bambino sedevo sugli spalti e sognavo di alzare questo trofeo», ha detto Brandstätter durante la premiazione. Il suo allenatore Gerald Mitterer ha parlato della «vittoria più importante della sua carriera».",
                    "Oltre a 500 punti per il ranking, Brandstätter incassa un assegno di circa 470.000 euro. Nella classifica mondiale di lunedì dovrebbe salire dal 31° al 22° posto.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "Brandstätter krönt sich in der Stadthalle zum Wien-Sieger",
            "lead": "Der Linzer Felix Brandstätter hat das ATP-Turnier in der Wiener Stadthalle gewonnen. Im Finale bezwang er den US-Amerikaner Tyler Brooks in drei Sätzen.",
            "body": [
                "Brandstätter setzte sich am Sonntag nach 2 Stunden und 34 Minuten mit 6:4, 3:6, 7:6 (7:5) durch. Im Tiebreak des dritten Satzes lag der 25-jährige Oberösterreicher bereits 2:5 zurück, ehe er fünf Punkte in Serie machte. Es ist sein zweiter Titel auf der ATP-Tour und der erste bei einem 500er-Turnier.",
                "Die 10.200 Zuschauer in der ausverkauften Halle bejubelten den ersten heimischen Sieger seit 2019. „Ich bin als Bub auf der Tribüne gesessen und hab davon geträumt, diesen Pokal zu halten“, sagte Brandstätter bei der Siegerehrung. Trainer Gerald Mitterer sprach vom „wichtigsten Sieg seiner Karriere“.",
                "Neben 500 Weltranglistenpunkten erhält Brandstätter einen Siegerscheck von rund 470.000 Euro. Im neuen Ranking dürfte er von Platz 31 auf Rang 22 vorrücken, so weit vorne war heuer noch kein Österreicher.",
            ],
        },
        "follow_up": {
            "days": 1.5,
            "refers": True,
            "title": "Brandstätter sagt für Masters-Turnier in Paris ab",
            "lead": "Felix Brandstätter muss wegen einer Entzündung im rechten Handgelenk auf das Masters-Turnier in Paris verzichten.",
            "body": [
                "Das teilte der Österreichische Tennisverband am Dienstag mit. Eine Untersuchung in Linz habe eine Sehnenscheidenentzündung ergeben, der 25-Jährige solle mindestens zehn Tage pausieren. In Paris hätte Brandstätter in der ersten Runde auf den Spanier Álvaro Benítez treffen sollen, für ihn rückt ein Lucky Loser ins Hauptfeld.",
                "Erst am Sonntag hatte Brandstätter das Turnier in der Wiener Stadthalle mit einem Dreisatzsieg über Tyler Brooks gewonnen und war damit in der Weltrangliste auf Platz 22 geklettert. Die Beschwerden seien schon während der Turnierwoche aufgetreten, sagte Trainer Gerald Mitterer. „Er hat in Wien mit Tape und Schmerzmitteln gespielt, jetzt muss der Körper Vorrang haben.“",
                "Damit schwinden Brandstätters Chancen auf einen Startplatz bei den ATP Finals in Turin als Ersatzspieler. Sein nächstes Ziel ist nun der Davis Cup im November.",
            ],
        },
        "sibling": {
            "days": -8,
            "why": "same player and coach a week earlier, another indoor tournament, a semifinal defeat",
            "title": "Brandstätter scheitert im Halbfinale von Stockholm",
            "lead": "Felix Brandstätter hat den Einzug ins Finale des ATP-Turniers in Stockholm verpasst. Der Österreicher unterlag dem Dänen Magnus Thorsen in zwei Sätzen.",
            "body": [
                "Brandstätter verlor am Samstag nach 1 Stunde und 41 Minuten mit 6:7 (4:7), 4:6. Im ersten Satz vergab der 25-Jährige beim Stand von 5:4 zwei Satzbälle, im zweiten Durchgang kassierte er das entscheidende Break zum 4:5.",
                "„Ich habe zu passiv gespielt, als es darauf ankam“, sagte der Linzer. Trainer Gerald Mitterer sah dennoch Fortschritte: „Ein Halbfinale bei einem Hallenturnier ist für Felix ein gutes Zeichen.“ Brandstätter erhält für den Einzug in die Vorschlussrunde 100 Weltranglistenpunkte und ein Preisgeld von rund 62.000 Euro.",
                "Thorsen trifft im Endspiel am Sonntag auf den Franzosen Hugo Lambert, der sich gegen den topgesetzten Briten Oliver Hastings in drei Sätzen durchsetzte.",
            ],
        },
    },
    {
        "key": "p5-05",
        "section": "sport",
        "time": "2026-09-29T16:45:00+02:00",
        "original": {
            "title": "DFB-Sportgericht verurteilt 1. FC Köln zu 180.000 Euro Strafe",
            "lead": "Wegen massiven Abbrennens von Pyrotechnik beim rheinischen Derby gegen Borussia Mönchengladbach muss der 1. FC Köln eine Geldstrafe von 180.000 Euro zahlen.",
            "body": [
                "Das Sportgericht des Deutschen Fußball-Bundes sah es am Dienstag als erwiesen an, dass Kölner Anhänger beim Heimspiel am 19. September mindestens 64 pyrotechnische Gegenstände gezündet hatten. Schiedsrichter Lukas Hempel hatte die Partie in der zweiten Halbzeit wegen starker Rauchentwicklung für 14 Minuten unterbrochen. Zudem flogen mehrere Leuchtraketen in Richtung des Gästeblocks.",
                "„Das war eine Gefährdung von Zuschauern, Spielern und Ordnern, die wir nicht hinnehmen können“, sagte der Vorsitzende Richter Hans-Eberhard Lorenz. Von der Strafsumme darf der Club bis zu 60.000 Euro für eigene Sicherheits- und Präventionsmaßnahmen verwenden, die bis Ende Juni 2027 nachgewiesen werden müssen.",
                "Der 1. FC Köln kann binnen einer Woche Berufung beim DFB-Bundesgericht einlegen. Geschäftsführer Markus Brandl kündigte an, das Urteil zunächst prüfen zu wollen. Der Verein distanziere sich aber „ausdrücklich von den Tätern“ und arbeite mit der Polizei an deren Identifizierung. Das Derby hatte Köln mit 2:1 gewonnen.",
            ],
        },
        "ticker": {
            "title": "Pyro-Strafe für Köln",
            "text": "Das DFB-Sportgericht hat den Kölner Bundesligisten wegen Pyrotechnik im Derby gegen Mönchengladbach zu einer Geldstrafe von 180.000 Euro verurteilt.",
        },
        "rewrite": {
            "title": "Teures Derby: Köln soll für Feuerwerk der Fans zahlen",
            "lead": "64 Pyro-Fackeln und eine 14-minütige Unterbrechung haben für den 1. FC Köln ein juristisches Nachspiel.",
            "body": [
                "Der Kölner Sieg gegen Borussia Mönchengladbach vor zehn Tagen kommt den Club teuer zu stehen. Das DFB-Sportgericht unter Vorsitz von Hans-Eberhard Lorenz verhängte am Dienstag eine Strafe von 180.000 Euro. Ein Drittel davon darf der Verein in eigene Projekte gegen Gewalt und für mehr Sicherheit im Stadion investieren.",
                "Im Rheinderby war die Kurve der Gastgeber kurz nach der Pause in Rauch gehüllt, Schiedsrichter Lukas Hempel schickte die Teams in die Kabinen. Einzelne Raketen wurden auch auf die Gladbacher Fans abgefeuert, verletzt wurde nach Polizeiangaben niemand.",
                "Kölns Geschäftsführer Markus Brandl will die Begründung abwarten, bevor der Club über eine Berufung entscheidet, die Frist dafür beträgt sieben Tage. Es ist bereits die zweite Pyrotechnik-Strafe gegen den Verein in diesem Kalenderjahr: Im März waren 45.000 Euro fällig geworden.",
            ],
        },
        "translations": {
            "en": {
                "title": "Cologne fined 180,000 euros over derby pyrotechnics",
                "lead": "1. FC Köln must pay a fine of 180,000 euros after their fans set off large amounts of pyrotechnics in the Rhine derby against Borussia Mönchengladbach.",
                "body": [
                    "The German Football Association's sports court ruled on Tuesday that Cologne supporters had ignited at least 64 pyrotechnic devices at the home game on September 19. Referee Lukas Hempel stopped the match for 14 minutes in the second half because of heavy smoke. Several flares were also fired towards the away section.",
                    "“This endangered spectators, players and stewards, and we cannot accept that,” presiding judge Hans-Eberhard Lorenz said. The club may spend up to 60,000 euros of the fine on its own security and prevention measures, which must be documented by the end of June 2027.",
                    "Cologne have one week to appeal to the DFB federal court. Managing director Markus Brandl said the club would first review the verdict but distanced itself “explicitly from the perpetrators” and was working with police to identify them. Cologne won the derby 2-1.",
                ],
            },
            "fr": {
                "title": "Football: le FC Cologne condamné à 180 000 euros d'amende pour usage de fumigènes",
                "lead": "Le 1. FC Köln devra payer 180 000 euros d'amende après l'utilisation massive d'engins pyrotechniques par ses supporters lors du derby rhénan face au Borussia Mönchengladbach.",
                "body": [
                    "Le tribunal sportif de la Fédération allemande de football (DFB) a estimé mardi établi que des supporters colonais avaient allumé au moins 64 engins pyrotechniques lors du match à domicile du 19 septembre. L'arbitre Lukas Hempel avait interrompu la rencontre pendant 14 minutes en deuxième période en raison de l'épaisse fumée. Plusieurs fusées ont en outre été tirées en direction de la tribune visiteurs.",
                    "« Spectateurs, joueurs et stadiers ont été mis en danger, ce que nous ne pouvons pas accepter », a déclaré le président du tribunal, Hans-Eberhard Lorenz. Le club pourra consacrer jusqu'à 60 000 euros de l'amende à ses propres mesures de sécurité et de prévention, à justifier d'ici fin juin 2027.",
                    "Cologne dispose d'une semaine pour faire appel. Son directeur général Markus Brandl a indiqué vouloir d'abord examiner le jugement. Le club a remporté le derby 2-1.",
                ],
            },
        },
        "follow_up": {
            "days": 4,
            "refers": True,
            "title": "Köln akzeptiert Pyro-Strafe und nimmt Täter in Regress",
            "lead": "Der 1. FC Köln verzichtet auf eine Berufung gegen das Urteil des DFB-Sportgerichts. Neun mutmaßliche Täter sind identifiziert.",
            "body": [
                "Der Bundesligist will die Geldstrafe zahlen, sich einen Teil des Geldes aber von den Verantwortlichen zurückholen. Gegen neun Männer im Alter von 19 bis 34 Jahren hat der Club bundesweite Stadionverbote von drei Jahren ausgesprochen, wie Geschäftsführer Markus Brandl am Samstag mitteilte. Zivilrechtliche Schadenersatzforderungen sollen folgen.",
                "Wie berichtet, hatte das Sportgericht unter dem Vorsitzenden Richter Hans-Eberhard Lorenz den Verein am Dienstag wegen des Abbrennens von 64 Pyro-Gegenständen im Derby gegen Mönchengladbach zu 180.000 Euro verurteilt. Eine Berufung hätte nach Einschätzung des Clubs „kaum Aussicht auf Erfolg“ gehabt.",
                "Die Ultra-Gruppierungen der Südkurve kritisierten die Stadionverbote in einer Stellungnahme als „Kollektivbestrafung“. Brandl wies das zurück: „Wer Leuchtraketen auf Menschen schießt, hat im Stadion nichts verloren.“ Die Identifizierung gelang mithilfe von Videoaufnahmen aus dem Stadion, die der Club der Polizei übergeben hatte.",
            ],
        },
        "sibling": {
            "days": -13,
            "why": "same sports court and judge two weeks earlier, another club, match and fine",
            "title": "DFB-Sportgericht verurteilt Eintracht Frankfurt zu 95.000 Euro Strafe",
            "lead": "Wegen Pyrotechnik und Becherwürfen beim Heimspiel gegen Bayer Leverkusen muss Eintracht Frankfurt eine Geldstrafe von 95.000 Euro zahlen.",
            "body": [
                "Das Sportgericht des Deutschen Fußball-Bundes befand am Mittwoch, dass Frankfurter Anhänger beim Spiel am 29. August 38 pyrotechnische Gegenstände gezündet und Trinkbecher auf das Spielfeld geworfen hatten. Ein Leverkusener Spieler wurde dabei an der Schulter getroffen, blieb aber unverletzt. Die Partie endete 1:1.",
                "„Gegenstände auf das Feld zu werfen, ist kein Ausdruck von Fankultur“, sagte der Vorsitzende Richter Hans-Eberhard Lorenz. Bis zu 30.000 Euro der Summe darf die Eintracht für Präventionsarbeit einsetzen.",
                "Der Verein hat dem Urteil bereits zugestimmt, es ist damit rechtskräftig. Vorstand Carsten Haaf kündigte an, die Videoüberwachung in der Nordwestkurve auszubauen.",
            ],
        },
    },
    {
        "key": "p5-06",
        "section": "sport",
        "time": "2026-09-27T11:45:00+02:00",
        "original": {
            "title": "Kenianer Evans Kipchumba gewinnt Berlin-Marathon in 2:03:12 Stunden",
            "lead": "Evans Kipchumba aus Kenia hat den 52. Berlin-Marathon gewonnen. Bei den Frauen siegte die Äthiopierin Tigist Alemu, bester Deutscher wurde Jonas Heller.",
            "body": [
                "Der 27-Jährige lief am Sonntag nach 2:03:12 Stunden als Erster durch das Brandenburger Tor und blieb damit gut zwei Minuten über dem Streckenrekord. Zweiter wurde sein Landsmann Brian Koech mit 21 Sekunden Rückstand, Dritter der Äthiopier Haile Gebremariam. Kipchumba hatte sich bei Kilometer 36 von der Spitzengruppe abgesetzt.",
                "Bei den Frauen setzte sich Tigist Alemu in 2:17:40 Stunden durch, es war ihr erster Sieg bei einem großen Stadtmarathon. Der Hamburger Jonas Heller kam als Neunter nach 2:08:51 Stunden ins Ziel und unterbot damit die Norm des Deutschen Leichtathletik-Verbands für die Europameisterschaften 2027.",
                "Bei 14 Grad und leichtem Wind waren die Bedingungen nahezu ideal. Nach Angaben der Veranstalter gingen rund 48.000 Läuferinnen und Läufer aus 158 Ländern an den Start, so viele wie nie zuvor. „Berlin hat wieder gezeigt, warum dieser Marathon weltweit so begehrt ist“, sagte Renndirektorin Katja Wendler. Hunderttausende Zuschauer säumten die Strecke.",
            ],
        },
        "ticker": {
            "title": "Kipchumba siegt in Berlin",
            "text": "Der Kenianer Evans Kipchumba hat den Berlin-Marathon in 2:03:12 Stunden gewonnen, bei den Frauen war die Äthiopierin Tigist Alemu in 2:17:40 Stunden vorn.",
        },
        "rewrite": {
            "title": "Rekordfeld in Berlin: Kipchumba und Alemu laufen allen davon",
            "lead": "Kein Streckenrekord, aber ein Rekord an Startern: Der Berlin-Marathon hat mit Evans Kipchumba und Tigist Alemu zwei neue Sieger.",
            "body": [
                "So viele Teilnehmer gab es noch nie: Etwa 48.000 Menschen aus 158 Nationen machten sich am Sonntagmorgen auf die 42,195 Kilometer. Vorne lief der Kenianer Evans Kipchumba einen einsamen Schlussabschnitt. Sechs Kilometer vor dem Ziel hängte er seine letzten Begleiter ab und gewann in 2:03:12 Stunden vor Brian Koech und Haile Gebremariam.",
                "Die Äthiopierin Tigist Alemu feierte in 2:17:40 Stunden den größten Erfolg ihrer Laufbahn. „Ich habe ab der Hälfte gespürt, dass heute mein Tag ist“, sagte die 24-Jährige.",
                "Grund zur Freude hatte auch Jonas Heller. Der Läufer aus Hamburg erreichte als Neunter in 2:08:51 Stunden die EM-Norm. Bundestrainer Ralf Steinhövel nannte das Ergebnis „ein starkes Signal“. Die Organisatoren um Katja Wendler sprachen von perfektem Laufwetter bei 14 Grad.",
            ],
        },
        "translations": {
            "en": {
                "title": "Kenya's Kipchumba wins Berlin Marathon in 2:03:12",
                "lead": "Evans Kipchumba of Kenya has won the 52nd Berlin Marathon. Ethiopia's Tigist Alemu took the women's race, and Jonas Heller was the fastest German.",
                "body": [
                    "The 27-year-old crossed the finish line at the Brandenburg Gate on Sunday in 2:03:12, just over two minutes outside the course record. Fellow Kenyan Brian Koech was second, 21 seconds behind, with Ethiopia's Haile Gebremariam third. Kipchumba broke away from the leading group at the 36-kilometre mark.",
                    "In the women's race, Tigist Alemu won in 2:17:40, her first victory at a major city marathon. Jonas Heller from Hamburg finished ninth in 2:08:51, beating the German athletics federation's qualifying standard for the 2027 European Championships.",
                    "With a temperature of 14 degrees Celsius and a light wind, conditions were almost ideal. According to the organisers, around 48,000 runners from 158 countries started the race, more than ever before. “Berlin has shown once again why this marathon is so sought after around the world,” race director Katja Wendler said.",
                ],
            },
            "fr": {
                "title": "Marathon de Berlin: victoire du Kényan Kipchumba, Alemu s'impose chez les femmes",
                "lead": "Le Kényan Evans Kipchumba a remporté la 52e édition du marathon de Berlin. Chez les femmes, l'Éthiopienne Tigist Alemu s'est imposée.",
                "body": [
                    "Âgé de 27 ans, Kipchumba a franchi la porte de Brandebourg dimanche en 2 h 03 min 12 s, à un peu plus de deux minutes du record de l'épreuve. Son compatriote Brian Koech a terminé deuxième à 21 secondes, l'Éthiopien Haile Gebremariam troisième. Kipchumba s'était détaché du groupe de tête au 36e kilomètre.",
                    "Chez les femmes, Tigist Alemu l'a emporté en 2 h 17 min 40 s, sa première victoire dans un grand marathon urbain. L'Allemand Jonas Heller, de Hambourg, a pris la neuvième place en 2 h 08 min 51 s, sous les minima fixés par la fédération allemande pour les championnats d'Europe 2027.",
                    "Avec 14 degrés et un vent léger, les conditions étaient presque idéales. Selon les organisateurs, quelque 48 000 coureurs de 158 pays ont pris le départ, un record. « Berlin a montré une fois de plus pourquoi ce marathon est si prisé dans le monde entier », s'est réjouie la directrice de course, Katja Wendler.",
                ],
            },
            "it": {
                "title": "Maratona di Berlino, vince il keniano Kipchumba",
                "lead": "Il keniano Evans Kipchumba ha vinto la 52ª edizione della maratona di Berlino. Tra le donne si è imposta l'etiope Tigist Alemu.",
                "body": [
                    "Il 27enne ha tagliato il traguardo alla Porta di Brandeburgo domenica in 2h03'12\", poco più di due minuti sopra il record del percorso. Secondo il connazionale Brian Koech, a 21 secondi, terzo l'etiope Haile Gebremariam. Kipchumba aveva staccato il gruppo di testa al 36° chilometro.",
                    "Nella gara femminile Tigist Alemu ha vinto in 2h17'40\", il suo primo successo in una grande maratona cittadina. Il tedesco Jonas Heller, di Amburgo, è arrivato nono in 2h08'51\", sotto il minimo federale per gli Europei del 2027.",
                    "Con 14 gradi e vento leggero le condizioni erano quasi ideali. Secondo gli organizzatori sono partiti circa 48.000 podisti da 158 Paesi, un numero mai raggiunto prima.",
                ],
            },
        },
        "sibling": {
            "days": -1,
            "why": "same weekend, course, finish and organiser, but the inline-skating race",
            "title": "Schweizer Flurin Camenzind gewinnt Inline-Marathon in Berlin",
            "lead": "Der Schweizer Flurin Camenzind hat den Inline-Skating-Marathon in Berlin gewonnen. Im Zielsprint am Brandenburger Tor war er der Schnellste.",
            "body": [
                "Der 29-Jährige aus Gersau setzte sich am Samstagvormittag nach 58:47 Minuten im Zielsprint gegen den Niederländer Bart van Dijkhuizen und den Franzosen Mathis Garnier durch. Bei den Frauen gewann die Kolumbianerin Valentina Rojas in 1:05:12 Stunden.",
                "Rund 5.400 Skaterinnen und Skater nahmen an dem Rennen über die Marathondistanz teil, etwas weniger als im Vorjahr. Regen in der Nacht hatte die Strecke zunächst rutschig gemacht, zum Start trocknete der Asphalt aber ab. „Die Sicherheit der Skater hatte Vorrang, wir haben die Lage bis zuletzt beobachtet“, sagte Renndirektorin Katja Wendler.",
                "Mehrere Stürze in der Spitzengruppe blieben ohne ernste Folgen. Die Sanitäter versorgten nach Angaben der Veranstalter 41 Teilnehmer, vier kamen zur Kontrolle ins Krankenhaus.",
            ],
        },
    },
    {
        "key": "p5-07",
        "section": "kultur",
        "time": "2026-10-03T23:10:00+02:00",
        "original": {
            "title": "Goldenes Auge für Selina Aebischers „Föhnnacht“",
            "lead": "Die Schweizer Regisseurin Selina Aebischer hat beim Zurich Film Festival den Hauptpreis im Wettbewerb für deutschsprachige Filme gewonnen. Ihr Drama „Föhnnacht“ spielt im Urner Reusstal.",
            "body": [
                "Die Jury unter dem Vorsitz der deutschen Schauspielerin Katharina Wendt vergab das Goldene Auge am Samstagabend bei der Preisverleihung im Opernhaus Zürich. „Föhnnacht“ erzählt von drei Geschwistern, die nach dem Tod ihres Vaters über den Verkauf des elterlichen Hofes streiten, während ein Föhnsturm das Tal von der Außenwelt abschneidet. Die Auszeichnung ist mit 25.000 Franken dotiert.",
                "„Ein Film, der mit großer Ruhe von Schuld und Zugehörigkeit erzählt und dabei nie sentimental wird“, hieß es in der Begründung der Jury. Aebischer, 38 Jahre alt und in Altdorf aufgewachsen, drehte mit überwiegend Laiendarstellern aus der Region. Es ist ihr zweiter Spielfilm.",
                "Im internationalen Wettbewerb ging das Goldene Auge an den Argentinier Tomás Ibarra für „El último verano“. Festivaldirektorin Aline Fankhauser zog eine positive Bilanz: Die 22. Ausgabe zählte in elf Tagen rund 121.500 Eintritte, vier Prozent mehr als im Vorjahr. Das Festival endet am Sonntag mit Wiederholungen der Preisträgerfilme.",
            ],
        },
        "ticker": {
            "title": "ZFF-Hauptpreis geht nach Uri",
            "text": "Das Drama „Föhnnacht“ der Urner Regisseurin Selina Aebischer hat beim Zurich Film Festival das mit 25.000 Franken dotierte Goldene Auge gewonnen.",
        },
        "rewrite": {
            "title": "Zurich Film Festival: Urner Familiendrama holt den Hauptpreis",
            "lead": "Laiendarsteller, ein Bauernhof und ein Föhnsturm: Mit „Föhnnacht“ hat Selina Aebischer die Jury in Zürich überzeugt.",
            "body": [
                "Am Ende gewann der leiseste Film des Wettbewerbs. Die Jury um Katharina Wendt zeichnete am Samstag Selina Aebischers zweiten Spielfilm mit dem Goldenen Auge für die beste deutschsprachige Produktion aus. Die Regisseurin erhält 25.000 Franken Preisgeld.",
                "Aebischer erzählt von einer Bauernfamilie im Kanton Uri, die nach dem Tod des Vaters zerbricht. Gedreht wurde im Winter 2025 an 31 Tagen im Reusstal, fast alle Rollen sind mit Menschen aus der Gegend besetzt. „Ich wollte, dass man die Sprache und das Wetter des Tals spürt“, sagte die 38-Jährige bei der Preisübergabe im Opernhaus.",
                "Den internationalen Hauptpreis erhielt Tomás Ibarra aus Argentinien. Die Festivalleitung um Aline Fankhauser meldete rund 121.500 verkaufte Eintritte und damit ein Plus von vier Prozent. „Föhnnacht“ soll im Januar in die Schweizer Kinos kommen.",
            ],
        },
        "translations": {
            "en": {
                "title": "Swiss family drama “Föhnnacht” wins top prize at Zurich Film Festival",
                "lead": "Swiss director Selina Aebischer has won the main prize in the Zurich Film Festival's competition for German-language films with “Föhnnacht”, a drama set in the Reuss valley in the canton of Uri.",
                "body": [
                    "The jury, chaired by German actress Katharina Wendt, presented the Golden Eye at the awards ceremony at Zurich's opera house on Saturday evening. “Föhnnacht” follows three siblings who quarrel over selling the family farm after their father's death, while a föhn storm cuts the valley off from the outside world. The award comes with 25,000 Swiss francs.",
                    "“A film that speaks with great calm about guilt and belonging without ever becoming sentimental,” the jury said. Aebischer, 38, who grew up in Altdorf, worked mostly with non-professional actors from the region. It is her second feature film.",
                    "In the international competition, the Golden Eye went to Argentina's Tomás Ibarra for “El último verano”. Festival director Aline Fankhauser said the 22nd edition recorded around 121,500 admissions over eleven days, up four percent on last year.",
                ],
            },
            "fr": {
                "title": "Zurich Film Festival: l'Œil d'or pour «Föhnnacht» de Selina Aebischer",
                "lead": "La réalisatrice suisse Selina Aebischer a remporté le prix principal de la compétition des films germanophones du Zurich Film Festival. Son drame «Föhnnacht» se déroule dans la vallée de la Reuss, dans le canton d'Uri.",
                "body": [
                    "Le jury présidé par l'actrice allemande Katharina Wendt a décerné l'Œil d'or samedi soir lors de la cérémonie à l'Opéra de Zurich. «Föhnnacht» raconte l'histoire de trois frères et sœurs qui se disputent la vente de la ferme familiale après la mort de leur père, tandis qu'une tempête de foehn coupe la vallée du monde. Le prix est doté de 25 000 francs.",
                    "«Un film qui parle avec un grand calme de culpabilité et d'appartenance, sans jamais tomber dans le sentimentalisme», a souligné le jury. Âgée de 38 ans et ayant grandi à Altdorf, Selina Aebischer a tourné principalement avec des acteurs non professionnels de la région. C'est son deuxième long métrage.",
                    "Dans la compétition internationale, l'Œil d'or est revenu à l'Argentin Tomás Ibarra pour «El último verano». La directrice du festival, Aline Fankhauser, a dressé un bilan positif: la 22e édition a enregistré quelque 121 500 entrées en onze jours, soit 4% de plus que l'an dernier.",
                ],
            },
            "it": {
                "title": "Zurigo, l'Occhio d'oro va al film urano «Föhnnacht»",
                "lead": "La regista svizzera Selina Aebischer ha vinto il premio principale del concorso per film in lingua tedesca allo Zurich Film Festival con il dramma «Föhnnacht», ambientato nella valle della Reuss, nel Canton Uri.",
                "body": [
                    "La giuria presieduta dall'attrice tedesca Katharina Wendt ha assegnato l'Occhio d'oro sabato sera durante la cerimonia all'Opernhaus di Zurigo. «Föhnnacht» racconta di tre fratelli che litigano sulla vendita della fattoria di famiglia dopo la morte del padre, mentre una tempesta di favonio isola la valle. Il premio è dotato di 25.000 franchi.",
                    "«Un film che parla con grande calma di colpa e appartenenza senza mai diventare sentimentale», ha motivato la giuria. Aebischer, 38 anni, cresciuta ad Altdorf, ha girato soprattutto con attori non professionisti della regione. È il suo secondo lungometraggio.",
                    "Nel concorso internazionale l'Occhio d'oro è andato all'argentino Tomás Ibarra per «El último verano». La direttrice del festival Aline Fankhauser ha tracciato un bilancio positivo: la 22ª edizione ha registrato circa 121.500 ingressi in undici giorni, il 4 per cento in più dell'anno scorso.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "ZFF: Goldenes Auge für Urner Film «Föhnnacht»",
            "lead": "Die Urner Regisseurin Selina Aebischer hat am Zurich Film Festival den Hauptpreis im Wettbewerb für deutschsprachige Filme gewonnen. Ihr Drama «Föhnnacht» spielt im Reusstal.",
            "body": [
                "Die Jury unter dem Vorsitz der deutschen Schauspielerin Katharina Wendt vergab das Goldene Auge am Samstagabend bei der Preisverleihung im Opernhaus Zürich. «Föhnnacht» erzählt von drei Geschwistern, die nach dem Tod ihres Vaters über den Verkauf des elterlichen Hofs streiten, während ein Föhnsturm das Tal von der Aussenwelt abschneidet. Die Auszeichnung ist mit 25'000 Franken dotiert.",
                "«Ein Film, der mit grosser Ruhe von Schuld und Zugehörigkeit erzählt und dabei nie sentimental wird», hiess es in der Begründung der Jury. Aebischer, 38-jährig und in Altdorf aufgewachsen, drehte mit überwiegend Laiendarstellerinnen und Laiendarstellern aus der Region. Es ist ihr zweiter Spielfilm.",
                "Festivaldirektorin Aline Fankhauser zog eine positive Bilanz: Die 22. Ausgabe zählte in elf Tagen rund 121'500 Eintritte, vier Prozent mehr als im Vorjahr.",
            ],
        },
        "follow_up": {
            "days": 12,
            "refers": True,
            "title": "„Föhnnacht“ geht für die Schweiz ins Oscar-Rennen",
            "lead": "Selina Aebischers Drama „Föhnnacht“ ist der offizielle Schweizer Kandidat für den Oscar in der Kategorie bester internationaler Film.",
            "body": [
                "Eine siebenköpfige Auswahlkommission entschied sich am Donnerstag für den Film aus dem Kanton Uri, wie das Bundesamt für Kultur in Bern mitteilte. Insgesamt waren acht Schweizer Produktionen eingereicht worden. Die Academy in Los Angeles gibt ihre Shortlist im Dezember bekannt, die Nominierungen folgen im Januar.",
                "Zuvor hatten wir berichtet, dass „Föhnnacht“ beim Zurich Film Festival das Goldene Auge für den besten deutschsprachigen Film gewonnen hatte. Die Kommission lobte nun die „universelle Geschichte in einer sehr lokalen Sprache“. Der Film ist weitgehend im Urner Dialekt gedreht und wird in den USA mit Untertiteln gezeigt.",
                "„Für einen so kleinen Film ist das eine riesige Chance“, sagte Regisseurin Selina Aebischer. Die Produktionsfirma Bergwind Film aus Luzern will für die Kampagne in Hollywood rund 150.000 Franken aufbringen, unter anderem mit Unterstützung der Kulturförderung des Kantons Uri. Der Kinostart in der Deutschschweiz ist nun auf den 14. Januar festgelegt worden.",
            ],
        },
        "sibling": {
            "days": -7,
            "why": "same festival, venue city and director a week earlier, another award night",
            "title": "Golden Icon Award für Eleanor Whitcombe am Zurich Film Festival",
            "lead": "Die britische Schauspielerin Eleanor Whitcombe ist beim Zurich Film Festival für ihr Lebenswerk ausgezeichnet worden. Sie nahm den Golden Icon Award im Kongresshaus entgegen.",
            "body": [
                "Vor rund 1.200 Gästen würdigte Festivaldirektorin Aline Fankhauser die 67-Jährige am Samstagabend als „eine der prägenden Schauspielerinnen ihrer Generation“. Whitcombe wurde in den Neunzigerjahren mit Literaturverfilmungen bekannt und spielte zuletzt in der Serie „The Harbour Master“.",
                "In ihrer Dankesrede erinnerte Whitcombe an ihren ersten Besuch in Zürich vor 40 Jahren als junge Theaterschauspielerin. Im Anschluss an die Zeremonie zeigte das Festival ihren neuen Film „A Quiet Inheritance“, ein Familiendrama über einen Streit um ein Landgut in Cornwall, als Schweizer Premiere.",
                "Der Golden Icon Award ist eine der Ehrenauszeichnungen des Festivals und nicht dotiert. Am Freitag hatte Whitcombe bereits ein öffentliches Gespräch mit Studierenden der Zürcher Hochschule der Künste geführt.",
            ],
        },
    },
    {
        "key": "p5-08",
        "section": "kultur",
        "time": "2026-10-24T11:30:00+02:00",
        "original": {
            "title": "Burgtheater-Direktorin Verena Strohmaier kündigt Rückzug an",
            "lead": "Aus Protest gegen Kürzungen bei den Bundestheatern will Burgtheater-Direktorin Verena Strohmaier ihr Amt im Sommer 2027 vorzeitig aufgeben. Ihr Vertrag wäre bis 2029 gelaufen.",
            "body": [
                "Strohmaier begründete ihren Schritt am Samstag in einer Pressekonferenz im Wiener Burgtheater mit den geplanten Einsparungen im Bundesbudget. Die Zuschüsse für die Bundestheater sollen im kommenden Jahr um 4,5 Prozent oder 7,8 Millionen Euro sinken, auf das Burgtheater entfallen davon rund 2,9 Millionen Euro. „Unter diesen Bedingungen kann ich das Haus nicht so führen, wie ich es für richtig halte“, sagte die 54-Jährige.",
                "Nach ihren Angaben müssten in der nächsten Spielzeit bis zu vier Neuproduktionen gestrichen und das Akademietheater an zwei Tagen pro Woche geschlossen werden. Strohmaier leitet Österreichs größte Sprechbühne seit September 2024, zuvor war sie Intendantin am Schauspiel Leipzig.",
                "Kulturminister Georg Haselsteiner bedauerte die Entscheidung, verteidigte aber den Sparkurs. Alle Ressorts müssten ihren Beitrag leisten, erklärte er. Der Geschäftsführer der Bundestheater-Holding, Christoph Leitgeb, kündigte an, die Nachfolge rasch auszuschreiben. Das Ensemble stellte sich in einer Erklärung hinter die Direktorin.",
            ],
        },
        "ticker": {
            "title": "Strohmaier verlässt die Burg",
            "text": "Burgtheater-Direktorin Verena Strohmaier gibt ihr Amt im Sommer 2027 aus Protest gegen Budgetkürzungen von 2,9 Millionen Euro für ihr Haus vorzeitig auf.",
        },
        "rewrite": {
            "title": "Spardruck an der Burg: Direktorin zieht die Konsequenzen",
            "lead": "Verena Strohmaier wirft am Burgtheater hin. Die geplanten Kürzungen seien mit ihrem künstlerischen Anspruch nicht vereinbar.",
            "body": [
                "Zwei Jahre vor Vertragsende hat die Chefin des Wiener Burgtheaters ihren Abschied angekündigt. Verena Strohmaier will nach der laufenden Saison im Sommer 2027 gehen. Auslöser ist der Budgetentwurf der Regierung: Die Bundestheater sollen 7,8 Millionen Euro weniger erhalten, das Burgtheater allein verlöre etwa 2,9 Millionen.",
                "„Ich bin nicht bereit, ein Theater zu verwalten, das sich selbst abschafft“, sagte die frühere Leipziger Intendantin vor Journalisten. Ohne zusätzliches Geld fielen bis zu vier Premieren weg, das Akademietheater bliebe an zwei Wochentagen dunkel.",
                "Minister Georg Haselsteiner zeigte zwar Verständnis für den Ärger, hält aber an den Einsparungen fest. Die Bundestheater-Holding unter Christoph Leitgeb will die Stelle zügig neu besetzen. Unterstützung erhielt Strohmaier von ihren Schauspielerinnen und Schauspielern, die eine gemeinsame Stellungnahme veröffentlichten.",
            ],
        },
        "translations": {
            "en": {
                "title": "Head of Vienna's Burgtheater to quit early in protest at budget cuts",
                "lead": "Verena Strohmaier, director of Vienna's Burgtheater, plans to step down in summer 2027 in protest against cuts to Austria's federal theatres. Her contract would have run until 2029.",
                "body": [
                    "Strohmaier announced her decision at a press conference at the Burgtheater on Saturday, citing planned savings in the federal budget. Subsidies for the federal theatres are to fall by 4.5 percent, or 7.8 million euros, next year, with around 2.9 million euros of that falling on the Burgtheater. “Under these conditions I cannot run the theatre the way I think is right,” the 54-year-old said.",
                    "She said up to four new productions would have to be cut next season and the Akademietheater closed two days a week. Strohmaier has led Austria's largest drama theatre since September 2024, having previously run Schauspiel Leipzig.",
                    "Culture Minister Georg Haselsteiner regretted her decision but defended the savings. Christoph Leitgeb, managing director of the federal theatres' holding company, said the post would be advertised quickly.",
                ],
            },
            "it": {
                "title": "Vienna, la direttrice del Burgtheater lascia per protesta contro i tagli",
                "lead": "La direttrice del Burgtheater di Vienna, Verena Strohmaier, lascerà l'incarico nell'estate del 2027 in segno di protesta contro i tagli ai teatri federali. Il suo contratto sarebbe scaduto nel 2029.",
                "body": [
                    "Strohmaier ha motivato la decisione sabato in una conferenza stampa al Burgtheater con i risparmi previsti nel bilancio federale. I contributi ai teatri federali dovrebbero calare l'anno prossimo del 4,5 per cento, pari a 7,8 milioni di euro, di cui circa 2,9 milioni a carico del Burgtheater. «In queste condizioni non posso guidare il teatro come ritengo giusto», ha detto la 54enne.",
                    "Secondo Strohmaier, nella prossima stagione dovrebbero saltare fino a quattro nuove produzioni e l'Akademietheater resterebbe chiuso due giorni a settimana. Strohmaier dirige il più grande teatro di prosa austriaco dal settembre 2024; in precedenza era stata alla guida dello Schauspiel Leipzig.",
                    "Il ministro della Cultura Georg Haselsteiner si è detto dispiaciuto, ma ha difeso la linea del rigore. Christoph Leitgeb, amministratore della holding dei teatri federali, ha annunciato un bando rapido per la successione. L'ensemble ha espresso il proprio sostegno alla direttrice.",
                ],
            },
        },
        "regional": {
            "variant": "de-AT",
            "title": "Budgetkürzungen: Strohmaier geht 2027 vorzeitig von der Burg",
            "lead": "Aus Protest gegen Kürzungen bei den Bundestheatern legt Burgtheater-Direktorin Verena Strohmaier ihr Amt im Sommer 2027 zurück. Ihr Vertrag wäre bis 2029 gelaufen.",
            "body": [
                "Strohmaier begründete ihren Schritt am Samstag in einer Pressekonferenz im Burgtheater mit den geplanten Einsparungen im Bundesbudget. Die Subventionen für die Bundestheater sollen ab Jänner um 4,5 Prozent oder 7,8 Millionen Euro sinken, auf die Burg entfallen davon rund 2,9 Millionen Euro. „Unter diesen Bedingungen kann ich das Haus nicht so führen, wie ich es für richtig halte“, sagte die 54-Jährige.",
                "Nach ihren Angaben müssten in der nächsten Spielzeit bis zu vier Neuproduktionen gestrichen und das Akademietheater an zwei Tagen pro Woche zugesperrt werden. Strohmaier leitet das Haus am Ring seit September 2024, heuer ist ihre dritte Saison.",
                "Kulturminister Georg Haselsteiner bedauerte die Entscheidung, verteidigte aber den Sparkurs. Bundestheater-Holding-Chef Christoph Leitgeb will die Nachfolge rasch ausschreiben. Das Ensemble stellte sich in einer Erklärung hinter die Direktorin.",
            ],
        },
        "follow_up": {
            "days": 3,
            "refers": True,
            "title": "Nach Strohmaier-Rückzug: Minister setzt Findungskommission ein",
            "lead": "Kulturminister Georg Haselsteiner will die Burgtheater-Direktion bis März neu besetzen. Zugleich gibt es eine Million Euro Überbrückungshilfe für die Bundestheater.",
            "body": [
                "Eine fünfköpfige Findungskommission soll bis Ende Januar eine Shortlist vorlegen, teilte das Ministerium am Dienstag mit. Ihr gehören unter anderem die frühere Salzburger Festspielpräsidentin Ingrid Lechner und der Schweizer Dramaturg Beat Zollinger an. Die Ausschreibung startet am 2. November.",
                "Erst am Samstag hatte Burgtheater-Direktorin Verena Strohmaier angekündigt, ihr Amt wegen der geplanten Budgetkürzungen im Sommer 2027 vorzeitig abzugeben. Haselsteiner kam den Bundestheatern nun teilweise entgegen: Eine Million Euro aus einer Reserve des Ministeriums soll die Einsparungen im kommenden Jahr abfedern. Die Kürzung sinkt damit von 7,8 auf 6,8 Millionen Euro.",
                "Strohmaier nannte das Angebot „ein Signal, aber keine Lösung“ und bleibt bei ihrer Entscheidung. Holding-Geschäftsführer Christoph Leitgeb will das zusätzliche Geld vor allem für das Akademietheater verwenden, dessen Teilschließung damit vom Tisch sein könnte.",
            ],
        },
        "sibling": {
            "days": -20,
            "why": "same theatre, director and holding chief three weeks earlier, a ticket price increase",
            "title": "Burgtheater erhöht Ticketpreise um durchschnittlich neun Prozent",
            "lead": "Ein Besuch im Wiener Burgtheater wird teurer. Ab Januar steigen die Kartenpreise um durchschnittlich neun Prozent, das günstigste Ticket kostet dann 11 Euro.",
            "body": [
                "Die Erhöhung gilt auch für das Akademietheater und das Kasino am Schwarzenbergplatz, wie Direktorin Verena Strohmaier am Sonntag mitteilte. Die teuerste Kategorie im Haupthaus steigt von 74 auf 81 Euro. Abonnements werden um sechs Prozent teurer, Studierende zahlen weiterhin acht Euro für Restkarten.",
                "Als Grund nannte Strohmaier gestiegene Personal- und Energiekosten. Die Tarifabschlüsse des vergangenen Jahres hätten das Haus allein rund 3,4 Millionen Euro gekostet. „Wir haben lange gezögert, weil wir niemanden ausschließen wollen“, sagte sie.",
                "Christoph Leitgeb, Geschäftsführer der Bundestheater-Holding, verwies darauf, dass auch Staatsoper und Volksoper ihre Preise anpassen. Die Auslastung des Burgtheaters lag in der vergangenen Saison bei 86 Prozent.",
            ],
        },
    },
    {
        "key": "p5-09",
        "section": "kultur",
        "time": "2026-09-13T18:30:00+02:00",
        "original": {
            "title": "Lucerne Festival zieht Bilanz: 79.400 Besucher und hohe Auslastung",
            "lead": "Das Lucerne Festival hat seine Sommerausgabe mit einer Auslastung von 91 Prozent abgeschlossen. Intendantin Claudia Imboden spricht von einem „außergewöhnlichen Jahrgang“.",
            "body": [
                "Zu den 104 Konzerten der fünfwöchigen Festivalsaison unter dem Motto „Kontraste“ kamen rund 79.400 Besucherinnen und Besucher, etwa 3.000 mehr als im Vorjahr. Die Veranstalter teilten die Zahlen am Sonntag nach dem Abschlusskonzert im Konzertsaal des KKL Luzern mit. Das Budget lag bei rund 31 Millionen Franken, davon stammen etwa 45 Prozent aus Sponsoring und Spenden.",
                "Höhepunkte waren nach Angaben des Festivals die Auftritte des Lucerne Festival Orchestra unter seinem neuen Chefdirigenten Pavel Hrubý, die alle ausverkauft waren. Besonders gefragt war auch die Reihe mit jungen Ensembles, deren Eintrittskarten zum Einheitspreis von 30 Franken angeboten wurden.",
                "„Wir haben gezeigt, dass ein Festival mit so viel zeitgenössischer Musik ein großes Publikum erreichen kann“, sagte Imboden. Rund ein Viertel der aufgeführten Werke stammte aus den vergangenen 20 Jahren. Knapp 40 Prozent der Gäste reisten aus dem Ausland an, vor allem aus Deutschland, Großbritannien und den USA.",
            ],
        },
        "ticker": {
            "title": "Luzern: Festival meldet Zuschauerplus",
            "text": "Das Lucerne Festival hat mit 104 Konzerten rund 79.400 Gäste angelockt, die Auslastung der Sommerausgabe lag nach Angaben der Veranstalter bei 91 Prozent.",
        },
        "rewrite": {
            "title": "Imbodens Rechnung geht auf: Mehr Publikum in Luzern",
            "lead": "Viel neue Musik, volle Säle: Das Lucerne Festival meldet nach fünf Wochen ein deutliches Plus beim Publikum.",
            "body": [
                "Mit dem Abschlusskonzert am Sonntag ging im KKL Luzern der Festivalsommer zu Ende. Nach Angaben der Organisatoren besuchten rund 79.400 Menschen die 104 Veranstaltungen, gut 3.000 mehr als 2025. Die Säle waren im Schnitt zu 91 Prozent gefüllt.",
                "Intendantin Claudia Imboden hatte dem Programm unter dem Titel „Kontraste“ einen hohen Anteil an neuer Musik verordnet, etwa jedes vierte Stück war jünger als zwei Jahrzehnte. Kritiker hatten vorab vor leeren Rängen gewarnt. „Das Publikum ist neugieriger, als man ihm zutraut“, sagte Imboden nun.",
                "Als Zugpferd erwies sich erneut das Festivalorchester, das erstmals von Pavel Hrubý geleitet wurde. Finanziert wurde der Sommer mit einem Budget von etwa 31 Millionen Franken, fast die Hälfte davon private Mittel. Vier von zehn Besuchern kamen aus dem Ausland.",
            ],
        },
        "translations": {
            "en": {
                "title": "Lucerne Festival reports 79,400 visitors and 91 percent capacity",
                "lead": "The Lucerne Festival ended its summer season at 91 percent capacity. Artistic director Claudia Imboden spoke of an “exceptional year”.",
                "body": [
                    "Around 79,400 people attended the 104 concerts of the five-week season, held under the motto “Contrasts”, some 3,000 more than last year. The organisers released the figures on Sunday after the closing concert at the KKL Lucerne concert hall. The budget was around 31 million Swiss francs, about 45 percent of it from sponsorship and donations.",
                    "According to the festival, the highlights were the concerts of the Lucerne Festival Orchestra under its new principal conductor Pavel Hrubý, all of which sold out. A series featuring young ensembles, with tickets at a flat price of 30 francs, was also in high demand.",
                    "“We have shown that a festival with so much contemporary music can reach a large audience,” Imboden said. Around a quarter of the works performed were written in the past 20 years. Almost 40 percent of visitors came from abroad, mainly from Germany, Britain and the United States.",
                ],
            },
            "fr": {
                "title": "Le Lucerne Festival affiche complet ou presque",
                "lead": "Le Lucerne Festival a terminé son édition d'été avec un taux d'occupation de 91%. L'intendante Claudia Imboden parle d'un « millésime exceptionnel ».",
                "body": [
                    "Quelque 79 400 spectateurs ont assisté aux 104 concerts de cette saison de cinq semaines placée sous le thème « Contrastes », soit environ 3000 de plus que l'an dernier. Les organisateurs ont communiqué ces chiffres dimanche, après le concert de clôture au KKL de Lucerne. Le budget s'élevait à environ 31 millions de francs, dont quelque 45% provenant du sponsoring et des dons.",
                    "Selon le festival, les temps forts ont été les concerts du Lucerne Festival Orchestra sous la direction de son nouveau chef principal, Pavel Hrubý, tous complets. La série consacrée aux jeunes ensembles, avec des billets à prix unique de 30 francs, a également rencontré un vif succès.",
                    "« Nous avons montré qu'un festival avec autant de musique contemporaine peut toucher un large public », a souligné Claudia Imboden. Près de 40% des visiteurs venaient de l'étranger, principalement d'Allemagne, du Royaume-Uni et des États-Unis.",
                ],
            },
            "it": {
                "title": "Lucerne Festival, 79.400 spettatori e sale piene al 91 per cento",
                "lead": "Il Lucerne Festival ha chiuso l'edizione estiva con un tasso di occupazione del 91 per cento. L'intendente Claudia Imboden parla di «un'annata straordinaria».",
                "body": [
                    "I 104 concerti delle cinque settimane di festival, dedicate al tema «Contrasti», hanno richiamato circa 79.400 spettatori, circa 3.000 in più dell'anno scorso. Gli organizzatori hanno reso noti i dati domenica, dopo il concerto di chiusura nella sala del KKL di Lucerna. Il budget è stato di circa 31 milioni di franchi, il 45 per cento dei quali da sponsor e donazioni.",
                    "Secondo il festival, i momenti clou sono stati i concerti della Lucerne Festival Orchestra diretta dal nuovo direttore principale Pavel Hrubý, tutti esauriti. Molto richiesta anche la rassegna dedicata ai giovani ensemble, con biglietti a prezzo unico di 30 franchi.",
                    "«Abbiamo dimostrato che un festival con tanta musica contemporanea può raggiungere un grande pubblico», ha detto Imboden. Circa un quarto delle opere eseguite è stato scritto negli ultimi 20 anni. Quasi il 40 per cento del pubblico è arrivato dall'estero, soprattutto da Germania, Gran Bretagna e Stati Uniti.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Lucerne Festival: 79'400 Besucher und 91 Prozent Auslastung",
            "lead": "Das Lucerne Festival hat seine Sommerausgabe mit einer Auslastung von 91 Prozent abgeschlossen. Intendantin Claudia Imboden spricht von einem «aussergewöhnlichen Jahrgang».",
            "body": [
                "Zu den 104 Konzerten der fünfwöchigen Festivalsaison unter dem Motto «Kontraste» kamen rund 79'400 Besucherinnen und Besucher, etwa 3000 mehr als im Vorjahr. Das Festival gab die Zahlen am Sonntag nach dem Schlusskonzert im KKL bekannt. Das Budget lag bei rund 31 Millionen Franken, davon stammen etwa 45 Prozent aus Sponsoring und Spenden.",
                "Höhepunkte waren laut dem Festival die Auftritte des Lucerne Festival Orchestra unter seinem neuen Chefdirigenten Pavel Hrubý, die alle ausverkauft waren. Besonders gefragt war auch die Reihe mit jungen Ensembles, deren Tickets zum Einheitspreis von 30 Franken angeboten wurden.",
                "«Wir haben gezeigt, dass ein Festival mit so viel zeitgenössischer Musik ein grosses Publikum erreichen kann», sagte Imboden. Knapp 40 Prozent der Gäste reisten aus dem Ausland an.",
            ],
        },
        "sibling": {
            "days": 24,
            "why": "same festival, director and conductor, next year's programme with new figures",
            "title": "Lucerne Festival stellt Programm für Sommer 2027 vor",
            "lead": "Das Lucerne Festival widmet seine nächste Sommerausgabe dem Thema „Wurzeln“. Geplant sind 108 Konzerte, der Vorverkauf beginnt im März.",
            "body": [
                "Intendantin Claudia Imboden präsentierte das Programm am Mittwoch im KKL Luzern. Das Festival dauert vom 13. August bis 12. September 2027 und soll sich mit Volksmusik als Quelle der Kunstmusik beschäftigen, von Béla Bartók bis zu zeitgenössischen Komponistinnen aus Georgien und Chile.",
                "Chefdirigent Pavel Hrubý eröffnet das Festival mit dem Lucerne Festival Orchestra und Leoš Janáčeks „Glagolitischer Messe“. Composer in Residence wird die Finnin Aino Lahtinen. Neu ist eine Reihe mit Konzerten in Dorfkirchen in der Zentralschweiz, die Tickets dafür kosten 20 Franken.",
                "Das Budget bleibt mit rund 31,5 Millionen Franken nahezu unverändert. Imboden kündigte zudem an, das Angebot für Schulklassen auszubauen: 2027 sollen 6.000 Kinder und Jugendliche kostenlos Proben und Konzerte besuchen können.",
            ],
        },
    },
    {
        "key": "p5-10",
        "section": "kultur",
        "time": "2026-10-05T19:50:00+02:00",
        "original": {
            "title": "Deutscher Buchpreis geht an Johanna Reitberger",
            "lead": "Die Schriftstellerin Johanna Reitberger erhält den Deutschen Buchpreis 2026. Ausgezeichnet wird ihr Roman „Das Glas von Lauscha“ über eine Familie von Glasbläsern in Thüringen.",
            "body": [
                "Der Börsenverein des Deutschen Buchhandels gab die Entscheidung am Montagabend bei einer Feier im Frankfurter Römer bekannt. Der Preis ist mit 25.000 Euro dotiert, die fünf weiteren Autorinnen und Autoren der Shortlist erhalten je 2.500 Euro. Die Auszeichnung wird traditionell am Vorabend der Frankfurter Buchmesse vergeben.",
                "Reitbergers Roman erzählt über vier Generationen von der Glasbläserfamilie Greiner, von der Gründerzeit über die DDR bis zur Schließung der letzten Werkstatt im Jahr 2019. „Ein Buch von seltener sprachlicher Präzision, das die Zerbrechlichkeit von Lebensentwürfen spürbar macht“, sagte Jurysprecherin Annika Sperling. Die Jury hatte 197 Titel gesichtet.",
                "Die 44-jährige Autorin stammt aus Sonneberg und lebt in Leipzig. „Das Glas von Lauscha“ ist ihr dritter Roman und im Wallstein Verlag erschienen. Sichtlich bewegt widmete Reitberger den Preis ihrer Großmutter, die selbst als Glasmalerin gearbeitet habe. Börsenvereins-Vorsteher Ulrich Bechtold sprach von einem „Roman, der den Osten ohne Klischees erzählt“.",
            ],
        },
        "ticker": {
            "title": "Buchpreis für Roman über Glasbläser",
            "text": "Johanna Reitberger hat für ihren Roman „Das Glas von Lauscha“ den mit 25.000 Euro dotierten Deutschen Buchpreis 2026 erhalten.",
        },
        "rewrite": {
            "title": "Vier Generationen Glas: Reitberger gewinnt den Buchpreis",
            "lead": "Ein Familienroman aus dem Thüringer Wald ist der Roman des Jahres: Johanna Reitberger wird in Frankfurt ausgezeichnet.",
            "body": [
                "Als ihr Name im Kaisersaal des Römers verlesen wurde, schlug Johanna Reitberger die Hände vors Gesicht. Die in Leipzig lebende Schriftstellerin erhält für „Das Glas von Lauscha“ den Deutschen Buchpreis und damit 25.000 Euro.",
                "Der Roman folgt der Familie Greiner, die in dem Thüringer Ort über mehr als ein Jahrhundert Christbaumschmuck und Laborglas herstellt, bis 2019 der Ofen für immer ausgeht. Jurysprecherin Annika Sperling lobte die Genauigkeit der Sprache. Die Jury hatte aus 197 eingereichten Büchern gewählt.",
                "Reitberger, 44, wuchs im benachbarten Sonneberg auf, ihre Großmutter bemalte Glaskugeln in Heimarbeit. „Ich habe lange gezögert, über meine eigene Herkunft zu schreiben“, sagte sie. Das Buch ist bei Wallstein erschienen, bisher wurden rund 18.000 Exemplare verkauft. Am Dienstag beginnt die Buchmesse.",
            ],
        },
        "translations": {
            "en": {
                "title": "Johanna Reitberger wins German Book Prize for glassblowers' saga",
                "lead": "Writer Johanna Reitberger has won the 2026 German Book Prize for her novel “Das Glas von Lauscha”, about a family of glassblowers in Thuringia.",
                "body": [
                    "The German Publishers and Booksellers Association announced the decision on Monday evening at a ceremony in Frankfurt's Römer city hall. The prize is worth 25,000 euros, and the five other shortlisted authors each receive 2,500 euros. The award is traditionally presented on the eve of the Frankfurt Book Fair.",
                    "Reitberger's novel follows four generations of the Greiner family of glassblowers, from the late 19th century through the GDR to the closure of the last workshop in 2019. “A book of rare linguistic precision that makes the fragility of lives tangible,” said jury spokeswoman Annika Sperling. The jury considered 197 titles.",
                    "The 44-year-old author was born in Sonneberg and lives in Leipzig. The novel, her third, is published by Wallstein. Visibly moved, Reitberger dedicated the prize to her grandmother, who had worked as a glass painter.",
                ],
            },
            "fr": {
                "title": "Le Prix du livre allemand récompense Johanna Reitberger",
                "lead": "L'écrivaine Johanna Reitberger reçoit le Prix du livre allemand 2026 pour son roman « Das Glas von Lauscha », consacré à une famille de souffleurs de verre en Thuringe.",
                "body": [
                    "L'Association des éditeurs et libraires allemands a annoncé sa décision lundi soir lors d'une cérémonie au Römer, l'hôtel de ville de Francfort. Le prix est doté de 25 000 euros; les cinq autres finalistes reçoivent chacun 2500 euros. Il est traditionnellement remis à la veille de la Foire du livre de Francfort.",
                    "Le roman suit sur quatre générations la famille Greiner, des souffleurs de verre, de la fin du XIXe siècle à la fermeture du dernier atelier en 2019, en passant par la RDA. « Un livre d'une rare précision de langue, qui rend palpable la fragilité des vies », a déclaré la porte-parole du jury, Annika Sperling. Le jury avait examiné 197 titres.",
                    "Âgée de 44 ans, l'autrice est originaire de Sonneberg et vit à Leipzig. Il s'agit de son troisième roman, paru chez Wallstein. Très émue, elle a dédié le prix à sa grand-mère, qui avait elle-même travaillé comme peintre sur verre.",
                ],
            },
            "it": {
                "title": "A Johanna Reitberger il Premio del libro tedesco",
                "lead": "La scrittrice Johanna Reitberger ha vinto il Deutscher Buchpreis 2026 con il romanzo «Das Glas von Lauscha», saga di una famiglia di soffiatori di vetro in Turingia.",
                "body": [
                    "L'associazione degli editori e librai tedeschi ha annunciato la vincitrice lunedì sera durante una cerimonia al Römer di Francoforte. Il premio vale 25.000 euro, gli altri cinque finalisti ricevono 2.500 euro ciascuno. Il riconoscimento viene tradizionalmente assegnato alla vigilia della Fiera del libro di Francoforte.",
                    "Il romanzo segue quattro generazioni della famiglia Greiner, dalla fine dell'Ottocento alla DDR fino alla chiusura dell'ultimo laboratorio nel 2019. «Un libro di rara precisione linguistica, che rende tangibile la fragilità delle vite», ha detto la portavoce della giuria Annika Sperling. La giuria aveva esaminato 197 titoli.",
                    "L'autrice, 44 anni, è nata a Sonneberg e vive a Lipsia. Il romanzo, il suo terzo, è pubblicato da Wallstein. Commossa, Reitberger ha dedicato il premio alla nonna, che aveva lavorato come pittrice su vetro.",
                ],
            },
        },
        "follow_up": {
            "days": 9,
            "refers": False,
            "title": "„Das Glas von Lauscha“ erobert Platz eins der Bestsellerliste",
            "lead": "Johanna Reitbergers Roman steht an der Spitze der Belletristik-Charts. Der Wallstein Verlag hat die Auflage auf 160.000 Exemplare erhöht.",
            "body": [
                "In der am Mittwoch veröffentlichten Bestsellerliste des Branchenmagazins Buchreport verdrängte „Das Glas von Lauscha“ den Vorwochen-Spitzenreiter. Allein in der vergangenen Woche seien mehr als 40.000 Exemplare verkauft worden, teilte der Verlag mit. Es ist das erste Mal, dass ein Wallstein-Titel die Liste anführt.",
                "Auf der Frankfurter Buchmesse verkaufte der Göttinger Verlag zudem die Übersetzungsrechte in 14 Länder, darunter die USA, Frankreich, Italien und Japan. Die englische Ausgabe soll im Herbst 2027 erscheinen. Ein Berliner Produktionsunternehmen sicherte sich außerdem eine Option für eine Verfilmung als Serie.",
                "Reitberger hat ihre Lesereise auf 22 Städte ausgeweitet und zusätzliche Termine in Thüringen eingeplant. Den Auftakt macht am 4. November eine Lesung in der Stadthalle ihrer Heimatstadt Sonneberg, die nach wenigen Stunden ausverkauft war. Jurysprecherin Annika Sperling wird den Abend moderieren.",
            ],
        },
        "sibling": {
            "days": 6,
            "why": "same association, chairman and city during the same book fair, a different prize and laureate",
            "title": "Friedenspreis des Deutschen Buchhandels an Mariana Echeverría verliehen",
            "lead": "Die chilenische Schriftstellerin Mariana Echeverría ist in der Frankfurter Paulskirche mit dem Friedenspreis des Deutschen Buchhandels ausgezeichnet worden.",
            "body": [
                "Die 61-Jährige erhielt den mit 25.000 Euro dotierten Preis am Sonntag zum Abschluss der Frankfurter Buchmesse. In ihren Romanen und Essays setzt sich Echeverría mit den Folgen der Diktatur in Chile und mit der Verantwortung der Nachgeborenen auseinander.",
                "„Ihre Bücher zeigen, dass Erinnerung keine Last ist, sondern eine Voraussetzung für Versöhnung“, sagte Börsenvereins-Vorsteher Ulrich Bechtold. Die Laudatio hielt der Historiker Konrad Heuberger. Rund 1.000 Gäste verfolgten die Feier, darunter zahlreiche Vertreterinnen und Vertreter aus Politik und Verlagswesen.",
                "Echeverría bedankte sich auf Deutsch und erinnerte an ihre Exiljahre in Ost-Berlin in den Siebzigerjahren. Ihr neuer Essayband „Die Stimmen der Anderen“ ist kürzlich im Suhrkamp Verlag erschienen.",
            ],
        },
    },
    {
        "key": "p5-11",
        "section": "panorama",
        "time": "2026-10-05T07:15:00+02:00",
        "original": {
            "title": "Einbruch im Landesmuseum Hannover: Bronzezeitlicher Goldschatz gestohlen",
            "lead": "Unbekannte sind in der Nacht zum Montag in das Landesmuseum Hannover eingebrochen und haben 23 Goldobjekte aus der Bronzezeit erbeutet. Die Polizei fahndet nach mindestens zwei Tätern.",
            "body": [
                "Die Einbrecher schlugen nach Angaben der Polizei gegen 3.40 Uhr ein Fenster an der Rückseite des Gebäudes zum Maschpark ein und gelangten so in den Saal mit der archäologischen Dauerausstellung. Dort zertrümmerten sie eine Vitrine mit dem sogenannten Goldhort von Wiepenkathen. Als die ersten Streifenwagen vier Minuten nach dem Alarm eintrafen, waren die Täter bereits verschwunden.",
                "Zu der Beute gehören Armreifen, Spiralen und ein Halskragen mit einem Gesamtgewicht von rund 1,4 Kilogramm. Der reine Materialwert liegt nach Schätzung des Museums bei etwa 120.000 Euro. „Der wissenschaftliche und kulturelle Wert ist nicht zu beziffern“, sagte Museumsdirektorin Ilka Wessendorf. Der Fund war 2009 bei Bauarbeiten nahe Stade entdeckt worden.",
                "Polizeisprecher Thorsten Gehrke sprach von einer „offenbar gut vorbereiteten Tat“. Zeugen hatten einen dunklen Kombi beobachtet, der mit hoher Geschwindigkeit in Richtung Südschnellweg davonfuhr. Das Museum bleibt am Montag geschlossen. Niedersachsens Kulturministerin Anja Hellmers kündigte eine Überprüfung der Sicherheitskonzepte aller Landesmuseen an.",
            ],
        },
        "ticker": {
            "title": "Goldschatz aus Museum in Hannover gestohlen",
            "text": "Einbrecher haben nachts aus dem Landesmuseum Hannover 23 bronzezeitliche Goldobjekte mit einem Materialwert von rund 120.000 Euro gestohlen und sind entkommen.",
        },
        "rewrite": {
            "title": "Vier Minuten zu spät: Goldhort aus Landesmuseum verschwunden",
            "lead": "Nach einem nächtlichen Coup in Hannover fehlen dem Landesmuseum seine wertvollsten archäologischen Stücke.",
            "body": [
                "Für die Diebe dauerte es offenbar nur wenige Minuten. Kurz nach dem Alarm um 3.40 Uhr am Montagmorgen war die Polizei am Landesmuseum, doch die Vitrine mit dem Goldhort von Wiepenkathen war da bereits leer. Die Täter waren über ein Fenster auf der Parkseite eingestiegen.",
                "Gestohlen wurden 23 Schmuckstücke aus der Bronzezeit, darunter ein Halskragen und mehrere Armreifen, zusammen etwa 1,4 Kilogramm Gold. Bei Bauarbeiten im Landkreis Stade war der Schatz 2009 ans Licht gekommen. Direktorin Ilka Wessendorf fürchtet, dass die Stücke eingeschmolzen werden könnten: „Dann wären sie für immer verloren.“",
                "Nach Angaben von Polizeisprecher Thorsten Gehrke flüchteten mindestens zwei Personen in einem dunklen Kombi. Das Land will nun die Sicherheit seiner Museen überprüfen lassen, wie Ministerin Anja Hellmers ankündigte. Das Haus blieb am Montag geschlossen.",
            ],
        },
        "translations": {
            "en": {
                "title": "Bronze Age gold hoard stolen in break-in at Hanover museum",
                "lead": "Thieves broke into the Lower Saxony State Museum in Hanover overnight and stole 23 Bronze Age gold objects. Police are searching for at least two suspects.",
                "body": [
                    "According to police, the burglars smashed a window at the back of the building facing the Maschpark at around 3.40 a.m. and entered the hall housing the permanent archaeology exhibition. There they shattered a display case containing the so-called Wiepenkathen gold hoard. When the first patrol cars arrived four minutes after the alarm, the thieves had already fled.",
                    "The loot includes bracelets, spirals and a neck collar with a total weight of around 1.4 kilograms. The museum estimates the value of the gold alone at about 120,000 euros. “The scientific and cultural value cannot be put into figures,” museum director Ilka Wessendorf said. The hoard was discovered during construction work near Stade in 2009.",
                    "Police spokesman Thorsten Gehrke spoke of an “apparently well-prepared crime”. Witnesses saw a dark estate car speeding away. The museum is closed on Monday.",
                ],
            },
            "fr": {
                "title": "Hanovre: des voleurs dérobent un trésor de l'âge du bronze au musée régional",
                "lead": "Des inconnus se sont introduits dans la nuit de dimanche à lundi au Landesmuseum de Hanovre et ont emporté 23 objets en or de l'âge du bronze. La police recherche au moins deux personnes.",
                "body": [
                    "Selon la police, les cambrioleurs ont brisé vers 3 h 40 une fenêtre à l'arrière du bâtiment, côté Maschpark, pour pénétrer dans la salle de l'exposition permanente d'archéologie. Ils y ont fracassé une vitrine contenant le trésor de Wiepenkathen. Lorsque les premières patrouilles sont arrivées, quatre minutes après l'alarme, les voleurs avaient déjà pris la fuite.",
                    "Le butin comprend des bracelets, des spirales et un collier d'un poids total d'environ 1,4 kilogramme. Le musée estime la seule valeur du métal à quelque 120 000 euros. « La valeur scientifique et culturelle est inestimable », a déclaré la directrice Ilka Wessendorf. Le trésor avait été découvert en 2009 lors de travaux près de Stade.",
                    "Le porte-parole de la police Thorsten Gehrke a évoqué un « coup manifestement bien préparé ». Des témoins ont vu un break de couleur sombre s'éloigner à grande vitesse. La ministre de la Culture de Basse-Saxe, Anja Hellmers, a annoncé un réexamen de la sécurité de tous les musées du Land.",
                ],
            },
        },
        "follow_up": {
            "days": 6,
            "refers": True,
            "title": "Goldhort-Diebstahl: Zwei Festnahmen in Hamburg",
            "lead": "Knapp eine Woche nach dem Einbruch ins Landesmuseum Hannover hat die Polizei zwei Verdächtige festgenommen. 17 der 23 Goldobjekte sind wieder aufgetaucht.",
            "body": [
                "Spezialkräfte nahmen die beiden Männer im Alter von 31 und 38 Jahren am Samstagabend in einer Wohnung in Hamburg-Billstedt fest, wie Polizeisprecher Thorsten Gehrke am Sonntag mitteilte. In einem Kellerabteil fanden die Ermittler 17 Stücke, darunter den Halskragen, eingewickelt in Handtücher. Sechs Armreifen fehlen weiterhin.",
                "Wie wir berichteten, hatten Unbekannte in der Nacht zum vergangenen Montag ein Fenster des Museums eingeschlagen und den bronzezeitlichen Goldhort von Wiepenkathen aus einer Vitrine gestohlen. Auf die Spur der Verdächtigen führte nach Polizeiangaben ein Kennzeichen des Fluchtwagens, das eine Überwachungskamera am Südschnellweg erfasst hatte.",
                "Museumsdirektorin Ilka Wessendorf zeigte sich „unendlich erleichtert“. Die Stücke seien nach erster Begutachtung kaum beschädigt. Die Staatsanwaltschaft Hannover prüft, ob die Festgenommenen zu einer Bande gehören, die im Frühjahr bereits in Museen in Schleswig-Holstein eingebrochen sein soll. Beide schweigen bislang zu den Vorwürfen.",
            ],
        },
        "sibling": {
            "days": -24,
            "why": "same museum, director and police spokesman weeks earlier, a different theft in opening hours",
            "title": "Landesmuseum Hannover: Silbermünzen am helllichten Tag aus Vitrine gestohlen",
            "lead": "Während der Öffnungszeit sind aus dem Landesmuseum Hannover zwölf mittelalterliche Silbermünzen gestohlen worden. Die Polizei sucht nach einem Mann mit grauer Mütze.",
            "body": [
                "Der Diebstahl fiel einer Aufsichtskraft am Freitag gegen 15 Uhr in der Münzsammlung auf. Der Täter hatte das Schloss einer Wandvitrine offenbar mit einem Werkzeug geöffnet, ohne dass ein Alarm ausgelöst wurde. Die Münzen aus dem 12. Jahrhundert haben nach Angaben des Museums einen Wert von rund 8.000 Euro.",
                "„Es ist bitter, dass so etwas mitten im Betrieb passieren kann“, sagte Museumsdirektorin Ilka Wessendorf. Die betroffene Vitrine stamme aus den Neunzigerjahren und sollte ohnehin ersetzt werden.",
                "Polizeisprecher Thorsten Gehrke bat Besucherinnen und Besucher, die sich am Freitagnachmittag im ersten Obergeschoss aufgehalten haben, sich zu melden. Aufnahmen der Überwachungskameras werden ausgewertet. Die Münzsammlung bleibt vorerst geschlossen.",
            ],
        },
    },
    {
        "key": "p5-12",
        "section": "kultur",
        "time": "2026-09-12T00:25:00+02:00",
        "original": {
            "title": "Schweizer Cellistin Lea Wyttenbach gewinnt ARD-Musikwettbewerb",
            "lead": "Die Cellistin Lea Wyttenbach aus Bern hat beim Internationalen Musikwettbewerb der ARD in München den ersten Preis im Fach Violoncello gewonnen. Sie setzte sich im Finale gegen zwei Konkurrenten durch.",
            "body": [
                "Die 26-Jährige überzeugte die Jury am Freitagabend im Herkulessaal der Münchner Residenz mit dem Cellokonzert h-Moll von Antonín Dvořák. Begleitet wurden die drei Finalisten vom Symphonieorchester des Bayerischen Rundfunks unter der Leitung von Jakob Dornhuber. Der erste Preis ist mit 10.000 Euro dotiert, zusätzlich erhielt Wyttenbach den Publikumspreis.",
                "Den zweiten Preis vergab die Jury an die Südkoreanerin Seo Ha-eun, den dritten an den Franzosen Antoine Lemaire. Insgesamt hatten sich 61 Cellistinnen und Cellisten aus 24 Ländern für den Wettbewerb angemeldet.",
                "„Lea Wyttenbach spielt mit einer Klarheit und Ruhe, die man in diesem Alter selten hört“, sagte Wettbewerbsleiterin Sabine Ortlieb. Die Bernerin studiert derzeit an der Hochschule für Musik in Basel und spielt ein Instrument von Giovanni Grancino aus dem Jahr 1702, eine Leihgabe einer Schweizer Stiftung. Der 75. ARD-Musikwettbewerb endet am Samstag mit dem Finale im Fach Klavier, das Preisträgerkonzert folgt am Sonntag.",
            ],
        },
        "ticker": {
            "title": "Berner Cellistin siegt in München",
            "text": "Die Schweizerin Lea Wyttenbach hat beim ARD-Musikwettbewerb in München mit Dvořáks Cellokonzert den ersten Preis und den Publikumspreis gewonnen.",
        },
        "rewrite": {
            "title": "Doppelter Triumph für Lea Wyttenbach im Herkulessaal",
            "lead": "Jury und Publikum waren sich einig: Die 26-jährige Bernerin ist die beste Cellistin des diesjährigen ARD-Wettbewerbs.",
            "body": [
                "Mehr Anerkennung geht kaum. Lea Wyttenbach gewann in der Nacht auf Samstag in München nicht nur den mit 10.000 Euro dotierten ersten Preis im Fach Violoncello, sondern auch die Abstimmung im Saal. Die Schweizerin hatte sich für das Dvořák-Konzert entschieden und spielte es gemeinsam mit dem BR-Symphonieorchester und Dirigent Jakob Dornhuber.",
                "Auf den Plätzen folgten Seo Ha-eun aus Südkorea und Antoine Lemaire aus Frankreich. Ursprünglich hatten 61 Bewerberinnen und Bewerber aus 24 Staaten teilnehmen wollen.",
                "Wyttenbach, die in Basel studiert, spielt auf einem Grancino-Cello von 1702, das ihr eine Stiftung zur Verfügung stellt. „Ich habe heute einfach nur Musik gemacht und nicht an die Jury gedacht“, sagte sie nach der Verkündung. Wettbewerbsleiterin Sabine Ortlieb sprach von einer „außergewöhnlich reifen Interpretation“. In der Geschichte des Wettbewerbs gab es im Fach Cello bisher nur wenige Schweizer Preisträger.",
            ],
        },
        "translations": {
            "en": {
                "title": "Swiss cellist Lea Wyttenbach wins ARD Music Competition",
                "lead": "Bern-born cellist Lea Wyttenbach has won first prize in the cello category of the ARD International Music Competition in Munich.",
                "body": [
                    "The 26-year-old impressed the jury on Friday evening in the Herkulessaal of the Munich Residenz with Antonín Dvořák's Cello Concerto in B minor. The three finalists were accompanied by the Bavarian Radio Symphony Orchestra conducted by Jakob Dornhuber. The first prize is worth 10,000 euros, and Wyttenbach also won the audience award.",
                    "The jury awarded second prize to South Korea's Seo Ha-eun and third prize to Antoine Lemaire of France. A total of 61 cellists from 24 countries had applied.",
                    "“Lea Wyttenbach plays with a clarity and calm that is rarely heard at this age,” competition director Sabine Ortlieb said. Wyttenbach studies at the Basel music academy and plays a 1702 instrument by Giovanni Grancino on loan from a Swiss foundation. The 75th ARD Music Competition ends on Saturday with the piano final.",
                ],
            },
            "fr": {
                "title": "Concours de l'ARD: la violoncelliste bernoise Lea Wyttenbach sacrée à Munich",
                "lead": "La violoncelliste Lea Wyttenbach, originaire de Berne, a remporté le premier prix de violoncelle du Concours international de musique de l'ARD à Munich.",
                "body": [
                    "Vendredi soir, dans l'Herkulessaal de la Résidence de Munich, la musicienne de 26 ans a convaincu le jury avec le Concerto pour violoncelle en si mineur d'Antonín Dvořák. Les trois finalistes étaient accompagnés par l'Orchestre symphonique de la Radio bavaroise, sous la direction de Jakob Dornhuber. Le premier prix est doté de 10 000 euros; Lea Wyttenbach a également reçu le prix du public.",
                    "Le jury a attribué le deuxième prix à la Sud-Coréenne Seo Ha-eun et le troisième au Français Antoine Lemaire. Au total, 61 violoncellistes de 24 pays s'étaient inscrits.",
                    "« Lea Wyttenbach joue avec une clarté et un calme qu'on entend rarement à cet âge », a souligné la directrice du concours, Sabine Ortlieb. La Bernoise étudie à la Haute école de musique de Bâle et joue un instrument de Giovanni Grancino datant de 1702, prêté par une fondation suisse.",
                ],
            },
            "it": {
                "title": "Violoncello, la bernese Lea Wyttenbach vince il concorso ARD di Monaco",
                "lead": "La violoncellista bernese Lea Wyttenbach ha vinto il primo premio nella categoria violoncello del Concorso internazionale di musica dell'ARD a Monaco di Baviera.",
                "body": [
                    "Venerdì sera, nella Herkulessaal della Residenza di Monaco, la 26enne ha convinto la giuria con il Concerto per violoncello in si minore di Antonín Dvořák. I tre finalisti sono stati accompagnati dall'Orchestra sinfonica della Radio bavarese diretta da Jakob Dornhuber. Il primo premio è di 10.000 euro; Wyttenbach ha vinto anche il premio del pubblico.",
                    "Il secondo premio è andato alla sudcoreana Seo Ha-eun, il terzo al francese Antoine Lemaire. In tutto si erano iscritti 61 violoncellisti da 24 Paesi.",
                    "«Lea Wyttenbach suona con una chiarezza e una calma che raramente si sentono a quest'età», ha detto la direttrice del concorso Sabine Ortlieb. La musicista studia alla Scuola universitaria di musica di Basilea e suona uno strumento di Giovanni Grancino del 1702, prestato da una fondazione svizzera. La 75ª edizione del concorso si chiude sabato con la finale di pianoforte.",
                ],
            },
        },
        "regional": {
            "variant": "de-CH",
            "title": "Bernerin Lea Wyttenbach gewinnt ARD-Wettbewerb in München",
            "lead": "Die Berner Cellistin Lea Wyttenbach hat am Internationalen Musikwettbewerb der ARD in München den ersten Preis im Fach Violoncello gewonnen.",
            "body": [
                "Die 26-Jährige überzeugte die Jury am Freitagabend im Herkulessaal der Münchner Residenz mit dem Cellokonzert h-Moll von Antonín Dvořák. Begleitet wurden die drei Finalisten vom Symphonieorchester des Bayerischen Rundfunks unter Jakob Dornhuber. Der erste Preis ist mit 10'000 Euro dotiert, zusätzlich erhielt Wyttenbach den Publikumspreis.",
                "Den zweiten Preis vergab die Jury an die Südkoreanerin Seo Ha-eun, den dritten an den Franzosen Antoine Lemaire. Insgesamt hatten sich 61 Cellistinnen und Cellisten aus 24 Ländern angemeldet.",
                "«Lea Wyttenbach spielt mit einer Klarheit und Ruhe, die man in diesem Alter selten hört», sagte Wettbewerbsleiterin Sabine Ortlieb. Die Bernerin studiert an der Musikhochschule Basel und spielt ein Cello von Giovanni Grancino aus dem Jahr 1702, eine Leihgabe einer Schweizer Stiftung.",
            ],
        },
        "sibling": {
            "days": 1,
            "why": "same competition, hall, orchestra and director the next night, piano final with other laureates",
            "title": "Polnischer Pianist Jakub Nowakowski gewinnt ARD-Musikwettbewerb",
            "lead": "Der Pianist Jakub Nowakowski aus Krakau hat beim Internationalen Musikwettbewerb der ARD in München den ersten Preis im Fach Klavier gewonnen.",
            "body": [
                "Der 24-Jährige setzte sich am Samstagabend im Herkulessaal mit dem zweiten Klavierkonzert von Sergei Prokofjew gegen zwei Mitbewerberinnen durch. Das Symphonieorchester des Bayerischen Rundfunks spielte unter der Leitung von Jakob Dornhuber. Der erste Preis ist mit 10.000 Euro dotiert.",
                "Zweite wurde die Japanerin Aoi Takeda, den dritten Preis erhielt die Deutsche Marlene Vogtland, die zusätzlich mit dem Publikumspreis ausgezeichnet wurde. Im Fach Klavier hatten sich 118 Pianistinnen und Pianisten aus 31 Ländern beworben.",
                "„Er hat ein Stück, das oft nur als Kraftakt gespielt wird, mit erstaunlicher Poesie gefüllt“, sagte Wettbewerbsleiterin Sabine Ortlieb. Nowakowski studiert an der Universität Mozarteum in Salzburg. Im Fach Klavier war im vergangenen Jahrzehnt zweimal kein erster Preis vergeben worden.",
            ],
        },
    },
]
