"""Allowed councils: in some pool manifest, not test-split, not seed, not reserved. Counts earlier pages per council."""
import csv, glob, re, collections
R = '/work/wt/r21poolC/tests/realworld'
def norm(s):
    s = s.lower().replace('&', 'and')
    s = re.sub(r'\b(london borough of|royal borough of|city of|metropolitan borough council|borough council|county council|city council|council|metropolitan borough|borough|county)\b', ' ', s)
    return re.sub(r'[^a-z]+', ' ', s).strip()
TEST = ["Bath and North East Somerset", "Blackburn with Darwen", "Brighton and Hove", "Buckinghamshire", "Cheshire East", "Doncaster", "York", "Devon", "Lancashire", "Ealing", "Enfield", "Harrow", "Havering", "Merton", "Richmond upon Thames", "North Lincolnshire", "Reading", "Greenwich", "Kingston upon Thames", "Solihull", "Westminster"]
SEED = ["Warwickshire", "Worcestershire", "West Sussex", "Halton"]
RES = """Barking and Dagenham, Bournemouth Christchurch and Poole, Bracknell Forest, Bradford, Brent, Bristol, Bromley, Coventry, Croydon,
  Darlington, Dorset, Durham, East Sussex, Gateshead, Gloucestershire, Hammersmith and Fulham, Haringey,
  Herefordshire, Isle of Wight, Islington, Kent, Kirklees, Leicester, Leicestershire, Lewisham,
  Lincolnshire, Manchester, Middlesbrough, Nottingham, Plymouth, Portsmouth, Rotherham, Sandwell,
  Sheffield, Shropshire, Staffordshire, Stockton-on-Tees, Surrey, Telford and Wrekin, Thurrock, Tower
  Hamlets, Trafford, West Northamptonshire, Windsor and Maidenhead, Wirral, Wolverhampton""".replace('\n', ' ').split(',')
BAN = {norm(x) for x in TEST + SEED + RES}
cnt = collections.Counter(); names = {}
for m in glob.glob(R + '/pools/**/manifest.csv', recursive=True):
    for r in csv.DictReader(open(m, encoding='utf-8')):
        n = norm(r.get('council', '')); cnt[n] += 1; names.setdefault(n, r['council'])
if __name__ == '__main__':
    for n, c in sorted(cnt.items(), key=lambda x: x[1]):
        if n not in BAN: print(c, names[n])
