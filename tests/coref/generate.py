#!/usr/bin/env python3
"""Writes tests/coref/cases.txt: coreference cases built from the patterns of issue 12.

Each pattern is a short passage with slots for people, organisations and places; each is filled
with several casts (names from many languages and outlets' conventions), so that a rule that only
fits one name cannot pass. Run from the repository root: python3 tests/coref/generate.py

Case format (tests/coref.rs reads it): `[id] pattern`, then the passage (one line per paragraph),
then one `source => entity` line per expected source in text order (`?` = must stay unresolved);
sources and entity names compare case-insensitively (`The University of Leeds` at a sentence start).
"""

MEN = [
    ("James", "Corrigan"), ("Daniel", "Okafor"), ("Hiroshi", "Tanaka"), ("Marc", "Tremblay"),
    ("Sean", "O'Brien"), ("Rahul", "Mehta"), ("Tomasz", "Nowak"), ("Kwame", "Mensah"),
]
WOMEN = [
    ("Ana", "Ruiz"), ("Priya", "Sharma"), ("Olena", "Kovalenko"), ("Sarah", "Mitchell"),
    ("Mei", "Lin"), ("Fatima", "Haddad"), ("Ingrid", "Larsen"), ("Chloe", "Gagnon"),
]
ORGS = [
    ("Shell", "the company"), ("the University of Leeds", "the university"),
    ("the Ministry of Health", "the ministry"), ("Amnesty International", "the group"),
    ("Toyota", "the carmaker"), ("the Canadian Medical Association", "the association"),
    ("Hydro-Québec", "the utility"), ("the World Bank", "the bank"),
]
CITIES = ["Toronto", "Leeds", "Osaka", "Montreal", "Cork", "Pune", "Gdansk", "Accra"]
COUNTRIES = ["France", "Japan", "Canada", "Ireland", "India", "Poland", "Ghana", "Brazil"]

