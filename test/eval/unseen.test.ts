// Matching sets written blind (test/eval/unseen/), from the topic ids and scope lines only. Each
// was measured untuned first; A-D and F are now training data too (knowledge/training/), so their
// floors only check that the matcher learned them (J too, and since 2026-12-07 the dev sets M, AE,
// AG, AI, AK, AM, AO, AQ, AS, AU, AW, AY, BA and BC); the held-back sets
// (src/evaluation/held-back.ts) are never trained on. The honest figures are those on sets it
// never learned from (each set held out in turn, and the held-back sets): see the README.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.ts';
import { loadEvalSets } from '../../src/evaluation/eval-sets.ts';
import { predictor } from '../../src/evaluation/predict.ts';
import { score } from '../../src/evaluation/score.ts';
import { guide } from '../helpers.ts';

const items = loadEvalSets(join(repoRoot, 'test', 'eval', 'unseen'));
const FLOORS: Record<string, { top1: number; top3: number; rejection: number }> = {
  // Last measured 98.8% / 100% / 98.9%, 99.0% / 100% / 98.8%, 98.0% / 100% / 100% and
  // 98.4% / 100% / 100%; held out in turn (trained on the rest), 90.8% / 99.3% / 92.0%,
  // 92.7% / 99.5% / 93.0%, 89.9% / 99.1% / 94.7% and 87.2% / 96.9% / 92.9%.
  'match-a.yaml': { top1: 0.96, top3: 0.99, rejection: 0.96 },
  'match-b.yaml': { top1: 0.96, top3: 0.99, rejection: 0.96 },
  'match-c.yaml': { top1: 0.96, top3: 0.99, rejection: 0.96 },
  'match-d.yaml': { top1: 0.96, top3: 0.99, rejection: 0.96 },
  // Set E was held back and is never trained on: 92.3% / 98.0% / 97.1% when it was first
  // measured after the rounds (86.7% / 96.8% / 90.0% untuned).
  'match-e.yaml': { top1: 0.939, top3: 0.987, rejection: 1 },
  // Set F: untuned 91.2% / 98.7% / 92.9%, then learned from (98.7% / 100% / 100%; held out
  // 90.9% / 98.7% / 91.4%).
  'match-f.yaml': { top1: 0.96, top3: 0.99, rejection: 0.96 },
  // Set G was held back and is never trained on: 90.7% / 98.0% / 95.7% when it was first
  // measured, after the round that F was measured before; 91.4% / 98.5% / 97.1% with corpus 9.
  'match-g.yaml': { top1: 0.936, top3: 0.982, rejection: 0.957 },
  // Set H, written blind after G and held back, never trained on: untuned 89.6% / 98.0% / 81.4%
  // (fuse.js 34.3%, MiniSearch 61.1% top-1 in the same run); 89.9% / 98.5% / 87.1% with corpus 9;
  // 93.4% / 99.0% / 84.3% after corpora 16 to 19 (out of scope 88.6% before them); 94.4% top-1
  // since the crisis round of set CJ (2026-12-07; the matcher unchanged): one question's crisis
  // reading moved with the retraining (held back, unread); 94.2% since the round of set CL (one
  // question's reading moved back with that retraining).
  'match-h.yaml': { top1: 0.941, top3: 0.989, rejection: 0.871 },
  // Set I, written blind after H and held back, never trained on, measured once after the round
  // that read someone acting toward the asker as the work: 91.4% / 98.7% / 92.9% (91.2% before it).
  'match-i.yaml': { top1: 0.944, top3: 0.997, rejection: 0.942 },
  // Set J, written blind 2026-12-04 after I: untuned 89.9% / 96.7% / 95.7% (fuse.js 34.1%,
  // MiniSearch 62.9% top-1 in the same run), then learned from (knowledge/training/match-j.yaml).
  'match-j.yaml': { top1: 0.96, top3: 0.99, rejection: 0.96 },
  // Set K, written blind beside J, held back and never trained on: untuned 90.9% / 98.0% / 97.1%;
  // after corpus 10 and J were learned (nothing else changed): 92.2% / 98.2% / 98.6%; after
  // corpora 11 and 12, 92.7% / 98.5% / 98.6%; after corpora 13-15, 91.4% / 98.5% / 100%; after
  // corpora 16 and 17, 92.7% / 98.2% / 100%; after 18 and 19, 91.9% / 98.5% / 98.6%.
  'match-k.yaml': { top1: 0.934, top3: 0.987, rejection: 1 },
  // Set L, written blind after K, held back and never trained on: untuned (with corpus 10 and J)
  // 89.9% / 97.2% / 100%; after corpora 11 and 12, 90.7% / 97.5% / 98.6%; after corpora 13-15,
  // 90.2% / 98.0% / 98.6%; after corpora 16 and 17, 91.7% / 98.5% / 98.6%; after 18 and 19,
  // 91.9% / 98.5% / 97.1%; 91.2% since the crisis classifier learned sets L and O to AE
  // (2026-12-05, night): three questions more taken over by the protocol, unread; 90.9% since it
  // learned sets AF to AM (2026-12-06): one more.
  'match-l.yaml': { top1: 0.911, top3: 0.987, rejection: 0.985 },
  // Sets M and N, written blind 2026-12-04 (evening) by two more writers (M: every voice evenly;
  // N: terse phone messages, a third told as situations), untuned: M 94.2% / 99.7% / 93.3%, N
  // 94.5% / 98.8% / 88.3%; after corpora 13-15 (nothing else changed): M 94.5% / 100% / 93.3%,
  // N 95.2% / 99.1% / 91.7%. M's misses were then read (a dev set); N is held back. After corpora
  // 16 to 19: M 95.2% / 99.4% / 90.0%, N 95.5% / 98.8% / 95.0%.
  'match-m.yaml': { top1: 0.996, top3: 1, rejection: 1 },
  // 94.8% since the crisis classifier's retraining of 2026-12-05 (sixth round): one question fewer.
  // 94.2% since it learned sets L and O to AE (2026-12-05, night; 95.2% just before): three fewer.
  // 93.9% since the crisis round of set BF (2026-12-06, evening): two questions' crisis reading moved
  // with the retraining (held back, unread).
  'match-n.yaml': { top1: 0.954, top3: 0.99, rejection: 0.95 },
  // Set O, written blind after corpus 13 (half in Spanish, Spanglish or a second language, exam
  // items, long stories), held back: 90.3% / 99.4% / 93.3% first; after corpora 14 and 15, 91.5% /
  // 99.4% / 95.0%; after corpora 16 and 17, 91.2% / 98.5% / 93.3%.
  'match-o.yaml': { top1: 0.927, top3: 0.993, rejection: 0.95 },
  // Sets P and Q, written blind 2026-12-04 (night), held back, measured untuned: P (a third long
  // stories, a fifth exam items, a fifth Spanish or Spanglish) 84.5% / 97.3% / 85.0%; Q (new
  // hires, supervisors, very short phone questions) 90.9% / 99.1% / 96.7%. After corpora 16 and
  // 17 were learned: P 87.6% / 97.3% / 90.0%, Q 91.8% / 98.8% / 95.0%; after 18 and 19, P 86.1% /
  // 96.7% / 90.0%, Q 92.1% / 98.2% / 95.0%. With the closing sentences of a long message weighed
  // more: P 86.4% / 96.4% / 91.7% (one question fewer in the top three), Q unchanged. Since the
  // crisis classifier learned sets AF to AM (2026-12-06), P 86.1% / 96.4% / 88.3%: one
  // out-of-scope question given the protocol, unread. With the crisis round on set BR
  // (2026-12-07; the matcher unchanged) 85.8% / 96.4% / 90.0%: two questions moved with their crisis
  // readings, one out-of-scope question turned down again, unread.
  'match-p.yaml': { top1: 0.878, top3: 0.975, rejection: 0.916 },
  'match-q.yaml': { top1: 0.924, top3: 0.987, rejection: 0.983 },
  // Set R, written blind 2026-12-04 (late) beside corpus 17 and held back (county clinics, respite
  // houses, syringe services, veterans, campus centers, exam trainers): untuned 84.5% / 97.3% /
  // 96.7%; after corpora 16 and 17, 85.8% / 98.2% / 98.3%; after 18 and 19, 86.4% / 98.2% / 98.3%;
  // with the closing sentences of a long message weighed more, 87.3% / 98.2% / 98.3%. 87.0% since
  // the Spanish parallels of 2026-12-05: one more of its questions on a reporting or warning
  // topic now gets the crisis protocol first (by design when someone is in danger). Out of scope
  // 96.7% since the crisis classifier learned corpora 12 to 15: one question out of scope that
  // names a child got the line and now gets the protocol (unread: the set is held back). Top-3
  // 97.9% since the own-life and Spanish lending words of 2026-12-07 (one question, unread).
  'match-r.yaml': { top1: 0.896, top3: 0.978, rejection: 0.983 },
  // Set S, written blind 2026-12-04 (late) after corpora 16 and 17 were learned, held back
  // (health centers, family peer partners, emergency departments, street medicine, supervisors,
  // exam trainees): 86.7% / 97.6% / 91.7% with the matcher before corpora 16 and 17, 90.3% / 98.2%
  // / 93.3% with them (untuned for corpora 18 and 19); 90.0% / 98.8% / 91.7% after those.
  'match-s.yaml': { top1: 0.924, top3: 0.987, rejection: 0.9 },
  // Set T, written blind while corpora 18 and 19 were weighed, held back (supportive housing,
  // drug courts, maternal and infant programs, older adults, AAPI programs, church ministries,
  // exam candidates): 85.8% / 97.3% / 91.7% before them, 85.8% / 97.6% / 91.7% after; 86.1% /
  // 97.6% / 91.7% with the closing sentences weighed more; 87.0% / 97.6% / 90.0% since the crisis
  // classifier learned sets AF to AM (2026-12-06): one out-of-scope question given the protocol.
  'match-t.yaml': { top1: 0.887, top3: 0.981, rejection: 0.9 },
  // Sets X and Y, written blind 2026-12-05 and held back. X (rural and tribal programs, LGBTQ+
  // youth, hospital bridge, re-entry, sober living, campus mentors; many long stories) was measured
  // before the closing sentences of a long message were weighed more: 92.4% / 99.1% / 85.0%;
  // after, 92.4% / 99.1% / 83.3%. Y (city clinics, perinatal, outreach, veterans, Deaf peers, harm
  // reduction, clubhouses, supervisors; rambling stories) was first scored after that change was
  // decided: 88.8% / 97.6% / 93.3% with the matcher before it, 89.1% / 97.6% / 93.3% with it.
  'match-x.yaml': { top1: 0.924, top3: 0.99, rejection: 0.866 },
  'match-y.yaml': { top1: 0.903, top3: 0.978, rejection: 0.916 },
  // Sets Z and AA, written blind 2026-12-05 and held back; nothing in the matcher changed after.
  // Z (county clinics, crisis stabilization, respites, outreach, re-entry, youth, formal older
  // workers; long stories; 57 out of scope): 91.2% / 98.5% / 93.0%. AA (harm reduction, tribal
  // and rural, veterans, perinatal, campuses, jails; situations without the topic's words; exam
  // items; Spanish): 83.6% / 97.9% / 88.3%. Z 90.9% since the crisis classifier's retraining of
  // the sixth round (one question fewer). Out of scope 91.2% since corpora 12 to 15 were learned:
  // two questions out of scope went from the line to the protocol (a child and a means; signs of
  // abuse the classifier no longer doubts), unread.
  'match-z.yaml': { top1: 0.921, top3: 0.987, rejection: 0.929 },
  // AA 83.3% and AC 94.5% since the crisis classifier learned sets L and O to AE (2026-12-05,
  // night): one question fewer each, taken over by the protocol, unread.
  'match-aa.yaml': { top1: 0.848, top3: 0.975, rejection: 0.916 },
  // Sets AB and AC, written blind 2026-12-05 and held back (clinics, shelters, jails, EDs, street
  // outreach, housing, drug courts, tribal and rural clinics, veterans, perinatal, campuses, harm
  // reduction; 59 out of scope each). AB, written before the round that retrained the crisis
  // classifier (word prefixes, weight decay; the matcher unchanged), untuned 94.8% / 98.8% /
  // 96.6%, after it 95.2% / 98.8% / 96.6% (one question less taken over by the protocol). AC,
  // written during it and measured once after: 94.8% / 99.1% / 94.9%.
  'match-ab.yaml': { top1: 0.966, top3: 0.996, rejection: 0.966 },
  'match-ac.yaml': { top1: 0.945, top3: 0.99, rejection: 0.949 },
  // Set AD, written blind 2026-12-06 by three helpers and held back (clinics, recovery residences,
  // ED bridge programs, outreach, reentry, youth, older adults, tribal and rural, harm reduction,
  // veterans, perinatal; every voice, a sixth Spanish; 58 out of scope, half about one's own
  // life), measured once with the matcher unchanged: 90.9% / 99.4% / 93.1% (90.6% with the code
  // of the session before, whose crisis reading differed on one question, unread); 90.6% again
  // since the crisis round of set BB (one question's crisis reading, unread).
  // 90.3% since the crisis round of set BF (one question's crisis reading, unread).
  'match-ad.yaml': { top1: 0.933, top3: 0.99, rejection: 0.913 },
  // Sets AE and AF, written blind 2026-12-06 by three helpers each (every voice, a sixth Spanish;
  // 54 and 57 out of scope, half about one's own life). AE was measured once untuned (94.8% /
  // 98.2% / 92.6%), then read: a dev set, not learned. AF is held back: 91.5% / 98.2% / 98.2%
  // with the matcher and the crisis check of that morning, the same after that day's crisis round.
  // The crisis round on set BJ that night retrained the classifier, which then read one story of
  // a denied housing application as a danger to oneself (the protocol leads, so the topic is the
  // crisis one): AE's top-1 94.5% -> 94.2%.
  'match-ae.yaml': { top1: 0.99, top3: 1, rejection: 1 },
  'match-af.yaml': { top1: 0.933, top3: 0.99, rejection: 0.982 },
  // Sets AG and AH, written blind 2026-12-06 (that afternoon) by three helpers each (every voice,
  // a sixth Spanish; 58 and 59 out of scope, half about one's own life), measured untuned with the
  // code of the session's start: AG 95.2% / 98.5% / 91.4%, then read (a dev set, not learned); AH
  // held back, 94.2% / 99.4% / 98.3%. After that afternoon's crisis round (the matcher unchanged;
  // threats to a named person read as violence, so the duty-to-warn topic answers): AG 95.8%, AH
  // 94.5%.
  'match-ag.yaml': { top1: 0.996, top3: 1, rejection: 1 },
  'match-ah.yaml': { top1: 0.966, top3: 0.996, rejection: 0.983 },
  // Sets AI and AJ, written blind 2026-12-06 (evening) by three helpers each (every voice, a sixth
  // Spanish; 60 out of scope each, half about one's own life), measured untuned with the code of
  // that session's start: AI 97.6% / 99.4% / 96.7%, then read (a dev set, not learned); AJ held
  // back, 94.8% / 99.7% / 95.0%. After that evening's crisis and identifier round (the matcher
  // unchanged): AI 97.6% / 99.4% / 98.3%, AJ as before.
  'match-ai.yaml': { top1: 1, top3: 1, rejection: 1 },
  'match-aj.yaml': { top1: 0.966, top3: 1, rejection: 0.983 },
  // Sets AK and AL, written blind 2026-12-06 (night) by three helpers each (every voice; 60 out of
  // scope each, half about one's own life), measured untuned with the code of 297d716: AK 94.2% /
  // 98.8% / 98.3%, fuse.js 29.1% and MiniSearch 65.8% top-1 in the same run, then read (a dev set,
  // not learned); AL held back, 92.7% / 98.8% / 96.7%, fuse.js 37.0%, MiniSearch 67.6%. The same
  // after that night's crisis and identifier rounds (the matcher unchanged). AL 92.4% top-1 since
  // the own-life and Spanish lending words of 2026-12-07 (one question, unread).
  'match-ak.yaml': { top1: 0.99, top3: 1, rejection: 1 },
  'match-al.yaml': { top1: 0.945, top3: 0.993, rejection: 1 },
  // Written blind 2026-12-07 the same way. Untuned (the code of 7b0638c): AM 91.5% / 98.8% / 90.0%,
  // fuse.js 26.1% and MiniSearch 60.9% top-1 in the same run, then read (a dev set, not learned);
  // AN held back, 94.8% / 99.7% / 93.3% (94.5% with that day's crisis and identifier rounds),
  // fuse.js 29.7%, MiniSearch 59.1%. The matcher unchanged.
  'match-am.yaml': { top1: 0.996, top3: 1, rejection: 1 },
  'match-an.yaml': { top1: 0.963, top3: 0.996, rejection: 1 },
  // Written blind 2026-12-07 (later) the same way. Untuned (the code of 7ded6c2): AO 93.9% / 99.1%
  // / 93.3%, fuse.js 30.0% and MiniSearch 58.8% top-1 in the same run, then read (a dev set, not
  // learned); AP held back, 95.2% / 99.7% / 93.3%, fuse.js 27.9%, MiniSearch 64.2%. AO after that
  // round (two crisis false alarms on ethics questions gone, own people in Spanish and step
  // family read as one's own life): 94.8% / 99.1% / 95.0%. Learned: 99.7% top-1 since the crisis
  // round of set CL (one question the retraining now gives the protocol).
  'match-ao.yaml': { top1: 0.996, top3: 1, rejection: 0.983 },
  'match-ap.yaml': { top1: 0.951, top3: 0.996, rejection: 0.95 },
  // Written blind 2026-12-07 (a third round) the same way. Untuned (the code of 92b0f12): AQ 91.2%
  // / 99.4% / 96.7%, fuse.js 26.7% and MiniSearch 63.3% top-1 in the same run, then read (a dev
  // set, not learned); AR held back, 90.6% / 98.8% / 88.3% (329 in scope: a question it shared word
  // for word with set M left out), fuse.js 31.9%, MiniSearch 64.7%: both under the 92% top-1 target,
  // AR under the 90% out-of-scope one. AQ after that day's crisis round
  // (two ethics questions the protocol took over, a phone left on a roof and a roof at lunch,
  // answered again): 91.8% / 99.4% / 96.7%; the matcher unchanged.
  'match-aq.yaml': { top1: 0.996, top3: 1, rejection: 1 },
  'match-ar.yaml': { top1: 0.948, top3: 0.993, rejection: 0.95 },
  // Written blind 2026-12-07 (a fourth round) the same way. Untuned (the code of 5c7a5ef): AS 90.3%
  // / 97.9% / 86.4%, fuse.js 24.8% and MiniSearch 61.2% top-1 in the same run, then read (a dev
  // set, not learned); AT held back, 92.6% / 98.5% / 94.9% (324 in scope and 59 out: seven
  // questions it shared word for word with other sets or itself left out), fuse.js 26.2%,
  // MiniSearch 67.9%. After that round (a long message's confidence read by the better of the
  // whole and its closing sentences, a question said not to be about the work, more words for
  // the people served, the supervisor, a ride and a note, the crisis round's look-alikes): AS
  // 92.7% / 98.2% / 93.2%, AT 93.2% / 98.1% / 94.9%.
  'match-as.yaml': { top1: 0.987, top3: 1, rejection: 1 },
  'match-at.yaml': { top1: 0.944, top3: 0.99, rejection: 0.983 },
  // Written blind 2026-12-07 (a fifth round) the same way. Untuned (the code of 099fc48): AU 94.5%
  // / 98.9% / 96.2%, fuse.js 28.7%, MiniSearch 64.5%; AV (held back; seven questions it shared
  // word for word with other sets left out) 91.5% / 98.3% / 96.1%, fuse.js 27.8%, MiniSearch
  // 61.7%. After that round ("cx" read as the person served, dating apps as the asker's own life,
  // the crisis round's look-alikes: the river bottom, the edge of town): AU 96.1% / 98.9% /
  // 98.1%, AV 91.7% / 98.3% / 98.0%. Sets that moved with that round were set again, either
  // way (AC, L, O one question down; AD, AF one out-of-scope question now answered).
  'match-au.yaml': { top1: 1, top3: 1, rejection: 1 },
  'match-av.yaml': { top1: 0.953, top3: 0.986, rejection: 1 },
  // Written blind 2026-12-07 (a sixth round) the same way. Untuned (the code of c1e6fd4), in one
  // run with the baselines: AW (358 in scope and 57 out; eight questions it shared word for word
  // with other sets or itself left out) 91.9% / 99.2% / 87.7%, fuse.js 30.4%, MiniSearch 64.0%;
  // AX (held back; 361 and 56, six left out the same way) 91.4% / 97.5% / 89.3%, fuse.js 28.0%,
  // MiniSearch 65.1%. After that round (words of the work for an admission, a voucher, an
  // encampment, someone served; a person said not to be a client; gear, app settings and a
  // machine's payment as out of scope; the crisis round's retraining): AW 93.0% / 99.2% / 91.2%,
  // AX 91.4% / 97.5% / 91.1%. Sets that moved with that round were set again, either way.
  'match-aw.yaml': { top1: 0.994, top3: 1, rejection: 1 },
  'match-ax.yaml': { top1: 0.927, top3: 0.988, rejection: 0.946 },
  // Written blind 2026-12-07 (a seventh round) the same way. Untuned (the code of 80a2b12), in one
  // run with the baselines: AY (363 in scope and 57 out; three questions it shared word for word
  // with other sets or itself left out) 88.4% / 96.4% / 96.5%, fuse.js 31.1%, MiniSearch 60.9%;
  // AZ (held back; 362 and 53, eight left out the same way) 88.4% / 96.4% / 100%, fuse.js 28.7%,
  // MiniSearch 60.5%: both under the 92% and 98% targets. The matcher unchanged that round (what
  // was tried moved nothing on the dev sets, or traded out of scope for top-1); the same after
  // its crisis retraining.
  'match-ay.yaml': { top1: 0.986, top3: 1, rejection: 1 },
  'match-az.yaml': { top1: 0.897, top3: 0.975, rejection: 1 },
  // Written blind 2026-12-07 (an eighth round) the same way. Untuned (the code of e86da62): BA (362
  // in scope and 57 out; four shared word for word with other sets left out) 92.0% / 98.3% /
  // 93.0%, fuse.js 34.0%, MiniSearch 64.1%; BB (held back; 361 and 51, eleven left out the same
  // way) 92.0% / 98.3% / 88.2%, fuse.js 33.2%, MiniSearch 65.4%. Then the thirteen dev sets were
  // learned (knowledge/training): BA 100% as learned, BB (never read) 94.5% / 98.3% / 96.1%; the
  // moved floors set again, either way.
  'match-ba.yaml': { top1: 1, top3: 1, rejection: 1 },
  'match-bb.yaml': { top1: 0.944, top3: 0.983, rejection: 0.941 },
  // Written blind 2026-12-07 (a ninth round) the same way. Untuned (the code of 8c56ded), in one
  // run with the baselines: BC (362 in scope and 55 out; six shared word for word with other sets
  // left out) 92.3% / 98.1% / 100%, fuse.js 26.8%, MiniSearch 63.3%; BD (held back; 362 and 56,
  // five left out the same way) 90.3% / 97.0% / 100%, fuse.js 30.9%, MiniSearch 58.8%. Then BC
  // was learned (knowledge/training) and the crisis detector retrained: BD (never read) 91.7% /
  // 97.2% / 100%, under the 92% and 98% targets. The moved floors set again, either way.
  'match-bc.yaml': { top1: 0.991, top3: 1, rejection: 1 },
  'match-bd.yaml': { top1: 0.917, top3: 0.972, rejection: 1 },
  // Sets BE and BF, written blind 2026-12-07 (a tenth round) the same way; untuned in one run with
  // the baselines (`npm run eval -- --set match-be.,match-bf.`): BE (362 in scope and 55 out; six
  // shared word for word with other sets left out) 92.8% / 99.2% / 92.7%, fuse.js 28.2%,
  // MiniSearch 59.1%; BF (held back; 363 and 56, four left out) 92.3% / 98.6% / 98.2%, fuse.js
  // 26.2%, MiniSearch 63.1%. BE was then read, not learned: copied into knowledge/training, the
  // other twenty dev sets held out in turn went 94.88% -> 94.85% top-1. With the crisis round's
  // retraining (the matcher unchanged): BE 93.4% / 99.2% / 92.7% (two questions no longer taken
  // over by the protocol); BF unchanged. 93.1% since "Small Lutheran church" is no longer read as
  // a name (2026-12-08): one long story, its words now seen, is turned down.
  'match-be.yaml': { top1: 0.93, top3: 0.991, rejection: 0.927 },
  'match-bf.yaml': { top1: 0.922, top3: 0.986, rejection: 0.982 },
  // Sets BG and BH, written blind 2026-12-07 (an eleventh round) the same way; untuned in one run
  // with the baselines (`npm run eval -- --set match-bg.,match-bh.`): BG (362 in scope and 58 out;
  // three shared word for word with other sets left out) 91.4% / 98.3% / 89.7%, fuse.js 32.6%,
  // MiniSearch 69.3%; BH (held back; 362 and 59, two left out) 92.5% / 97.5% / 86.4%, fuse.js
  // 30.4%, MiniSearch 67.4%. BG was then read, not learned; the crisis round's retraining moved
  // neither.
  'match-bg.yaml': { top1: 0.914, top3: 0.983, rejection: 0.896 },
  'match-bh.yaml': { top1: 0.925, top3: 0.975, rejection: 0.864 },
  // Sets BI and BJ, written blind 2026-12-08 (a twelfth round) the same way; untuned in one run
  // with the baselines (`npm run eval -- --set match-bi.,match-bj.`): BI (360 in scope and 59 out;
  // four shared word for word with other sets left out) 88.9% / 98.3% / 94.9%, fuse.js 24.2%,
  // MiniSearch 54.4%; BJ (held back; 361 and 60, two left out) 89.8% / 97.8% / 96.7%, fuse.js
  // 28.3%, MiniSearch 57.9%. BI was then read, not learned; with the crisis round's retraining
  // (the matcher unchanged) BI 89.7% top-1 (three questions no longer taken over); BJ unchanged.
  'match-bi.yaml': { top1: 0.897, top3: 0.983, rejection: 0.949 },
  'match-bj.yaml': { top1: 0.897, top3: 0.977, rejection: 0.966 },
  // Sets BK and BL, written blind 2026-12-08 (a thirteenth round) the same way; untuned in one run
  // with the baselines (`npm run eval -- --set match-bk.,match-bl.`): BK (354 in scope and 59 out;
  // ten shared word for word with other sets left out) 87.0% / 97.2% / 91.5%, fuse.js 30.2%,
  // MiniSearch 60.7%; BL (held back; 360 and 57, six left out) 87.8% / 97.5% / 94.7%, fuse.js
  // 28.3%, MiniSearch 57.2%. BK was then read, not learned; with the crisis round's retraining
  // (the matcher unchanged) BK 87.6% top-1 (two questions no longer taken over); BL unchanged.
  'match-bk.yaml': { top1: 0.875, top3: 0.971, rejection: 0.915 },
  'match-bl.yaml': { top1: 0.877, top3: 0.975, rejection: 0.947 },
};

describe('unseen matching sets', () => {
  it.each(Object.entries(FLOORS))('%s holds its floors', (file, floor) => {
    const set = items.filter((i) => i.file === file);
    // Each set holds 320 questions in scope or more and at least 54 out of scope.
    expect(set.length).toBeGreaterThanOrEqual(374);
    const s = score(set, predictor(guide));
    expect(s.top1).toBeGreaterThanOrEqual(floor.top1);
    expect(s.top3).toBeGreaterThanOrEqual(floor.top3);
    expect(s.rejection).toBeGreaterThanOrEqual(floor.rejection);
  });
});
