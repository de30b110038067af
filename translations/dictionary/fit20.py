# Translations of the fitting reports (issue 20 point 6): the R^2 warning threshold of MFDFA and
# the network spectrum (--min-r2) and the engine's checks of the new options:
# t(source, German, Simplified Chinese).
t("Fits with R^2 below this are listed under warnings (default 0.98).", "Anpassungen mit R^2 unter diesem Wert werden unter warnings aufgeführt (Standard 0.98).", "R^2 低于此值的拟合会列在 warnings 中（默认 0.98）。")
t("R2", "R2", "R2")
t("--min-r2 must be a number from 0 to 1", "--min-r2 muss eine Zahl von 0 bis 1 sein", "--min-r2 必须是 0 到 1 之间的数")
t("MFDFA: the R^2 warning threshold must be in [0, 1]", "MFDFA: die R^2-Warnschwelle muss in [0, 1] liegen", "MFDFA：R^2 警告阈值必须在 [0, 1] 内")
t("MFDFA: the flat-segment fraction must be in [0, 1)", "MFDFA: der Anteil für flache Segmente muss in [0, 1) liegen", "MFDFA：平坦段比例必须在 [0, 1) 内")
t("network spectrum: the R^2 warning threshold must be in [0, 1]", "Netzwerkspektrum: die R^2-Warnschwelle muss in [0, 1] liegen", "网络谱：R^2 警告阈值必须在 [0, 1] 内")
t("s", "s", "s")
t("r", "r", "r")
t("R^2 below the warning threshold at q = %1", "R^2 unter der Warnschwelle bei q = %1", "在 q = %1 处 R^2 低于警告阈值")
t("crossover (two scaling ranges) at q = %1, break near %2 = %3", "Crossover (zwei Skalierungsbereiche) bei q = %1, Knick nahe %2 = %3", "在 q = %1 处出现交叉（两个标度区间），转折点约在 %2 = %3")
t("%1 flat segment(s): h(q < 0) reflects the flat stretches", "%1 flache(s) Segment(e): h(q < 0) spiegelt die flachen Abschnitte wider", "%1 个平坦段：h(q < 0) 反映的是平坦片段")
t("Fit warnings: %1", "Anpassungswarnungen: %1", "拟合警告：%1")
