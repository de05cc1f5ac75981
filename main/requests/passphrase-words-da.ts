// The Danish word list for access-copy passphrases: 1,024 common, lowercase words of 3 to 9 plain
// letters a–z (no æ, ø or å, so any keyboard types them and no reader's password field
// normalises them differently), each a word of wdanish (/usr/share/dict/danish).
// No word reads as another common word with its ø, æ or å written o, e or a (no 'ost'/'øst',
// 'stol'/'stål'), and none is the verb or plural of another (no 'fisk'/'fiske').
// Authored for Fortrolig; test/unit/access-passphrase.test.ts checks the size, the letters and
// that every word is unique.
export const DA_WORDS = `
abe due elg fasan fisk flue ged giraf gris hjort hund hval hveps kamel kanin kat krabbe
kylling laks lam leopard mus myre odder orm panda pingvin rotte ravn sild snegl spurv stork
svane tiger torsk tudse ugle ulv zebra hummer reje musling egern haj delfin struds kalkun
bille myg pelikan flamingo hamster pony gorilla koala lama elefant sardin tun rype skade
vagtel lemming mink bison agurk ananas appelsin banan citron figen gulerod havre honning kaffe
kage kartoffel kiks lakrids mango marmelade melon mandel oliven pasta peber persille pizza
pandekage popcorn rosin ris salat salt suppe sukker sennep tomat vaffel yoghurt blomme squash
spinat sovs kanel karry slik chokolade kringle toast frokost middag aftensmad morgenmad juice
saft limonade kakao majs paprika porre selleri radise rabarber kiwi fersken abrikos nektar
kokos pistacie frugt bord seng sofa lampe vindue gulv trappe kande kop tallerken gaffel kniv
ske gryde pande ovn komfur vask hylde skab skuffe spejl pude dyne kam klokke kuffert pung
paraply hat hue kasket jakke bukser skjorte kjole nederdel handske vante sweater slips lomme
knap saks lim papir blyant kuglepen lineal avis brev kuvert pakke kasse glas krukke kost skovl
rive skrue tang sav stige kurv lanterne lys radio telefon computer kamera batteri kabel stik
kontakt maskine motor cykel bil bus tog fly skib kano kajak lastbil taxa sporvogn metro ballon
raket drage bold dukke klods puslespil spil terning bamse gynge sandkasse trompet guitar
klaver violin tromme harpe orgel cello banjo dal skov eng strand klit kyst kilde sten klippe
sand jord muld sne regn hagl torden lyn storm vind sky dis dug frost stjerne planet komet
himmel regnbue morgen aften nat uge vinter blomst tulipan lilje valmue birk fyr pil lind
poppel kastanje hassel gren blad kogle agern bregne siv hvede rug byg korn vulkan gletsjer
hule fjord vig bugt bro sti vej plads park lade stald hus hytte slot borg kirke museum
bibliotek biograf teater butik bageri kiosk marked station lufthavn hospital hotel kontor
fabrik stue garage skur hegn port mur tag kamin rolig stille hurtig lang bred smal tyk tynd
lav varm frisk ren let tung gammel ung rig klog venlig sjov flink rask sund smuk fin rund
blank skarp blid kvik munter nysgerrig stolt trofast vild tam lun solrig dejlig livlig
hyggelig praktisk enkel simpel ivrig nobel vis ydmyg sort hvid gul brun lilla rosa orange
turkis beige bronze purpur violet bage drikke synge hoppe cykle klatre tegne skrive vinke
vandre rejse sejle plante bygge finde samle lytte kigge huske sove hvile spise smage lugte
kramme hilse fejre vente anker bue kompas atlas globus tromle fakkel vimpel skilt banner
plakat maleri statue skulptur digt sang melodi opera ballet film cirkus klovn trylleri magi
eventyr sagn myte historie roman side linje ord bogstav nul familie bror onkel tante kusine
barn baby pige dreng kone nabo kok murer fisker gartner elev student doktor pilot kaptajn
matros soldat ridder konge dronning prins prinsesse trold nisse heks pirat cowboy astronaut
adresse advokat afgang agent akvarel album alarm alfabet alge alpaka amulet anemone angora
anis ankel anorak antenne apotek april arkiv arm armbind arena artikel asfalt atom august
automat badekar bagage balkon bark barometer batik bedding benzin bikini billede billet bingo
blik blok blues bluse bolig bonus boks bolt bonbon bowling bredde brik brille brud brygge
bryllup buket bunke burger busk butler camping cape charme chef cirkel citat dame dampskib
dans datter delta design detalje diamant digter dinosaur dokument domino dragt drik drivhus
drops duft dyr ekko ekspert elevator emblem energi engel etage etiket fabel facade fakta falk
fantasi farve figur fil filter firma fjer flamme flygel folk forfatter form fotograf fugl
galakse garderobe gardin gavl gejser gips glimt gnist gong grafik granit grill grotte gruppe
gummi gymnastik halm handel helt hobby horisont hvalp hygge ild indigo insekt isbjerg jade
januar jazz jeans jern jockey journal jubel juli juni jungle jury juvel kabine kaktus kalender
kampesten kanal kantine kapsel karamel karavane karneval karton katalog kegle kilo kimono
klasse klima klinik klode klub knude kobber kollega koloni komma koncert konditor konfetti
kopi kostume krans kridt krone krydderi krystal kugle kunst kurs kvarter kvinde kvist labyrint
lagune landsby latter lavendel lektie limousine linned liste liter lokomotiv lotus luft lupin
lyre magnet makrel mandag manege marcipan margarine marine mast matematik medalje menu messing
metal meter mikrofon minut mirakel mission model monument mosaik motiv munk musik natur
nellike net niece nikkel note novelle nummer nylon oase objekt ocean oktober olie omelet
onsdag orden orkan orkester oval padde pagode palads palme panel panter parade parket passager
pastel pedal pensel perle perron pigment pind plade plastik pokal polka portal post potte
prisme profil program projekt propel puma pumpe punkt pyramide radar ramme rapport rede regel
rekord reol rim ring robot rock rolle rubin rugby rulle rum rune rust rute sadel safari safir
saga salon sandal satellit scene sekund serie serviet signal sirene sirup skat skjold skorsten
skrin skygge smil smykke snak sodavand spejder spiral spor sport spring sprog stadion stang
stativ stemme stift stil strik stykke sultan sving symbol tablet tabel takt talent tapet tavle
taxi tegl telt tema tennis terrasse tid titel top tornado torsdag tortilla totem trafik
tribune trio triumf tunnel turban turist tweed uniform univers urt vandfald vane variant vejr
ventil veranda vers vest viking villa visum vitamin yacht yoga zink zone zoo aborre akrobat
ambolt ansigt appetit avocado ballade balsam bambus basar basun beholder bestik billard blink
brise broder bund bygning center champagne chili dadel diesel drink drue espresso farmor
farfar flugt fodbold forhave forskel fred fremtid fuchsia galop garn genbrug gigant gilde
glasur glimmer gokart grin gryn gylden halvkugle hangar harmonika hjelm hockey humle hvalros
ilt iris isklump jaguar jasmin jeep jolle junior kabale karate karrusel kedel kikkert kilt
klarinet klatring klemme klinke knallert kogebog kolibri kongerige krokus kulde kunstner
lagkage landkort larve lasso lavine lejr lejlighed linse loppe lyng madpakke mandarin marengs
marmor maskot minde mokka mudder nattergal nektarin netbold nougat nudel omvej oplevelse otte
pagaj parasol pejs picnic pindsvin plaster plov pomfrit portvin postkasse praline pudder pupil
regnorm salami sauna scooter silke skak skakbrik skaller skinke skyline slalom smule snebold
solsikke stearin stempel stokrose stribe surf svamp sveske tandem tapir tidsel tinsoldat topas
tovbane
`;