# (pattern, passage, [(source, entity)]). Slots: {M} {Mf} {Ml} (a man, first, last name), {M2}...,
# {F} {Ff} {Fl}, {F2}..., {ORG} {org} (its description), {CITY}, {COUNTRY}.
PATTERNS = [
    # --- pronoun after a non-speech mention
    ("pronoun-after-mention", "Lawmakers asked whether {M} had heard that argument. “I've heard it a lot,” he said.", [("he", "{M}")]),
    ("pronoun-after-mention", "{M} met reporters outside the court on Wednesday. He said the verdict was unjust.", [("He", "{M}")]),
    ("pronoun-after-mention", "{F} has run the clinic since 2015. She said demand had doubled this year.", [("She", "{F}")]),
    ("pronoun-after-mention", "The board dismissed {M} last week. “It came as a shock,” he told reporters.", [("he", "{M}")]),
    ("pronoun-after-mention", "{F} arrived in {CITY} on Tuesday.\n“We came to listen,” she said.", [("she", "{F}")]),
    ("pronoun-after-mention", "“Prices will rise,” {F2} said. {M} visited the market later. “They will fall,” he said.", [("{F2}", "{F2}"), ("he", "{M}")]),
    ("pronoun-after-mention", "Police questioned {M} for three hours. He said he had done nothing wrong.", [("He", "{M}")]),
    # --- salience: subject of the previous sentence outranks the last speaker
    ("salience", "“The plan is sound,” {M2} said. Later, {M} took the stage. He said the plan would fail.", [("{M2}", "{M2}"), ("He", "{M}")]),
    ("salience", "“We are on track,” {F2} said on Monday. {F} rejected that view on Tuesday. She said the project was late.", [("{F2}", "{F2}"), ("She", "{F}")]),
    ("salience", "“Sales are up,” {M2} told analysts.\n{M} has run the rival firm for a decade. “Ours are up more,” he said.", [("{M2}", "{M2}"), ("he", "{M}")]),
    # --- two people of one gender
    ("same-gender", "{F} and {F2} met on Tuesday. {F2l} said the talks were useful.", [("{F2l}", "{F2}")]),
    ("same-gender", "“The vote is lost,” {M} said. {M2} disagreed. “It is not lost,” he said.", [("{M}", "{M}"), ("he", "{M2}")]),
    ("same-gender", "“We need more beds,” said {F}. {F2}, a nurse, agreed. She said the ward was full.", [("{F}", "{F}"), ("She", "{F2}")]),
    ("same-gender", "“I will run again,” {M} said. {M2l} said he would not. {Ml} added that he was ready.", [("{M}", "{M}"), ("{M2l}", "{M2l}"), ("{Ml}", "{M}")]),
    ("mixed-gender", "{M} and {F} founded the firm in 2009. She said the early years were hard.", [("She", "{F}")]),
    ("mixed-gender", "“It was close,” {F} said. “We almost lost,” {M} said. “I never doubted it,” she added.", [("{F}", "{F}"), ("{M}", "{M}"), ("she", "{F}")]),
    ("mixed-gender", "“We will appeal,” {F2} said. {M} walked into the courtroom. “I am innocent,” he said.", [("{F2}", "{F2}"), ("he", "{M}")]),
    # --- name containment and honorifics
    ("name-containment", "{M} arrived late for the hearing. “We lost the first round,” {Ml} said.", [("{Ml}", "{M}")]),
    ("name-containment", "“Nothing has changed,” {F} said. Mrs. {Fl} said the offer stood.", [("{F}", "{F}"), ("Mrs. {Fl}", "{F}")]),
    ("name-containment", "{M} spoke first. Mr {Ml} said the deal was fair.", [("Mr {Ml}", "{M}")]),
    ("name-containment", "“We are ready,” {Ml} said. {M} is the team's captain.", [("{Ml}", "{M}")]),
    ("ambiguous-surname", "{M} and his sister {Ff} {Ml} run the bakery. “Bread is dear,” {Ml} said.", [("{Ml}", "?")]),
    # --- titles before names
    ("title", "Incoming Cabinet Office Chief of Staff {M} spoke on Sunday. He also said the team was ready.", [("He", "{M}")]),
    ("title", "Health Minister {F} said the vaccine was safe. She added that supplies were short.", [("Health Minister {F}", "{F}"), ("She", "{F}")]),
    ("title", "Senator {F} said the bill would pass. The senator added that votes were secured.", [("Senator {F}", "{F}"), ("The senator", "{F}")]),
    ("title", "Police Chief {M} said the road would reopen. The chief said no one was hurt.", [("Police Chief {M}", "{M}"), ("The chief", "{M}")]),
    ("title", "Finance Minister {M} met bankers on Monday. “Rates must fall,” he said.", [("he", "{M}")]),
    # --- appositions
    ("apposition", "{M}, the company's chief executive, spoke to staff. The chief executive said profits had risen.", [("The chief executive", "{M}")]),
    ("apposition", "{F}, a professor at {ORG}, studies migration. “The numbers are clear,” she said.", [("she", "{F}")]),
    ("apposition", "“The data is thin,” said {F}, a researcher at {ORG}. She said more work was needed.", [("She", "{F}")]),
    ("apposition", "{M}, the mayor of {CITY}, opened the bridge. The mayor said it was on budget.", [("The mayor", "{M}")]),
    ("apposition", "{F}, a spokeswoman for {ORG}, said the plan was final. The spokeswoman said talks were over.", [("The spokeswoman", "{F}")]),
    # --- predicate nominatives
    ("predicate-nominative", "{M} is the mayor of {CITY}. The mayor said the budget was tight.", [("The mayor", "{M}")]),
    ("predicate-nominative", "The new coach is {M}. “We start tomorrow,” he said.", [("he", "{M}")]),
    ("predicate-nominative", "{F} became the director of the museum in 2019. The director said visits had doubled.", [("The director", "{F}")]),
    # --- organisations and their people
    ("organisation-people", "{ORG} said it would cut 200 jobs. Its chief executive, {M}, said the cuts were painful.", [("{ORG}", "{ORG}"), ("{M}", "{M}")]),
    ("organisation-people", "{F} of {ORG} said the report was flawed. She said it ignored the data.", [("She", "{F}")]),
    ("organisation-people", "{M}, who works for {ORG}, was at the site. He said the damage was severe.", [("He", "{M}")]),
    ("organisation-people", "{ORG} hired {F} in March. She said the job was a challenge.", [("She", "{F}")]),
    ("organisation-people", "“We regret the error,” {ORG} said in a statement. {M}, a lawyer, said he would sue.", [("{ORG}", "{ORG}"), ("{M}", "{M}")]),
    ("organisation-people", "{F} leads research at {ORG}. “Our results are early,” she said.", [("she", "{F}")]),
    # --- quotation paragraphs
    ("quotation-paragraph", "{M} spent the morning in meetings.\n“We are ready,” he said.\n“The team has trained for months,” he added.", [("he", "{M}"), ("he", "{M}")]),
    ("quotation-paragraph", "“It is a good day,” said {F}.\n“We waited a long time,” she said.", [("{F}", "{F}"), ("she", "{F}")]),
    ("quotation-paragraph", "{F} read the statement aloud.\n“We did not expect this,” she said, pausing. “Nobody did.”", [("she", "{F}")]),
    # --- who / which sources
    ("who-source", "The report was written by {F}, who said the findings were clear.", [("who", "{F}")]),
    ("who-source", "The fine was imposed on {ORG}, which said it would appeal.", [("which", "{ORG}")]),
    ("who-source", "{M}, who said the vote was rigged, left the party.", [("who", "{M}")]),
    # --- places as actors
    ("place", "{COUNTRY} said it would respond to the tariffs.", [("{COUNTRY}", "{COUNTRY}")]),
    # --- what cannot be justified stays unresolved
    ("unresolved", "“It is over,” she said.", [("she", "?")]),
    ("unresolved", "{M}'s lawyer said the charges were baseless.", [("{M}'s lawyer", "?")]),
    ("unresolved", "A spokesman for {M} said the meeting was private.", [("A spokesman for {M}", "?")]),
    ("unresolved", "{F} won the race. Officials said the result stood.", [("Officials", "?")]),
    ("unresolved", "{ORG} was fined on Friday. He said the fine was unfair.", [("He", "?")]),
    # --- session 5: a person named with the organisation they speak for
    ("person-with-organisation", "“Demand is up,” said {F} with {ORG}. She added that staff were tired.", [("{F} with {ORG}", "{F}"), ("She", "{F}")]),
    ("person-with-organisation", "{M} of {ORG} said the figures were wrong. He said a review was under way.", [("{M} of {ORG}", "{M}"), ("He", "{M}")]),
    ("role-of-organisation", "The retired chief executive of {ORG} said the merger was an error.", [("The retired chief executive of {ORG}", "?")]),
    # --- people named together are a group: `they`, never `he` or `she`
    ("people-together", "“We are proud,” {M2} said. Owners {M} and {F} said they respected the vote. He said the union would press on.", [("{M2}", "{M2}"), ("Owners {M} and {F}", "{M} and {F}"), ("He", "{M2}")]),
    ("people-together", "“We will stay open,” {M} and {F} said. They said sales had fallen.", [("{M} and {F}", "{M} and {F}"), ("They", "{M} and {F}")]),
    # --- organisations by their kind, and `it`
    ("organisation-description", "“We have no choice,” {ORG} said on Monday. {org} said talks would continue.", [("{ORG}", "{ORG}"), ("{org}", "{ORG}")]),
    ("organisation-it", "{ORG} said profits fell last year. It said the outlook was weak.", [("{ORG}", "{ORG}"), ("It", "{ORG}")]),
    ("they-unnamed", "{ORG} cut the budget. Officials said the cuts were needed. They said more would follow.", [("Officials", "?"), ("They", "?")]),
    # --- acronyms and the names they abbreviate
    ("acronym", "The {ACRO} ({acro}) said the rules would change. {acro} said the change was overdue.", [("{acro}", "{ACRO}")]),
    ("acronym", "Officials of the {ACRO} ({acro}) met on Monday. {acro} said the plan was final.", [("{acro}", "{ACRO}")]),
    # --- capitalised place names are not people a pronoun can mean
    ("person-with-organisation", "{M} with {ORG}, which represents nurses, said the wait was long. He said more staff were needed.", [("He", "{M}")]),
    # --- a lone surname in a sentence that reports nothing keeps its person salient
    ("lone-surname", "{M} runs the plant. “We will rebuild,” {M2} said on Monday. Workers were angry. A photo showed {Ml} at a wedding that day. He said the photo was old.", [("{M2}", "{M2}"), ("He", "{M}")]),
    # --- an organisation named by a field it handles (`... Affairs`) is no person: `it`
    ("organisation-it", "{AFF} said on Monday that the rules had changed. It said the warning stands.", [("{AFF}", "{AFF}"), ("It", "{AFF}")]),
    ("place-name-not-person", "“We will win,” {M} said. Voters in {REGION} were unconvinced. He said the plan was fair.", [("{M}", "{M}"), ("He", "{M}")]),
    # --- a speaking pronoun continues the speaker of the sentence before, not its first subject
    ("speaker-continues", "Leaders like Prime Minister {M2} wanted a closed border, {M} writes in his new book. “The country was never meant to be open,” he writes.", [("he", "{M}")]),
    ("speaker-continues", "In those years, officials such as Senator {M2} feared the change, {M} said in an interview. “Fear shaped the law,” he said.", [("he", "{M}")]),
    ("speaker-continues", "Ministers like {F2} doubted the plan from the start, {F} told reporters on Monday. “They were wrong,” she said.", [("she", "{F}")]),
    # --- one capitalised plural after `the` is a party or a team: a `they`, never a `he`
    ("plural-name-not-person", "{M} is the party’s head of media relations. The {PL} said on Friday they would oppose the budget. “This will be tough for us,” he said.", [("The {PL}", "{PL}"), ("he", "{M}")]),
    ("plural-name-they", "The {PL} said the vote was unfair. They said they would appeal the result.", [("The {PL}", "{PL}"), ("They", "{PL}")]),
    # --- a document is its author's where the text names the author; else it stays unresolved
    ("document-author", "“Budgets are flat,” {M} wrote in a new report for {ORG}. Budgets have grown only 6.2 per cent since 2019, the report said.", [("the report", "{M}")]),
    ("document-author", "{F} has written a book about the porters. Most porters lived in {CITY}, according to {Fl}’s book.", [("{Fl}’s book", "{F}")]),
    ("document-author", "Young people find work in retail first, according to a study released Monday by {ACRO}. The study said wages rose last year.", [("a study released Monday by {ACRO}", "{ACRO}"), ("The study", "{ACRO}")]),
    ("document-author", "According to the {ACRO} report, the retail sector employed 226,000 young people. The report said wages rose.", [("the {ACRO} report", "{ACRO}"), ("The report", "{ACRO}")]),
    ("acronym-spelt-before", "The family received a letter from the {ACRO} on Monday. {acro} said the file was still open.", [("{acro}", "{ACRO}")]),
    ("acronym-spelt-before", "Talks with the {ACRO} went on for weeks. “We are close,” {M} said. The {acro} said a deal was near.", [("{M}", "{M}"), ("The {acro}", "{ACRO}")]),
    ("document-author", "The grants were announced in {CITY} last spring. According to {ORG}’s online database, most of the funds have since been used.", [("{ORG}’s online database", "{ORG}")]),
    ("document-unresolved", "A memo has been passed around the office since Tuesday. The memo said the bid was final.", [("The memo", "?")]),
    ("document-unresolved", "Staff were told on Friday. According to a memo obtained by {ACRO}, the offer was final.", [("a memo obtained by {ACRO}", "?")]),
    # --- a title before a surname seen before is that person's: a later role noun is them
    ("titled-surname", "{M} won the vote in {CITY} in October. “Mayor {Ml} has broken his word,” {F} said. The mayor said he had kept it.", [("{F}", "{F}"), ("The mayor", "{M}")]),
    ("titled-surname", "{F} was sworn in on Monday. At the rally, Senator {Fl} promised new roads. Later, the senator said the money was there.", [("the senator", "{F}")]),
    ("titled-surname", "Rival candidate {M2} spoke first. {M} took office in May. Mayor {Ml} visited the depot on Friday. The mayor told reporters the buses were old.", [("The mayor", "{M}")]),
    # --- a one-word name that an organisation's fuller name began is that organisation
    ("organisation-fuller-name", "The province paid {CITY}-based {CORP} {CORPH} $60 million last year. {CORP} said the payment was fair. The company said it would build a new plant.", [("{CORP}", "{CORP} {CORPH}"), ("The company", "{CORP} {CORPH}")]),
    ("organisation-fuller-name", "Shares of {CORP} {CORPH} fell on Monday. “We expected a weak quarter,” {M} said. {CORP} said sales would recover.", [("{M}", "{M}"), ("{CORP}", "{CORP} {CORPH}")]),
    # --- a name ending in a country's name is an organisation's, and `it`
    ("organisation-country-name", "“The fund is safe,” {M} said. {CTRYORG} released its annual figures on Monday. It said losses had been paid.", [("{M}", "{M}"), ("It", "{CTRYORG}")]),
    # --- a country's adjective before a common noun is no name, and no antecedent for `he`
    ("adjective-not-name", "“Some awards are huge,” {M} said. Notable {DEMONYM} cases include two mining firms. “Most of them settled,” he said.", [("{M}", "{M}"), ("he", "{M}")]),
    # --- a role noun as a sentence's subject is the person who holds the role, for pronouns
    ("role-subject", "{M} is the mayor of {CITY}. “The budget is tight,” a spokesperson said. On Monday, the mayor raised the plan again. “We can do it,” he said.", [("a spokesperson", "?"), ("he", "{M}")]),
    ("role-subject", "{F}, the chairwoman, met the unions on Friday. “No deal yet,” a union official said. Later, the chairwoman left the talks. “We will return,” she said.", [("a union official", "?"), ("she", "{F}")]),
    # --- a one-word short form keeps the person it stood for when a second name shares it
    ("short-form-kept", "{EA} arrived in {CITY} on Tuesday. “The talks went well,” {Es} said. He was joined by {EB}, a senior negotiator. {Es} said the visit would last four days.", [("{Es}", "{EA}"), ("{Es}", "{EA}")]),
    ("adjective-not-name", "{F} studies trade disputes. Several {DEMONYM} firms have sued in recent years. “They often win,” she said.", [("she", "{F}")]),
    # --- session 8: a pronoun source is not a person its own content names (`X hid, he said`)
    ("pronoun-not-in-content", "“We ran for the stairs,” {M} told reporters outside the hotel.\n{M2} and two colleagues hid under their desks, he said.", [("{M}", "{M}"), ("he", "{M}")]),
    ("pronoun-not-in-content", "{F} spent a decade on the book. Women like {F2} knew they had to fight for every job, she writes.", [("she", "{F}")]),
    ("pronoun-not-in-content", "“The water rose fast,” {F} said on Monday.\n{F2} stayed on the roof until dawn, she said.", [("{F}", "{F}"), ("she", "{F}")]),
    ("pronoun-not-in-content", "“The doors were locked,” {M2} said.\n“We ran for the stairs,” {M} told reporters.\n{Ml} and two colleagues hid under their desks, he said.", [("{M2}", "{M2}"), ("{M}", "{M}"), ("he", "{M2}")]),
    # --- a time phrase after the source's name is no part of the name
    ("time-after-name", "{M} late Friday said the vote had passed.", [("{M}", "{M}")]),
    ("time-after-name", "A statement issued by {CITY} Transit Workers Local 41 late Friday said most drivers had voted yes.", [("{CITY} Transit Workers Local 41 late Friday", "{CITY} Transit Workers Local 41")]),
    ("time-after-name", "A statement from Unit 7 of the {CITY} Nurses Union early Monday said the ward would close.\n“We were not consulted,” {F} said.", [("{F}", "{F}")]),
    ("time-after-name", "{CITY} Dockworkers Local 502 early Tuesday said the strike would go on. The plan was rejected by {M2}.", [("{CITY} Dockworkers Local 502 early Tuesday", "{CITY} Dockworkers Local 502")]),
    # --- session 10: a first word standing alone before a second name shares it keeps its person
    ("short-form-kept", "{EA} arrived in {CITY} on Tuesday. {Es} met the governor the next day. He was joined by {EB}, a senior negotiator. {Es} said the visit would last four days.", [("{Es}", "{EA}")]),
    ("common-word-not-name", "“Rents keep rising,” {F} said. Her new book is called Young Workers of the North. Young workers spend half their pay on rent, she said.", [("{F}", "{F}"), ("she", "{F}")]),
    # --- a name inside a source that stands for others (`X and his team`) is still a mention
    ("name-inside-source", "Last year, finance minister {M} and his aides thought the price was fair. Critics disagree. These numbers are generous, and {Ml} was wrong when he said the deal was a bargain.", [("he", "{M}")]),
    ("name-inside-source", "Deputy mayor {F} and her staff believed the budget would pass. It did not. {Fl} looked tired when she said the vote was lost.", [("she", "{F}")]),
    # --- a role noun that finds no one before it is the titled person named just after it
    ("role-named-later", "Asked about the fine, the commissioner told reporters the club had received no papers.\n“We will review it when it arrives,” league commissioner {M} said on Monday.", [("the commissioner", "{M}"), ("league commissioner {M}", "{M}")]),
    ("role-named-later", "The spokeswoman said the plant would close in June.\n“We are sorry,” {F} said.", [("The spokeswoman", "?"), ("{F}", "{F}")]),
    # --- a description no title explains, speaking: the person the sentence before was about
    ("description-after-lead", "{F}, who ran the clinic for a decade, is weighing a run for mayor.\nThe former clinic director told reporters on Monday she would decide soon.", [("The former clinic director", "{F}")]),
    ("description-after-lead", "{M} passed his driving test this spring. The 41-year-old cook says he practised every night.", [("The 41-year-old cook", "{M}")]),
    ("description-after-lead", "“Prices will rise,” {F} said. The 50-year-old analyst said they would fall.", [("{F}", "{F}"), ("The 50-year-old analyst", "?")]),
    # --- a document that names no author is the organisation that just spoke
    ("document-after-speaker", "The charity {CORP} said its director had died. A short statement said he had served for twenty years.", [("The charity {CORP}", "{CORP}"), ("A short statement", "{CORP}")]),
    ("document-after-speaker", "{ORG} said on Friday that it would cut jobs. A statement said the cuts would start in March.", [("{ORG}", "{ORG}"), ("A statement", "{ORG}")]),
    # --- session 11: a relative in apposition by the given name alone (`Vogt’s father, Tomas,`) is
    # someone new, even when an earlier person has that given name; `her father` later is them
    ("kin-apposition", "Police chief {M2} said the road had been closed since dawn.\nThe firm said the engineer who died was {F}.\n{Fl}’s father, {M2f}, says his daughter grew up near the sea.\n{Fl} later moved to {CITY}. Her father said she drew maps of wells there.", [("Police chief {M2}", "{M2}"), ("{Fl}’s father, {M2f}", "{M2f}"), ("Her father", "{M2f}")]),
    ("kin-apposition", "{M} came home from the war in May.\nHis wife, {F2f}, says he sleeps badly. Her brother, {M2f}, said the family would help.", [("His wife, {F2f}", "{F2f}"), ("Her brother, {M2f}", "{M2f}")]),
    ("kin-apposition", "{Fl}’s mother, {F2f}, said her daughter loved the sea.\nAt the hospital, relatives of a young driver waited for news. “He is gone,” the mother said.", [("{Fl}’s mother, {F2f}", "{F2f}"), ("the mother", "?")]),
    # --- one capitalised plural after `the` in a sentence that reports nothing names a party or a
    # team: a later `they` is it
    ("plural-name-antecedent", "Tax cuts are central to the {PL2}’ platform this year. Most families, they promise, will pay less.", [("they", "{PL2}")]),
    ("plural-name-antecedent", "Fans in {CITY} cheered as the {PL2} won the final. They said the coach would stay.", [("They", "{PL2}")]),
    # ... but a plural is no `it`, and where it said nothing it is not the latest organisation
    # that any `the company` or `the council` falls back on
    ("plural-name-not-it", "Voters backed the {PL2} in the suburbs. It said the count was slow.", [("It", "?")]),
    ("plural-name-not-it", "Fans cheered as the {PL2} won the final. The council said the parade would go ahead.", [("The council", "?")]),
    ("plural-name-antecedent", "{M}’s {PL2} lost two seats in {CITY}.\nVoters turned on the {PL2} in the suburbs. They said the result was a warning.", [("They", "{PL2}")]),
]
# Names whose family name comes first, two people of one family name each (East Asian order).
EAST = [("Kim Dong Hyun", "Kim Tae Hoon", "Kim"), ("Park Geun Hye", "Park Won Soon", "Park"),
        ("Lee Jae Myung", "Lee Nak Yon", "Lee"), ("Wang Yi", "Wang Qishan", "Wang"),
        ("Li Keqiang", "Li Zhanshu", "Li"), ("Moon Sung-ho", "Moon Hee-sang", "Moon")]
