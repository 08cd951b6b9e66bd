// Word lists that tell a person's name from other capitalised words. Each list is a set of
// lowercase words; which one a word is in decides how names.ts reads it.
const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Never part of a name: function words, pronouns, greetings, sentence openers (English and
 * Spanish). A capitalised one splits a run of capitalised words. */
export const STOP = set(`
i me my mine we our ours us you your yours he him his she her hers they them their theirs it its
a an the this that these those and or nor but so if then than because as at by for from in into
of on onto to with without about after before during over under between through per via vs
can could should would will shall might must do does did done is are was were be been being am
has have had what when where who whom whose why how which hey hi hello yo dear ok okay yes yeah
no not nope please thanks thank sorry also just all any some every each both either neither
there here today tomorrow tonight yesterday now still maybe anyone someone everyone nobody
anybody somebody everybody lol omg idk btw fyi asap re fw fwd let lets quick question update
note reminder urgent help new like
el la los las un una unos unas de del y e o u que qué como cómo cuando cuándo donde dónde por
para con sin en al mi mis tu tus su sus yo tú él ella ellos ellas nosotros usted ustedes le les
lo me te se nos es son está esta este estoy están fue era hay tengo tiene tienen quiere quiero
puedo puede necesito necesita dijo dice pregunta hola buenos buenas días dias tardes noches
gracias muchas favor feliz próspero prospero cumpleaños señor señora señorita doña don sí si
pero porque también muy más bien mal ayuda cita hoy ayer mañana oye mire mira
llamó llamo llegó llego habló hablo trabaja vive viene vino anda sigue ya andaba estaba tenía tenia
quería queria hizo hace va iba sabe pidió pidio dejó dejo salió salio regresó regreso ella él
siempre nunca todavía todavia tampoco nada algo alguien todo toda todos otra otro otros cosa cosas
mucho mucha poco ahora luego entonces pues bueno trae traje sale come duerme llora dice dicen
tho rn bc cuz imo tbh smh ngl u ur pls plz thx ty yall prolly finna gonna wanna gotta tryna
imma ima ily abt tmrw tmr lmk ikr fr frfr lowkey highkey deadass bruh bro sis fam sus wit gon
aint wya hmu wyd omw ofc idc nvm jk lmao lmfao rofl thru kinda sorta dunno lemme gimme
conmigo contigo sobre hasta desde entre dios mio mío bendiga bendito bendita
permiso cariño carino mija mijo mijita mijito amor corazón corazon reina querida querido
ándale andale vaya ojalá ojala cielito lindo pues mismo misma mismos mismas

`);

/** Peoples and languages ("a big Punjabi wedding", "Huge Filipino party"): never a name, so a
 * capitalised word before one is no given name either. Words that are also given names or
 * surnames (Thai and Lao as Vietnamese and Hmong given names, Cuban, English, French, German) are
 * left out. */
export const PEOPLES = set(`
punjabi sikh hindi urdu tamil telugu gujarati bengali filipino filipina tagalog ilocano
vietnamese korean chinese cantonese mandarin japanese laotian hmong khmer cambodian samoan
tongan fijian hawaiian mexican salvadoran guatemalan honduran nicaraguan colombian peruvian
dominican rican armenian persian iranian afghan arab arabic lebanese syrian iraqi egyptian
ethiopian eritrean somali nigerian ghanaian kenyan jamaican haitian russian ukrainian polish
italian greek jewish muslim catholic baptist pentecostal mormon navajo latino latina latinx
hispanic chicano chicana asian african
`);

/** Months, weekdays and holidays (English and Spanish): they split a run too. */
export const CALENDAR = set(`
january february march april may june july august september october november december jan feb mar
apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon
tue tues wed thu thur thurs fri sat sun weekend christmas xmas thanksgiving easter halloween
hanukkah kwanzaa ramadan eid diwali passover juneteenth valentine valentines memorial labor
rosh hashanah hashana yom kippur sukkot purim nowruz vesak holi lent advent pentecost epiphany
posadas
independence veterans mothers fathers day
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
diciembre lunes martes miércoles miercoles jueves viernes sábado sabado domingo navidad año ano
nuevo semana santa día dia muertos cinco
`);

