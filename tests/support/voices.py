# ruff: noqa: RUF001  (Chinese punctuation and Cyrillic letters are the point here)
"""What survivors write in each language we offer: one answer for each free-text question of the
shelter survey (what should change, what worked well, a rule that made life harder), in the words
a survivor might use. No names, numbers or places, so the redactor leaves them whole and a test can
find them again on the status page and in the stored answer."""

from __future__ import annotations

VOICES: dict[str, tuple[str, str, str]] = {
    "en": ("The food came cold and late most nights.",
           "The night staff listened to me and were kind.",
           "Being locked in after nine made me feel trapped again."),
    "es": ("La comida llegaba fría y tarde casi todas las noches.",
           "El personal de noche me escuchó y fue amable conmigo.",
           "Cerrar la puerta a las nueve me hacía sentir encerrada otra vez."),
    "fr": ("Le repas arrivait froid et en retard presque tous les soirs.",
           "L'équipe de nuit m'a écoutée et a été gentille avec moi.",
           "Être enfermée après vingt et une heures me rappelait le passé."),
    "pt": ("A comida chegava fria e atrasada quase todas as noites.",
           "A equipa da noite ouviu-me e foi simpática comigo.",
           "Ficar fechada depois das nove fazia-me sentir presa outra vez."),
    "ar": ("كان الطعام يصل باردًا ومتأخرًا في أغلب الليالي.",
           "استمع إليّ موظفو الليل وكانوا لطفاء معي.",
           "إغلاق الباب بعد التاسعة جعلني أشعر أنني محبوسة من جديد."),
    "vi": ("Bữa tối thường đến muộn và đã nguội.",
           "Nhân viên ca đêm đã lắng nghe và rất tử tế với tôi.",
           "Bị khóa cửa sau chín giờ làm tôi thấy như bị nhốt lại."),
    "zh_Hans": ("晚饭常常又冷又晚。",
                "夜班的工作人员听我说话，对我很好。",
                "晚上九点以后锁门，让我觉得又被关起来了。"),
    "ru": ("Еда почти каждый вечер приходила холодной и поздно.",
           "Ночные сотрудники выслушали меня и были добры ко мне.",
           "Когда после девяти запирают дверь, я снова чувствую себя взаперти."),
    "uk": ("Їжа майже щовечора була холодна й запізнювалася.",
           "Нічні працівники вислухали мене і були добрі до мене.",
           "Коли після дев'ятої замикають двері, я знову почуваюся замкненою."),
    "ro": ("Mâncarea venea rece și târziu aproape în fiecare seară.",
           "Personalul de noapte m-a ascultat și a fost blând cu mine.",
           "Ușa încuiată după ora nouă mă face să mă simt iar închisă."),
    "sq": ("Ushqimi vinte i ftohtë dhe vonë pothuajse çdo mbrëmje.",
           "Stafi i natës më dëgjoi dhe ishte i sjellshëm me mua.",
           "Dera e mbyllur pas orës nëntë më bën të ndihem sërish e mbyllur."),
    "ti": ("መግቢ ምሸት ኩሉ ግዜ ዝሑልን ደንጉዩን እዩ ዝመጽእ።",
           "ሰራሕተኛታት ለይቲ ሰሚዖምኒ፣ ምሳይ ሕያዋት ነይሮም።",
           "ድሕሪ ሰዓት ትሽዓተ ማዕጾ ምዕጻው ከም እሱርቲ ኮይነ ከም ዝስምዓኒ ይገብረኒ።"),
}