CORPS = [("Norwood", "Energy"), ("Baystone", "Resources"), ("Kestrel", "Airlines"), ("Halden", "Mining"),
         ("Marlow", "Motors"), ("Tamarack", "Petroleum"), ("Ridgeline", "Holdings"), ("Corvex", "Technologies")]
CTRYORGS = ["Export Finance Canada", "Tourism Ireland", "Invest India", "Trade Japan", "Air Poland", "Tourism Brazil"]
DEMONYMS = ["Canadian", "Japanese", "Brazilian", "Polish", "Mexican", "Italian", "Korean", "German"]

ACRONYMS = [
    ("Canadian Broadcasting Corporation", "CBC"), ("Agricultural Credit Canada", "ACC"),
    ("International Monetary Fund", "IMF"), ("Public Health Agency of Canada", "PHAC"),
    ("Royal Canadian Mounted Police", "RCMP"), ("North Atlantic Treaty Organization", "NATO"),
]
AFFAIRS = [
    "Veterans Affairs", "Global Affairs", "Consumer Affairs", "Indigenous Affairs",
    "Foreign Affairs", "Public Affairs",
]
REGIONS = [
    "Northern Ontario", "the Mediterranean Sea", "Western Europe", "Southeast Asia",
    "the Fraser Valley", "British Columbia",
]

