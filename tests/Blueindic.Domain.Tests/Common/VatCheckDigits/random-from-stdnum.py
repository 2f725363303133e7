'''Writes stdnum-random.txt: random numbers in each member state's VAT format, each with its check
character left open, the alphabet that character ranges over, and the characters python-stdnum
accepts there. Usage: python3 random-from-stdnum.py /path/to/python-stdnum'''
import os, random, subprocess, sys
stdnum_dir = sys.argv[1]
out_dir = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, stdnum_dir)
from stdnum.eu import vat
random.seed(15)
D='0123456789'; L='ABCDEFGHIJKLMNOPQRSTUVWXYZ'
# (prefix, template) with the check position varied over its alphabet; templates are within the VIES format
T = {
 'AT': ['U'+'d'*7+'C'], 'BE': ['0'+'d'*7+'dC','1'+'d'*7+'dC'], 'BG': ['d'*8+'C','d'*9+'C'], 'CY': ['d'*8+'L'],
 'CZ': ['d'*7+'C','6'+'d'*7+'C','d'*8+'C','d'*9+'C'], 'DE': ['d'*8+'C'], 'DK': ['d'*7+'C'], 'EE': ['d'*8+'C'],
 'EL': ['d'*8+'C'], 'FI': ['d'*7+'C'], 'FR': ['KK'+'d'*9,'Kd'+'d'*9, 'dK'+'d'*9, 'dd'+'d'*9], 'HR': ['d'*10+'C'], 'HU': ['d'*7+'C'],
 'IE': ['d'*7+'I', 'd'*7+'Ia', 'dL'+'d'*5+'I'], 'IT': ['d'*10+'C'], 'LT': ['d'*7+'1C','d'*10+'1C', 'd'*8+'C'], 'LU': ['d'*6+'CC'],
 'LV': ['d'*10+'C'], 'MT': ['d'*7+'C'], 'NL': ['d'*8+'CB0d'], 'PL': ['d'*9+'C'], 'PT': ['d'*8+'C'],
 'RO': ['n'+'d'*k+'C' for k in range(0,9)] + ['n'+'d'*11+'C'], 'SE': ['d'*9+'C01'], 'SI': ['n'+'d'*6+'C'], 'SK': ['d'*9+'C'],
 'XI': ['d'*8+'C', 'd'*8+'Cddd'],
}
FRK='0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'
commit = subprocess.check_output(['git', '-C', stdnum_dir, 'rev-parse', 'HEAD']).decode().strip()
out=open(os.path.join(out_dir, 'stdnum-random.txt'),'w'); n=0
out.write('# Random numbers in each VAT format (random-from-stdnum.py, seed 15): the number with ? for its check\n# character | the characters it can take | those python-stdnum ' + commit + ' accepts (- for none).\n')
for cc, temps in T.items():
    for t in temps:
        for _ in range(40):
            base=''
            for ch in t:
                base += {'d':random.choice(D),'n':random.choice('123456789'),'L':'C','K':random.choice(FRK[10:]),
                         'I':'C','a':random.choice('ABCDEFGHIW')}.get(ch, ch)
            pos=[i for i,ch in enumerate(t) if ch in 'CLI' or (cc=='FR' and i<2)]
            p=pos[-1] if cc!='FR' else 1
            alpha = L if t[p] == 'L' else ('WABCDEFGHIJKLMNOPQRSTUV' if t[p]=='I' else (FRK if cc=='FR' else D))
            if cc=='IE' and t[1]=='L': base = base[0]+random.choice(L+'+*')+base[2:]
            ok=''.join(c for c in alpha if vat.is_valid(cc+base[:p]+c+base[p+1:])) or '-'
            out.write(f"{cc}{base[:p]}?{base[p+1:]} | {alpha} | {ok}\n"); n+=1
# Two check digits (BE, LU) and Italian office codes, which random digits rarely hit.
for _ in range(40):
    for cc, b in (('LU', ''.join(random.choice(D) for _ in range(6))), ('BE', random.choice('01') + ''.join(random.choice(D) for _ in range(7)))):
        ok = ' '.join(f"{c:02d}" for c in range(100) if vat.is_valid(f"{cc}{b}{c:02d}")) or '-'
        out.write(f"{cc}{b}?? | 00-99 | {ok}\n"); n+=1
    b = ''.join(random.choice(D) for _ in range(7)) + random.choice(['001', '050', '100', '120', '121', '888', '999', '101', '000'])
    out.write(f"IT{b}? | {D} | {''.join(c for c in D if vat.is_valid('IT' + b + c)) or '-'}\n"); n+=1
out.close()
print(n)
