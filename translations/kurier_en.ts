<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>KsefError</name>
    <message numerus="yes">
        <source>KSeF&apos;s request limit is reached; Kurier waits %n second(s).</source>
        <translation>
            <numerusform>KSeF&apos;s request limit is reached; Kurier waits %n second.</numerusform>
            <numerusform>KSeF&apos;s request limit is reached; Kurier waits %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kurier::OutboxEngine</name>
    <message numerus="yes">
        <source>KSeF answered &quot;too many requests&quot; %n time(s) in ten minutes; another program may be using the same KSeF context.</source>
        <translation>
            <numerusform>KSeF answered &quot;too many requests&quot; %n time in ten minutes; another program may be using the same KSeF context.</numerusform>
            <numerusform>KSeF answered &quot;too many requests&quot; %n times in ten minutes; another program may be using the same KSeF context.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n file checked</numerusform>
            <numerusform>%n files checked</numerusform>
        </translation>
    </message>
</context>
</TS>
