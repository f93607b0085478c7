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
    <name>GoogleReviews</name>
    <message numerus="yes">
        <source>location {location} (%n reviews)</source>
        <translation><numerusform>location {location} (%n review)</numerusform><numerusform>location {location} (%n reviews)</numerusform></translation>
    </message>
    </context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <source>%n complaint(s) matching the search, newest first.</source>
        <translation><numerusform>%n complaint matching the search, newest first.</numerusform><numerusform>%n complaints matching the search, newest first.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s), newest first.</source>
        <translation><numerusform>%n complaint, newest first.</numerusform><numerusform>%n complaints, newest first.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) on {platforms}</source>
        <translation><numerusform>%n comment on {platforms}</numerusform><numerusform>%n comments on {platforms}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation><numerusform>%n complaint</numerusform><numerusform>%n complaints</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{comments}; {complaints}; won back %n time(s).</source>
        <translation><numerusform>{comments}; {complaints}; won back %n time.</numerusform><numerusform>{comments}; {complaints}; won back %n times.</numerusform></translation>
    </message>
    </context>
<context>
    <name>LedgerWindow</name>
    <message numerus="yes">
        <source>%n offer(s) in the ledger.</source>
        <translation><numerusform>%n offer in the ledger.</numerusform><numerusform>%n offers in the ledger.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{filter}: {shown} of %n offer(s).</source>
        <translation><numerusform>{filter}: {shown} of %n offer.</numerusform><numerusform>{filter}: {shown} of %n offers.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No codes not used yet (%n offer(s) in the ledger).</source>
        <translation><numerusform>No codes not used yet (%n offer in the ledger).</numerusform><numerusform>No codes not used yet (%n offers in the ledger).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No redeemed codes (%n offer(s) in the ledger).</source>
        <translation><numerusform>No redeemed codes (%n offer in the ledger).</numerusform><numerusform>No redeemed codes (%n offers in the ledger).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No expired codes (%n offer(s) in the ledger).</source>
        <translation><numerusform>No expired codes (%n offer in the ledger).</numerusform><numerusform>No expired codes (%n offers in the ledger).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No declined codes (%n offer(s) in the ledger).</source>
        <translation><numerusform>No declined codes (%n offer in the ledger).</numerusform><numerusform>No declined codes (%n offers in the ledger).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No apologies and refunds (%n offer(s) in the ledger).</source>
        <translation><numerusform>No apologies and refunds (%n offer in the ledger).</numerusform><numerusform>No apologies and refunds (%n offers in the ledger).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to {path}.</source>
        <translation><numerusform>Saved %n line to {path}.</numerusform><numerusform>Saved %n lines to {path}.</numerusform></translation>
    </message>
    </context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>{name} — %n comment(s) on {platforms}</source>
        <translation><numerusform>{name} — %n comment on {platforms}</numerusform><numerusform>{name} — %n comments on {platforms}</numerusform></translation>
    </message>
    </context>
<context>
    <name>Perspective</name>
    <message numerus="yes">
        <source>In the last 30 days, %n comment(s): {shares}.</source>
        <translation><numerusform>In the last 30 days, %n comment: {shares}.</numerusform><numerusform>In the last 30 days, %n comments: {shares}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{platform} average {average} from %n review(s) in the last 30 days.</source>
        <translation><numerusform>{platform} average {average} from %n review in the last 30 days.</numerusform><numerusform>{platform} average {average} from %n reviews in the last 30 days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{platform} average {average} from %n review(s) in the last 30 days (up from {before}).</source>
        <translation><numerusform>{platform} average {average} from %n review in the last 30 days (up from {before}).</numerusform><numerusform>{platform} average {average} from %n reviews in the last 30 days (up from {before}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{platform} average {average} from %n review(s) in the last 30 days (down from {before}).</source>
        <translation><numerusform>{platform} average {average} from %n review in the last 30 days (down from {before}).</numerusform><numerusform>{platform} average {average} from %n reviews in the last 30 days (down from {before}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{platform} average {average} from %n review(s) in the last 30 days (the same as the 30 days before).</source>
        <translation><numerusform>{platform} average {average} from %n review in the last 30 days (the same as the 30 days before).</numerusform><numerusform>{platform} average {average} from %n reviews in the last 30 days (the same as the 30 days before).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{name} wrote %n time(s) before: {listed}.</source>
        <translation><numerusform>{name} wrote %n time before: {listed}.</numerusform><numerusform>{name} wrote %n times before: {listed}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n other customer(s)</source>
        <translation><numerusform>%n other customer</numerusform><numerusform>%n other customers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{customers} mentioned {about} in the last 90 days (%n comment(s)).</source>
        <translation><numerusform>{customers} mentioned {about} in the last 90 days (%n comment).</numerusform><numerusform>{customers} mentioned {about} in the last 90 days (%n comments).</numerusform></translation>
    </message>
    </context>
<context>
    <name>PerspectiveWindow</name>
    <message numerus="yes">
        <source>{category}: {comments} from %n customer(s)</source>
        <translation><numerusform>{category}: {comments} from %n customer</numerusform><numerusform>{category}: {comments} from %n customers</numerusform></translation>
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
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%n complaint(s) from {start} to {end}</source>
        <translation><numerusform>%n complaint from {start} to {end}</numerusform><numerusform>%n complaints from {start} to {end}</numerusform></translation>
    </message>
    </context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>%n complaint(s) in this report.</source>
        <translation><numerusform>%n complaint in this report.</numerusform><numerusform>%n complaints in this report.</numerusform></translation>
    </message>
    </context>
<context>
    <name>SeverityChart</name>
    <message numerus="yes">
        <source>week from {day}: %n comment(s)</source>
        <translation><numerusform>week from {day}: %n comment</numerusform><numerusform>week from {day}: %n comments</numerusform></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation><numerusform>%n second</numerusform><numerusform>%n seconds</numerusform></translation>
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
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    </context>
</TS>