#!/bin/bash
# Issue 11 "Done when", by hand: HQ and two branches, each started from the CLI as a newcomer
# would, exchange files on a "stick" (folders) in any order — reversed, one twice — and end with
# the same data; the concurrent edit shows in every review queue and is resolved once; a damaged
# file, another organisation's and another branch's are refused with one Czech line, changing
# nothing. Usage: scripts/walkthrough/sync-three-offices.sh [WORK_DIR]
set -e
cd "$(dirname "$0")/../.."
W=${1:-$(mktemp -d /tmp/pristav-walkthrough-XXXX)}; rm -rf "$W"; mkdir -p "$W/stick"
echo "working in $W" 
p() { npm run -s cli -- --db "$W/$1.sqlite" "${@:2}"; }
p hq init --site "Centrála Liberec" --town Liberec --hq --admin Petra
p hq sync enrol --site "Pobočka Jablonec" --town "Jablonec nad Nisou" --out $W/jablonec.pristav-enrol | tee $W/enrol-j.json
p hq sync enrol --site "Pobočka Turnov" --town Turnov --out $W/turnov.pristav-enrol | tee $W/enrol-t.json
PJ=$(node -e "console.log(JSON.parse(require('fs').readFileSync('$W/enrol-j.json','utf8')).passphrase)")
PT=$(node -e "console.log(JSON.parse(require('fs').readFileSync('$W/enrol-t.json','utf8')).passphrase)")
p jab init --enrolment $W/jablonec.pristav-enrol --passphrase "$PJ" --admin Jana
p tur init --enrolment $W/turnov.pristav-enrol --passphrase "$PT" --admin Tomáš
C=$(p hq client add --family Nguyễn --given "Thị Lan" --nationality VN --consent 2026-01-05 | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).id))")
p hq sync export --to all --out $W/stick > /dev/null
p jab sync import $W/stick/*-to-pobocka-jablonec-* > /dev/null
p tur sync import $W/stick/*-to-pobocka-turnov-* > /dev/null
echo "--- a branch given the other branch's file:"; p tur sync import $W/stick/*-to-pobocka-jablonec-* || echo "exit $?"

p jab client add --family Petrenko --given Olena --nationality UA --consent 2026-02-01 > /dev/null
p tur client add --family Batbayar --given Bold --nationality MN --consent 2026-02-02 > /dev/null
p jab call clients.update "{\"id\":\"$C\",\"changes\":{\"phone\":\"+420 777 111 222\"}}" > /dev/null
p tur call clients.update "{\"id\":\"$C\",\"changes\":{\"phone\":\"+420 603 333 444\"}}" > /dev/null
mkdir -p $W/stick2
p jab sync export --to hq --out $W/stick2 > /dev/null
p tur sync export --to hq --out $W/stick2 > /dev/null
ls $W/stick2 | sort -r > $W/order   # reverse order on purpose
p hq sync import $(sed "s#^#$W/stick2/#" $W/order)
p hq sync conflicts
mkdir -p $W/stick3
p hq sync export --to all --out $W/stick3 > /dev/null
echo "--- HQ's files back, imported in reverse order of writing, twice:"
p jab sync import $(ls -r $W/stick3/*-to-pobocka-jablonec-*) > /dev/null
p tur sync import $(ls -r $W/stick3/*-to-pobocka-turnov-*) $(ls $W/stick3/*-to-pobocka-turnov-*) | grep -c isAlreadyImported
echo "--- review queues:"; for s in hq jab tur; do p $s sync conflicts | node -e "let t='';process.stdin.on('data',d=>t+=d).on('end',()=>{const q=JSON.parse(t);console.log('$s', q.length, q.map(i=>i.label+': '+i.values.map(v=>v.value).join(' / ')).join('; '))})"; done
echo "--- dumps:"; for s in hq jab tur; do p $s dump | sha256sum; done
echo "--- resolve at Turnov, round trip:"
ID=$(p tur sync conflicts | node -e "let t='';process.stdin.on('data',d=>t+=d).on('end',()=>console.log(JSON.parse(t)[0].id))")
p tur sync resolve "$ID" --value '"+420 777 111 222"' > /dev/null
mkdir -p $W/stick4 $W/stick5
p tur sync export --to hq --out $W/stick4 > /dev/null; p hq sync import $W/stick4/* > /dev/null
p hq sync export --to all --out $W/stick5 > /dev/null
p jab sync import $W/stick5/*-to-pobocka-jablonec-* > /dev/null; p tur sync import $W/stick5/*-to-pobocka-turnov-* > /dev/null
for s in hq jab tur; do echo "$s queue: $(p $s sync conflicts | node -e "let t='';process.stdin.on('data',d=>t+=d).on('end',()=>console.log(JSON.parse(t).length))") dump: $(p $s dump | sha256sum | cut -c1-16)"; done
echo "--- a damaged file (one byte changed mid-file) and a file from another organisation:"
F=$(ls $W/stick5/*-to-pobocka-jablonec-*); cp $F $W/damaged.pristav-sync
S=$(stat -c %s $W/damaged.pristav-sync)
printf '\x5a' | dd of=$W/damaged.pristav-sync bs=1 seek=$((S / 2)) conv=notrunc 2>/dev/null
H1=$(sha256sum $W/jab.sqlite | cut -c1-16)
p jab sync import $W/damaged.pristav-sync || echo "exit $?"
p other init --site "Centrum Brno" --town Brno --hq --admin Eva > /dev/null
p other sync enrol --site X --town Y --out $W/x.pristav-enrol > /dev/null
mkdir -p $W/stick6; p other sync export --to all --out $W/stick6 > /dev/null
p jab sync import $W/stick6/* || echo "exit $?"
echo "jab.sqlite unchanged: $([ "$H1" = "$(sha256sum $W/jab.sqlite | cut -c1-16)" ] && echo yes || echo NO)"