/** Words of organisations, programmes, laws, titles, brands and medicines: a run holding one
 * is not a person's name ("Valley Health Center", "Facebook Messenger", "Dr. Hsu"). */
/** Acronyms of the work (laws, forms, agencies, programmes, diagnoses), in capitals never a name:
 * "ROI, HIPAA, CFR" is a list, not "Surname, Given". */
export const ACRONYMS = set(`
hipaa roi cfr mou hmis cin mrn ehr emr phi ada ferpa cps aps dcfs dss ssi ssdi snap wic tanf
ihss cbt dbt mat moud sud smi ptsd adhd ocd nami samhsa dhcs dmh calaim cms hud vash fsp pes csu
iop php cpss crss peer wrap cit ert ems osha eeoc hr coc ncc tic naloxone narcan
`);

export const INSTITUTION = set(`
clinic clinica clínica center centre centro hospital health healthcare salud medical behavioral
mental services service servicios department dept county city state office program programs
programa project house home homes shelter recovery wellness treatment rehab detox church iglesia
ministries ministry school escuela academy college university institute foundation association
alliance coalition network council board court courts jail prison probation parole police
sheriff agency authority housing bank credit union pharmacy market store mall plaza station
library building bldg memorial museum stadium arena airport elementary unified tower circle club group team committee society fund trust partners partnership community family
families youth unit ward er urgent care code act law section title part chapter rule regulation
bill amendment form plan insurance medicaid medicare medi cal calfresh calworks calaim ssi ssdi
anonymous fellowship specialist specialists support peer peers certification certified training
conference summit workshop services corps army navy veterans va dhcs samhsa nami
courthouse building bldg apt ste rm fl elementary high middle tower stadium arena museum theater theatre airport motel hotel inn cafe
restaurant diner grill bakery pizza kitchen pantry foods cathedral catedral temple templo mosque
synagogue chapel capilla parroquia basilica virgen rx presbyterian methodist lutheran episcopal
evangelical nazarene apostolic tabernacle
facebook instagram tiktok snapchat whatsapp messenger youtube google zoom teams slack venmo
cashapp zelle paypal uber lyft amazon walmart target costco safeway kaiser sutter dignity
permanente covered narcan suboxone sublocade vivitrol methadone naloxone adderall xanax percocet
norco vicodin oxycontin seroquel abilify wellbutrin zoloft prozac lexapro gabapentin fentanyl
invega sustenna trinza hafyera aristada maintena risperdal consta risperidone haldol haloperidol
zyprexa relprevv olanzapine latuda lurasidone depakote lamictal lamotrigine trintellix rexulti
vraylar clozaril clozapine geodon ziprasidone buspar buspirone trazodone ativan klonopin valium
ambien celexa paxil effexor cymbalta remeron vistaril hydroxyzine prazosin naltrexone campral
antabuse brixadi zubsolv lucemyra chantix ingrezza cogentin
tylenol advil cvs walgreens starbucks iphone android apple microsoft netflix discord telegram
signal twitter reddit linkedin gmail yahoo outlook hotmail icloud
christ god lord allah familia casa raza comunidad unidos unidas latino latina latinx latinos
mujeres hombres jovenes niños ninos proyecto asociacion asociación fundacion fundación
farmacia farmacias supermercado mercado tienda tiendas panaderia panadería taqueria taquería
carniceria carnicería lavanderia lavandería consultorio consultorios hospitalito
scripps providence adventist hoag rady cedars sinai ucsf ucsd ucla uci ucd usc lac
`);

/** Elected offices: titles too, and a full name after one is somebody public ("Senator Maria
 * Cantwell", "Mayor Karen Bass"). */
export const OFFICE = set(`
governor senator congressman congresswoman congressmember assemblymember assemblyman assemblywoman
councilmember councilman councilwoman mayor president
`);

/** Titles: a person's name may follow ("Pastor Ezekiel Mbeki"), but the title is not part of
 * it, and a title with one name ("Dr. Hsu", "Governor Newsom") is a professional or an official,
 * not a client. A role in the program reads the same way: "Sponsee Jimmy" is a first name. */
