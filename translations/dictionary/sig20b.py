# Translations of the rest of issue 20 (sig20b): the study files' "significance" object, the
# significance's --scalar choice (MFDFA width or h2), the network spectrum's missing surrogates
# and RQA's embedding chosen from the series (--tau ami, --m fnn|cao):
# t(source, German, Simplified Chinese).
t("%1 must be greater, less or two-sided (got '%2')", "%1 muss greater, less oder two-sided sein (erhalten: '%2')", "%1 必须是 greater、less 或 two-sided（得到 '%2'）")
t("%1 must be one of %2 (got '%3')", "%1 muss eines von %2 sein (erhalten: '%3')", "%1 必须是 %2 之一（得到 '%3'）")
t("%1 must be shuffle, ft, aaft or iaaft (got '%2')", "%1 muss shuffle, ft, aaft oder iaaft sein (erhalten: '%2')", "%1 必须是 shuffle、ft、aaft 或 iaaft（得到 '%2'）")
t("%1: the network spectrum has no surrogate significance (surrogates are defined for series, not for graphs)", "%1: das Netzwerkspektrum hat keine Surrogat-Signifikanz (Surrogate sind für Zeitreihen definiert, nicht für Graphen)", "%1：网络谱没有替代数据显著性检验（替代数据只对时间序列定义，不对图定义）")
t("--m %1 chose no dimension: %2", "--m %1 hat keine Dimension gewählt: %2", "--m %1 未选出维数：%2")
t("--m must be a whole number from 1 to 1000, fnn or cao", "--m muss eine ganze Zahl von 1 bis 1000, fnn oder cao sein", "--m 必须是 1 到 1000 之间的整数、fnn 或 cao")
t("--scalar must be one of %1 for measure '%2'", "--scalar muss für das Maß '%2' eines von %1 sein", "对于度量 '%2'，--scalar 必须是 %1 之一")
t("--tau ami chose no delay: %1", "--tau ami hat keine Verzögerung gewählt: %1", "--tau ami 未选出延迟：%1")
t("--tau must be a whole number from 1 to 1e6, or ami", "--tau muss eine ganze Zahl von 1 bis 1e6 oder ami sein", "--tau 必须是 1 到 1e6 之间的整数或 ami")
t("Embedding delay tau >= 1 in samples (default 1), or ami: the first minimum of the average mutual information.", "Einbettungsverzögerung tau >= 1 in Abtastwerten (Standard 1) oder ami: das erste Minimum der mittleren Transinformation.", "嵌入延迟 tau >= 1（以样本计，默认 1），或 ami：平均互信息的第一个极小值。")
t("Embedding dimension m >= 1 (default 1), or fnn (false nearest neighbours) or cao (Cao's E1): chosen from the series with the delay in use.", "Einbettungsdimension m >= 1 (Standard 1) oder fnn (falsche nächste Nachbarn) oder cao (Caos E1): aus der Reihe mit der verwendeten Verzögerung gewählt.", "嵌入维数 m >= 1（默认 1），或 fnn（虚假最近邻）或 cao（Cao 的 E1）：按所用延迟从序列中选出。")
t("KEY", "SCHLÜSSEL", "键")
t("M|fnn|cao", "M|fnn|cao", "M|fnn|cao")
t("Which scalar of the result to test where a measure has several (mfdfa: width, the default, or h2, h at q = 2).", "Welcher Skalar des Ergebnisses getestet wird, wo ein Maß mehrere hat (mfdfa: width, der Standard, oder h2, h bei q = 2).", "度量有多个标量时检验哪一个（mfdfa：默认 width，或 h2，即 q = 2 处的 h）。")
