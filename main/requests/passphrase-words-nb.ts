// The Norwegian (bokmål) word list for access-copy passphrases: 1,024 common, lowercase words
// of 3 to 9 plain letters a–z (no æ, ø or å, so any keyboard types them and no reader's password
// field normalises them differently), each a word of wnorwegian (/usr/share/dict/bokmaal).
// No word reads as another common word with its ø, æ or å written o, e or a (no 'ost'/'øst',
// 'stol'/'stål'), and none is the verb or plural of another (no 'fisk'/'fiske').
// Authored for Fortrolig; test/unit/access-passphrase.test.ts checks the size, the letters and
// that every word is unique.
export const NB_WORDS = `
ape due elg fasan fisk flue geit giraff gris hest hjort hund hval veps kamel kanin katt krabbe
kylling laks lam leopard mus maur oter orm panda pingvin rotte ravn sild slange snegle spurv
stork svane tiger torsk padde ugle ulv sebra hummer reke musling ekorn hai delfin struts
kalkun bille mygg pelikan flamingo hamster ponni gorilla koala lama elefant sardin tunfisk
rype vaktel lemen mink bison bever kolibri nattergal pinnsvin hvalross tapir jaguar lerke
agurk ananas appelsin banan sitron fiken gulrot havre honning kaffe kake potet kjeks lakris
mango marmelade melon mel mandel oliven pasta pepper persille pizza pannekake popkorn pudding
rosin ris salat salt suppe sukker sennep tomat vaffel vann yoghurt plomme squash spinat saus
kanel karri godteri kringle toast lunsj middag frokost juice saft brus kakao mais paprika
purre selleri reddik rabarbra kiwi fersken aprikos nektar kokos frukt lefse lompe bord seng
sofa lampe vindu gulv trapp kanne kopp tallerken gaffel kniv skje gryte panne ovn komfyr vask
hylle skap skuff speil pute dyne laken kam klokke koffert lommebok paraply hatt lue caps jakke
frakk bukse skjorte hanske genser slips lomme knapp saks lim papir blyant penn linjal avis
brev konvolutt pakke kasse flaske glass krukke kost spade rive hammer skrue tang sag stige tau
kurv lykt lys radio telefon kamera batteri kabel stikk bryter maskin motor sykkel bil buss tog
fly skip kano kajakk traktor lastebil drosje trikk bane ballong rakett drage ball dukke kloss
spill terning kort bamse huske sandkasse trompet gitar piano fiolin tromme harpe orgel cello
banjo fjell bakke dal skog eng myr strand kyst elv kilde stein klippe sand jord leire regn
hagl torden lyn storm vind sky dis dugg frost stjerne planet komet himmel regnbue morgen kveld
natt dag uke sommer vinter blomst rose tulipan lilje valmue eik gran furu pil lind ask osp
kastanje hassel rot gren blad kongle mose bregne siv hvete rug bygg korn vulkan isbre hule
fjord vik bukt havn molo sti vei torg plass park hage stall hus hytte borg kirke museum
bibliotek kino teater butikk bakeri kiosk marked stasjon flyplass sykehus hotell kontor
fabrikk stue garasje skur gjerde port mur tak peis glad rolig stille rask lang bred smal tykk
tynn lav varm frisk ren lett tung gammel ung rik klok modig vennlig morsom flink sunn fin god
rund flat blank skarp blid travel kvikk munter stolt tapper trofast vill tam lun solrik
koselig livlig praktisk enkel ivrig edel vis ydmyk hvit gul brun lilla rosa oransje turkis
beige gull bronse purpur fiolett bake synge hoppe sykle klatre tegne skrive lese leke flire
vinke vandre reise plante finne samle lytte sove hvile spise smake lukte klemme hilse feire
takke vente anker bue kompass atlas globus fakkel flagg vimpel skilt banner plakat maleri
statue skulptur dikt sang melodi opera ballett film sirkus klovn trylling magi eventyr sagn
myte legende historie roman kapittel side linje ord bokstav tall null venn familie bror onkel
tante fetter kusine barn baby jente gutt mann kone nabo gjest kokk baker slakter skredder
murer snekker smed fisker bonde gartner elev student doktor pilot kaptein matros soldat ridder
konge dronning prins prinsesse troll nisse heks pirat cowboy astronaut adresse advokat agent
akvarell album alarm alfabet alge alpakka amulett anemone anis ankel anorakk antenne apotek
april arkiv arm arena artikkel asfalt atom august automat badekar bagasje balkong bank bark
barometer batikk bensin bikini bilde billett bingo blikk blokk blues bluse bolig bonus boks
bolt bowling bredde brikke brygge bryllup bukett bunke burger busk camping kappe sjarm sirkel
sitat dame dampskip dans datter delta design detalj diamant dikter dinosaur dokument domino
drakt drikk drivhus drops duft dyr ekko ekspert elevator emblem energi engel etasje etikett
fabel fasade fakta falk fantasi farge figur fil filter firma flamme flygel folk forfatter form
fotograf fugl galakse garderobe gardin gave gavl geysir gips glimt gnist gong grafikk granitt
grill grotte gruppe gummi halm handel helt hobby horisont valp hygge ild indigo insekt isfjell
jade januar jazz jeans jern jockey journal jubel juli juni jungel jury juvel kabin kaktus
kalender kanal kantine kapsel karamell karneval kartong katalog kjegle kilo kimono klasse
klima klinikk klode klubb knute kobber kollega koloni komma konsert konditor konfetti kopi
kostyme krans kritt krone krydder krystall kule kunst kurs kvartal kvinne kvist labyrint lager
lagune landsby latter lavendel lekse liste liter lokomotiv lotus luft lupin magnet makrell
mandag marsipan margarin marine mast medalje meny messing metall meter mikrofon minutt mirakel
modell monument mosaikk motiv munk musikk natur nellik nett niese nikkel note novelle nummer
nylon oase objekt oktober olje omelett onsdag orden orkan orkester oval pagode palass palme
panel panter parade parkett passasjer pastell pedal pensel perle perrong pinne plate plast
pokal polka portal post potte profil program prosjekt propell puma pumpe punkt pyramide radar
ramme rapport rede regel rekord reol rim ring robot rock rolle rubin rugby rull rom rune rust
rute salong sandal satellitt scene sekund serie serviett signal sirene sirup skatt skjold
skorstein skrin skygge smil smykke prat speider spiral sport sprang stadion stang stativ
stemme stift stil strikk stykke sving symbol tabell takt talent tapet tavle taxi tegl telt
tema tennis terrasse tid tittel topp tornado torsdag trafikk trakt tribune trio triumf tunnel
turban turist tweed uniform univers urt fossefall vane variant vase ventil veranda vers vest
viking villa visum vitamin yacht yoga sink sone dyrepark akrobat ansikt appetitt avokado
ballade balsam bambus basar beholder bestikk biljard blink bris bunn sentrum sjampanje chili
daddel diesel drink drue espresso farmor farfar fotball fred fremtid galopp garn gigant glasur
glimmer gokart grin gryn gyllen hakke hangar hjelm hockey humle iris jasmin jeep jolle junior
kabal karate karusell kikkert klarinett klatring knallert kokebok kongerike krokus kulde
kunstner landkart larve lasso lyng matpakke mandarin marengs marmor maskot minne nektarin
nudel omvei parasoll piknik plaster plog pudder pupill meitemark salami sauna silke sjakk
skinke solsikke stearin stempel stripe sopp sviske tandem tekanne tistel taubane trille
ukulele vannmelon vippe barnehage basseng benk bjelle brakke brannbil dusj eple fyrstikk
gjedde havfrue heis hoppetau lanterne lerret loppe melk muldvarp notatbok planke pledd
reinsdyr seil skiheis skjerf skolesekk slede smultring sokk solbrille solskinn svamp teppe
termos tre vante vannkanne vogn akebrett alpin badebukse bestemor bestefar
`;