export const TITLE = new Set([
  ...OFFICE,
  ...set(`
dr doctor nurse practitioner psychiatrist psychologist clinician caseworker officer judge pastor father sister brother coach professor deputy sergeant
captain detective reverend rev prof supervisor manager director counselor therapist padre
hermano hermana tia tio abuela abuelo abuelita abuelito mama papa madrina padrino comadre
compadre
sgt sarge cpl lt pvt spc maj col gen cmdr capt lieutenant corporal colonel
grandma grandpa granny gramma grammy auntie aunt uncle
sponsor sponsee sponsees
`),
]);

/** A run that starts with one of these is a place ("San Joaquin", "East Palo Alto"). */
export const PLACE_START = set(`
san santa santo los las el la del rancho palo paso pico costa contra yorba laguna aliso marina
playa hacienda mission mount mt fort ft port lake point cape isla north south east west
northern southern eastern western upper lower central inland greater new old baja st saint
puerto nueva nuevo ciudad rio monte avenida calle camino
`);

/** A run that ends with one of these is a place ("Chula Vista", "Elk Grove", "Bay Area"). */
export const PLACE_END = set(`
vista viejo alto linda mesa beach city park grove valley heights hills springs oaks bay creek
gardens village island ridge point harbor harbour falls lake area empire desert foothills row
district county island islands coast shores canyon meadows estates junction crossing avenue
street road boulevard blvd ave st rd lane highway freeway parkway hwy fwy pkwy trail sea river mountain
mountains sound downs courts manor commons terraces towers apartments apts projects pier wharf
boardwalk promenade
california nevada oregon arizona texas mexico carolina virginia dakota york jersey
`);

/** Places named without a telling first or last word. */
export const PLACES = set(`
alameda amador butte calaveras colusa fresno glenn humboldt imperial inyo kern kings lassen
madera marin mariposa mendocino merced modoc mono monterey napa nevada orange placer plumas
riverside sacramento shasta sierra siskiyou solano sonoma stanislaus sutter tehama trinity
tulare tuolumne ventura yolo yuba stockton modesto bakersfield visalia salinas oxnard anaheim
ontario pomona compton oakland berkeley fremont hayward vallejo redding eureka chico turlock
tracy lodi davis woodland marysville roseville folsom placerville truckee tahoe ukiah petaluma
watsonville gilroy hollister lompoc lancaster palmdale victorville hesperia barstow indio
coachella calexico pasadena glendale burbank torrance inglewood downey norwalk whittier watts
venice hollywood tenderloin cordova robles rivera nuys manila london tijuana guadalajara
oaxaca michoacán michoacan rico tijuana medellin medellín bogota bogotá jalisco sinaloa guatemala honduras salvador philippines vietnam
`);

/** Given names, common in California, that are not everyday words: Spanish and English first,
 * then those of the state's larger immigrant and refugee communities (Somali, Hmong, Armenian,
 * Korean, Vietnamese, Filipino, Arabic, Persian, Punjabi and Indian, Ethiopian and Eritrean,
 * Nigerian and Ghanaian, Afghan, Cambodian and Lao, Pacific Islander, Chinese, Russian and
 * Ukrainian, Japanese, Dutch), each a common name and no everyday English word ("Ani" is listed:
 * the dictionary's bird is rarer than the name). */
