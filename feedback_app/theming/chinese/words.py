"""The words Chinese names are read by: cues before a name, titles and roles, and which
characters can be part of one.

Chinese writes no space between words, so a name is found by what stands around it: "我叫…",
"…姐", "老…", "社工…", "…说". Every set here was written for the project from general knowledge
of how people write Chinese; none comes from a record of real people.
"""

from __future__ import annotations

from functools import cache

from feedback_app.theming import wordlists

# A title or kinship word after a surname: the surname is the name, the title stays
# ("[王]姐", "[赵]警官"). "律" alone is how people shorten 律师 ("何律").
TITLES_AFTER = ("阿姨", "老师", "经理", "律师", "医生", "大夫", "先生", "女士", "小姐", "社工",
                "老板", "警官", "警察", "主任", "叔叔", "局长", "所长", "队长", "组长", "院长",
                "校长", "书记", "教授", "护士", "师傅", "太太", "奶奶", "爷爷", "大姐", "大哥",
                "同学", "翻译", "主管", "工头", "姐姐", "哥哥", "妹妹", "弟弟", "大妈", "大爷",
                "师父", "牧师", "修女", "神父", "记者", "法官", "店长", "领班", "厂长", "老大",
                "房东", "督导", "干事", "科长", "处长", "站长", "会长", "总监", "社长",
                "姐", "哥", "叔", "姨", "婶", "嫂", "总", "律")
# Only these follow a nickname that is no surname ("[红]姐", "[Coco]姐"): "大姐", "表哥" are
# kin, so the character before must be a given-name character.
KIN_AFTER_NICKNAMES = ("姐", "哥", "叔", "姨", "嫂")
# These follow a given name of two letters said without its surname ("隔壁床的[秀英]阿姨").
KIN_AFTER_GIVEN_NAMES = ("阿姨", "叔叔", "奶奶", "爷爷", "姐姐", "哥哥", "大姐", "大哥")
# Said just before a name, where the name may be any characters ("外号叫光头强").
STRONG_CUES = ("我叫", "名叫", "名字叫", "名字是", "叫做", "外号叫", "外号是", "外号",
               "真名叫", "真名是", "中文名是", "中文名叫", "中文是", "英文名是",
               "英文名叫", "小名叫", "姓名是", "姓名", "他叫", "她叫", "个叫", "人叫",
               "的叫", "男的叫", "女的叫", "名字")
# Roles said just before a name ("老板陈国强", "社工玛丽亚", "我老公阿强").
ROLES_BEFORE = ("社工", "老板", "老公", "老婆", "丈夫", "妻子", "男朋友", "女朋友", "男友",
                "女友", "翻译", "律师", "医生", "警官", "主任", "经理", "中介", "老师", "姐姐",
                "妹妹", "哥哥", "弟弟", "朋友", "同事", "室友", "表姐", "表哥", "表妹", "老乡",
                "蛇头", "妈咪", "工作人员", "志愿者", "义工", "儿子", "女儿", "孩子", "工头",
                "主管", "领班", "经纪人", "房东", "老乡", "姐妹", "闺蜜", "舍友", "工友", "同学",
                "同乡", "组长", "老板娘", "司机", "保安", "雇主", "打手", "舅舅", "表弟", "仲介",
                "船长", "姐夫", "嫂子", "堂哥", "堂姐", "堂弟", "堂妹", "叔叔", "阿姨", "包工头",
                # "我姐冼慧敏", "我妈叫岑桂英": kin said short, with 我 so that "姐" alone stays
                "我姐", "我哥", "我妹", "我弟", "我妈", "我爸",
                # "我妈妈叫祝桂芳", "外婆陈秀英": parents and grandparents said in full
                "妈妈", "爸爸", "我妈妈", "我爸爸", "母亲", "父亲", "外婆", "外公", "姥姥", "姥爷",
                "舅妈", "姑姑", "姑妈", "姨妈", "大姨", "小姨", "婶婶", "伯伯", "伯父", "叔父")
# Said just before a person ("谢谢陈明", "跟李建华说"): these make a common surname with
# given-name characters after them a name.
PERSON_CUES_BEFORE = ("谢谢", "感谢", "跟", "和", "与", "找", "问", "请", "告诉", "被", "让", "对",
                      "联系", "是", "叫", "给", "带", "陪", "见", "认识", "遇到", "见到",
                      "打给", "相信", "想念")
