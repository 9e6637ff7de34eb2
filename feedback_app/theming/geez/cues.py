"""Tigrinya and Amharic words around a name, in the normalised form of `script`.

Written for the project from general knowledge of the languages.
"""

from __future__ import annotations

from feedback_app.theming.geez.script import normalise


def _set(words: str) -> frozenset[str]:
    return frozenset(normalise(word) for word in words.split())


# "My name is", "her name", "his name", "your name": the word after it is a name, listed or not.
NAME_IS = _set("ስመይ ስማ ስሙ ስምኪ ስምካ ስሞም ስመን ስሜ ስሟ ስሙን ስማን ስም ሽመይ ሽማ ሽሙ ሽምኪ ሽምካ ሽሞም "
                "ስምና ሽምና")
# "Called", "who is called", "whom they call": the word before it is a name.
CALLED = _set("ዝበሃል ዝበሃሉ ትበሃል ዝበሃላ ይበሃል ይበሃላ ዝብልዎ ዝብልዋ ዝብሃል ዝብሃሉ ዝተባህለ ዝተባህለት "
              "የሚባል የምትባል ይባላል ትባላለች ይብልዎ ይብልዋ ይብሉዎ ይብሉዋ ይብልዎም ንብሎ ንብላ ዝብሃላ")
# Titles, kinship and roles before a name that stay outside its span ("ወ/ሮ ሳባ", "ሓወይ ተስፋ",
# "ጠበቓይ ሰላም ኪዳነ"). After one, a name that is also a word counts as a name.
BEFORE_NAME = _set(
    "ወ/ሮ ወ/ሪት ወ/ት ኣቶ ዶክተር ዶ/ር ዶር ፕሮፌሰር ሓላፊ ሓላፊት ሓላፊና ተርጓሚ ተርጓሚት ተርጓሚና ጠበቓ "
    "ጠበቓይ ጠበቓና ጠበቕተይ መምህር መምህርት መምህረይ መምህርተይ መምህርና ቀሺ ኣባ ኣቦ ሼኽ ሸኽ ሓኪም "
    "ሓኪመይ ሓኪምና ነርስ ሓፍተይ ሓፍትና ሓወይ ሓውና ኣደይ ኣቦይ ወደይ ጓለይ ሰብኣየይ ሰበይተይ ዓርከይ "
    "ዓርክና መሓዛይ መሓዝተይ ሓትነይ ሓወቦይ ኣሞይ ኣኮይ ሓሙተይ ኣሕዋተይ ደቀይ ኣያ ኣደ ሓፍቲ ሓው "
    "ሰራሕተኛ ሰራሕተኛት ሓጋዚ ሓጋዚት ናተይ ናትና ወይዘሮ ወይዘሪት እህቴ ወንድሜ እናቴ አባቴ ልጄ "
    # kinship with "our", "his", "her", "your" ("ኣደና", "ሓፍቱ"), and the people of the route
    "ኣደና ኣዲኡ ኣዲኣ ኣደኻ ኣደኺ ኣቦና ኣቦኡ ኣቦኣ ሓዉ ሓዋ ሓውኻ ሓውኺ ሓብተይ ሓብትና ሓፍቱ ሓፍታ "
    "ሓፍትኻ ሓፍትኺ ወድና ወዱ ወዳ ጓልና ጓሉ ጓላ ሰብኣያ ሰበይቱ ዓርኩ ዓርካ ዓርክኻ መሓዝኡ መሓዝኣ ኣያይ "
    "ኣሞና ኣኮና ሓማተይ ሓሙይ ሓትነና ማማ ባባ ሓጂ ሓጃ ዲያቆን ሓላዊ ሓለውቲ ደላሎ ደላላይ ደላላ ደላሎና "
    "ሓለቓ ሓለቓና ኮሎኔል ሻምበል ሲስተር ብራዘር ቀሺና ሼኽና ዶክተርና ኣሕተይ")
# Titles that are always followed by a name, listed or not ("ወ/ሮ ኣልጋነሽ", "ኣቶ ወልዱ").
STRONG_TITLE = _set("ወ/ሮ ወ/ሪት ወ/ት ኣቶ ዶክተር ዶ/ር ዶር ፕሮፌሰር ወይዘሮ ወይዘሪት ሓጂ ሓጃ ሼኽ ሸኽ ቀሺ "
                    # the host country's titles in Ge'ez letters: Miss, Mister, Mrs, Sister
                    "ዲያቆን ሚስ ሚስተር ሚሲዝ ሚሰዝ ሚስዝ ሲስተር")
# Kinship after a name: "ትዕግስቲ ሓፍተይ" (Tigisti, my sister).
KIN_AFTER = _set("ሓፍተይ ሓወይ ኣደይ ኣቦይ ወደይ ጓለይ ዓርከይ መሓዛይ ሰብኣየይ ሰበይተይ ሓፍትና ሓውና ሓብተይ "
                  "መምህርና መምህረይ ጠበቓይ ጠበቓና ተርጓሚና ሓላፊና ዓርክና")
