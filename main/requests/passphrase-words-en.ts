// The English word list for access-copy passphrases: 1,024 common, lowercase words of 3 to 9 plain
// letters a–z (no æ, ø or å, so any keyboard types them and no reader's password field
// normalises them differently), each a word of wamerican and wbritish (spelled the same in both).
// No homophones of common words ('sun'/'son', 'flower'/'flour'), no British/American
// spelling pairs, and no word is the plural of another.
// Authored for Fortrolig; test/unit/access-passphrase.test.ts checks the size, the letters and
// that every word is unique.
export const EN_WORDS = `
ant bee bird cat cow crab dog duck eagle eel elk falcon ferret finch fish fox frog gecko goat
goose gopher hawk hen heron horse hyena ibis jackal jaguar kitten koala lamb lark lemur lion
lizard llama lobster mole monkey moose mouse mule newt otter owl panda parrot pelican penguin
pigeon pony puppy python quail rabbit raven robin salmon seal shark sheep shrimp snail snake
sparrow spider squid stork swan tiger trout tuna turkey turtle walrus wasp weasel wolf worm
zebra beaver badger bison camel cheetah donkey dolphin oyster hamster rooster raccoon rhino
panther gazelle giraffe gorilla buffalo coyote beetle cricket insect clam apple apricot bagel
banana biscuit bread butter cabbage cake candy celery cheese cherry cocoa coconut coffee
cookie corn cream crumb curry egg fig garlic ginger grape gravy honey jam jelly kiwi lemon
lentil lettuce lime mango melon milk muffin mustard noodle nut oat olive onion orange pasta
peach peanut pepper pickle pizza potato pretzel pudding pumpkin radish raisin rice salad salsa
salt soup spinach sugar syrup taco toast tomato waffle walnut oatmeal pancake popcorn sandwich
sausage vanilla pastry toffee sushi basil barley cashew almond avocado broccoli cinnamon
caramel omelette burger ketchup nectar anchor anvil apron arrow backpack badge bag ball
balloon banner barrel basket bath battery bell belt bench blanket blender boat bolt book boot
bottle bowl box brick bridge broom brush bucket bulb button cabin cable camera candle canoe
canvas cap carpet cart castle chain chair chalk chimney clock cloud coat comb compass cork
couch crayon crown cup curtain cushion desk diamond dish door drawer drum engine envelope
eraser fan fence flag flask fork fountain frame funnel garage gate glass globe glove hammer
helmet hook house jacket jar kettle key kite ladder lamp lantern laptop lock magnet map marble
mask mattress mirror mitten napkin needle net notebook oven paddle paint pan paper pen pencil
piano pillow pipe plate pocket pot puzzle quilt radio rake ribbon ring robot rocket rope rug
ruler saddle scarf scissors screen screw shelf shield shirt shoe shovel sink skate sled
slipper soap sock sofa spoon stamp stool stove string suitcase sweater table tent thread
ticket tile towel toy tractor tray trumpet tunnel umbrella vase violin wagon wallet watch
wheel whistle window wire zipper teapot thimble sandal saucer locket tablet sticker acorn
autumn bay blossom branch breeze brook canyon cave cliff clover coast comet dune dust earth
echo field flame forest frost galaxy garden glacier grass gravel grove hill ice island jungle
lagoon lake leaf lava meadow moon moss mountain mud ocean orbit pebble planet pond prairie
rainbow reef ridge river rock sand season shadow shore sky snow soil spring star stone storm
stream summer sunset thunder tree tulip valley volcano willow wind winter sunrise summit
tornado typhoon cyclone oasis orchard orchid lily lotus daisy maple pine vine twig bamboo
cactus meteor crater sphere airport attic bakery bank barn church city college farm hotel
kitchen library market museum office palace park school shop stadium station street temple
tower village cinema factory hospital bedroom cottage gallery lodge ranch studio tavern campus
plaza lobby alley arena bicycle bus car glider jeep kayak rowboat scooter ship subway taxi
train truck van tram raft shuttle banjo bugle cello flute guitar harp melody opera organ poem
song tune ballet sketch statue poster puppet mural sonnet poetry drama chorus tango disco
archery bowling chess dart dice domino goal golf hockey jigsaw karate marathon racket rugby
skiing soccer tennis trophy yoga safari picnic actor baker barber butcher captain chef clown
dentist doctor farmer gardener judge nurse pilot plumber poet singer tailor teacher artist
author dancer driver hunter juggler monk painter pirate porter waiter wizard queen king
princess soldier sheriff student surgeon tourist trainer umpire cowboy scout hermit uncle
cousin sister friend parent leader member visitor winner able agile bold brave bright brisk
busy calm clean clever cool crisp curly early easy fancy fast fierce fresh frosty fuzzy gentle
giant glad golden good grand happy hardy honest humble icy jolly kind lively loud lucky mellow
merry mighty modest narrow neat nimble noble odd polite proud quick quiet rapid ready rich
robust rosy royal rustic safe shiny silent silky simple sleek slim smart smooth snowy soft
solid speedy spicy steady sturdy sunny super swift tall tame tidy tiny tough true vast vivid
warm wavy wild wise witty young amber black brown crimson gold green indigo ivory lilac
magenta maroon navy beige pink purple scarlet silver teal violet white yellow emerald bronze
bake bounce build carry catch chase cheer climb cook dance dig dive draw dream drink drive eat
explore fetch find float fly fold gather giggle glide grow hike hop hug hum invent jog juggle
jump kick knit laugh learn lift listen march mix nod open plant play print pull push relax
rest ride roar run scan search shake share shine sing sip sit skip sleep slide smile sneeze
spin splash stack stir stretch surf swim swing talk throw tickle travel trust visit walk
wander wash whisper wink wish yawn zoom album alarm arch atlas award bandage beard blazer
bonnet bonus bracket bubble budget bundle camp canal carbon cargo carton cattle chapter charm
chicken circle circus citizen clay cobweb coin collar cotton country cradle credit crystal
cube dinner dollar dragon easel elbow ember energy fabric family fashion feather fiddle figure
film finger fire flannel flock folder fossil freedom fruit gem glitter goblin grain granite
gum habit harvest hazel heart hero highway history holiday horizon igloo index ink iron item
jewel journey juice kingdom label lace laser lawn lecture legend letter level linen liquid
logic lumber lunch magic memory menu method metro mint mixer model moment monster motor music
nature nest nickel north number object oxygen parade parcel party pattern pearl people person
plenty polka portal powder present prism prize project pulse pupil pyramid quartz quest radar
random recipe record relish remote riddle ritual rival rodeo roof ruby rumble sample satin
science sculpt secret shampoo shelter signal silk slogan snack spark spice spiral sponge
sprout square stable stage steam stereo supper surface tactic talent target texture theory
trail tropic tuxedo twin unicorn union vacuum velvet venue version vessel video vinegar
vitamin voice voyage warmth wealth wedding welcome
`;