# Said just after a person: speech and action verbs, and time words ("陈明明天还来吗").
PERSON_CUES_AFTER = ("说", "告诉", "讲", "帮", "给我", "给你", "打电话", "答应", "带", "教",
                     "骗", "陪", "问", "明天", "今天", "今年", "昨天", "后天", "每次", "天天", "还",
                     "也", "都", "把", "和", "跟", "让", "叫", "是", "一起", "他", "她",
                     "的电话", "的微信", "的手机", "一直", "总是", "每天", "经常", "已经", "真",
                     "特别", "非常", "会", "很", "就", "又", "对", "给", "不", "没", "在", "来",
                     "去", "家", "那边", "这个", "那个", "打", "骂", "拿", "收", "逼", "卖", "抢",
                     "扣", "锁", "关", "救", "被", "哭", "偷偷", "威胁", "介绍", "的人", "的孩子",
                     "的老公", "的老婆", "的妈妈", "的爸爸", "的女儿", "的儿子", "的男朋友",
                     "的女朋友", "的号码", "的护照", "的事", "比较", "你要", "你在", "你还",
                     "你别", "你好")
# After a given name said alone at a clause's start ("红霞的孩子还在国内", "翠花是我最好的
#朋友"): only these say a person is meant, as a pair of given-name letters is often a word.
GIVEN_NAME_CUES_AFTER = ("说", "告诉", "跟我", "和我", "帮我", "给我", "带我", "陪我", "问我",
                         "教我", "骗我", "是我", "的孩子", "的老公", "的老婆", "的妈妈",
                         "的男朋友", "的女儿", "的儿子", "的电话", "的微信", "姐", "哥")
# Pairs of given-name letters that are everyday words.
GIVEN_PAIRS_THAT_ARE_WORDS = frozenset((
    "永远", "光明", "美丽", "发生", "民生", "国民", "文明", "春秋", "明星", "新闻", "清明",
    "国庆", "中秋", "东方", "海洋", "明白", "美好", "健康", "英雄", "生成", "成立", "建立",
    "发明", "发光", "光荣", "荣华", "富贵", "福利", "海关", "东北", "华人", "华侨", "德国",
    "美国", "英国", "泰国", "韩国", "信义", "仁义", "忠义", "强国", "新华", "国际", "民主"))
# Two characters that start a word after a name: "陈明|明天" is 陈明 and tomorrow, not 陈明明.
WORDS_AFTER_NAMES = frozenset((
    "明天", "今天", "今年", "昨天", "后天", "每天", "天天", "现在", "以前", "以后", "已经", "一起",
    "一直", "一个", "一下", "一定", "上午", "下午", "晚上", "早上", "中午", "刚才", "马上",
    "平时", "总是", "经常", "常常", "从来", "没有", "不是", "真的", "可能", "应该", "每次",
    "那天", "这天", "还是", "也是", "就是", "一样", "人很", "特别", "非常"))
# Everyday words that start with a surname ("黄金", "马上", "王八蛋"): no name starts there.
WORDS_FROM_SURNAMES = frozenset((
    "王八", "黄金", "高兴", "马上", "周末", "周一", "周二", "周三", "周四", "周五", "周六", "周日",
    "周围", "周年", "周岁", "方便", "方面", "方法", "方向", "江湖", "金钱", "金额", "高中", "高速",
    "高级", "高薪", "陈旧", "张开", "李子", "石头", "夏天", "龙虾", "王国", "黄色", "钱包", "孙子",
    "毛病", "叶子", "林子", "杨树", "田地", "高楼", "金子", "黄瓜", "马路", "江边", "朱红", "雷雨",
    "秦朝", "唐朝", "宋朝", "高峰", "林业", "金融", "江南", "杨梅", "黄花", "陆军", "高明", "龙凤",
    "金华", "马来", "田园", "高速", "李白", "方式", "黄河", "江河", "夏令", "孙女"))
# Characters that are never inside a name: grammar words, pronouns and punctuation-like words.
NOT_IN_NAMES = frozenset(
    "的了是在和跟与说也都还就又不没很把被给让对从到我你他她它们这那吗呢吧啊呀哈嘛个有要会"
    "能想去来做打帮叫问告诉每里上下讲带找看知道现已再才只等过着得地为因所如但可而且或谁什么"
    "哪怎样些点几多少年月日号时天人姐哥叔姨别快")