PLURALS = ["Greens", "Liberals", "Raptors", "Conservatives", "Canucks", "Democrats", "Tories", "Oilers"]

# Plurals that are no dev or test name elsewhere: parties and teams by their members' word.
PLURALS2 = ["Whalers", "Progressives", "Comets", "Socialists", "Mariners", "Nationals", "Falcons", "Unionists"]

CASTS = 6


def fill(s, k, passage=False):
    m, m2 = MEN[k % len(MEN)], MEN[(k + 3) % len(MEN)]
    f, f2 = WOMEN[k % len(WOMEN)], WOMEN[(k + 5) % len(WOMEN)]
    org, desc = ORGS[k % len(ORGS)]
    slots = {
        "M": f"{m[0]} {m[1]}", "Mf": m[0], "Ml": m[1],
        "M2": f"{m2[0]} {m2[1]}", "M2f": m2[0], "M2l": m2[1],
        "F": f"{f[0]} {f[1]}", "Ff": f[0], "Fl": f[1],
        "F2": f"{f2[0]} {f2[1]}", "F2f": f2[0], "F2l": f2[1],
        "ORG": org, "org": desc, "ACRO": ACRONYMS[k % len(ACRONYMS)][0], "acro": ACRONYMS[k % len(ACRONYMS)][1],
        "REGION": REGIONS[k % len(REGIONS)], "AFF": AFFAIRS[k % len(AFFAIRS)], "CITY": CITIES[k % len(CITIES)], "COUNTRY": COUNTRIES[k % len(COUNTRIES)],
        "PL": PLURALS[k % len(PLURALS)], "PL2": PLURALS2[k % len(PLURALS2)],
        "EA": EAST[k % len(EAST)][0], "EB": EAST[k % len(EAST)][1], "Es": EAST[k % len(EAST)][2],
        "CORP": CORPS[k % len(CORPS)][0], "CORPH": CORPS[k % len(CORPS)][1],
        "CTRYORG": CTRYORGS[k % len(CTRYORGS)], "DEMONYM": DEMONYMS[k % len(DEMONYMS)],
    }
    out = s
    for key in sorted(slots, key=len, reverse=True):
        out = out.replace("{" + key + "}", slots[key])
    if not passage:
        return out
    # A sentence-initial `the` is written `The`.
    out = "\n".join(l[:1].upper() + l[1:] for l in out.split("\n"))
    return out.replace(". the ", ". The ")


def main():
    lines = ["# Generated by tests/coref/generate.py: edit the generator, not this file.", ""]
    n = 0
    for p, (pattern, passage, expect) in enumerate(PATTERNS):
        for k in range(CASTS):
            n += 1
            lines.append(f"[p{p:02}c{k}] {pattern}")
            lines.extend(fill(passage, k, True).split("\n"))
            for source, entity in expect:
                src = fill(source, k)
                ent = entity if entity == "?" else fill(entity, k)
                lines.append(f"{src} => {ent}")
            lines.append("")
    open("tests/coref/cases.txt", "w", encoding="utf-8").write("\n".join(lines))
    print(f"{n} cases")


if __name__ == "__main__":
    main()
