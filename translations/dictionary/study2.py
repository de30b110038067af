# Translations of the study-file reader's strictness (issue 16.9: unknown fields refused in every
# section) and of app/compute's typed outcomes: t(source, German, Simplified Chinese).
t("unknown top-level field '%1'", "unbekanntes Feld '%1' auf oberster Ebene", "顶层有未知字段 '%1'")
t("%1 applies to flows only; %2 is a map", "%1 gilt nur für Flüsse; %2 ist eine Abbildung", "%1 仅适用于流；%2 是映射")
t("title must be a string", "title muss eine Zeichenkette sein", "title 必须是字符串")
