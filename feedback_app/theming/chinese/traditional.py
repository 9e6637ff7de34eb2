"""Traditional Chinese letters read as their Simplified twins, one letter for one.

People from Hong Kong, Taiwan and Macau, and many who learnt to write there, write Traditional
letters ("仲介林志偉", "船長叫阿德", "台灣"), and some mix both in one answer. The Chinese rules'
word sets are written in Simplified letters, so each detector reads a view of the answer in
which the Traditional letters of names, titles, cue words and address kinds stand as their
Simplified twins. One letter always stands for one, so a span found in the view is the same
span in the answer. The pairs were written for the project from general knowledge of the two
scripts.
"""

from __future__ import annotations

from functools import lru_cache

_TRADITIONAL = (
    "偉華麗紅蘭鳳雲蓮艷豔潔穎瑤貴榮寧瓊曉愛藝歡夢強軍傑濤龍剛輝東飛鵬凱鋒國慶勝發鳴陽"
    "遠軒賓錦義禮澤瑋嬌瑩嵐貞韻鵑棟煥銘銳順馳鴻寶靜悅鳥趙錢孫吳鄭馮陳衛蔣韓楊許呂張謝"
    "鄒蘇魯韋馬鮑賀湯羅畢鄔黃蕭龐藍閔賈婁顏鍾鐘駱盧鄧龔陸劉葉賴喬譚聶饒歐諸長萬塗嚴師"
    "醫護經闆譯總隊組員夥媽爺婦務導頭僱紹園區縣鎮鄉號樓層單廈廣場灣臺門邊莊說講幫給帶"
    "還讓對來們這個麼會從沒嗎與過見認識問訴話電動騙罵搶鎖關脅聯繫係碼機裡裏覺時間後開"
    "車兒學習樣聽應處點幾養親嬸歲離攜證裝戶買賣錯難氣讀報達賬費錄寫辦請誰為網絡訊線隻"
    "條於餘雙體實現啟臉傷擔憂顧飯"
)
_SIMPLIFIED = (
    "伟华丽红兰凤云莲艳艳洁颖瑶贵荣宁琼晓爱艺欢梦强军杰涛龙刚辉东飞鹏凯锋国庆胜发鸣阳"
    "远轩宾锦义礼泽玮娇莹岚贞韵鹃栋焕铭锐顺驰鸿宝静悦鸟赵钱孙吴郑冯陈卫蒋韩杨许吕张谢"
    "邹苏鲁韦马鲍贺汤罗毕邬黄萧庞蓝闵贾娄颜钟钟骆卢邓龚陆刘叶赖乔谭聂饶欧诸长万涂严师"
    "医护经板译总队组员伙妈爷妇务导头雇绍园区县镇乡号楼层单厦广场湾台门边庄说讲帮给带"
    "还让对来们这个么会从没吗与过见认识问诉话电动骗骂抢锁关胁联系系码机里里觉时间后开"
    "车儿学习样听应处点几养亲婶岁离携证装户买卖错难气读报达账费录写办请谁为网络讯线只"
    "条于余双体实现启脸伤担忧顾饭"
)
_TO_SIMPLIFIED = str.maketrans(_TRADITIONAL, _SIMPLIFIED)
# The detectors each read the same answer; the last few views are kept so it is made once.
_VIEWS_KEPT = 4


@lru_cache(maxsize=_VIEWS_KEPT)
def simplified(text: str) -> str:
    """`text` with its Traditional letters as Simplified ones; as long as `text`, letter by
    letter."""
    if text.isascii():
        return text
    return text.translate(_TO_SIMPLIFIED)