# Thanks and greetings: "የቐንየለይ ሳባ", "ሰላም ሰላም" (hello, Selam).
GREETING = _set("ሰላም ሰላማት ሃለው የቐንየለይ የቐንየልና የቐንየለኪ የቐንየልካ የቐንየልኩም የቐንየልክን "
                "ይቐንየለይ ይቐንየልና ኣመስግነኪ ኣመስግነካ ኣመስግነኩም ይሃብካ ይሃብኪ ይሃብኩም ይባርኽካ "
                "ይባርኽኪ ይባርኽኩም ይሓልወካ ይሓልወኪ ኣመሰግናለሁ")
# "Abu", "Umm": part of an Arabic name ("ኣቡ ሙሳ"), unlike "ኣቦ" (Father), which is a title.
KUNYA = _set("ኣቡ ኣቢ ኡም ኣም")
# Names written as two words ("ገብረ መድህን", "ለተ ማርያም"): the first never stands alone.
JOINED_FIRST = _set("ገብረ ወልደ ለተ")
# Copulas and verbs that close a name after "ስመይ": "ስመይ ሕርይቲ ተኽለ እዩ".
COPULA = _set("እዩ እያ እዮም እየ ኢዩ ኢያ ኢና እየን እዮን ነይሩ ነይራ ይበሃል ይበሃላ ይባላል ነው ናት")
# Names of God, saints and churches that are names of people too: never a person's name.
HOLY = (tuple(_set("ኪዳነ ምሕረት")), tuple(_set("ኪዳነምሕረት")), tuple(_set("መድሃኔ ዓለም")),
        tuple(_set("ቅድስቲ ማርያም")), tuple(_set("ቅድስት ማርያም")), tuple(_set("ኣቦ ኣምላኽ")),
        tuple(_set("ቅዱስ ሚካኤል")), tuple(_set("ቅዱስ ገብርኤል")), tuple(_set("ቅዱስ ጊዮርጊስ")),
        tuple(_set("ቤተ ማርያም")), tuple(_set("ዓዲ ማርያም")))
# The second half of a joined Christian name ("ገብረ|ሂወት", "ለተ|ሚካኤል", "ተስፋ|ጽዮን"): a word
# ending so, with a name's first half before it, is a name whether listed or not.
JOINED_ENDINGS = tuple(normalise(end) for end in (
    "ማርያም", "ሚካኤል", "ገብርኤል", "ጽዮን", "ስላሴ", "ሰላሴ", "ኪዳን", "ብርሃን", "ገርግሽ", "ጊዮርጊስ",
    "ዮሃንስ", "መድህን", "መስቀል", "ሂወት", "ሕይወት", "ዝጊ", "ኣለም", "ልደት", "ሰንበት", "ትንሳኤ",
    "እግዚኣብሄር", "ዝጊሄር", "ሃይማኖት", "ወይኒ", "ጋብር", "የሱስ", "ጻድቕ", "ሩፋኤል", "ሰናይ", "ኣብ",
    "ሰላም"))
# The saints and feasts a joined name ends in: after a title or kinship word, a word so ending
# names someone whatever its first half ("ጓለይ ፍሽጽዮን", "ኣቦይ ዘሚካኤል").
SAINT_ENDINGS = tuple(normalise(end) for end in (
    "ማርያም", "ሚካኤል", "ገብርኤል", "ጽዮን", "ስላሴ", "ሰላሴ", "ጊዮርጊስ", "ሩፋኤል", "መድህን"))
JOINED_HEADS = tuple(normalise(head) for head in (
    "ገብረ", "ወልደ", "ወለተ", "ለተ", "ሃብተ", "ተኽለ", "ሃይለ", "ዓምደ", "ተስፋ", "ኪዳነ", "ፍረ", "ፍሬ",
    "ዘር", "ምሕረተ", "መንግስተ", "ክብረ", "ብርሃነ", "ሰመረ", "ጸጋ", "ገረ", "ተኽላ", "ተወልደ", "ዑቕባ"))
HOLY_WORDS = _set("ኣምላኽ እግዚኣብሄር እግዚኣብሔር ኢየሱስ ክርስቶስ ኣላህ ኣሏህ መድሃኔ")
# Saints whose names people bear ("ኣደይ ማርያም"): a name only where a title or kinship word shows it
# names someone, never in a church's name ("ቅድስቲ ማርያም", "ቅዱስ ሚካኤል").
SAINTS = _set("ማርያም ሚካኤል ገብርኤል ጊዮርጊስ")
# "Me and", "him and", "her and": the word joined by "and" beside one names someone
# ("ኣነን ሩታን").
PRONOUN_AND = _set("ኣነን ንሱን ንሳን ንሕናን ንስኻን ንስኺን")
# Kin a name's owner has: "ናይ ፍቕሪ ቆልዓ" (Fiqri's child).
KIN_NOUN = _set("ቆልዓ ቆልዑ ወዲ ጓል ደቂ ሰብኣይ ሰበይቲ ሓው ሓፍቲ ኣደ ኣቦ ስድራ ገዛ")
# Said by someone: "ሰላም ብዙሕ ሰላም ትብለኩም" (Selam sends you her greetings).
SAYS = tuple(normalise(start) for start in ("ትብል", "ትብለ", "ይብል", "ይብለ", "ትዛረብ", "ይዛረብ",
                                              "ትነብር", "ትነብረ", "ይነብር", "ይነብረ"))
