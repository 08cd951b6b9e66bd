// Identifier formats the redactor must catch (each row: the message and the parts that must not
// survive redaction), and look-alikes it must leave exactly as written. One detection feeds the
// warning (`phi`) and the redaction, so both are checked on every row. All names and numbers are
// invented.
import { describe, expect, it } from 'vitest';
import { hasIdentifiers, redact } from '../../src/core/safety/identifiers.ts';
import { guide } from '../helpers.ts';

const CATCH: [string, string[]][] = [
  // An Igbo given name and surname in lowercase; capitals and digits where the message speaks of
  // such numbers (a CDCR number with no cue before it).
  ['in group obinna obi said he might not come back', ['obinna obi']],
  ['we use CDCR numbers here and I wrote KT5521 on my planner, is that a breach', ['KT5521']],
  // Given names that are also a people's name (Vietnamese Thái, Hmong Lao) stay names.
  ['ran into Thai Nguyen at the pho place, do i say hi', ['Thai Nguyen']],
  ['Lao Vang asked me for a ride to his court date', ['Lao Vang']],
  // A title after a capitalised article at a sentence's start is a woman, never an organisation.
  ['La Sra. Benítez me pidió mi número personal, ¿se lo doy?', ['Sra. Benítez']],
  // An honorific after a bare article is a person ("it's a Mrs. ..."), and a profile's name
  // quoted after what names it is a handle.
  ["the neighbor who keeps calling the office? it's a Mr. Dae-jung Park", ['Mr. Dae-jung Park']],
  ["his profile is called 'Lalo Big Homie Reyes', do i accept", ["'Lalo Big Homie Reyes'"]],
  ['mi clienta me etiquetó desde su cuenta "La Flaca Morales 559"', ['"La Flaca Morales 559"']],
  // A Dutch given name in lowercase before a particle and a surname that keeps its capital, a
  // person who "left" or "sent" something; a numbered avenue as Central Valley roads are named.
  ['femke van Leeuwen left me a voicemail last night, do i call back', ['femke van Leeuwen']],
  ['joost van der meulen sent me a friend request', ['joost van der meulen']],
  ['meeting him at 18800 Road 24 near the packing shed', ['18800 Road 24']],
  ['she lives out at 3120 Ave 9 in a trailer', ['3120 Ave 9']],
  // A Hawaiian given name and surname in lowercase; a person watched doing something (not a show
  // watched); a handle that ends in an underscore.
  ['maile pahia said she wants to quit group', ['maile pahia']],
  ['watching Darius Whitfield struggle in group is hard on me', ['Darius Whitfield']],
  ['his discord is sad.boi_ now, should i accept', ['sad.boi_']],
  // A middle name that is a word ("angel", "rose") before a surname; a name and a two-word Native
  // surname in capitals before a verb; a name at the start before "talked about" (a client, not an
  // author); an ID of capitals and digits after "#"; what someone's "@" is; a dotted name a post
  // is by.
  ["group chat says 'jose angel rivas is using again', is that ok", ['jose angel rivas']],
  ['maria rose delgado gave me a candle', ['maria rose delgado']],
  ['NOAH RED CLOUD SAYS HE WILL QUIT IF I LEAVE', ['NOAH RED CLOUD']],
  ['Hodan Warsame talked about moving back to Minneapolis, can i help her pack', ['Hodan Warsame']],
  ['youth intake #YD0093 told me he sleeps in a car', ['YD0093']],
  ['client follows me on insta, her @ is lil_mami.559, do i block', ['lil_mami.559']],
  ['got tagged in a facebook post by mikey.reentry.life thanking me', ['mikey.reentry.life']],
  // A name after "by" that no title comes before: "invited by", "referred by", "picked up by".
  [
    'she was referred to us by Dakota Littlewolf last week, can i meet her at her house',
    ['Dakota Littlewolf'],
  ],
  ['got invited to a quinceañera by Yaretzi Calderón, do i go', ['Yaretzi Calderón']],
  ['my client was picked up by Brandon Okafor after group, he is her ex', ['Brandon Okafor']],
  // Korean names in capitals or title case whatever the dictionary says, "Oh" before a hyphenated
  // given name; a name told as a name (in English, in Spanish, in brackets); a Hmong clan name that
  // is an English word after a given name; a Spanish "caso #".
  ['the son of PARK SUNG HO called asking if his dad came to lunch', ['PARK SUNG HO']],
  ['my elder Oh Ji-won gave me kimchi, can i take it', ['Oh Ji-won']],
  ['his legal name is Merry Waters but he goes by Dre', ['Merry', 'Waters']],
  ["the client's real name is sunny day, she asked me not to use it", ['sunny day']],
  ['ayer vino un joven, se llama Tomas Arroyo, y me pidio dinero', ['Tomas', 'Arroyo']],
  ['so river stone (his actual name lol) asked me to be his sponsor', ['river stone']],
  ['is Nou Her still coming to group on friday', ['Nou Her']],
  ['me pasaron el caso #TX-2041 para seguimiento', ['TX-2041']],
  // Names that are words, a given name and a surname joined by a particle, a Chinese given name of
  // two syllables written apart, a Hmong given name, a name before "and found his mugshot".
  ['faith rivers texted me at midnight again', ['faith', 'rivers']],
  ['sunny banks told me she got evicted, can i help her move', ['sunny', 'banks']],
  ['khalid bin saleh wants to pay me back with a gift card', ['khalid', 'bin', 'saleh']],
  ["wang xiao mei's son asked me for her phone", ['wang', 'xiao', 'mei']],
  ['mai vang asked if i speak hmong', ['mai', 'vang']],
  ['i looked up Dennis Holloway and found his mugshot online', ['Dennis', 'Holloway']],
  // Korean names surname first in any case, a given name hyphenated or in two syllables; a
  // quoted nickname before a surname that is also a word; a Native surname of a deed and water,
  // with who the person is in brackets; a tribal enrollment number; a Facebook name with dots.
  ['choi min-seo from the lunch program wants my number', ['choi', 'min-seo']],
  ['Yoon Hye-jin (a member) asked me to her church', ['Yoon', 'Hye-jin']],
  ['can i drive kang dong hyuk to his appointment', ['kang', 'dong', 'hyuk']],
  ['saw tasha "peaches" baker at the laundromat, she is on my caseload', ['tasha', 'baker']],
  ['lorena standing rock (she is 16) told me her mom left', ['lorena', 'standing rock']],
  ['he gave me his tribal enrollment no. 2231-0045 for the form', ['2231-0045']],
  ['her fb is luz.del.norte88, should i unfriend', ['luz.del.norte88']],
  ['le di al señor quintanilla un ride a su cita, ¿está bien?', ['quintanilla']],
  // Possessives in capitals, names in capitals with no known given name, initials, a month or a
  // function word as a given name, two-word surnames, "St." in a surname.
  ["PLEASE DON'T GIVE ROBERTO ALCANTARA'S KEYS TO ANYONE", ['ROBERTO', 'ALCANTARA']],
  ['URGENT: TEREZA HOVHANNISYAN CALLED CRYING', ['TEREZA', 'HOVHANNISYAN']],
  ['TJ Abernathy-Kowalczyk asked me for a ride', ['Kowalczyk']],
  ['June Oyelaran wants me at her graduation', ['June', 'Oyelaran']],
  ['Marcus Two Bulls said he is moving back home', ['Marcus', 'Two Bulls']],
  ['Denise St. Germaine keeps calling after hours', ['Denise', 'Germaine']],
  ['¿Puedo llevar a Yesenia Quiñónez a su cita?', ['Yesenia', 'Quiñónez']],
  // Surname first, lowercase names with no known given name, Vietnamese names in lowercase.
  ['Intake note — Park, Ji-woo told me she is pregnant', ['Park', 'Ji-woo']],
  ['can you cover for Adeyemi, Grace tomorrow', ['Adeyemi']],
  ['Fonoti, Sione (room 4) wants to leave early', ['Fonoti', 'Sione']],
  ['dimitrios karagiannis wants me to co-sign', ['dimitrios', 'karagiannis']],
  ["nguyễn văn thành's wife called me", ['thành']],
  // Handles beside a platform and in mixed case, record systems.
  ['she posts on instagram, her page is @recoveringrosie', ['@recoveringrosie']],
  ['a client follows me as @MamaBearMaritza', ['@MamaBearMaritza']],
  ['he goes by sk8rboi_22 on tiktok', ['sk8rboi_22']],
  ['HMIS 448120 shows two intakes for him', ['448120']],
  // Full names with no role word near them.
  ['Quinn Vale wants to meet me for coffee after group', ['Quinn', 'Vale']],
  ['can i write a support letter for Maria Lopez', ['Maria', 'Lopez']],
  ['Jasmine Okafor came into the clinic on 4/18, how do i follow up', ['Jasmine', 'Okafor']],
  ['is it ok to drive Darnell Whitaker to court on friday', ['Darnell', 'Whitaker']],
  ['i ran into Keisha Brown at the store, do i say hi', ['Keisha', 'Brown']],
  ['Mary Smith asked to borrow money from me', ['Mary', 'Smith']],
  ['talked with Rosa María Delgado-Ruiz after group today', ['Rosa', 'Delgado']],
  ['Lamar Q. Devereaux relapsed, do i tell his PO', ['Lamar', 'Devereaux']],
  ["Sean O'Brien wants me to hold his meds", ['Sean', 'Brien']],
  ['DeShawn McAllister keeps texting me at night', ['DeShawn', 'McAllister']],
  ['Ms. Haskins refuses to leave the building after group', ['Haskins']],
  ['Name: Lopez, Maria. wants a ride to the food bank', ['Lopez', 'Maria']],
  ['can i write a letter for maria lopez about her housing', ['maria', 'lopez']],
  ['i saw jose ramirez at the meeting last night', ['jose', 'ramirez']],
  // Lowercase names with no cue word, with middle names, initials, particles, two surnames.
  ['renata quintanilla asked me out after group', ['renata', 'quintanilla']],
  ["marcus okonjo's mom called the office", ['okonjo']],
  ['luis f arreola wants me to co-sign a lease', ['arreola']],
  ['ana de la cruz-medina me pidió dinero', ['cruz-medina']],
  ['sofia hernandez galvan wants a ride', ['hernandez', 'galvan']],
  ['my client kevin tran-nakamura posted our photo', ['tran-nakamura']],
  ['new intake: derek hill, [phone] on file', ['derek hill']],
  ['yesterday at group marisol vega said she relapsed', ['marisol vega']],
  ['ok so Brandon from group, last name Kowalski, asked me out', ['Kowalski']],
  // An honorific in lowercase, or a Spanish one, and a surname alone.
  ['mr. okonjo keeps calling me after hours', ['okonjo']],
  ['la señora Martínez quiere que la visite', ['Martínez']],
  // An e-mail with the provider and no domain ending; a house number with no street word.
  ['her email is tasha_r88@gmail, can i write her', ['tasha_r88']],
  ['client lives at 1423 Elm and wants me to come by', ['1423 Elm']],
  // A birthday told as an age to come, the end of a card number, initials and role words with a
  // surname, a nickname after a role word.
  ['he turns 40 on March 3 and wants me at his party', ['March 3']],
  ['his EBT card ends in 4471, she wants me to use it', ['4471']],
  ['maria g. lopez wants a letter for court', ['lopez']],
  ['j. rodriguez from group asked for my number', ['rodriguez']],
  ["client Villalobos said she can't come", ['Villalobos']],
  ["client 'Nando' Gutiérrez keeps texting me", ['Gutiérrez']],
  ['TAMIKA JOHNSON-REED came in yelling at the front desk', ['TAMIKA', 'JOHNSON-REED']],
  ['clienta: María de los Ángeles Fuentes quiere un abrazo', ['María', 'Fuentes']],
  ['her social ends with 0043, she read it out loud', ['0043']],
  ['social: ***-**-7781 on the billing note', ['7781']],
  ['her PO box is 4412 in Visalia', ['4412']],
  ['jay dot rod at outlook dot com is his email', ['jay dot rod', 'outlook']],
  // Surname first, as a form or a record system prints it.
  ['Adeyemi, Tunde — on my list tomorrow and he is my neighbor', ['Adeyemi', 'Tunde']],
  ['Huang, Mei (goes by May) wants her chart changed', ['Huang']],
  ['ramos, elena - her cousin works at the front desk', ['ramos', 'elena']],
  ['VARGAS, ROSALIND keeps missing group', ['VARGAS', 'ROSALIND']],
  // Names in capitals.
  ['MARISOL QUEZADA yelled in the lobby, how do i repair that', ['MARISOL', 'QUEZADA']],
  ['CLIENT NAME: ALBERTO RUIZ CAMACHO wants to write an amends letter', ['ALBERTO', 'CAMACHO']],
  // A nickname in quotes between given name and surname.
  ["I drove Reginald 'Reggie' Fontaine home in the rain", ['Fontaine']],
  ['client andre "dre" castellanos asked me to hold his cash', ['castellanos']],
  // A dictionary word opening the sentence before a surname; titles before a full name.
  ['Rory Vandermeer sent me a friend request', ['Vandermeer']],
  ['Pastor Obadiah Nwosu is my client and wants his relapse kept quiet', ['Nwosu']],
  ['Coach here. Misty Larkin-McCoy wants driving lessons', ['Larkin-McCoy']],
  ["Is it a problem that I wrote 'T. Ramaswamy' on the board", ['Ramaswamy']],
  // Dates of birth, with and without a cue.
  ['born 14 March 1987, can i help her apply for SSI', ['14 March', '1987']],
  ['dob 3/4/88 client wants a ride to court', ['3/4/88']],
  ['date of birth: 1987-03-14, help me with the form', ['1987-03-14']],
  ['he was born on March 14th, 1987 and wants a letter', ['March 14', '1987']],
  ['DOB 14-Mar-1987 is on the form he left in my car', ['14-Mar-1987']],
  ['d.o.b. 03.14.1987 is written on the intake', ['03.14.1987']],
  ['his birthday is 9/14/1990, can i get him a card', ['9/14/1990']],
  ['her birthday is March 3, can i throw her a party', ['March 3']],
  ['client 03/14/1987 asked me for help with rent', ['03/14/1987']],
  ['born 7/2/79, he needs a letter for housing', ['7/2/79']],
  ['nació el 14 de marzo de 1987, puedo ayudarla con la forma', ['14 de marzo', '1987']],
  ['fecha de nacimiento 14/03/1987, es mi participante', ['14/03/1987']],
  ['cumpleaños 3 de mayo, quiere que vaya a su fiesta', ['3 de mayo']],
  // Social Security numbers.
  ['ssn 612-34-5678 is on the housing form', ['612-34-5678']],
  ['his social is 612 34 5678, where do i put it', ['612 34 5678']],
  ['social 612.34.5678, do i keep it on my phone', ['612.34.5678']],
  ['ssn 612345678 for the SSI application', ['612345678']],
  ['last 4 of her social are 5678, is that ok to text', ['5678']],
  // Medi-Cal CIN, record and chart numbers, client ids.
  ['her CIN is 91234567A, can i post it in the team chat', ['91234567A']],
  ['cin: 93847562b keeps getting denied', ['93847562b']],
  ['MRN 7654321 wants to read my notes', ['7654321']],
  ["client's chart # is BH-0045821, who fixes the intake date", ['BH-0045821']],
  ['medical record number A-2290371 for my client', ['A-2290371']],
  ['client id 448812 is missing from the roster', ['448812']],
  ['case number 2024-00123 was closed by mistake', ['2024-00123']],
  // Phone numbers, US and international.
  ['she keeps calling from (559) 555-0142 at night', ['555-0142']],
  ['text him at 916-555-0187 from my work phone?', ['916-555-0187']],
  ['her cell is 707.555.0182', ['707.555.0182']],
  ['he gave me 5595550123 for his girlfriend', ['5595550123']],
  ["the client's number is +1 209 555 0199", ['209 555 0199']],
  ['cell +44 20 7946 0958, she moved to London', ['7946 0958']],
  ['su número es +52 55 1234 5678, le puedo escribir', ['1234 5678']],
  ['his tita in Manila is +63 917 123 4567', ['917 123 4567']],
  ['call my guy back at 1-209-555-0127', ['209-555-0127']],
  ['call her at 555-0123 after group', ['555-0123']],
  ['she calls from (559)5550142 every night', ['5550142']],
  // E-mail, plain and written out.
  ['client emailed me from tanya.reeves@example.com', ['tanya.reeves', 'example.com']],
  ['her email is maria.lopez at gmail dot com', ['maria.lopez', 'gmail']],
  ['write to jrod [at] example [dot] net', ['jrod', 'example']],
  ['reach him at dmitri(at)example.org', ['dmitri', 'example.org']],
  ['she said use lupe.s at yahoo.com for the flyer', ['lupe.s', 'yahoo']],
  // Street addresses, PO boxes.
  ['client lives at 1423 Elm St apt 4 and wants me to come by', ['1423 Elm']],
  ['drop off groceries at 4820 W Shaw Ave #12 on my day off', ['4820 W Shaw']],
  ["the client's address is 88 Harbor View Dr, Apt 407", ['88 Harbor View']],
  ['mail it to PO Box 1234 in Fresno', ['Box 1234']],
  ['her mail goes to P.O. Box 77', ['Box 77']],
  ['he sleeps at 3355 E Olive Ave behind the store', ['3355 E Olive']],
  // License plates, driver's licences.
  ["his plate is 7ABC123, he's parked outside the center", ['7ABC123']],
  ['license plate 5KJH902 keeps following me', ['5KJH902']],
  ['license plate 7-ABC-123 was on the car', ['7-ABC-123']],
  ["driver's license D1234567 is on the form", ['D1234567']],
  ['DL# B7654321 for the van insurance', ['B7654321']],
  // Dates of birth written in words, odd shapes, or a month and year after a cue.
  ['she said it was the ninth of June, nineteen seventy-two', ['ninth of June', 'seventy']],
  ['nació el veinte de enero de mil novecientos ochenta', ['veinte de enero', 'ochenta']],
  ['born on the third of May 1969 and wants a card', ['third of May', '1969']],
  ['intake says born February the 2nd, 1981', ['February the 2nd', '1981']],
  ["Nov 3 '79 is on his bracelet", ["Nov 3 '79"]],
  ['the label says 12AUG88 under her name', ['12AUG88']],
  ['dob Aug-12-1988 on the form', ['Aug-12-1988']],
  ['fecha de nac. 3-IX-1980 en la forma', ['3-IX-1980']],
  ['bday 11 02 85, wants me at his party', ['11 02 85']],
  ['he was born in july 1979 and feels old', ['july 1979']],
  ['nacido el 2do de junio del 91, quiere ayuda', ['2do de junio', '91']],
  // Partial and masked SSNs.
  ['ssn ending 4418, the clinic wants to verify', ['4418']],
  ['last four 9012 is all i wrote', ['9012']],
  ['ending in 3377 is his social, can i say it', ['3377']],
  ['I wrote xxx-xx-6621 on the note to billing', ['6621']],
  ['his social is 318-52-XXXX for now', ['318-52']],
  // Numbers read out digit by digit, or in words.
  ['his number is 6 1 9 - 5 5 5 - 0 1 7 7, call him?', ['6 1 9 - 5 5 5 - 0 1 7 7']],
  ['social is six one two, three four, five six seven eight', ['six one two, three four']],
  ['me dijo su número: tres uno cero, cinco cinco cinco, cero uno dos', ['tres uno cero']],
  // Ids with letters, or read in groups: court, booking, card, out-of-state numbers.
  ['docket 3:23-cr-00442, he wants a letter', ['3:23-cr-00442']],
  ['probation case VCR2209934 and the PO is asking', ['VCR2209934']],
  ['juvenile case 23-JV-0871, the mom wants help', ['23-JV-0871']],
  ['his A# 087-654-321 is on the ICE form', ['087-654-321']],
  ['card 4111 2222 3333 4444 was left in my car', ['4111 2222 3333 4444']],
  ['her card says 4417.2290.5531.0012, what now', ['4417.2290.5531.0012']],
  ['medicaid # 31 5520 9917 for the dentist', ['31 5520 9917']],
  ['register no. 77120-298, out next week', ['77120-298']],
  ['VIN 2T1BURHE0JC043821 for the car he wants to sell me', ['2T1BURHE0JC043821']],
  // Phones abroad, with a letter O, seven digits with a dot.
  ['su número en Guatemala: 00 502 5512-3344', ['5512-3344']],
  ['txt from 415-555-O12O about coffee', ['555-O12O']],
  ['he wrote 555.0177 in my notebook', ['555.0177']],
  // Handles, profile links, payment handles.
  ['her IG is @sunny.days_909 and she tags me', ['sunny.days_909']],
  ['his venmo @Marco-Ruiz-7 keeps sending me money', ['Marco-Ruiz-7']],
  ['she sent $LilBee2020 on Cash App to pay me back', ['LilBee2020']],
  ['he added me on discord as nightowl#3391', ['nightowl#3391']],
  ['my clients snap is kayy.xo3 and she sends streaks', ['kayy.xo3']],
  ['friend request from facebook.com/rene.ortiz.77', ['rene.ortiz.77']],
  // E-mails spelled out or in Spanish.
  ['email is t o n i 9 1 @ y a h o o . c o m, add her?', ['t o n i 9 1']],
  ['correo lupe.m.80 arroba hotmail punto com', ['lupe.m.80']],
  // Addresses: rural routes, units written apart, Mexican and Latin American forms.
  ['he lives at RR 4 Box 212 past the farm', ['RR 4 Box 212']],
  ['Apt 3B at 221 Oak St, she is not answering', ['3B', '221 Oak']],
  ['calle Hidalgo #118, col. Centro, la casa de su mamá', ['Hidalgo #118', 'Centro']],
  ['lote 9, manzana 12, colonia Las Palmas, ahí vive', ['lote 9', 'manzana 12', 'Las Palmas']],
  ['Calle 10 #42-17, Barrio Santa Fe, Bogotá', ['10 #42-17', 'Santa Fe']],
  ['5520 maple terr apt 2 is his new place', ['5520 maple']],
  // Plates with words between the cue and the plate, spaced or in another state's format.
  ['az plate KLM 4471 was outside my house', ['KLM 4471']],
  ['placas de Sonora VXR-44-12, es el carro de su ex', ['VXR-44-12']],
  ['his vanity plate says CLEN4LYF', ['CLEN4LYF']],
  ['plate 6 TRW 118 keeps following her', ['6 TRW 118']],
  ['saw his plate, NV GHT-4410, at the motel', ['GHT-4410']],
  // Handles with no @: a username in mixed case after its cue, an underscore and a digit.
  ['her username is LilBeanie22x and she posts about me', ['LilBeanie22x']],
  ['his gamertag is NightHawkRising, he wants to squad up', ['NightHawkRising']],
  ['found t_ruiz_1999 on tiktok posting from group', ['t_ruiz_1999']],
  // A phone read digit by digit with dots between the groups.
  ['call her at 4 1 5 . 5 5 5 . 0 1 8 8 after 3', ['4 1 5 . 5 5 5']],
  // Korean given names written with a hyphen, and a surname that is also a place word.
  ['Min-jun Park asked me to co-sign his lease', ['Min-jun', 'Park']],
  ['can I give Seo-yeon Han a ride home', ['Seo-yeon', 'Han']],
  // Surname first with nothing after the given name but the sentence, in either case.
  ['ramirez, maria wants her file back', ['ramirez']],
  ['Wisniewski, Tomasz wants a ride to court', ['Wisniewski', 'Tomasz']],
  // Given names of many cultures, in lowercase.
  ['saw giovanni ricci at the store', ['giovanni ricci']],
  ['thandiwe mokoena invited me to church', ['thandiwe mokoena']],
  // A possessive before a place or a record is the person's own, not a thing named after them.
  ["can I see Darnell Okoye's records", ['Darnell', 'Okoye']],
  ["Priya Raman's hospital stay was long", ['Priya', 'Raman']],
  // A name with ordinary words in it, when the person does something to the writer.
  ['Daniel Big Horse gave me a beaded necklace after group', ['Daniel Big Horse']],
  // A middle name that is also a word, in lowercase.
  ['annelie mae thibodeaux asked to keep in touch', ['thibodeaux']],
  // A family title before a full name: the name is still one.
  ['Tía Rosa Quintero wants me at her birthday', ['Quintero']],
  // A role word still makes a famous-sounding name a client's.
  ['my client Tom Hanks (not that one) wants a ride', ['Hanks']],
  // Phones with spaces around the separators; vanity plates with no digit; rural route boxes;
  // a birth date run together after its cue; Spanish record cues.
  ['his number is 714 - 555 - 0199, he wants a callback', ['0199']],
  ['call her at 909 . 555 . 0123 after 5', ['0123']],
  ['her vanity plate reads SOBERQN and she parks next to me', ['SOBERQN']],
  ['plates say MIJOSLUV on his truck, everyone knows it', ['MIJOSLUV']],
  ['mail goes to Route 4 Box 112, Corning', ['Route 4 Box 112']],
  ['rt 9 box 33 is where he gets his checks', ['box 33']],
  ['dob 110592 on the intake form', ['110592']],
  ['born 07041988 per his ID', ['07041988']],
  ['su número de caso es 2023-11487 y quiere verlo', ['2023-11487']],
  ['expediente 44-1902 en el hospital, me lo dio la clienta', ['44-1902']],
  // Particles in twos and in other languages.
  ['I ran into Ana de los Santos at the pharmacy', ['Santos']],
  ['Khalid ibn Rashid asked for a ride to the mosque', ['Rashid']],
  ['participant Rosario dela Paz brought me food', ['dela Paz']],
  // A label with an adverb before a famous-sounding name.
  ["my client's name is actually Tom Hanks lol", ['Hanks']],
  // A titled surname when the writer serves the person.
  ['Capt. Reyes, my client, wants me at his VA hearing', ['Reyes']],
  ["Sgt Whitfield (she's a vet) asked me to lunch", ['Whitfield']],
  // Names of California's immigrant and refugee communities, in lowercase or capitals.
  ['gurpreet sandhu asked me for a ride to the temple', ['sandhu']],
  ['tigran petrosyan said he relapsed', ['petrosyan']],
  ['nimco warsame keeps texting me', ['warsame']],
  ['tesfaye gebre told me he is sleeping in his car', ['gebre']],
  ['bao tran texted me at midnight', ['bao tran']],
  ['TRAN VAN MINH missed his appt again', ['MINH']],
  ['PHAM THI HOA asked for a letter', ['HOA']],
  // Given names only: patronyms, surname first.
  ['mohamed abdi yusuf told me he lost his job', ['yusuf']],
  ['fadumo hassan asked me to babysit', ['fadumo hassan']],
  ['wei chen is 68 and his son keeps his SSI check', ['wei chen']],
  // A romanised given name with a surname that is also a word.
  ['min-jun kim asked me to cosign', ['min-jun kim']],
  ['eun-ji park keeps calling me', ['eun-ji park']],
  // In capitals, the sentence's words left off the name's edges.
  ['KEVIN OKAFOR SAID HE WANTS TO QUIT THE PROGRAM', ['KEVIN', 'OKAFOR']],
  ['PATIENT ROSALBA QUIROZ MEDINA REFUSED HER MEDS', ['ROSALBA', 'QUIROZ']],
  // Surname first with nothing after it but what the person does, or in capitals.
  ['Okonkwo, Adaeze wants me to go to her graduation', ['Okonkwo', 'Adaeze']],
  ['for Delacroix, Marcus I wrote a note about his relapse', ['Delacroix', 'Marcus']],
  ['ORTEGA, MICHELLE - wants her records', ['ORTEGA', 'MICHELLE']],
  ['Lee, Ji-woo — her mom keeps calling', ['Lee', 'Ji-woo']],
  // Capitalised particles, double surnames after an initial or an honorific.
  ['Ana María De La Fuente wants to hug me every session', ['Fuente']],
  ['ms. ortega-villanueva was crying in the lobby', ['ortega-villanueva']],
  ['j. castellanos-pineda asked me for a loan', ['castellanos-pineda']],
  ['Nguyen Thi Lan asked me to translate', ['Nguyen Thi Lan']],
  ['Dr. Okafor is my client and she wants a hug', ['Okafor']],
  // Numbers read out in words and figures, slashes, the last four named a little before.
  ['her number is five five nine, 555, zero one four two', ['555, zero one four two']],
  ['call him at 209 five five five 0199', ['0199']],
  ['his cell: 415/555/0123, text him', ['415/555/0123']],
  ['last 4 of his social, it is 7781, can i use it', ['7781']],
  ['los últimos 4 de su seguro social son 4410', ['4410']],
  // Ids by their label or a "#"; rural boxes; half-numbered addresses; city and ZIP.
  ['CID 55-10923 wants me at his hearing', ['10923']],
  ['pt acct 551234-07 keeps getting billed', ['551234']],
  ['Tony #55812 wants a letter from me', ['55812']],
  ['HC 2 Box 19B is where she stays', ['Box 19B']],
  ['he lives at 4521 1/2 W Olive Ave with his mom', ['4521', 'Olive']],
  ['she moved to 12 Oak St, Fresno CA 93701', ['Oak St', '93701']],
  // Dates of birth in other languages' forms, and a birth year beside a birthday.
  ['she wrote 9.XI.1971 as her birth date', ['9.XI.1971']],
  ['Hoa, sinh ngày 3 tháng 8 năm 1969, wants help', ['3 tháng 8 năm 1969']],
  ['si Lorna, ipinanganak noong Hunyo 2, 1981, humingi ng tulong', ['Hunyo 2, 1981']],
  ['Olga, 5 апреля 1960 г.р., asked me for a hug', ['5 апреля 1960']],
  ['김지은 (1988년 11월 2일생) keeps calling', ['1988년 11월 2일']],
  ['Don Chuy cumple 70 el 9 de mayo (nació en 1955)', ['9 de mayo', '1955']],
  ['client born in march of 88 wants a ride', ['march of 88']],
  // A verb that is also a media noun, a nickname in brackets, two given names after a verb done
  // to a person, and someone's own place between the office and an address.
  ['what if Ricardo Lopez shows up at my home group', ['Ricardo', 'Lopez']],
  ['Marisol Ortega talks to me every day after group', ['Marisol', 'Ortega']],
  ['so Anthony (Tony) Ruiz wants a ride to court', ['Anthony', 'Ruiz']],
  ['i told khalid yusuf about my own recovery, ok?', ['khalid', 'yusuf']],
  ['his letters keep showing up at our office instead of his place at 40 Sutter Pl', ['40 Sutter']],
  // A street with its suffix left out after a word for where; surname first in lowercase.
  ["she's camping behind 4410 Maple by the Chevron", ['4410 Maple']],
  ['li wei keeps calling me after hours', ['li wei']],
  ['zhang xiaoling texted me again', ['zhang xiaoling']],
  ['LATISHA MONROE WANTS TO MOVE IN WITH ME', ['LATISHA', 'MONROE']],
  // Handles on more platforms, and a plain @word with the platform named after it.
  ['his onlyfans is sober.daddy, do i report it', ['sober.daddy']],
  ['she posts as @hopefulhannah on instagram', ['hopefulhannah']],
  ['his car is a red Civic, 7KLM 552, parked outside my house', ['7KLM 552']],
  ['claim # 1234-5678 was denied, can i help her appeal', ['1234-5678']],
  // Lowercase names: an Arabic surname with its article, nicknames as given names, a word for a
  // person (a verb done to one, a relative or a friend) before a word in no dictionary or
  // initials and a known surname, a particle fused to the surname.
  ['omar al-rashid keeps calling me after group', ['al-rashid']],
  ['is it weird if i drive manny quintanilla to his intake', ['manny', 'quintanilla']],
  ['my old roommate lalo ybarra is in my group now', ['ybarra']],
  ['my cousin aj ramirez just got put on my caseload', ['aj ramirez']],
  ['i told vero delosreyes about the group', ['delosreyes']],
  // A Polynesian name with a glottal stop written in it; a Native surname written as one word.
  ["Mele Ta'ufo'ou asked me to come to her church", ['Mele', "Ta'ufo'ou"]],
  ["Rusty Bluebird said he's moving back to the rez", ['Rusty', 'Bluebird']],
  // Handles: ending in an underscore, a Reddit user, a plain @word named as an account, a
  // LinkedIn slug.
  ['she messaged me from tay.lor.made_ on insta', ['tay.lor.made_']],
  ['u/sober_dad_209 keeps posting about our program', ['sober_dad_209']],
  ['the account @quietriverwalker keeps tagging our agency', ['quietriverwalker']],
  ['linkedin invite from dmorales-recovery-coach, a former client', ['dmorales-recovery-coach']],
  // The end of an SSN in Spanish; a booking number with no "#".
  ['el social de ella termina en 5521, ¿la busco así?', ['5521']],
  ['his booking 24-77120 came up in court', ['24-77120']],
  // A case or a participant's number with no "#"; an id read in two groups that no range climbs.
  ['i wrote case 23-58107 in the group notes by mistake', ['23-58107']],
  ['can someone cover participant 40172 on thursday', ['40172']],
  ['the intake sheet had 6194-3072 on it, whose is that', ['6194-3072']],
  // A record's number a few words after its name; a name told as one in lowercase, a surname last.
  ['i know his chart number by heart, 4471902, is that weird', ['4471902']],
  ['the desk asked for his docket number, pretty sure 21-66930', ['21-66930']],
  ['his name is ace whitaker and he wants me at his graduation', ['ace whitaker']],
  // Two known surnames joined, the second also a word ("le"); a profile's name quoted
  // after "profile name".
  ['driving mai nguyen-le to her intake tomorrow, is that ok', ['mai nguyen-le']],
  ["she follows me as the profile name 'Lotus Rising 559', should i block", ["'Lotus Rising 559'"]],
  // A handle after what its account does, in a message that names the platform.
  [
    'her ex keeps stitching her videos on tiktok, he posts as big.rico_ and she wants to report it',
    ['big.rico_'],
  ],
  ['got a snap request from lil.dre209 and i think its my client, accept?', ['lil.dre209']],
  // A handle named as what the account "is", after a comma.
  ["my youth showed me his snapchat, it's kingtrey559, and wants me to add him", ['kingtrey559']],
  // A lowercase name set off by commas after who the person is, or right after "client" with
  // what the person does; a name in capitals right after a lowercase role word.
  ["the client's uncle, hank ostrowicz, keeps calling me for updates", ['hank ostrowicz']],
  ['her landlord on 5th, ofelia ybarra, asked me if she pays on time', ['ofelia ybarra']],
  ['client dj okonkwo wants me to be a reference for his lease', ['dj okonkwo']],
  // The same words still give way to a full name after a role, and to a client on the news.
  ['Sponsee Marcus Delagarza asked me to co-sign his car loan', ['Marcus Delagarza']],
  ['my client hector villasenor on the news last night wants to talk', ['hector villasenor']],
  [
    "my client TIGER NAKASHIMA just got hired at my cousin's shop, do i say something",
    ['NAKASHIMA'],
  ],
  // A surname in capitals with an Irish prefix; a surname told by its ending after an initial
  // or a cue word; surname first with particles or a given name of two words.
  ["I keep running into DARNELL O'CONNOR at the grocery store, do I say hi", ["O'CONNOR"]],
  ["t. arakelyan wants me to come to her son's baptism", ['arakelyan']],
  ['i explained the rules to marem tevosyan after group and she cried', ['marem', 'tevosyan']],
  ['quick q: van den Heuvel, Pieter came in drunk to group', ['Heuvel', 'Pieter']],
  ['can I lend money to Lor, Mai Nhia? she asked twice', ['Lor,', 'Nhia']],
  // Vietnamese in lowercase mid-sentence; a lowercase middle initial that is also a word; a
  // Native surname of two ordinary words; a handle in mixed case as a sender.
  ['so yeah tran duc anh keeps asking me for a ride after group', ['tran duc anh']],
  // A Vietnamese surname that, without its tone marks, is an English word ("hồ").
  ['hồ thu trang keeps calling me', ['hồ thu trang']],
  ['marcus a. whitfield got his 90 day chip today', ['whitfield']],
  ['tashina red hawk asked me to her graduation party', ['tashina red hawk']],
  // The same with an accent typed on the second word (plain() reads it as "bulls").
  ['shaylene two búlls keeps calling me', ['shaylene two búlls']],
  ['at the meeting Kimimela Spotted Eagle said she wants me at the feast', ['Kimimela']],
  ['got a dm from sobrKingXx on insta, pretty sure its a client', ['sobrKingXx']],
];