export const GIVEN = set(`
james robert john michael david william richard joseph thomas charles christopher daniel matthew
anthony donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
gregory alexander patrick raymond dennis jerry tyler aaron jose adam nathan henry douglas zachary
peter kyle ethan walter noah jeremy keith roger terry gerald harold sean austin carl
arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan
wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis mary patricia
jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra
ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia
joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah
jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice julia
judy sophia denise doris marilyn danielle beverly isabella theresa diana natalie brittany
charlotte marie kayla alexis lori tom bob tim ben dan ted jim joe ron sam tony rick mike steve
jeff chris matt nick jon jake josh luke zach alex andy danny jimmy johnny tommy kenny eddie
maria mariana marisol maribel marisela margarita guadalupe lupe lupita rosa rosario josefina
juana carmen luz dolores mercedes consuelo esperanza yolanda leticia lorena norma silvia
claudia adriana veronica monica gabriela daniela fernanda alejandra valentina camila sofia lucia
ana elena alicia beatriz cristina irma blanca yesenia yesica araceli graciela reyna socorro
luis carlos miguel jorge pedro manuel francisco antonio javier alejandro rafael ricardo fernando
eduardo roberto sergio raul marco mario ramon hector oscar ruben cesar julio alberto armando
enrique gustavo ivan diego adrian andres emilio felipe gerardo ignacio joaquin lorenzo mateo
nicolas pablo rodrigo salvador tomas alfredo arturo ernesto guillermo hugo jaime martin
rogelio rolando saul valentin efrain heriberto humberto jaime leonel octavio santiago
keisha darnell jamal tyrone deshawn latoya shanice tanisha ebony marquis terrell dominique imani
aaliyah jaylen malik andre darius lamar jamar rashad tamika lakisha shaniqua kiara jasmine
destiny diamond tiana deja shawn marcus terrence cedric reggie dwayne dewayne demetrius
priya anil raj wei ming chen mei lin minh linh thanh hoa tuan duc huong nguyet kim jin hyun
fatima ahmed mohammed muhammad ali omar yusuf aisha amina hassan ibrahim abdul
quinn riley taylor morgan casey avery cameron jamie jaden jayden aiden brayden kayden
trevor connor daryl darryl ezekiel chidi chidinma cody dustin derek shane brett tanya tasha tonya
felix chuy nayeli itzel ximena yadira karina erika shayla dana stacy stacey tracy kristen kristin
kelsey lindsey whitney courtney brittney chelsea alyssa alexa gabriella isaiah josiah jeremiah
malachi zion jalen devin dante antoine jerome lamont maurice reginald rodney curtis leon lonnie
otis percy leroy ernest floyd wendell cornelius khalid tariq jamila nia zora kofi kwame amara
chioma ngozi emeka obinna tunde ayodele fiona bridget siobhan declan liam aidan ciaran niamh
seamus ian nigel trent blake wyatt colton bryce caleb gavin owen evan dmitri sergei olga natasha
svetlana anastasia tatiana igor vladimir yuri boris leah miriam esther naomi abraham isaac levi
eli ezra hiro kenji yuki akira haruto sakura yumi joon ravi arjun vikram sanjay deepak amit rahul
anita sunita kavita neha divya lakshmi ashok suresh ramesh mahesh ganesh thao trang phuong binh mai
cuong khanh phong quang thang trung vinh nikki jodi jody kari keri terri teri toni roni cori tami
kristy mandy cindy wendy shelby kaylee katie kathy becky vicky nicky ricky jackie stevie frankie
bobbie donnie gina lena nina rita dora nora cora zoe chloe mia ella bella layla addison aubrey
brooklyn skylar audrey claire lucy caroline kennedy kinsley allison madelyn adeline ariana sadie
hailey eva emilia nevaeh everly lydia aubree arianna eliana peyton melanie gianna isabelle clara
reagan mackenzie madeline brielle delilah isla rylee sophie josephine liliana hadley adalynn
annabelle alexandra brianna raelynn athena leilani lyla adalyn arya norah khloe eden eleanor
genevieve gracie debbie marc-andre jean-paul samuel terrence danielle deshawn
renata rocio xochitl maricela anabel anahi ariadna belen berenice brisa citlali dulce elisa
elvira esmeralda estela estrella evangelina fabiola gisela griselda herlinda imelda ines isela
jazmin jimena karla lilia lourdes lucero maite marcela mireya nallely noemi paola paloma perla
raquel rebeca reina rosalba rosalinda rosaura selena soledad susana tania valeria xiomara
yajaira yaritza zulema adan agustin alfonso alonso amado anselmo aurelio benito bernardo braulio
catalino celestino cirilo cristian cristobal dario edgar eliseo emiliano erasmo esteban eusebio
fausto federico fermin fidel florencio gilberto gonzalo horacio isidro jacinto jairo jeronimo
joel jonas josue julian leandro leobardo leonardo lucio macario marcelo mauricio maximo moises
norberto osvaldo porfirio ramiro reynaldo rigoberto rodolfo rosendo silvestre teodoro tiburcio
ulises vicente wilfredo yahir ayanna aniyah alana alani amani amari ayana breanna briana chanel
chantal cierra dasia deasia desiree eboni janae janelle jayla jaliyah kaliyah kenya kiana
lashonda latasha latonya latrice laquita monique nakia nyla octavia quiana shakira shamika
shante shaquana shawna sherita tameka tanesha taniya tasia tierra toya zaria antwan antwon
cortez darrell dashawn davion daquan dejuan demarco demond deon deondre devante devonte donte
dorian jabari jamari jamarcus jaquan javon jaylon jermaine jevon juwan kareem kendrick keon
keshawn lamarcus montrell nehemiah quentin quinton rashawn roderick shaquille stanley terrance
tremaine trevon tyree tyrell tyshawn vernon xavier chau diep giang hieu hoang kieu luan ngoc
nhung oanh quoc quynh thuy tien trinh tuyet uyen viet xuan alvin arnel cristeta danilo dodong
editha emelita erlinda florante jericho jocelyn jomar jonel joselito leonora lorna luzviminda
marites marlon nenita perlita rodel rowena teodora virgilio wilma ahmad anwar bilal farah faisal
hussein karim mariam mustafa nadia noor rania reza samir sana yasmin zainab zahra arash babak
dariush farhad leila mehdi navid parisa shirin armen anush arman aram hayk lilit narek tigran
vardan aarav aditi akash ananya deepa gaurav harpreet jaspreet kiran manpreet navdeep nisha
rajesh ritu rohan sandeep simran sonia sunil tanvir varun vijay yash gurpreet hardeep kulwant
paramjit ranjit satnam chue blia houa neng shoua zoua akiko hana haruki kaito kazuo keiko mariko
naoko satoshi takeshi yoko yoshi daeho eunji hyejin jihoon jiwoo minji seojun sooyoung yejin
youngho jian jing qiang xiao ying yong zhen allan alvaro angie antonia bert betsy bryant calvin
candace carla carly carmela cecilia chester conrad darla darrin dave delores desmond doug duane
dwight edith edna elaine ellen elmer elsie erin ervin ethel eunice faye francis fred freddie
gail garrett glenda gordon greg gwen harvey hattie herbert herman howard irene irvin janie jared
jeannie jenna joann jodie johanna jolene josie juanita karl kate katrina kendra lara laverne
leigh leona leslie lester lila lloyd lois lola loretta louise lucille lynn mabel malcolm marcia
margie marian marion marjorie marla marsha marvin maureen maxine melinda melvin meredith mildred
milton miranda mitchell myra nadine neil nell orville phyllis preston priscilla rachael randall
randolph reba rhonda roberta rochelle roland ronda roxanne russ sherri sheryl shelia sherman
sidney sonya stan stuart tabitha thelma theodore todd trudy valerie velma verna vicki virgil
wallace wanda wesley wilbur winifred yvette yvonne mae
giovanni giuseppe francesca alessandro matteo luca enzo gianni vittoria chiara fatuma fatimah
fatma halima zawadi wanjiru njeri wambui achieng akinyi baraka keanu kekoa kalani kanoa keoni
malia nalani noelani pua mahina kawika kalena iolana maile iolani kainoa makana pualani healani
kamalei kaimana keahi kaleo lokelani kailani ikaika keola kapono haunani akoni clarissa clarisse
marisa melisa larissa
alessia annika astrid ingrid sigrid freya henrik sven bjorn erik anders mikael oskar elias emil
aksel tomasz piotr krzysztof wojciech lukasz katarzyna agnieszka malgorzata magdalena zofia
jakub kacper mateusz bartosz dariusz grzegorz kateryna oksana olena iryna yulia mykola bohdan
andriy oleksandr vasyl dmytro pavel alexei mikhail nikolai anastasiya ekaterina yekaterina
galina ludmila natalia polina ksenia darya zhanna aleksandr olumide oluwaseun oluwadamilare
adebayo adeola adaeze ifeoma chiamaka chinonso chukwuemeka nkechi uchenna ikenna obiageli
oluchi temitope tolulope babatunde funmilayo yetunde kehinde taiwo folake bisi segun thandiwe
thabo sipho lerato nomvula zanele themba mandla bongani lindiwe nokuthula kagiso palesa kwabena
kwaku akosua abena efua esi kojo adwoa afia yaa kwesi fiifi ekow samira yasmine laila hamid
rahim nasser rashid walid ziad dalia lina dina nour farid khalil mahmoud saeed sami tarek
youssef zayd idris ismail anjali deepika priyanka shreya sneha swati aishwarya kavya meera
nandini radhika sakshi tanvi aditya anirudh arnav ayush ishaan kunal manish nikhil pranav rajat
rohit saurabh siddharth tushar vivek abhishek akshay amitabh ashwin chandra hari jagdish kamal
madhav naveen prakash rakesh santosh shankar srinivas venkat vinod bhavna chitra geeta jyoti
lalita mamta nirmala pushpa rekha sarita savita sita usha vidya tonatiuh cuauhtemoc
nezahualcoyotl yaretzi zyanya ameyalli ahanu wanbli takoda ayasha aiyana chenoa dakota halona
kiona sakari winona nizhoni hozho ahiga maximilian wolfgang jurgen klaus gunther helmut heinz
friedrich katharina ursula gertrud brigitte annelie lovemore tendai tatenda farai rudo chipo
nyasha kudzai rutendo rosalind rosalyn roslyn evangeline geraldine ernestine bernadette
antoinette georgina marlene darlene charlene arlene noreen doreen eileen aileen
abdirahman abdullahi abdi abdiaziz abdikadir abdirizak abdiweli abdulkadir abdirashid abdisalan
abshir ayaan ayan asha fadumo faduma hodan hawa hamdi ilhan idil kadra khadra mahad mahamed maryan
muna nasra nimco qali ruqia sahra sagal samatar shukri warsame zamzam deeqa ubah hibaaq farhiya
fartun filsan liban hamse guled mohamud sadia sucaad hinda ifrah istahil
tou pao nou kou xee choua seng txia yeng youa pheng chong nhia mai-yer maiv paj ntxawg txiab npaub
teng lue yer
vartan anahit arpine arsen ashot gevork gevorg hagop hovik hovhannes nairi sevak shant siranush
tatev vahe vahan zaven garine gayane hasmik mher nune ruzanna taline astghik hrant levon raffi
sarkis vazgen karapet mardiros ani araksi arpi armine gohar karine lusine narine shushan sona
tatevik zaruhi artur gagik garnik grigor hakob sargis samvel suren seda meline
minjun seoyeon sungho seungho jae eun kyung yoon chul jung myung seung seo-yeon eun-ji ji-yeon
anh bao hanh huy khoa lan nga thi duy hoai lanh nhi phuc vu
maricel maricar marilou analyn ligaya rommel jinky mylene marivic jennylyn mariel charmaine rizalino
honeylyn
mohamed mohammad abdullah hussain hasan khaled umar mostafa waleed nabil salim zaid aysha khadija
maryam zaynab aminah huda yasmeen salma reem hiba iman farida abdelrahman abdallah ayman bashir fadi
ghassan haitham hani imad majid marwan mahmud osama usama qasim yahya yasser ziyad ghada manal
nisreen rasha randa suha wafa yara zeina
hossein farzad kamran kourosh omid payam shahram siamak behnaz azadeh fariba laleh mahnaz nasrin
neda roya soraya taraneh ladan golnaz mojgan shahla bijan cyrus
navjot amandeep harjit jasbir kuldeep balwinder sukhwinder gurinder rajinder baljit ravinder
jaswinder harjot manjit parminder
abebe almaz bereket dawit selam tigist yonas yohannes mekdes hiwot meron tesfaye tsegaye mulugeta
haile kidist feven filmon senait semhar tewodros solomon
chinedu nnamdi amaka seun yemi bukola uche
zabihullah mirwais zarghona farishta habibullah nazifa hamidullah wahid najib fawad
sokha sophea sopheap vannak chanthy srey bopha rithy visal khamphanh bounmy somchai sokhom vanna
pisey
sione siosaia tavita seini viliami tevita losaline sefo malakai
xiaoming zhiwei xiaoling meiling lihua jiayi zihan yuxuan haoran xiaoyan jianhua guoqiang
dmitry sergey andrei irina
willem pieter joost bram hendrik jeroen maarten sjoerd wouter thijs daan ruud geert gerrit henk kees
klaas joris floris lieke sanne femke anouk marieke annelies ineke mieke saskia luuk niels koen
anneke hanneke janneke annemiek lotte fenna marleen jelle sietske jolien tijs wim
hiroshi yui aiko emi masao
gabe nate pete len lenny vince manny rey beto pancho lalo nico santi javi gabi abby becca cathy
trish liz steph mikey willy tito pepe jojo kiki mimi rudy freddy jimbo dre shaq libby
`);

