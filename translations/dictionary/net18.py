# Translations of typed node maps in networks (issue 18.5): t(source, German, Simplified Chinese).
t("Typed node map", "Typisierte Knotenabbildung", "自定义节点映射")
t("Typed node coupling", "Kopplung des typisierten Knotens", "自定义节点的耦合变量")
t("The map of the nodes of type typed, in the model language (one statement per line); its parameters appear as t_<name>", "Die Abbildung der Knoten vom Typ typed in der Modellsprache (eine Anweisung pro Zeile); ihre Parameter erscheinen als t_<Name>", "类型为 typed 的节点所用的映射，以模型语言书写（每行一条语句）；其参数以 t_<名称> 的形式出现")
t("The variable of a typed node through which the coupling acts, as on x of the built-in maps (empty: its first variable)", "Die Variable eines typisierten Knotens, über die die Kopplung wirkt, wie auf x der eingebauten Abbildungen (leer: seine erste Variable)", "自定义节点上耦合所作用的变量，相当于内置映射的 x（留空：其第一个变量）")
t("Typed map", "Typisierte Abbildung", "自定义映射")