const LEAVE: string[] = [
  // An article and an honorific before a brand or a character; Spanish "cuenta como" (counts
  // as) before a quoted phrase.
  'my client brought a Mr. Potato Head for the kids room, can i keep it there',
  "¿cuenta como 'contacto familiar' si hablé con su hija?",
  // A people or a language after a capitalised word ("Big Punjabi wedding", "Huge Filipino
  // party"); a first name beside one; a bill and a highway where records are spoken of.
  'Big Punjabi wedding this weekend and my client invited me, still a no?',
  'Huge Filipino party at the church hall, Marites invited the whole team',
  'is AB2098 about case records? asking before I drive I-80 to training',
  // Spanish verbs after an object pronoun ("no la deja salir", "le dan"), a saying "like" a
  // public figure, a first name before "al" and an agency.
  'su esposo no la deja salir de la casa, como la apoyo',
  'a veces me dan ganas de llorar en la oficina, is that burnout',
  'Like Oprah always says, you get what you have the courage to ask for',
  'le di raite a Pedro al DMV, was that ok',
  // An author who talks about a subject; a public figure who spoke; a hashtag of words; a web
  // address a post is by; a red cloud in capitals.
  'Brene Brown talks about shame in that book, can i use it in group',
  'Ilhan Omar spoke at the center and a client wanted to talk politics',
  // A show or a speaker watched is no client.
  'watching Breaking Bad reruns with my sponsor, is that triggering',
  'watching Brene Brown talk about shame on youtube tonight',
  'posted #RecoveryMonth pics from the walk, faces blurred',
  'saw a facebook post by recoverycafe.org about the potluck',
  // A saint's name is a church, a charity or a place; a church named by its denomination.
  'The St. Vincent de Paul thrift store asked for volunteers from our program',
  'my church, Sarang Presbyterian, asked me to lead a recovery group',
  'our partner church, Bethel Lutheran, wants to host a meeting',
  // Commas around ordinary words after a role, and a role word before two everyday words.
  'my boss, super nice, said i can leave early for my appointment',
  'client intake forms are due friday, do i fill them in for him',
  'WE SAW A RED CLOUD OVER THE PARK TODAY',
  // A role in the program before a first name, an elected office before a name, an organisation
  // named again without its last word, a lowercase name seen on the news.
  'Sponsee Marcus asked me to co-sign his car loan, is that ok',
  'a participant wants help writing to Senator Alex Padilla about housing',
  'we partner with Alder Vance Health, and Alder Vance also runs the food pantry',
  'my client watched rey oyelaran on the news and wants to go to his town hall',
  // A work by its author, and acronyms of the work in capitals listed with commas.
  'we read The Body Keeps the Score by Bessel van der Kolk in training',
  'ROI, MOU, HMIS: which form lets me share with the shelter?',
  'do SSI, SSDI and IHSS count as income for the housing app',
  // "Oh" and two syllables in lowercase is an exclamation; a name told as the writer's own is
  // theirs; Korean and Hmong leaders honoured with no cue.
  'oh min young people always show up late to group',
  'her name is on the lease so she has to sign',
  'the elders talk about Syngman Rhee at lunch, is politics ok in group',
  'a grandpa told me Vang Pao saved his village, should i ask more',
  'Told Her the group moved to thursday',
  // Media after a famous name, a time in brackets between capitalised words, the agency's own
  // address.
  "we watched Trevor Noah's shows in group",
  'we met Monday (10am) Group went long',
  'our office is at 1200 Main St, come by anytime',
  // Slang said as a name, a famous name in a client's quoted words, places after a word for
  // where, a Spanish organisation after its article, medicines, an author with particles, words
  // joined by hyphens on LinkedIn, Al-Anon.
  'my client says Mary Jane helps with her anxiety',
  'Client: "Whitney Houston had everything and still used." what do I say',
  'her family lives in Phnom Penh and she sends money',
  "she's been sleeping at Maria Park since the sweep",
  'trabaja los sábados en la Cruz Verde, ¿está bien?',
  // The same with the article capitalised at the start of a sentence.
  'La Cruz Roja nos regaló mochilas, ¿las reparto en el albergue?',
  "he's on Risperdal Consta and sleeps all day",
  'Bessel van der Kolk says trauma lives in the body, can I share that?',
  'linkedin request from my mother-in-law lol',
  'i told maria we could go to al-anon together',
  // Brands and idioms named after people, a bot addressed, Slack's own mentions.
  'a client called another one a Debbie Downer in group, do I step in?',
  'she brought Betty Crocker brownies to the potluck',
  '@ethicsbot can I friend a client on facebook?',
  '@here is anyone covering the front desk on instagram duty?',
  // First names alone, place and organisation names, capitalised words that are not names.
  'can i accept a gift card from Maria',
  'if a client named Sam offers me a gift, can i take it',
  'Can I tell Maria my last name',
  'Yesterday Keisha asked me for a ride home',
  'Jose and Maria both asked to join the same group',
  'my supervisor Jen said no to the ride',
  'Lupe from the front desk wants to know',
  'my client lives in Los Angeles now',
  'we are in San Joaquin County, who do we call',
  'she moved to Rancho Cordova last month',
  'Santa Clara County has a peer program',
  'he got a room in East Palo Alto',
  'the clinic in Chula Vista closed',
  'is there a meeting in Elk Grove',
  'does the Bay Area have more peer jobs',
  'refer him to Eastside Wellness Clinic',
  'is Valley Health Center a good place for her',
  'call Fresno County Behavioral Health about it',
  'the Department of Social Services said no',
  'does Narcotics Anonymous count as treatment',
  'Peer Support Specialist certification questions',
  'Harm Reduction training at Sacramento Recovery House',
  'Alcoholics Anonymous Big Book study at the church',
  'she signed up for Covered California',
  'she posted it on Facebook Messenger',
  'Dr. Hsu said the client can go back to work',
  'Good Morning, can i hug a client at graduation',
  'Thank You cards from clients, ok to keep?',
  'Happy Birthday text to a client, ok?',
  // Months, weekdays, times, appointment dates.
  'Monday March 3 is our training day',
  'group is every Tuesday and Thursday',
  'meeting at 3:30pm with a client who wants to give me a gift',
  'our appointment is 12/14, can i move it',
  "client's court date is 1/22/2027, can i go with her",
  'the training is on 3/15 at 9am, is it required',
  'his appointment is on march 3rd at 2pm',
  'the next cohort starts on September 15',
  'group at 10:30 and ends at 12',
  // Money, ages, years, counts.
  "client's rent is $1,200 and she asked to borrow $50",
  'client is 72 and wants help with her bills',
  'i got certified in 2019, do i need to renew',
  'back in 2015 i used with someone who is now my client',
  'rent went up 10% this year',
  'a client gave me 2 concert tickets worth like $90',
  // Hotlines.
  'when should i call 988 vs 911',
  "what's 211 good for, can it help with housing",
  "SAMHSA's helpline is 1-800-662-4357 right?",
  'the spanish line is 1-888-628-9454',
  // Code sections, billing and diagnosis codes, bills.
  'does WIC 15630 make me a mandated reporter',
  'what does Welfare and Institutions Code Section 5150 say',
  'what is in Penal Code 11166',
  'is 45 CFR 164.512(j) the one about serious threats',
  'is 42 USC 290dd-2 the same as part 2',
  "what's Title 9 CCR section 1810 about",
  'is H0038 the right billing code',
  'what does ICD-10 code F11.20 mean',
  "what's BHIN 22-026 about",
  'can you explain AB 2265 to me',
  // Version numbers, grant numbers, ZIP ranges, years in a row, doses with units.
  'our handbook v2.1 says peers can drive clients now',
  'grant number H79SM085512 funds our program, do rules change',
  'we serve zips 95814-95819 and I live in one of them',
  'our budget line is 1500-2500 a month for bus passes',
  'the case 2019-2020 audit found nothing about peers',
  'my case number got lost in 2019 and 2020, the years I was homeless',
  'the case notes from march had his phone on them, do i shred it',
  'her name is on the list for the 2025 housing lottery',
  'our program is called Hope Forward and people like the flyer',
  'its called Hope Forward now, the old name was better',
  'on tiktok she posts as a peer at 5.30 every day, is that ok for our program',
  'he messaged from st. mary on snap, what do i say',
  'we had groups in 2019 2020 2021 and 2022',
  'the four seasons, the fourth of July, the first of May are all holidays we mark',
  '@here can someone cover group on friday',
  'the ticket was $20 and she paid me back',
  // Doses, ZIP codes, rooms.
  'she takes 8 mg of Suboxone a day',
  'narcan 4 mg nasal spray, how many per person',
  'our office ZIP is 93701, is that in the catchment',
  'group is in room 204',
  'can i tag 5 people from group in the post',
  "we're in building C, suite 300",
  // Spanish capitalised words.
  'Buenos Días, tengo una pregunta sobre regalos',
  'Feliz Navidad card from a client, ok?',
  'Día de los Muertos altar at group, is that ok',
  'Cinco de Mayo potluck with clients',
  'Semana Santa off, can i still answer texts',
  'Hola Maria, how do i say no to a gift',
  // People in the news, brands and idioms named after people.
  "Client says Anthony Kiedis's book helped him more than group",
  "he keeps quoting Joe Rogan's podcast about psychedelics",
  'my client is a huge Bad Bunny fan and offered me a ticket',
  'he came in wearing a Bob Marley shirt',
  'like Maya Angelou said, people remember how you made them feel',
  'a famous singer relapsed and my client says that proves relapse is normal',
  "client wants to pay me back with a Trader Joe's gift card",
  'Big Mike from the morning group asked for a cigarette',
  'he only drinks Jack Daniels on weekends now',
  'client bought me a Tommy Hilfiger jacket, keep it?',
  'the book by Gabor Maté about addiction, ok for group?',
  'my kid goes to Jefferson Elementary with a client',
  'she works at Wells Fargo and offered to help with my credit',
  'hypothetically, say John Doe tells me he will hurt someone',
  // Saints, churches, holidays and places named after people.
  'St. Vincent de Paul gave her furniture vouchers',
  'La Virgen de Guadalupe es muy importante para mi clienta',
  'clienta quiere que vaya a su iglesia, Templo Bautista El Buen Pastor',
  'We are doing a Martin Luther King Jr. Day service project',
  'the group meets at the Martin Luther King Jr. Community Center',
  'she wants to move back to Puerto Rico',
  'around the Salton Sea there is no bus',
  'my cousin works at the Compton Courthouse',
  'Medi-Cal Rx is denying her script',
  'Avenida Revolución in Tijuana is where she used to work',
  // Title Case and capitals: a dictionary word beside a name proves nothing.
  'What Should I Do If Maria Wants A Hug',
  'MY CLIENT MARIA WANTS A HUG',
  'PLEASE HELP ME WITH SSI AND SSDI',
  // Lowercase given names before ordinary words, English, Spanish and chat.
  'can i tell maria about my own recovery',
  'can i help jose with his green card application',
  'carmen siempre me trae comida',
  'kevin lol he brought me coffee',
  'Thanks, Maria - that helps',
  'Fresno, California - is there a peer network',
  'the bus 42 route 7 is late again',
  'he lives in 2 rooms with 4 people',
  'rent went from 1250.50 to 1400.75 this year',
  'she moved to 3 different shelters this year',
  'he turns 40 next week and wants a party',
  'client Maria said she will come',
  // A first name before chat slang, a typo or a Spanish verb.
  'jasmine prolly needs a new sponsor',
  'marcus finna quit the program',
  'maria wnats me to go to her party',
  'lupe platicó conmigo sobre su hijo',
  'carmen llorando en la sala de espera',
  // Organisations' numbers and hotlines spelled with letters.
  'call 1-800-950-NAMI for the family line',
  'my certification number is CPSS-004512, do i renew online',
  'ticket INC0045821 in the helpdesk about the van',
  // Public figures, characters and brands: by the words around them, or well known.
  'someone in group said Whitney Houston proves nobody gets out',
  'he wants to be the next Tyson Fury, is boxing ok in early recovery',
  'she keeps quoting Audre Lorde in group',
  'a client gave me a Selena Gomez poster, can I keep it',
  'is it ok to read Educated by Tara Westover with my client',
  'my client idolizes Tony Montana and it worries me',
  // The agency's own address and main line.
  'our office is at 220 Pine St, can clients come by',
  'the clinic main line is 555-0188, can I give clients only that',
  // Spanish endearments and family titles with a first name: nobody is named.
  'he ends texts with Con Permiso Mija, is that flirting',
  'my client calls me Tía Rosa, is that ok',
  // Agencies that act on the writer are no person.
  'Child Protective Services told me to wait for a call back',
  // A timestamp, and a building named with an initial.
  "the log says 'edited 2025-06-02 14:37', can my supervisor see the old text",
  'we meet in the Rosa L. Parks Building on Fridays',
  // Spanish blessings.
  'she said Que Dios la Bendiga when she left',
  // A message about the news, a show or a podcast: the names in it are public.
  'Roan Tallis talked about his sobriety on a podcast, can I share that with my client',
  'my client keeps comparing herself to Vesna Korr from the show',
  // Comparing oneself to someone, or looking like them, and famous names in lowercase.
  'the client compares herself to Lorna Vex all the time',
  'he looks like Danny Trejo lol',
  'my client loves kurt cobain and wears his shirts',
  // Buildings, schools, streets, programmes and laws named after someone.
  'group moved to the Dorothy Height building on the 3rd floor',
  'her son goes to Rosa Parks Elementary',
  'is the Paul Wellstone Act about parity for addiction treatment',
  'can peers help clients sign up for the Kevin Brady program',
  'we hold meetings near Ida Wells Park on Fridays',
  // Brands and products named after a person.
  'a client sells Mary Kay and offered me a discount',
  'he brought a bottle of Jose Cuervo to the house',
  // Things named with "called", and runs that start with a state.
  'we run a class called Morning Light for new members',
  'does Texas Family Code say peers are mandated reporters',
  // A date of birth named as a field or a topic; spans of hours.
  'is it ok to ask for a DOB over text?',
  'we removed the date of birth column from the sign-in sheet',
  'what counts as PHI: name, DOB, address?',
  'does DOB count as PHI if there is no name',
  'group runs 10:00-11:30am on tuesdays',
  'office hours are 9-5:30pm, can i leave early',
  // Spanish "herself" after a pronoun that is also a given name (Ella).
  'mi participante me dio un dibujo que ella misma pintó, ¿lo puedo colgar en la oficina?',
  // Family titles and nicknames with one name.
  'Auntie Lupe from the front desk brought tamales',
  'my client calls me Uncle Ray and I like it',
  // Neighbourhoods, housing projects and organisations told by what follows them.
  'we do outreach in Little Tokyo and Koreatown',
  'a new clinic opened in Little Havana',
  'I live in Van Nuys and my client lives next door',
  'Nickerson Gardens tenants asked for a meeting',
  'Imperial Courts residents want a peer group',
  'a Kaiser Permanente nurse called me about a client',
  'Sutter Roseville case manager wants records',
  'compré las vitaminas en Farmacias Guadalajara',
  // Lists of public figures, told by one of them or by the words after the list.
  'Cesar Chavez, Dolores Huerta and Larry Itliong murals at the center',
  'quotes from Maya Angelou, Brené Brown and Glennon Doyle',
  'we watched a video of Mr. Rogers in group',
  'an episode of Mr. Bean made the group laugh',
  // Authors told by what they wrote, brands, contractions, hotlines, units, Spanish verbs.
  'William Anthony wrote about recovery as a deeply personal process',
  "Bessel van der Kolk's The Body Keeps the Score, can I recommend it?",
  "Larry Davidson's stuff on recovery-oriented practice is great",
  'a client looks exactly like Danny Trejo lol',
  'Mr. Clean sponge as a thank you gift, ok?',
  "Hope you're doing well. Question about boundaries",
  "Uncle Sam isn't paying for it and I need a second job",
  'NAMI HelpLine (800) 950-6264 for families',
  'San Jose to Santa Cruz, 2 hour drive for a funeral',
  'Toño no deja de decirme mija, ¿lo paro?',
  'Ryan White funding for HIV clients',
  'we meet at 12 Step meetings on Fridays',
  'text the 988 Lifeline or call at 211 Info',
  'Nurse Practitioner Gomez changed her meds',
  'Fresno Unified counselor called me',
  'Rosh Hashanah dinner invite from a client',
  'ask @jose on slack about the schedule',
  'Jesus Christ is my higher power, can I say that in group?',
  // Look-alikes of this round's forms: a contraction in capitals, words ending like Armenian
  // surnames, a place and a month after a comma, food, a word after "a.", a farm, a first name
  // as a sender, a role word before a thing, a pier, a programme's name.
  "is it OK to say I'D LOVE TO COME when a client invites me",
  'the guardian and the canadian volunteers met at group',
  'we drove to Fresno, California Monday for the training',
  'we ordered pho and banh mi for group',
  'i gave maria a. copy of the form',
  'the kids saw two bulls at the county fair',
  'got a snap from Marcus about the ride',
  'can we post client Success Stories on our agency page',
  'outing to Redondo Pier, can i pay for snacks myself',
  'Sol de Vida es el nombre del programa nuevo para familias',
  // Look-alikes of the Korean, nickname, Native and record forms: a river, a park, a syllable
  // pair that is English, a reply in quotes, running water, open enrollment, a private page; a
  // leader of a community named with no cue.
  'we walked along the Han River during the Korea trip',
  'lunch at the park with the seniors today, ok to take photos?',
  'my client Lee won young people over at group',
  'i told jose "relax" man, was that ok',
  'the shelter finally has running water again',
  'open enrollment number of people this year was 40',
  'her facebook is private, can i still look',
  'an elder says Haile Selassie is his guide, how do i respect that',
  // "Un señor" is a man, and what follows describes him: no honorific and surname.
  'hay un señor dormido en la parada del bus y no despierta, qué hago',
  'una señora embarazada del grupo se siente mareada, ¿le doy agua?',
  // A recovery birthday is a clean date, a public figure in lowercase is still one, and a word
  // name before a noun is prose.
  'his 5 year sober birthday is june 2, can we do cake in group',
  'cesar chavez said si se puede and the youth want it on a banner',
  'grace period for the rent ends friday, can i lend him the money',
];