# Characters often in given names. A common surname with one or two of these after it, beside
# a cue, is a name; "阿" or "小" before one is a nickname ("阿芳", "小燕").
GIVEN_CHARACTERS = frozenset(
    "红燕丽芳玲梅华兰英敏静娟霞琴云莲凤萍婷娜雪晶美秀珍慧春秋月花艳琳莉颖洁倩薇菲琪露珊"
    "欣悦怡佳嘉蓉萌媛瑶婧妮丹青彩翠桂菊荣香玉宁淑惠巧琼雯蕾璐晓爱艺欢妍梦明强军伟勇杰涛"
    "斌龙海波健平刚辉峰东林文亮飞鹏磊超浩宇俊帆凯鑫锋毅昊博志国建福贵生成新永庆德祥胜宏"
    "振民金发光武兵鸣辰晨阳旭远航翔哲睿轩豪坤宾彬锦松柏义仁忠信礼智泽洋江河涵清玮琦娇"
    "芬娥莹蕊婉岚彤恩爽芝芸茜茹荷莎菁萱虹贞霏韵馨鹃彪栋柱泉洪炳焕瑞琛茂虎铭锐雄顺驰鸿"
    "麟宝雅蕙蝶楠晴")
# Reduplicated given names ("芳芳", "丽丽"), and the pet names children are called by ("浩浩",
# "乐乐", "豆豆"); characters that double into adverbs or words ("明明", "天天", "刚刚",
# "洋洋", "甜甜圈") are left out.
DOUBLED_NAME_CHARACTERS = frozenset("芳丽婷燕玲娟兰琳莉晶欢贝丹萍霞红敏青倩雯菲娜妮媛佳璐薇琪露珊"
                                    "静美梅月雪浩阳晨轩豪杰涛鹏磊伟凯俊乐豆晴")
# Words that look like 小/阿 and a given-name character and are not names.
NOT_NICKNAMES = frozenset(("小红书", "小明星", "小美甲", "阿美族", "小宝宝", "小龙虾", "小生意",
                           "小东西", "小黑屋", "小白菜", "小白脸"))
# Letters of the nicknames that say how someone looks ("小胖", "阿黑", "小瘦"): after 小 or 阿,
# a name where a person's words follow.
LOOKS = frozenset("胖黑瘦白")
# Characters of foreign names written in Chinese ("玛丽亚", "莎拉", "约翰").
TRANSLITERATION = frozenset(
    "阿埃艾安奥巴贝本比彼波伯布查达戴丹德迪蒂杜多厄恩法菲芬弗福盖格古哈海汉赫亨华霍吉"
    "加杰金卡凯康科克肯库拉莱兰劳勒雷里丽利莉琳林露卢鲁路伦罗洛马玛迈曼梅美蒙米莫姆穆娜"
    "纳内尼妮努诺欧帕佩皮普奇琪乔切萨塞莎珊尚圣施史斯苏索塔泰汤特提托瓦万威维温沃乌西希"
    "夏辛休雅亚扬耶伊尤约詹珍朱兹佐尔卫森翰瑟蕾黛娅芙薇芭缇琼茜蒂娃璐")
# The commonest surnames, in the Hundred Family Surnames too, that are rarely the first
# character of an everyday word: enough on their own beside a weaker cue.
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨赵吴周徐孙胡朱郭何罗梁宋郑谢韩唐冯董萧曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁"
    "魏薛叶阎潘杜戴夏钟汪田姜范方石姚谭廖邹熊金郝孔崔邱秦江侯邵孟龙段雷钱汤尹黎武乔贺"
    "赖龚林黄马高")


# Surnames that begin everyday words far more often ("白天", "文件", "安全", "包括"), so they
# are left out of the surname list: a name only before a title, at a word's edge ("都是[白]哥
# 安排的", "[文]老师"), or after 老 and 小.
SURNAMES_BEFORE_TITLES = frozenset("白文安常包易万于余左章卓")


# Surnames of two letters ("欧阳晓燕说"), less those that are everyday words too ("东方",
# "西门", "长孙").
COMPOUND_SURNAMES = frozenset(("欧阳", "司马", "上官", "诸葛", "皇甫", "尉迟", "令狐", "慕容",
                               "司徒", "夏侯", "宇文", "端木"))


@cache
def surnames() -> frozenset[str]:
    """Surnames of the Hundred Family Surnames (see data/README), one and two characters."""
    return wordlists.word_set("chinese_surnames")