/** Given names that are also everyday words: a name only beside another name word. */
export const GIVEN_WORDS = set(`
grace hope faith joy rose dawn ruby pearl ivy holly daisy lily iris violet jade crystal amber
autumn summer charity patience mercy harmony melody hazel olive ginger penny sandy brandy misty
candy frank jack ray dean drew wade miles cliff glen earl gene victor hunter rocky rusty angel
precious sky river bill mark art pat sue guy max don christian jesus
felicia sammy travis chad corey cory troy marc rory sunny vanessa erica tiffany tara devon
clarence colin graham chase drake moses tammy dusty micky ronnie johnnie tina flora vera ava luna
aria harper savannah paisley genesis maya piper serenity willow stella kylie emery bailey trinity
flor pilar nestor pascual sade hakeem zaire bong romeo amir hamza cher dang tong vang ling ping
barry benny bonnie brad brent clint craig dale gilbert isabel jenny jill joey kara kirk kris
lana merle nettie peggy ramona sally toby tanner blessing marguerite
paolo joanna tamara johannes nils lars magnus colleen dieter kamala kai ama tala pooja aarti
shanti
rob rich ken gabby patty beth lizzie maggie meg jess jessie teddy eddy harry junior smokey deb
barb dom moe
`);

/** Surnames common in California. */
export const SURNAMES = set(`
banks fields lake
obi
smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez
gonzalez wilson anderson thomas taylor moore jackson martin lee perez thompson white harris
sanchez clark ramirez lewis robinson walker young allen king wright scott torres nguyen hill
flores green adams nelson baker hall rivera campbell mitchell carter roberts gomez phillips evans
turner diaz parker cruz edwards collins reyes stewart morris morales murphy cook rogers gutierrez
ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks
chavez wood james bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers
long ross foster jimenez powell jenkins perry russell sullivan bell coleman butler henderson
barnes gonzales fisher vasquez simmons romero jordan patterson alexander hamilton graham
reynolds griffin wallace moreno west cole hayes bryant herrera gibson ellis tran medina aguilar
stevens murray ford castro marshall owens harrison fernandez mcdonald woods washington kennedy
wells vargas henry chen freeman webb tucker guzman burns crawford olson simpson porter hunter
gordon mendez silva shaw snyder mason dixon munoz hunt hicks holmes palmer wagner black
robertson boyd rose stone salazar fox warren mills meyer rice schmidt garza daniels ferguson
nichols stephens soto weaver ryan gardner payne grant dunn kelley spencer hawkins arnold pierce
hansen peters santos hart bradley knight elliott cunningham duncan armstrong hudson carroll lane
riley andrews alvarado ray delgado berry perkins hoffman johnston matthews pena richards
contreras willis carpenter lawrence sandoval guerrero george chapman rios estrada ortega
watkins greene nunez wheeler valdez harper burke larson santiago maldonado morrison franklin
carlson austin dominguez carr lawson jacobs lynch singh vega bishop montgomery oliver jensen
harvey williamson gilbert sims espinoza howell li wong reid hanson le mccoy garrett burton
fuller wang weber welch rojas lucas marquez yang walsh bowman schultz luna fowler mejia davidson
acosta brewer holland juarez newman pearson curtis cortez douglas schneider joseph barrett
navarro figueroa keller avila molina stanley hopkins campos barnett bates chambers caldwell beck
lambert miranda byrd craig ayala lowe frazier powers neal leonard gregory carrillo sutton
fleming rhodes shelton schwartz norris jennings watts duran walters cohen moran parks steele
vaughn becker holt deleon barker hale leon benson haynes horton lyons pham graves bush thornton
wolfe warner cabrera mckinney mann zimmerman dawson lara fletcher mccarthy robles cervantes
solis erickson reeves chang klein salinas fuentes baldwin velasquez hardy higgins aguirre lin
cummings chandler barber bowen ochoa robbins liu ramsey griffith blair cardenas pacheco
calderon quinn moss swanson chan rivas khan rodgers serrano fitzgerald rosales stevenson
christensen manning gill curry mclaughlin harmon mcgee gross doyle garner newton burgess reese
walton blake trujillo adkins brady goodman roman webster goodwin fischer huang potter montoya
todd wu hines mullins castaneda malone cannon tate mack sherman hubbard hodges zhang guerra wolf
valencia saunders franco rowe gallagher farmer hammond hampton townsend ingram gallegos clarke
barton schroeder maxwell waters logan camacho strickland norman colon parsons harrington glover
osborne buchanan casey floyd patton ibarra suarez bowers orozco salas cobb gibbs andrade bauer
conner moody escobar mcguire lloyd mueller hartman french kramer mcbride pope lindsey velazquez
norton mccormick sparks flynn yates hogan marsh macias villanueva zamora pratt stokes owen
ballard lang brock villarreal charles drake barrera cain pineda burnett mercado santana shepherd
bautista ali shaffer lamb trevino mckenzie hess olsen cochran morton nash wilkins petersen
briggs shah roth nicholson holloway lozano rangel hoover arias mora valenzuela bryan meyers
weiss underwood bass greer summers houston carson morrow clayton whitaker decker yoder collier
zuniga carey wilcox melendez poole roberson larsen conley davenport copeland massey lam huff
rocha cameron jefferson hood monroe pittman huynh randall singleton kirk combs mathis skinner
bradford galvan wall boone kirby wilkinson bridges bruce atkinson velez meza vincent york hodge
villa abbott allison tapia gates sosa sweeney farrell wyatt dalton horn barron phelps yu
dickerson heath foley atkins mathews bonilla acevedo benitez zavala hensley glenn cisneros
harrell shields rubio choi huffman boyer garrison arroyo bond kane hancock callahan dillon cline
wiggins grimes arellano melton savage ho beltran pitts parrish ponce booth koch golden ware
brennan mcdowell marks cantu humphrey baxter sawyer tanner hutchinson kaur berg wiley gilmore
russo villegas hobbs wilkerson ahmed beard mcclain montes mata rosario vang mosley mcclure
beasley stephenson snow huerta preston vance barry johns eaton blackwell dyer prince macdonald
solomon guevara stafford hurst woodard cortes shannon kemp nolan mccullough merritt murillo
salgado kline cordova barajas roach rosas winters jacobson lester knox bullock kerr leach
meadows orr davila whitehead pruitt kent conway mckee barr dejesus marin berger mcintyre
blankenship gaines palacios cuevas bartlett durham dorsey mccall stein browning stout lowery
sloan mclean hendricks calhoun sexton chung gentry hull duarte ellison nielsen gillespie
middleton sellers leblanc esparza hardin bradshaw mcintosh howe livingston frost morse knapp
herman stark bravo noble spears weeks corona frederick buckley mcfarland hebert enriquez hickman
quintero randolph schaefer trejo reilly pennington conrad giles crosby fitzpatrick donovan mays
mahoney valentine raymond medrano hahn mcmillan bentley felix peck lucero boyle hanna pace
hurley harding mcconnell bernal nava ayers everett avery pugh mayer bender shepard mcmahon
landry sampson moses magana blackburn dunlap gould duffy vaughan herring mckay espinosa rivers
farley bernard friedman potts truong correa blevins nixon clements fry delarosa benton lugo
portillo dougherty crane haley phan villalobos blanchard horne finley quintana esquivel bean
dodson mullen xiong hayden cano levy huber richmond moyer lim frye sheppard mccarty avalos
booker waller parra woodward jaramillo krueger rasmussen brandt peralta donaldson stuart
faulkner maynard galindo coffey estes sanford burch maddox vo oconnell vu andersen spence
mcpherson schmitt stanton leal cherry compton dudley pollard alfaro hester proctor lu hinton
novak madden mccann jarvis dickson reyna cantrell hendrix rollins rowland whitney duke odom
daugherty travis tang archer doe obrien oneill park kang yoon jung shin han seo kwon hwang ahn jeon baek
begay haddad ivanov kamau makoa odhiambo otieno tsosie yazzie
thao lor moua hang vue khang kue jeong cho jang song yoo hong moon hoang dang bui ngo duong dinh luu
farah hassan mohamed warsame abdi omar yusuf jama aden osman hussein hakobyan petrosyan sargsyan
grigoryan harutyunyan ocampo aquino tolentino manalo soriano macaraeg sandhu dhillon sidhu grewal
brar
`);
