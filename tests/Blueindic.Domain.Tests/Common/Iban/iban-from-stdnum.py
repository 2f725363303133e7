"""Regenerates iban-stdnum.txt with python-stdnum (Debian: apt-get install python3-stdnum) as the
independent oracle: for every country in its IBAN registry file, random account numbers in the
country's format, their check digits computed by stdnum (valid), and each with one character
changed or with a character more or less (invalid, as stdnum says). Only ISO 13616 is checked
(check_country=False): the national check digits inside some BBANs are not the IBAN's rule. Nothing here runs at test time.
    /usr/bin/python3 iban-from-stdnum.py"""
import os, random, re
import stdnum, stdnum.iban as iban
random.seed(13616)
dat = os.path.join(os.path.dirname(stdnum.__file__), 'iban.dat')
pools = {'n': '0123456789', 'a': 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'c': '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'}
lines = [f"# python-stdnum {stdnum.__version__}, iban.dat; columns: verdict, IBAN as written"]
for row in open(dat):
    m = re.match(r'^([A-Z]{2}) .*bban="([^"]+)"', row)
    if not m: continue
    cc, fmt = m.groups()
    for _ in range(3):
        bban = ''.join(random.choice(pools[k]) for n, k in re.findall(r'(\d+)!?([nac])', fmt) for _ in range(int(n)))
        number = cc + iban.calc_check_digits(cc + '00' + bban) + bban
        assert iban.is_valid(number, check_country=False), number
        spaced = ' '.join(number[i:i + 4] for i in range(0, len(number), 4))
        lines.append(f"valid {random.choice([number, spaced, spaced.lower()])}")
        i = random.randrange(4, len(number))
        wrong = number[:i] + random.choice([c for c in pools['n' if number[i].isdigit() else 'a'] if c != number[i]]) + number[i + 1:]
        if not iban.is_valid(wrong, check_country=False): lines.append(f"invalid {wrong}")
        for bad in (number + '0', number[:-1]):
            assert not iban.is_valid(bad, check_country=False), bad
            lines.append(f"invalid {bad}")
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'iban-stdnum.txt'), 'w').write('\n'.join(lines) + '\n')
