<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ValidateCommand</name>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation><numerusform>%n file checked</numerusform><numerusform>%n files checked</numerusform></translation>
    </message>
</context>
</TS>
