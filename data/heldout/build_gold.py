#!/usr/bin/env python3
"""Writes texts/*.txt and events/*.jsonl of this held-out set from the data below.

The texts and the gold were written together, by hand; this script only lays them out and computes the byte spans
(UTF-8 offsets of each sentence in the body = text after the front matter, stripped), so that a typo in a span
cannot creep in. Run: python3 build_gold.py && python3 check_heldout.py
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "invented held-out text (newskg project), not a real article"


def A(i, text=None):
    return {"id": i} if text is None else {"id": i, "text": text}


def E(s, t, mode, ctx, actor, recip, date, mod, cameo=None):
    """s = sentence number (1-based) in the text."""
    prec = None if date is None else {10: "day", 7: "month", 4: "year"}[len(date)]
    return dict(s=s, event_type=t, mode=mode, context=ctx, actor=actor, recipient=recip, date=date,
                date_precision=prec, modality=mod, cameo=cameo)


ARTICLES = []

# --------------------------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    nn=13, lang="fr", slug="mali-opposant-condamne", date="2025-09-19",
    title="Mali : un opposant condamné à quatre ans de prison, ses partisans dispersés à Bamako",
    paras=[
        ["Un tribunal de Bamako a condamné jeudi l'opposant Oumar Sangaré à quatre ans de prison, dont deux ferme, pour « atteinte au crédit de l'État » et « opposition à l'autorité légitime ».",
         "Il avait été arrêté en juin à son domicile par des agents de la Sécurité d'État, quelques jours après avoir appelé à des élections « sans délai »."],
        ["À l'annonce du verdict, plusieurs centaines de ses partisans se sont rassemblés devant le palais de justice pour dénoncer un « procès politique » orchestré par la junte.",
         "La police les a dispersés à coups de gaz lacrymogène et a interpellé une vingtaine de jeunes, selon des témoins."],
        ["« C'est un verdict dicté par les militaires au pouvoir », a dénoncé dans un communiqué la coalition d'opposition à laquelle appartient son parti, qui réclame sa libération immédiate.",
         "Le Haut-Commissariat des Nations unies aux droits de l'homme a exhorté les autorités de la transition à libérer « tous les détenus politiques »."],
        ["La junte avait suspendu en mai les activités de tous les partis politiques, avant de les dissoudre par décret."],
    ],
    events=[
        E(1, "SANCTION", ["convict"], ["legal", "rights_freedoms"], [A("act-mli-jud", "Un tribunal de Bamako")], [A("act-mli-opp", "l'opposant Oumar Sangaré")], "2025-09-18", "asserted"),
        E(1, "COERCE", ["arrest"], ["legal", "rights_freedoms"], [A("act-mli-jud", "Un tribunal de Bamako")], [A("act-mli-opp", "l'opposant Oumar Sangaré")], "2025-09-18", "asserted"),
        E(2, "COERCE", ["arrest"], ["rights_freedoms", "pro_autocracy"], [A("act-mli-spy", "des agents de la Sécurité d'État")], [A("act-mli-opp", "Il")], "2025-06", "historical"),
        E(2, "REQUEST", ["change"], ["election"], [A("act-mli-opp", "Il")], [A("act-mli-gov")], None, "historical"),
        E(3, "PROTEST", ["demo"], ["rights_freedoms", "legal"], [A("act-mli-cvl", "plusieurs centaines de ses partisans")], [A("act-mli-junta", "la junte")], "2025-09-18", "asserted"),
        E(4, "ASSAULT", ["crowd_control"], ["repression"], [A("act-mli-cop", "La police")], [A("act-mli-cvl", "les")], "2025-09-18", "alleged"),
        E(4, "COERCE", ["arrest"], ["repression"], [A("act-mli-cop", "La police")], [A("act-mli-cvl", "une vingtaine de jeunes")], "2025-09-18", "alleged"),
        E(5, "ACCUSE", ["disapprove"], ["legal", "rights_freedoms"], [A("act-mli-opp", "la coalition d'opposition")], [A("act-mli-junta", "les militaires au pouvoir")], "2025-09-19", "asserted"),
        E(5, "REQUEST", ["yield"], ["rights_freedoms"], [A("act-mli-opp", "la coalition d'opposition")], [A("act-mli-junta")], "2025-09-19", "asserted"),
        E(6, "REQUEST", ["yield"], ["human_rights", "rights_freedoms"], [A("act-ohchr", "Le Haut-Commissariat des Nations unies aux droits de l'homme")], [A("act-mli-gov", "les autorités de la transition")], "2025-09-19", "asserted"),
        E(7, "COERCE", ["restrict"], ["pro_autocracy", "political_institutions"], [A("act-mli-junta", "La junte")], [], "2025-05", "historical"),
        E(7, "COERCE", ["restrict"], ["pro_autocracy", "political_institutions"], [A("act-mli-junta", "La junte")], [], None, "historical"),
    ]))

# --------------------------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    nn=14, lang="en", slug="niger-soldiers-killed-near-mali-border", date="2025-10-08",
    title="Fourteen Nigerien soldiers killed in ambush near Malian border",
    paras=[
        ["At least 14 Nigerien soldiers were killed on Monday when suspected jihadists from the Islamic State's Sahel branch opened fire on their patrol near the border with Mali, the defence ministry said in a statement.",
         "The attackers, who arrived on dozens of motorbikes, then fled towards Malian territory.",
         "Drone strikes the following day killed \"dozens of terrorists\" in the area, according to the army.",
         "Niger's junta on Tuesday ordered two more battalions to the Tillaberi region and extended a night-time curfew there until the end of the year.",
         "In a televised address, General Abdourahamane Tiani accused France of arming and financing jihadist groups to destabilise the country.",
         "Paris rejected the accusation as \"baseless\", a French foreign ministry spokesman said.",
         "Niamey broke off military cooperation with Paris after the July 2023 coup that toppled President Mohamed Bazoum."],
    ],
    events=[
        E(1, "ASSAULT", ["firearms"], ["military", "terrorism"], [A("act-issp", "jihadists from the Islamic State's Sahel branch")], [A("act-ner-mil", "14 Nigerien soldiers")], "2025-10-06", "alleged"),
        E(2, "RETREAT", ["withdraw"], ["terrorism"], [A("act-issp", "The attackers")], [], "2025-10-06", "alleged"),
        E(3, "ASSAULT", ["drone"], ["military", "terrorism"], [A("act-ner-mil", "the army")], [A("act-issp", "terrorists")], "2025-10-07", "alleged"),
        E(4, "MOBILIZE", ["troops"], ["military", "terrorism"], [A("act-ner-cnsp", "Niger's junta")], [], "2025-10-07", "asserted"),
        E(4, "COERCE", ["curfew"], ["terrorism", "rights_freedoms"], [A("act-ner-cnsp", "Niger's junta")], [], "2025-10-07", "asserted"),
        E(5, "ACCUSE", ["allege"], ["terrorism", "diplomatic"], [A("act-tiani", "General Abdourahamane Tiani")], [A("act-fra-gov", "France")], "2025-10-08", "asserted"),
        E(5, "AID", [], ["terrorism", "military"], [A("act-fra-gov", "France")], [A("act-sahel-jihadists", "jihadist groups")], None, "alleged"),
        E(6, "REJECT", [], ["diplomatic"], [A("act-fra-gov", "Paris")], [A("act-tiani")], "2025-10-08", "asserted"),
        E(7, "SANCTION", ["discontinue"], ["military", "diplomatic"], [A("act-ner-gov", "Niamey")], [A("act-fra-gov", "Paris")], "2023", "historical"),
        E(7, "COERCE", ["coup"], ["pro_autocracy"], [A("act-ner-cnsp")], [A("act-bazoum", "President Mohamed Bazoum")], "2023-07", "historical"),
    ]))

# --------------------------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    nn=15, lang="fr", slug="burkina-humanitaires-arretes", date="2025-11-15",
    title="Burkina Faso : huit humanitaires arrêtés, dont deux Français, accusés d'espionnage",
    paras=[
        ["Les autorités burkinabè ont arrêté la semaine dernière à Ouagadougou huit employés d'une organisation humanitaire internationale, dont deux Français et un Tchèque, a-t-on appris vendredi de sources diplomatiques.",
         "Le ministre de la Sécurité les accuse d'avoir transmis à des « puissances étrangères » des informations sensibles sur les opérations de l'armée.",
         "L'organisation, qui fournit des analyses de sécurité aux ONG présentes dans le pays, a vu ses activités suspendues mercredi par un arrêté ministériel.",
         "Paris a exigé vendredi la libération « sans délai » de ses deux ressortissants.",
         "La junte a rejeté cette demande, dénonçant une « ingérence » dans une procédure judiciaire en cours.",
         "Prague a de son côté convoqué le même jour l'ambassadeur du Burkina Faso, accrédité depuis Berlin.",
         "Depuis l'arrivée au pouvoir du capitaine Ibrahim Traoré en septembre 2022, Ouagadougou a expulsé plusieurs diplomates français et suspendu la diffusion de plusieurs médias internationaux."],
    ],
    events=[
        E(1, "COERCE", ["arrest"], ["humanitarian", "intelligence"], [A("act-bfa-gov", "Les autorités burkinabè")], [A("act-fra-cvl", "deux Français"), A("act-cze-cvl", "un Tchèque")], "2025-11", "asserted"),
        E(2, "ACCUSE", ["allege"], ["intelligence", "legal"], [A("act-bfa-gov", "Le ministre de la Sécurité")], [A("act-fra-cvl", "les"), A("act-cze-cvl", "les")], "2025-11-15", "asserted"),
        E(3, "COERCE", ["restrict"], ["humanitarian"], [A("act-bfa-gov")], [], "2025-11-12", "asserted"),
        E(4, "REQUEST", ["yield"], ["diplomatic"], [A("act-fra-gov", "Paris")], [A("act-bfa-gov")], "2025-11-14", "asserted"),
        E(5, "REJECT", ["yield"], ["diplomatic"], [A("act-bfa-junta", "La junte")], [A("act-fra-gov")], "2025-11-15", "asserted"),
        E(5, "ACCUSE", ["disapprove"], ["diplomatic"], [A("act-bfa-junta", "La junte")], [A("act-fra-gov")], "2025-11-15", "asserted"),
        E(6, "ACCUSE", ["disapprove"], ["diplomatic"], [A("act-cze-gov", "Prague")], [A("act-bfa-dip", "l'ambassadeur du Burkina Faso")], "2025-11-14", "asserted"),
        E(7, "SANCTION", ["expel"], ["diplomatic"], [A("act-bfa-gov", "Ouagadougou")], [A("act-fra-dip", "plusieurs diplomates français")], "2022-09", "historical"),
        E(7, "COERCE", ["censor"], ["rights_freedoms"], [A("act-bfa-gov", "Ouagadougou")], [], "2022-09", "historical"),
    ]))

# --------------------------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    nn=16, lang="en", slug="ecowas-aes-free-movement-deal", date="2025-12-15",
    title="ECOWAS and Sahel juntas sign deal to keep borders open",
    paras=[
        ["ECOWAS and the three military-led states of the Alliance of Sahel States (AES) signed a memorandum in Abuja on Sunday guaranteeing the free movement of people and goods between their countries.",
         "Nigeria and Niger also agreed to reopen their shared border to commercial traffic from January 1."],
        ["Nigerian President Bola Tinubu hailed the agreement as \"a victory for our peoples\" and urged the AES to return to the regional bloc \"when it is ready\".",
         "Burkina Faso's foreign minister said a return to ECOWAS was \"not on the agenda\"."],
        ["Mali, Burkina Faso and Niger formally left the bloc in January, accusing it of serving foreign interests.",
         "ECOWAS had imposed sweeping sanctions on Niger after the July 2023 coup in Niamey, before lifting most of them in February 2024.",
         "The AES will hold its own summit in Bamako next week."],
    ],
    events=[
        E(1, "SUPPORT", [], ["economic", "diplomatic", "migration"], [A("act-ecowas", "ECOWAS"), A("act-mli-gov", "the three military-led states of the Alliance of Sahel States (AES)"), A("act-bfa-gov", "the three military-led states of the Alliance of Sahel States (AES)"), A("act-ner-gov", "the three military-led states of the Alliance of Sahel States (AES)")], [], "2025-12-14", "asserted", "057"),
        E(2, "AGREE", [], ["economic"], [A("act-nga-gov", "Nigeria"), A("act-ner-gov", "Niger")], [], "2025-12-15", "asserted", "0311"),
        E(3, "SUPPORT", [], ["diplomatic"], [A("act-nga-gov", "Nigerian President Bola Tinubu")], [], "2025-12-15", "asserted"),
        E(3, "REQUEST", ["change"], ["diplomatic"], [A("act-nga-gov", "Nigerian President Bola Tinubu")], [A("act-mli-gov", "the AES"), A("act-bfa-gov", "the AES"), A("act-ner-gov", "the AES")], "2025-12-15", "asserted"),
        E(4, "REJECT", ["change"], ["diplomatic"], [A("act-bfa-mfa", "Burkina Faso's foreign minister")], [A("act-ecowas", "ECOWAS")], "2025-12-15", "asserted"),
        E(5, "SANCTION", ["withdraw"], ["diplomatic"], [A("act-mli-gov", "Mali"), A("act-bfa-gov", "Burkina Faso"), A("act-ner-gov", "Niger")], [A("act-ecowas", "the bloc")], "2025-01", "historical"),
        E(5, "ACCUSE", ["allege"], ["diplomatic"], [A("act-mli-gov", "Mali"), A("act-bfa-gov", "Burkina Faso"), A("act-ner-gov", "Niger")], [A("act-ecowas", "it")], "2025-01", "historical"),
        E(6, "SANCTION", ["discontinue"], ["economic", "pro_democracy"], [A("act-ecowas", "ECOWAS")], [A("act-ner-gov", "Niger")], "2023", "historical"),
        E(6, "COERCE", ["coup"], ["pro_autocracy"], [A("act-ner-cnsp")], [A("act-ner-gov")], "2023-07", "historical"),
        E(6, "CONCEDE", [], ["economic"], [A("act-ecowas", "ECOWAS")], [A("act-ner-gov", "Niger")], "2024-02", "historical", "081"),
        E(7, "AGREE", [], ["diplomatic"], [A("act-mli-gov", "The AES"), A("act-bfa-gov", "The AES"), A("act-ner-gov", "The AES")], [], "2025-12", "future", "036"),
    ]))

# --------------------------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    nn=17, lang="fr", slug="tchad-boko-haram-lac", date="2026-01-20",
    title="Lac Tchad : au moins dix-sept soldats tués dans une attaque de Boko Haram",
    paras=[
        ["Des combattants de Boko Haram ont attaqué dimanche à l'aube, à l'arme lourde, une position de l'armée tchadienne sur une île du lac Tchad, tuant au moins dix-sept soldats, a annoncé l'état-major.",
         "L'armée a riposté par des frappes aériennes sur plusieurs îles servant de refuge aux assaillants.",
         "Le président Mahamat Idriss Déby Itno s'est rendu lundi sur les lieux et a ordonné l'envoi de renforts dans toute la province du Lac.",
         "Il a de nouveau menacé de retirer les troupes tchadiennes de la Force multinationale mixte (FMM), estimant que son pays « se bat seul » contre les jihadistes.",
         "N'Djaména, qui avait déjà réduit son contingent au sein de la force en 2025, n'a toutefois pas encore mis sa menace à exécution.",
         "Le président nigérian Bola Tinubu s'est entretenu mardi par téléphone avec son homologue tchadien, qu'il a exhorté à rester dans la coalition, a indiqué la présidence nigériane.",
         "Selon les Nations unies, le conflit a déplacé plus de trois millions de personnes dans le bassin du lac Tchad depuis 2009."],
    ],
    events=[
        E(1, "ASSAULT", ["heavy-weapons"], ["military", "terrorism"], [A("act-sahel-jihadists", "Boko Haram")], [A("act-tcd-mil", "l'armée tchadienne")], "2026-01-18", "asserted"),
        E(2, "ASSAULT", ["aerial"], ["military", "terrorism"], [A("act-tcd-mil", "L'armée")], [A("act-sahel-jihadists", "assaillants")], "2026-01-18", "asserted"),
        E(3, "MOBILIZE", ["troops"], ["military", "terrorism"], [A("act-tcd-gov", "Le président Mahamat Idriss Déby Itno")], [], "2026-01-19", "asserted"),
        E(4, "THREATEN", ["relations"], ["military", "terrorism"], [A("act-tcd-gov", "Il")], [], "2026-01-20", "asserted"),
        E(5, "RETREAT", ["withdraw"], ["military"], [A("act-tcd-gov", "N'Djaména")], [], "2025", "historical"),
        E(5, "RETREAT", ["withdraw"], ["military"], [A("act-tcd-gov", "N'Djaména")], [], "2026-01-20", "negated"),
        E(6, "CONSULT", ["phone"], ["military", "diplomatic"], [A("act-nga-gov", "Le président nigérian Bola Tinubu"), A("act-tcd-gov", "son homologue tchadien")], [], "2026-01-20", "asserted"),
        E(6, "REQUEST", ["assist"], ["military", "diplomatic"], [A("act-nga-gov", "Le président nigérian Bola Tinubu")], [A("act-tcd-gov", "son homologue tchadien")], "2026-01-20", "asserted"),
    ]))

# --------------------------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    nn=18, lang="en", slug="us-envoy-meets-goita", date="2026-02-12",
    title="U.S. envoy meets Goita in Bamako as Washington courts Sahel juntas",
    paras=[
        ["A senior U.S. envoy held talks in Bamako on Tuesday with Mali's interim president, General Assimi Goïta, the first visit by a high-ranking American official since the military seized power in August 2020.",
         "They discussed security cooperation and possible American investment in Mali's lithium and gold mines, the U.S. embassy said in a statement."],
        ["Washington has offered to share intelligence on jihadist movements with the Malian army, according to two officials familiar with the talks.",
         "The rapprochement has irritated Moscow, whose Africa Corps paramilitaries have fought alongside Malian troops since mid-2025.",
         "Russia's foreign ministry on Wednesday warned against \"any attempt to drive a wedge\" between Moscow and its African partners."],
        ["In a sign of the thaw, the U.S. Treasury last month removed two Malian ministers from its sanctions list.",
         "Washington suspended most of its security assistance to Bamako in 2020 and has repeatedly criticised the junta's reliance on Russian forces."],
    ],
    events=[
        E(1, "CONSULT", ["visit"], ["diplomatic", "military", "economic"], [A("act-usa-dip", "A senior U.S. envoy")], [A("act-goita", "General Assimi Goïta")], "2026-02-10", "asserted"),
        E(1, "COERCE", ["coup"], ["pro_autocracy"], [A("act-mli-junta", "the military")], [A("act-mli-gov")], "2020-08", "historical"),
        E(3, "AGREE", [], ["intelligence", "terrorism"], [A("act-usa-gov", "Washington")], [A("act-mli-mil", "the Malian army")], "2026-02-12", "alleged", "0314"),
        E(4, "COOPERATE", [], ["military"], [A("act-africa-corps", "Africa Corps paramilitaries")], [A("act-mli-mil", "Malian troops")], "2025", "historical"),
        E(4, "COOPERATE", [], ["military"], [A("act-mli-mil", "Malian troops")], [A("act-africa-corps", "Africa Corps paramilitaries")], "2025", "historical"),
        E(5, "ACCUSE", ["disapprove"], ["diplomatic"], [A("act-rus-mfa", "Russia's foreign ministry")], [A("act-usa-gov")], "2026-02-11", "asserted"),
        E(6, "CONCEDE", [], ["economic", "diplomatic"], [A("act-usa-treasury", "the U.S. Treasury")], [A("act-mli-gov", "two Malian ministers")], "2026-01", "asserted", "081"),
        E(7, "SANCTION", ["discontinue"], ["military"], [A("act-usa-gov", "Washington")], [A("act-mli-gov", "Bamako")], "2020", "historical"),
        E(7, "ACCUSE", ["disapprove"], ["military", "diplomatic"], [A("act-usa-gov", "Washington")], [A("act-mli-junta", "the junta")], None, "historical"),
    ]))

# --------------------------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    nn=19, lang="fr", slug="niger-benin-renouent-le-dialogue", date="2026-03-18",
    title="Le Niger et le Bénin renouent le dialogue à Cotonou",
    paras=[
        ["Le Premier ministre nigérien a été reçu mardi à Cotonou par le président béninois, une première depuis la brouille née du coup d'État de juillet 2023 à Niamey.",
         "Les deux pays se sont engagés à rouvrir « dans les meilleurs délais » leur frontière commune, que Niamey maintient fermée depuis près de trois ans.",
         "Niamey a par ailleurs libéré lundi cinq ressortissants béninois arrêtés en janvier près de la frontière.",
         "Le président béninois a salué « un pas important vers la normalisation », tout en appelant les autorités nigériennes à cesser leurs « accusations infondées ».",
         "La junte accuse depuis 2024 son voisin d'abriter des bases militaires françaises, ce que Cotonou a toujours démenti.",
         "La Chine, qui exploite l'oléoduc reliant les champs pétroliers nigériens au port béninois de Sèmè, a salué ce rapprochement mercredi."],
    ],
    events=[
        E(1, "CONSULT", ["visit"], ["diplomatic"], [A("act-ner-gov", "Le Premier ministre nigérien")], [A("act-ben-gov", "le président béninois")], "2026-03-17", "asserted"),
        E(1, "COERCE", ["coup"], ["pro_autocracy"], [A("act-ner-cnsp")], [A("act-ner-gov")], "2023-07", "historical"),
        E(2, "AGREE", [], ["economic", "diplomatic"], [A("act-ner-gov", "Les deux pays"), A("act-ben-gov", "Les deux pays")], [], "2026-03-18", "asserted", "0311"),
        E(2, "SANCTION", ["discontinue"], ["economic", "diplomatic"], [A("act-ner-gov", "Niamey")], [A("act-ben-gov")], "2023", "historical"),
        E(3, "RETREAT", ["release"], ["diplomatic"], [A("act-ner-gov", "Niamey")], [A("act-ben-cvl", "cinq ressortissants béninois")], "2026-03-16", "asserted"),
        E(3, "COERCE", ["arrest"], ["diplomatic"], [A("act-ner-gov", "Niamey")], [A("act-ben-cvl", "cinq ressortissants béninois")], "2026-01", "historical"),
        E(4, "SUPPORT", [], ["diplomatic"], [A("act-ben-gov", "Le président béninois")], [A("act-ner-gov")], "2026-03-18", "asserted"),
        E(4, "REQUEST", ["change"], ["diplomatic"], [A("act-ben-gov", "Le président béninois")], [A("act-ner-gov", "les autorités nigériennes")], "2026-03-18", "asserted"),
        E(5, "ACCUSE", ["allege"], ["diplomatic", "military"], [A("act-ner-cnsp", "La junte")], [A("act-ben-gov", "son voisin")], "2024", "historical"),
        E(5, "REJECT", [], ["diplomatic"], [A("act-ben-gov", "Cotonou")], [A("act-ner-cnsp")], "2026-03-18", "asserted"),
        E(6, "SUPPORT", [], ["diplomatic", "natural_resource"], [A("act-chn-gov", "La Chine")], [A("act-ner-gov"), A("act-ben-gov")], "2026-03-18", "asserted"),
    ]))

# --------------------------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    nn=20, lang="en", slug="jnim-kills-beninese-soldiers", date="2026-04-09",
    title="JNIM kills 11 Beninese soldiers in attack on northern army post",
    paras=[
        ["Al-Qaeda-linked JNIM fighters killed 11 Beninese soldiers in a dawn assault with mortars and machine guns on an army post in the W National Park on Tuesday, the army said.",
         "The group, which claimed the attack on Wednesday, said two soldiers had been taken prisoner."],
        ["Benin's government announced on Wednesday the deployment of 3,000 additional troops to the north and declared a state of emergency in the border departments of Alibori and Atacora.",
         "In Parakou, hundreds of soldiers' relatives marched on Thursday to demand better equipment for the troops."],
        ["France, which has stepped up intelligence sharing with Cotonou since 2024, said it would supply surveillance drones and training to the Beninese army.",
         "Benin and Togo agreed last year to run joint patrols along their border, but the patrols have yet to begin."],
    ],
    events=[
        E(1, "ASSAULT", ["heavy-weapons", "firearms"], ["military", "terrorism"], [A("act-jnim", "JNIM")], [A("act-ben-mil", "11 Beninese soldiers")], "2026-04-07", "asserted"),
        E(2, "ASSAULT", ["abduct"], ["military", "terrorism"], [A("act-jnim", "The group")], [A("act-ben-mil", "two soldiers")], "2026-04-07", "alleged"),
        E(3, "MOBILIZE", ["troops"], ["military", "terrorism"], [A("act-ben-gov", "Benin's government")], [], "2026-04-08", "asserted"),
        E(3, "COERCE", ["martial-law"], ["terrorism"], [A("act-ben-gov", "Benin's government")], [], "2026-04-08", "asserted"),
        E(4, "PROTEST", ["demo"], ["military"], [A("act-ben-cvl", "hundreds of soldiers' relatives")], [A("act-ben-gov")], "2026-04-09", "asserted"),
        E(5, "COOPERATE", [], ["intelligence", "terrorism"], [A("act-fra-gov", "France")], [A("act-ben-gov", "Cotonou")], "2024", "historical"),
        E(5, "AGREE", [], ["military"], [A("act-fra-gov", "France")], [A("act-ben-mil", "the Beninese army")], None, "future", "0332"),
        E(6, "AGREE", [], ["military"], [A("act-ben-gov", "Benin"), A("act-tgo-gov", "Togo")], [], "2025", "historical", "0312"),
        E(6, "COOPERATE", [], ["military"], [A("act-ben-gov", "Benin")], [A("act-tgo-gov", "Togo")], "2026-04-09", "negated"),
        E(6, "COOPERATE", [], ["military"], [A("act-tgo-gov", "Togo")], [A("act-ben-gov", "Benin")], "2026-04-09", "negated"),
    ]))

# --------------------------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    nn=21, lang="fr", slug="niger-saisie-uranium-manifestation", date="2026-05-13",
    title="Niger : la junte saisit un stock d'uranium, manifestation contre la France à Niamey",
    paras=[
        ["Les autorités nigériennes ont saisi la semaine dernière quelque 1 200 tonnes de concentré d'uranium stockées sur le site minier d'Arlit, exploité jusqu'en 2025 par le groupe français Orano.",
         "Orano a aussitôt annoncé avoir saisi la justice internationale, dénonçant une « spoliation »."],
        ["Samedi, des milliers de personnes ont défilé à Niamey pour soutenir la décision de la junte et dénoncer la « mainmise » de la France sur les ressources du pays.",
         "Le directeur local du groupe, un ressortissant français, a été expulsé du pays lundi, a indiqué une source proche du dossier.",
         "Paris a dénoncé mardi une « décision arbitraire » et « une violation du droit international »."],
        ["Moscou a de son côté proposé mardi de racheter une partie du stock saisi, un an après la signature d'un protocole d'accord avec Niamey sur l'exploitation de l'uranium.",
         "La junte avait suspendu dès août 2023 les exportations d'uranium vers la France."],
    ],
    events=[
        E(1, "COERCE", ["seize"], ["natural_resource", "economic"], [A("act-ner-gov", "Les autorités nigériennes")], [], "2026-05", "asserted"),
        E(3, "SUPPORT", [], ["natural_resource"], [A("act-ner-cvl", "des milliers de personnes")], [A("act-ner-cnsp", "la junte")], "2026-05-09", "asserted"),
        E(3, "PROTEST", ["demo"], ["natural_resource", "diplomatic"], [A("act-ner-cvl", "des milliers de personnes")], [A("act-fra-gov", "la France")], "2026-05-09", "asserted"),
        E(4, "COERCE", ["deport"], ["natural_resource", "economic"], [A("act-ner-gov")], [A("act-fra-cvl", "un ressortissant français")], "2026-05-11", "asserted"),
        E(5, "ACCUSE", ["disapprove"], ["diplomatic", "legal"], [A("act-fra-gov", "Paris")], [A("act-ner-gov")], "2026-05-12", "asserted"),
        E(6, "AGREE", [], ["economic", "natural_resource"], [A("act-rus-gov", "Moscou")], [A("act-ner-gov", "Niamey")], "2026-05-12", "asserted", "0311"),
        E(6, "SUPPORT", [], ["economic", "natural_resource"], [A("act-rus-gov", "Moscou"), A("act-ner-gov", "Niamey")], [], "2025", "historical", "057"),
        E(7, "SANCTION", ["discontinue"], ["economic", "natural_resource"], [A("act-ner-cnsp", "La junte")], [A("act-fra-gov", "la France")], "2023-08", "historical"),
    ]))

# --------------------------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    nn=22, lang="en", slug="jnim-frees-spanish-engineer", date="2026-06-24",
    title="JNIM frees Spanish engineer kidnapped in Burkina Faso",
    paras=[
        ["Al-Qaeda's Sahel affiliate JNIM on Monday released a Spanish engineer it had kidnapped in northern Burkina Faso last year, Spain's foreign ministry said.",
         "He was handed over to Spanish diplomats in Niamey and is in good health.",
         "Madrid thanked the Nigerien authorities for their \"decisive\" role in securing his release but denied that any ransom had been paid."],
        ["JNIM is still holding at least a dozen foreigners in the Sahel, including a Canadian geologist seized in eastern Burkina Faso in March, whom the group has threatened to execute.",
         "Ottawa has urged the Burkinabe authorities to do more to secure his release, while the junta in Ouagadougou has ruled out any negotiations with \"terrorists\".",
         "In February, Burkinabe troops rescued four Ghanaian traders held by the group near the border with Togo."],
    ],
    events=[
        E(1, "RETREAT", ["release"], ["terrorism"], [A("act-jnim", "JNIM")], [A("act-esp-cvl", "a Spanish engineer")], "2026-06-22", "asserted"),
        E(1, "ASSAULT", ["abduct"], ["terrorism"], [A("act-jnim", "it")], [A("act-esp-cvl", "a Spanish engineer")], "2025", "historical"),
        E(3, "SUPPORT", [], ["diplomatic", "terrorism"], [A("act-esp-gov", "Madrid")], [A("act-ner-gov", "the Nigerien authorities")], "2026-06-24", "asserted"),
        E(3, "REJECT", [], ["terrorism"], [A("act-esp-gov", "Madrid")], [], "2026-06-24", "asserted"),
        E(4, "ASSAULT", ["abduct"], ["terrorism"], [A("act-jnim", "JNIM")], [A("act-can-cvl", "a Canadian geologist")], "2026-03", "historical"),
        E(4, "THREATEN", ["violence"], ["terrorism"], [A("act-jnim", "the group")], [A("act-can-cvl", "a Canadian geologist")], "2026-06-24", "asserted"),
        E(5, "REQUEST", ["assist"], ["diplomatic", "terrorism"], [A("act-can-gov", "Ottawa")], [A("act-bfa-gov", "the Burkinabe authorities")], "2026-06-24", "asserted"),
        E(5, "REJECT", ["meet"], ["terrorism"], [A("act-bfa-junta", "the junta in Ouagadougou")], [A("act-sahel-jihadists", "terrorists")], "2026-06-24", "asserted"),
        E(6, "AID", [], ["military", "terrorism"], [A("act-bfa-mil", "Burkinabe troops")], [A("act-gha-cvl", "four Ghanaian traders")], "2026-02", "asserted"),
        E(6, "ASSAULT", ["abduct"], ["terrorism"], [A("act-jnim", "the group")], [A("act-gha-cvl", "four Ghanaian traders")], None, "historical"),
    ]))

# --------------------------------------------------------------------------------------------------------------
AES_ARMIES = "Les armées du Burkina Faso, du Mali et du Niger"
ARTICLES.append(dict(
    nn=23, lang="fr", slug="burkina-mobilisation-operation-aes", date="2026-07-08",
    title="Burkina : nouvelle « mobilisation générale », les armées de l'AES lancent une opération conjointe",
    paras=[
        ["Le gouvernement burkinabè a décrété lundi une « mobilisation générale » de trois mois, qui autorise la réquisition de jeunes hommes pour renforcer les Volontaires pour la défense de la patrie (VDP), les supplétifs civils de l'armée.",
         "Les armées du Burkina Faso, du Mali et du Niger ont lancé mardi une opération conjointe dans la zone dite des trois frontières, a annoncé l'état-major de la force unifiée de l'AES.",
         "Des frappes de drones menées dans ce cadre ont tué « plusieurs dizaines de terroristes », selon la même source.",
         "Le GSIM a revendiqué mercredi une attaque contre un convoi de ravitaillement de l'armée burkinabè près de Djibo, affirmant avoir détruit une quinzaine de véhicules.",
         "Ouagadougou a par ailleurs suspendu mardi deux radios étrangères, accusées d'avoir relayé la « propagande » jihadiste.",
         "La CEDEAO a salué la « détermination » des trois pays face au terrorisme, tout en appelant les juntes à respecter les droits des civils.",
         "Selon le HCR, plus de deux millions de Burkinabè ont dû fuir leur foyer depuis 2019."],
    ],
    events=[
        E(1, "MOBILIZE", ["militia"], ["military", "terrorism"], [A("act-bfa-gov", "Le gouvernement burkinabè")], [], "2026-07-06", "asserted"),
        E(2, "COOPERATE", [], ["military", "terrorism"], [A("act-bfa-mil", AES_ARMIES)], [A("act-mli-mil", AES_ARMIES), A("act-ner-mil", AES_ARMIES)], "2026-07-07", "asserted"),
        E(2, "COOPERATE", [], ["military", "terrorism"], [A("act-mli-mil", AES_ARMIES)], [A("act-bfa-mil", AES_ARMIES), A("act-ner-mil", AES_ARMIES)], "2026-07-07", "asserted"),
        E(2, "COOPERATE", [], ["military", "terrorism"], [A("act-ner-mil", AES_ARMIES)], [A("act-bfa-mil", AES_ARMIES), A("act-mli-mil", AES_ARMIES)], "2026-07-07", "asserted"),
        E(3, "ASSAULT", ["drone"], ["military", "terrorism"], [A("act-bfa-mil"), A("act-mli-mil"), A("act-ner-mil")], [A("act-sahel-jihadists", "terroristes")], "2026-07-07", "alleged"),
        E(4, "ASSAULT", ["destroy"], ["military", "terrorism"], [A("act-jnim", "Le GSIM")], [A("act-bfa-mil", "l'armée burkinabè")], None, "alleged"),
        E(5, "COERCE", ["censor"], ["rights_freedoms", "terrorism"], [A("act-bfa-gov", "Ouagadougou")], [], "2026-07-07", "asserted"),
        E(5, "ACCUSE", ["allege"], ["misinformation", "terrorism"], [A("act-bfa-gov", "Ouagadougou")], [], "2026-07-07", "asserted"),
        E(6, "SUPPORT", [], ["terrorism", "diplomatic"], [A("act-ecowas", "La CEDEAO")], [A("act-bfa-gov", "des trois pays"), A("act-mli-gov", "des trois pays"), A("act-ner-gov", "des trois pays")], "2026-07-08", "asserted"),
        E(6, "REQUEST", ["change"], ["human_rights"], [A("act-ecowas", "La CEDEAO")], [A("act-bfa-junta", "les juntes"), A("act-mli-junta", "les juntes"), A("act-ner-cnsp", "les juntes")], "2026-07-08", "asserted"),
    ]))

# --------------------------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    nn=24, lang="en", slug="russia-blocks-unsc-sahel-statement", date="2026-08-20",
    title="Russia blocks UN Security Council statement on Sahel killings",
    paras=[
        ["Russia on Wednesday blocked a draft UN Security Council statement condemning attacks on civilians in the Sahel, diplomats said.",
         "France and Sierra Leone, which drafted the text, said they were \"deeply disappointed\".",
         "Russia's deputy ambassador to the UN accused Western countries of \"using human rights as a weapon\" against sovereign African states."],
        ["UN Secretary-General Antonio Guterres has repeatedly urged the military governments of Mali, Burkina Faso and Niger to allow independent investigations into alleged abuses by their forces.",
         "In July, Mali's junta expelled the head of the UN human rights office in Bamako, accusing him of \"bias\".",
         "The three juntas deny that their forces have deliberately targeted civilians."],
        ["Last week, Burkina Faso's junta pardoned 40 soldiers who had been convicted of killing civilians during an operation in the north in 2023."],
    ],
    events=[
        E(1, "REJECT", ["yield"], ["diplomatic", "human_rights"], [A("act-rus-gov", "Russia")], [A("act-unsc", "UN Security Council")], "2026-08-19", "asserted"),
        E(2, "ACCUSE", ["disapprove"], ["diplomatic"], [A("act-fra-gov", "France"), A("act-sle-gov", "Sierra Leone")], [A("act-rus-gov")], "2026-08-20", "asserted"),
        E(4, "REQUEST", ["yield"], ["human_rights"], [A("act-un", "UN Secretary-General Antonio Guterres")], [A("act-mli-junta", "the military governments of Mali, Burkina Faso and Niger"), A("act-bfa-junta", "the military governments of Mali, Burkina Faso and Niger"), A("act-ner-cnsp", "the military governments of Mali, Burkina Faso and Niger")], None, "historical"),
        E(5, "SANCTION", ["expel"], ["human_rights", "diplomatic"], [A("act-mli-junta", "Mali's junta")], [A("act-ohchr", "the UN human rights office")], "2026-07", "asserted"),
        E(5, "ACCUSE", ["disapprove"], ["human_rights"], [A("act-mli-junta", "Mali's junta")], [A("act-ohchr", "him")], "2026-07", "asserted"),
        E(6, "REJECT", [], ["human_rights"], [A("act-mli-junta", "The three juntas"), A("act-bfa-junta", "The three juntas"), A("act-ner-cnsp", "The three juntas")], [], "2026-08-20", "asserted"),
        E(7, "CONCEDE", [], ["human_rights", "legal"], [A("act-bfa-junta", "Burkina Faso's junta")], [A("act-bfa-mil", "40 soldiers")], "2026-08", "asserted"),
        E(7, "SANCTION", ["convict"], ["human_rights", "legal"], [A("act-bfa-jud")], [A("act-bfa-mil", "40 soldiers")], None, "historical"),
        E(7, "ASSAULT", ["targeted"], ["human_rights"], [A("act-bfa-mil", "40 soldiers")], [A("act-bfa-cvl", "civilians")], "2023", "historical"),
    ]))

# --------------------------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    nn=25, lang="fr", slug="ue-aide-refugies-burkinabe-cote-ivoire", date="2026-09-10",
    title="Réfugiés burkinabè : l'UE débloque 25 millions d'euros pour le nord ivoirien",
    paras=[
        ["L'Union européenne a débloqué mercredi une aide d'urgence de 25 millions d'euros pour les quelque 80 000 réfugiés burkinabè installés dans le nord de la Côte d'Ivoire, a annoncé sa délégation à Abidjan.",
         "Ces fonds seront acheminés par le Programme alimentaire mondial et le Haut-Commissariat des Nations unies pour les réfugiés (HCR).",
         "Abidjan, qui accueille la majorité de ces réfugiés depuis 2023, a appelé les bailleurs à ne pas « oublier » les pays côtiers."],
        ["Nombre d'entre eux disent avoir fui des exactions attribuées à l'armée burkinabè et à ses supplétifs civils.",
         "Ouagadougou rejette ces accusations, qu'il qualifie de « campagne de dénigrement »."],
        ["Début septembre, la Côte d'Ivoire a remis en liberté une trentaine de Burkinabè arrêtés en juillet pour séjour irrégulier, un geste salué par Ouagadougou.",
         "Une visite officielle du Premier ministre ivoirien à Ouagadougou est prévue en octobre."],
    ],
    events=[
        E(1, "AID", [], ["humanitarian", "migration"], [A("act-eu", "L'Union européenne")], [A("act-bfa-cvl", "réfugiés burkinabè")], "2026-09-09", "asserted"),
        E(2, "AGREE", [], ["humanitarian", "migration"], [A("act-un", "le Programme alimentaire mondial")], [], None, "future", "0333"),
        E(3, "AID", [], ["asylum", "migration"], [A("act-civ-gov", "Abidjan")], [A("act-bfa-cvl", "ces réfugiés")], "2023", "historical"),
        E(3, "REQUEST", ["assist"], ["humanitarian", "migration"], [A("act-civ-gov", "Abidjan")], [], "2026-09-10", "asserted"),
        E(4, "ASSAULT", [], ["human_rights", "repression"], [A("act-bfa-mil", "l'armée burkinabè")], [A("act-bfa-cvl", "Nombre d'entre eux")], None, "alleged"),
        E(4, "SANCTION", ["expel"], ["migration", "human_rights"], [A("act-bfa-mil", "l'armée burkinabè")], [A("act-bfa-cvl", "Nombre d'entre eux")], None, "alleged"),
        E(5, "REJECT", [], ["human_rights"], [A("act-bfa-gov", "Ouagadougou")], [A("act-bfa-cvl")], "2026-09-10", "asserted"),
        E(5, "ACCUSE", ["disapprove"], ["human_rights", "misinformation"], [A("act-bfa-gov", "Ouagadougou")], [A("act-bfa-cvl")], "2026-09-10", "asserted"),
        E(6, "RETREAT", ["release"], ["migration"], [A("act-civ-gov", "la Côte d'Ivoire")], [A("act-bfa-cvl", "une trentaine de Burkinabè")], "2026-09", "asserted"),
        E(6, "COERCE", ["arrest"], ["migration"], [A("act-civ-gov", "la Côte d'Ivoire")], [A("act-bfa-cvl", "une trentaine de Burkinabè")], "2026-07", "historical"),
        E(6, "SUPPORT", [], ["diplomatic", "migration"], [A("act-bfa-gov", "Ouagadougou")], [A("act-civ-gov")], "2026-09-10", "asserted"),
        E(7, "AGREE", [], ["diplomatic"], [A("act-civ-gov", "Premier ministre ivoirien")], [A("act-bfa-gov", "Ouagadougou")], "2026-10", "future", "036"),
    ]))

# --------------------------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    nn=26, lang="en", slug="africa-corps-leaves-tessalit", date="2026-10-01",
    title="Africa Corps pulls out of northern Mali base as jihadist rivals clash",
    paras=[
        ["Russia's Africa Corps withdrew its personnel from the military base in Tessalit, in northern Mali, at the weekend and handed it over to the Malian army, two security sources said on Wednesday."],
        ["Fighters from JNIM and the Islamic State Sahel Province clashed for several days last week near Menaka, leaving dozens dead on both sides, according to local residents.",
         "ISSP fighters also torched several villages accused of supporting their rivals, a local official said.",
         "The Malian government on Tuesday imposed a dusk-to-dawn curfew in the Menaka region."],
        ["The army said it would send reinforcements to Tessalit.",
         "French troops left the base in 2021, and UN peacekeepers withdrew from the region two years later."],
        ["Algeria, which borders the region, called for restraint and offered to host talks between Bamako and the Tuareg-led rebels who control parts of the north.",
         "Bamako, which accuses Algiers of harbouring \"terrorists\", swiftly rejected the offer."],
    ],
    events=[
        E(1, "RETREAT", ["withdraw"], ["military"], [A("act-africa-corps", "Russia's Africa Corps")], [], "2026-09", "asserted"),
        E(2, "ASSAULT", [], ["terrorism"], [A("act-jnim", "JNIM"), A("act-issp", "the Islamic State Sahel Province")], [], "2026-09", "alleged"),
        E(3, "ASSAULT", ["destroy", "primitive"], ["terrorism", "human_security"], [A("act-issp", "ISSP fighters")], [A("act-mli-cvl", "several villages")], "2026-09", "asserted"),
        E(4, "COERCE", ["curfew"], ["terrorism", "rights_freedoms"], [A("act-mli-gov", "The Malian government")], [], "2026-09-29", "asserted"),
        E(5, "MOBILIZE", ["troops"], ["military"], [A("act-mli-mil", "The army")], [], None, "future"),
        E(6, "RETREAT", ["withdraw"], ["military"], [A("act-fra-mil", "French troops")], [], "2021", "historical"),
        E(6, "RETREAT", ["withdraw"], ["peacekeeping"], [A("act-minusma", "UN peacekeepers")], [], "2023", "historical"),
        E(7, "REQUEST", ["yield"], ["military", "diplomatic"], [A("act-dza-gov", "Algeria")], [], "2026-10-01", "asserted"),
        E(7, "AGREE", [], ["diplomatic"], [A("act-dza-gov", "Algeria")], [A("act-mli-gov", "Bamako")], "2026-10-01", "asserted", "039"),
        E(8, "REJECT", ["meet"], ["diplomatic"], [A("act-mli-gov", "Bamako")], [A("act-dza-gov", "Algiers")], "2026-10-01", "asserted"),
        E(8, "ACCUSE", ["allege"], ["terrorism", "diplomatic"], [A("act-mli-gov", "Bamako")], [A("act-dza-gov", "Algiers")], "2026-10-01", "asserted"),
    ]))

# --------------------------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    nn=27, lang="fr", slug="niger-greve-enseignants", date="2026-10-14",
    title="Niger : grève des enseignants, trois syndicalistes interpellés à Niamey",
    paras=[
        ["Les enseignants contractuels du Niger ont entamé lundi une grève illimitée pour réclamer le paiement de cinq mois d'arriérés de salaire, paralysant la plupart des écoles publiques du pays.",
         "Trois dirigeants syndicaux ont été interpellés mardi à Niamey par la police, a indiqué leur organisation.",
         "Le ministre de l'Éducation a menacé de radier les grévistes qui ne reprendraient pas le travail d'ici lundi.",
         "Le gouvernement s'est toutefois engagé mercredi à verser deux mois d'arriérés avant la fin du mois.",
         "Les syndicats ont jugé la proposition insuffisante et maintiennent leur mot d'ordre.",
         "Les autorités de transition ont dissous les partis politiques en mars 2025 et suspendu depuis plusieurs syndicats, dont celui des magistrats.",
         "Après une grève des enseignants en 2024, le général Abdourahamane Tiani avait accordé une prime exceptionnelle au secteur.",
         "L'Organisation internationale du travail a appelé Niamey à libérer « sans condition » les syndicalistes interpellés."],
    ],
    events=[
        E(1, "PROTEST", ["strike"], ["economic"], [A("act-ner-cvl", "Les enseignants contractuels du Niger")], [A("act-ner-gov")], "2026-10-12", "asserted"),
        E(2, "COERCE", ["arrest"], ["rights_freedoms", "repression"], [A("act-ner-cop", "la police")], [A("act-ner-cvl", "Trois dirigeants syndicaux")], "2026-10-13", "asserted"),
        E(3, "THREATEN", [], ["economic", "rights_freedoms"], [A("act-ner-gov", "Le ministre de l'Éducation")], [A("act-ner-cvl", "les grévistes")], "2026-10-14", "asserted"),
        E(4, "CONCEDE", [], ["economic"], [A("act-ner-gov", "Le gouvernement")], [A("act-ner-cvl")], "2026-10-14", "asserted", "0832"),
        E(5, "REJECT", [], ["economic"], [A("act-ner-cvl", "Les syndicats")], [A("act-ner-gov")], "2026-10-14", "asserted"),
        E(6, "COERCE", ["restrict"], ["pro_autocracy", "political_institutions"], [A("act-ner-gov", "Les autorités de transition")], [], "2025-03", "historical"),
        E(6, "COERCE", ["restrict"], ["pro_autocracy", "rights_freedoms"], [A("act-ner-gov", "Les autorités de transition")], [], None, "historical"),
        E(7, "PROTEST", ["strike"], ["economic"], [A("act-ner-cvl", "enseignants")], [A("act-ner-gov")], "2024", "historical"),
        E(7, "CONCEDE", [], ["economic"], [A("act-tiani", "le général Abdourahamane Tiani")], [A("act-ner-cvl")], "2024", "historical", "0832"),
        E(8, "REQUEST", ["yield"], ["rights_freedoms"], [A("act-un", "L'Organisation internationale du travail")], [A("act-ner-gov", "Niamey")], "2026-10-14", "asserted"),
    ]))

# --------------------------------------------------------------------------------------------------------------
ARTICLES.append(dict(
    nn=28, lang="en", slug="mauritania-summons-malian-envoy", date="2026-10-22",
    title="Mauritania summons Malian envoy after herders killed near border",
    paras=[
        ["Mauritania summoned Mali's ambassador on Wednesday after seven Mauritanian herders were shot dead at the weekend by Malian soldiers and Russian paramilitaries near the border town of Adel Bagrou, the foreign ministry in Nouakchott said.",
         "Nouakchott demanded an independent investigation and warned that it would \"take all necessary measures\" to protect its citizens."],
        ["Malian Foreign Minister Abdoulaye Diop expressed his \"deep regret\" in a phone call with his Mauritanian counterpart on Thursday.",
         "Mauritania's army said it had deployed additional units along the frontier."],
        ["In 2022, the two countries set up a joint commission of inquiry after a series of similar killings blamed on Malian troops and Wagner mercenaries.",
         "Thousands of Malian refugees live in Mauritania's Mbera camp, where the World Food Programme halved rations in September for lack of funding.",
         "The European Union, which signed a migration partnership with Nouakchott in 2024, said it was \"following the situation closely\"."],
    ],
    events=[
        E(1, "ACCUSE", ["disapprove"], ["diplomatic", "human_rights"], [A("act-mrt-gov", "Mauritania")], [A("act-mli-dip", "Mali's ambassador")], "2026-10-21", "asserted"),
        E(1, "ASSAULT", ["targeted", "firearms"], ["human_rights"], [A("act-mli-mil", "Malian soldiers"), A("act-africa-corps", "Russian paramilitaries")], [A("act-mrt-cvl", "seven Mauritanian herders")], "2026-10", "asserted"),
        E(2, "REQUEST", ["yield"], ["human_rights", "diplomatic"], [A("act-mrt-gov", "Nouakchott")], [A("act-mli-gov")], "2026-10-22", "asserted"),
        E(2, "THREATEN", [], ["diplomatic"], [A("act-mrt-gov", "Nouakchott")], [A("act-mli-gov")], "2026-10-22", "asserted"),
        E(3, "CONSULT", ["phone"], ["diplomatic"], [A("act-mli-mfa", "Malian Foreign Minister Abdoulaye Diop"), A("act-mrt-mfa", "his Mauritanian counterpart")], [], "2026-10-22", "asserted"),
        E(3, "CONCEDE", [], ["diplomatic", "human_rights"], [A("act-mli-mfa", "Malian Foreign Minister Abdoulaye Diop")], [A("act-mrt-mfa", "his Mauritanian counterpart")], "2026-10-22", "asserted"),
        E(4, "MOBILIZE", ["troops"], ["military"], [A("act-mrt-mil", "Mauritania's army")], [], None, "asserted"),
        E(5, "ACCUSE", ["investigate"], ["human_rights", "legal"], [A("act-mli-gov", "the two countries"), A("act-mrt-gov", "the two countries")], [], "2022", "historical"),
        E(5, "ASSAULT", ["targeted"], ["human_rights"], [A("act-mli-mil", "Malian troops"), A("act-wagner", "Wagner mercenaries")], [A("act-mrt-cvl")], None, "alleged"),
        E(6, "SANCTION", ["discontinue"], ["humanitarian", "migration"], [A("act-un", "the World Food Programme")], [A("act-mli-cvl", "Malian refugees")], "2026-09", "asserted"),
        E(7, "SUPPORT", [], ["migration", "diplomatic"], [A("act-eu", "The European Union"), A("act-mrt-gov", "Nouakchott")], [], "2024", "historical", "057"),
    ]))


def main():
    for art in ARTICLES:
        nn, lang = art["nn"], art["lang"]
        aid = f"art-heldout-{nn:02d}"
        sents = [s for p in art["paras"] for s in p]
        body = "\n\n".join(" ".join(p) for p in art["paras"])
        assert 4 <= len(sents) <= 9, (aid, len(sents))
        head = (f"---\nid: {aid}\ntitle: {art['title']}\ndate: {art['date']}\nlang: {lang}\nsource: {SOURCE}\n---\n\n")
        with open(os.path.join(HERE, "texts", f"{nn:02d}_{lang}_{art['slug']}.txt"), "w", encoding="utf-8") as f:
            f.write(head + body + "\n")
        b = body.encode("utf-8")
        spans = []
        for s in sents:
            sb = s.encode("utf-8")
            assert b.count(sb) == 1, (aid, s)
            i = b.index(sb)
            spans.append([i, i + len(sb)])
        with open(os.path.join(HERE, "events", f"{aid}.jsonl"), "w", encoding="utf-8") as f:
            for k, ev in enumerate(art["events"], 1):
                s = ev["s"]
                rec = {"id": f"evt-heldout-{nn:02d}-{k}", "article": aid, "event_type": ev["event_type"],
                       "mode": ev["mode"], "context": ev["context"], "actor": ev["actor"], "recipient": ev["recipient"],
                       "date": ev["date"], "date_precision": ev["date_precision"], "modality": ev["modality"],
                       "sentence": sents[s - 1], "span": spans[s - 1], "confidence": 1.0, "rule": "gold"}
                if ev["cameo"]:
                    rec["cameo"] = ev["cameo"]
                for a in ev["actor"] + ev["recipient"]:
                    assert "text" not in a or a["text"] in sents[s - 1], (aid, k, a)
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