# Prepositions written apart before a full name ("ምስ ሰላም ኪዳነ", "ካብ ተስፋ ሃብተ").
APART_BEFORE = _set("ምስ ናይ ካብ ናብ ንዓ ብዛዕባ")
# How verbs start ("ኣይትጥቀሱ" do not mention, "ዝበሃል" called, "ክሕግዘና" to help us): a word
# after "ስመይ" that starts so is no name unless listed.
VERB_STARTS = tuple(normalise(start) for start in ("ኣይ", "ዘይ", "ከይ", "ዝ", "ክ", "ይ"))
# Everyday words that never are a name, even after "ስመይ" or before "ዝበሃል": grammar words,
# pronouns, places and times.
NOT_A_NAME = _set(
    "ኣብ ካብ ናብ ምስ ናይ ንሱ ንሳ ኣነ ንሕና ንስኻ ንስኺ ንስኹም ንሳቶም ንሰን እዚ እዚኣ እቲ እታ እዞም "
    "እተን እቶም ከም ግን ድማ ከኣ ጥራይ ኩሉ ኩሎም ሕጂ ሎሚ ትማሊ ጽባሕ የለን የብለይን ኣሎ ኣላ ኣለዉ ኣለና "
    "ሓደ ሓንቲ ክልተ ሰለስተ ኣርባዕተ ሓሙሽተ ሰብ ሰባት ሰብኣይ ሰበይቲ ቆልዓ ቆልዑ ገዛ ስራሕ ሽቕሊ ቤት "
    "ዓዲ ከተማ ጎደና መዕቆቢ camp ወረቐት ፋይል ቁጽሪ ስልኪ ዶ ድዩ ድያ እንታይ መን ኣበይ ከመይ ስለምንታይ "
    "ዝኾነ ካልእ ካልኦት ብዙሕ ብዙሓት ውን እውን ወይ ወይስ ምኽንያቱ ስለ እንተ ክሳብ ድሕሪ ቅድሚ "
    "ውሽጢ ደገ ላዕሊ ታሕቲ ጥቓ ዓመት ወርሒ ሰሙን መዓልቲ ሰዓት ለይቲ ንግሆ ምሸት ሓበሻ ኤርትራዊ "
    "ኤርትራዊት ኢትዮጵያዊ ትግርኛ ኣምሓርኛ ዓረብ እንግሊዝኛ ሓድሽ ዓቢ ንእሽቶ ጽቡቕ ሕማቕ ቀዳማይ "
    "ዝነበረ ዝነበረት ነበረ ኢሉ ኢላ ኢሎም "
    # "truly", "surely", "clearly", "especially": "ሽሙ ብሓቂ ኣይፈልጦን" (his name, truly, I do not
    # know)
    "ሓቂ ብሓቂ ብርግጽ ርግጽ ብግልጺ ብፍላይ ብቕልጡፍ ብሓፈሻ ብዘይካ ብዛዕባ")
# "Where" and "when" after a full name ("ያኤል ሾሻኒ ኣብ ኢላት", "ብርሃነ ሃብተስላሰ ዕለት ልደተይ"):
# the word before them goes on the name.
AFTER_A_FULL_NAME = _set("ኣብ ካብ ናብ ዕለት ብዕለት")
# "With me", "with us", "with him": said after a name before "where" ("ኣማኒኤል ምሳይ ኣብ ...").
WITH_SOMEONE = _set("ምሳይ ምሳና ምሳኻ ምሳኺ ምሳኹም ምስኡ ምሳኣ ምሳታ ምሳኦም ምሳአን ምሳኡ")
# How verbs with their objects end ("ሓጊዛትኒ" she helped me, "ወሲዶም" they took, "ከይዱ"): a
# word so ending after a name is what the person did.
VERB_ENDINGS = tuple(normalise(end) for end in (
    "ትኒ", "ትና", "ኩ", "ኹ", "ና", "ዎም", "ዎ", "ዋ", "ዶም", "ሎም", "ሞም", "ሮም", "ዱ", "ዳ", "ኡ", "ኣ",
    "ት", "ሉ", "ላ", "ሙ", "ማ", "ሩ", "ራ"))
# After "ዝበሃል", a verb that says there is no such thing: "ምሕረት ዝበሃል ኣይፈልጡን" (they knew
# nothing called mercy), "ሰላም ዝበሃል የለን" (there is no peace).
NO_SUCH_THING = tuple(normalise(start) for start in ("ኣይ", "የለ", "የብ"))