describe('a first name beside another identifier', () => {
  // A first name alone is kept; beside a phone, a date of birth, an address or an e-mail it is
  // part of what identifies the person and goes with it.
  it.each([
    ['Destiny gave me her new number 559-555-0142', 'Destiny'],
    ['Lupe (DOB 3/4/1951) fell at home again', 'Lupe'],
    ['how do i tell Kev to stop calling from 209-555-0188', 'Kev'],
    ["Khalid's email is khalid.m88@gmail.com", 'Khalid'],
  ])('%s', (q, first) => {
    expect(redact(q).text).not.toContain(first);
  });

  it('leaves a car, an insurer and a place beside a number', () => {
    expect(redact('his truck, a black Silverado 7ABC123, was outside').text).toContain('Silverado');
    expect(redact('he lived in Minneapolis, 612-555-0101').text).toContain('Minneapolis');
    expect(redact('Cigna member id W8812345 for her plan').text).toContain('Cigna');
  });
});

describe('identifier formats the redactor must catch', () => {
  it('has at least 50 of each', () => {
    expect(CATCH.length).toBeGreaterThanOrEqual(50);
    expect(LEAVE.length).toBeGreaterThanOrEqual(50);
  });

  it.each(CATCH)('%s', (q, secrets) => {
    const r = redact(q);
    expect(r.found.length).toBeGreaterThan(0);
    for (const s of secrets) expect(r.text.toLowerCase()).not.toContain(s.toLowerCase());
    // The warning comes from the same detection.
    expect(hasIdentifiers(q)).toBe(true);
    expect(guide.answer(q).phi).toBe(true);
  });
});

describe('look-alikes the redactor must leave alone', () => {
  it.each(LEAVE)('%s', (q) => {
    expect(redact(q)).toEqual({ text: q, found: [] });
    expect(guide.answer(q).phi).toBe(false);
  });
});
