<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Compensation</name>
    <message numerus="yes">
        <source>{value} {currency} has too many decimal places; {currency} amounts have %n decimal place(s).</source>
        <translation><numerusform>{value} {currency} has too many decimal places; {currency} amounts have %n decimal place.</numerusform><numerusform>{value} {currency} has too many decimal places; {currency} amounts have %n decimal places.</numerusform></translation>
    </message>
    </context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>%n of 5 stars</source>
        <translation><numerusform>%n of 5 stars</numerusform><numerusform>%n of 5 stars</numerusform></translation>
    </message>
    </context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>Follow up now (%n day(s) late)</source>
        <translation><numerusform>Follow up now (%n day late)</numerusform><numerusform>Follow up now (%n days late)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Follow up in %n day(s)</source>
        <translation><numerusform>Follow up in %n day</numerusform><numerusform>Follow up in %n days</numerusform></translation>
    </message>
    </context>
<context>
    <name>PrivateReply</name>
    <message numerus="yes">
        <source>{platform} only allows a private message within 7 days of the comment; this one is %n day(s) old. Reply in public instead.</source>
        <translation><numerusform>{platform} only allows a private message within 7 days of the comment; this one is %n day old. Reply in public instead.</numerusform><numerusform>{platform} only allows a private message within 7 days of the comment; this one is %n days old. Reply in public instead.</numerusform></translation>
    </message>
    </context>
<context>
    <name>SignInDialog</name>
    <message numerus="yes">
        <source>%n second(s) left to sign in.</source>
        <translation><numerusform>%n second left to sign in.</numerusform><numerusform>%n seconds left to sign in.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left to sign in.</source>
        <translation><numerusform>About %n minute left to sign in.</numerusform><numerusform>About %n minutes left to sign in.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Connect %n account(s)</source>
        <translation><numerusform>Connect %n account</numerusform><numerusform>Connect %n accounts</numerusform></translation>
    </message>
    </context>
</TS>