<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Compensation</name>
    <message numerus="yes">
        <source>{value} {currency} has too many decimal places; {currency} amounts have %Ln decimal place(s).</source>
        <translation><numerusform>{value} {currency} has too many decimal places; {currency} amounts have %Ln decimal place.</numerusform><numerusform>{value} {currency} has too many decimal places; {currency} amounts have %Ln decimal places.</numerusform></translation>
    </message>
    </context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>%Ln of 5 stars</source>
        <translation><numerusform>%Ln of 5 stars</numerusform><numerusform>%Ln of 5 stars</numerusform></translation>
    </message>
    </context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>Follow up now (%Ln day(s) late)</source>
        <translation><numerusform>Follow up now (%Ln day late)</numerusform><numerusform>Follow up now (%Ln days late)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Follow up in %Ln day(s)</source>
        <translation><numerusform>Follow up in %Ln day</numerusform><numerusform>Follow up in %Ln days</numerusform></translation>
    </message>
    </context>
<context>
    <name>GoogleReviews</name>
    <message numerus="yes">
        <source>location {location} (%Ln reviews)</source>
        <translation><numerusform>location {location} (%Ln review)</numerusform><numerusform>location {location} (%Ln reviews)</numerusform></translation>
    </message>
    </context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <source>%Ln complaint(s) matching the search, newest first.</source>
        <translation><numerusform>%Ln complaint matching the search, newest first.</numerusform><numerusform>%Ln complaints matching the search, newest first.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s), newest first.</source>
        <translation><numerusform>%Ln complaint, newest first.</numerusform><numerusform>%Ln complaints, newest first.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s) on {platforms}</source>
        <translation><numerusform>%Ln comment on {platforms}</numerusform><numerusform>%Ln comments on {platforms}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s)</source>
        <translation><numerusform>%Ln complaint</numerusform><numerusform>%Ln complaints</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{comments}; {complaints}; won back %Ln time(s).</source>
        <translation><numerusform>{comments}; {complaints}; won back %Ln time.</numerusform><numerusform>{comments}; {complaints}; won back %Ln times.</numerusform></translation>
    </message>
    </context>
<context>
    <name>InboxCounter</name>
    <message numerus="yes">
        <source>%Ln comment(s) match this search</source>
        <translation><numerusform>%Ln comment matches this search</numerusform><numerusform>%Ln comments match this search</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s) shown</source>
        <translation><numerusform>%Ln comment shown</numerusform><numerusform>%Ln comments shown</numerusform></translation>
    </message>
    </context>
<context>
    <name>LedgerWindow</name>
    <message numerus="yes">
        <source>%Ln offer(s) in the ledger.</source>
        <translation><numerusform>%Ln offer in the ledger.</numerusform><numerusform>%Ln offers in the ledger.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{filter}: {shown} of %Ln offer(s).</source>
        <translation><numerusform>{filter}: {shown} of %Ln offer.</numerusform><numerusform>{filter}: {shown} of %Ln offers.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No codes not used yet (%Ln offer(s) in the ledger).</source>
        <translation><numerusform>No codes not used yet (%Ln offer in the ledger).</numerusform><numerusform>No codes not used yet (%Ln offers in the ledger).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No redeemed codes (%Ln offer(s) in the ledger).</source>
        <translation><numerusform>No redeemed codes (%Ln offer in the ledger).</numerusform><numerusform>No redeemed codes (%Ln offers in the ledger).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No expired codes (%Ln offer(s) in the ledger).</source>
        <translation><numerusform>No expired codes (%Ln offer in the ledger).</numerusform><numerusform>No expired codes (%Ln offers in the ledger).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No declined codes (%Ln offer(s) in the ledger).</source>
        <translation><numerusform>No declined codes (%Ln offer in the ledger).</numerusform><numerusform>No declined codes (%Ln offers in the ledger).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No apologies and refunds (%Ln offer(s) in the ledger).</source>
        <translation><numerusform>No apologies and refunds (%Ln offer in the ledger).</numerusform><numerusform>No apologies and refunds (%Ln offers in the ledger).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln line(s) to {path}.</source>
        <translation><numerusform>Saved %Ln line to {path}.</numerusform><numerusform>Saved %Ln lines to {path}.</numerusform></translation>
    </message>
    </context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>{name} — %Ln comment(s) on {platforms}</source>
        <translation><numerusform>{name} — %Ln comment on {platforms}</numerusform><numerusform>{name} — %Ln comments on {platforms}</numerusform></translation>
    </message>
    </context>
<context>
    <name>PauseNotice</name>
    <message numerus="yes">
        <source>%Ln pauses are over</source>
        <translation><numerusform>%Ln pause is over</numerusform><numerusform>%Ln pauses are over</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Your replies to {name} and %Ln more can be sent now; they are listed under Ready to send.</source>
        <translation><numerusform>Your replies to {name} and %Ln more can be sent now; they are listed under Ready to send.</numerusform><numerusform>Your replies to {name} and %Ln more can be sent now; they are listed under Ready to send.</numerusform></translation>
    </message>
</context>
<context>
    <name>Perspective</name>
    <message numerus="yes">
        <source>In the last 30 days, %Ln comment(s): {shares}.</source>
        <translation><numerusform>In the last 30 days, %Ln comment: {shares}.</numerusform><numerusform>In the last 30 days, %Ln comments: {shares}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{platform} average {average} from %Ln review(s) in the last 30 days.</source>
        <translation><numerusform>{platform} average {average} from %Ln review in the last 30 days.</numerusform><numerusform>{platform} average {average} from %Ln reviews in the last 30 days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{platform} average {average} from %Ln review(s) in the last 30 days (up from {before}).</source>
        <translation><numerusform>{platform} average {average} from %Ln review in the last 30 days (up from {before}).</numerusform><numerusform>{platform} average {average} from %Ln reviews in the last 30 days (up from {before}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{platform} average {average} from %Ln review(s) in the last 30 days (down from {before}).</source>
        <translation><numerusform>{platform} average {average} from %Ln review in the last 30 days (down from {before}).</numerusform><numerusform>{platform} average {average} from %Ln reviews in the last 30 days (down from {before}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{platform} average {average} from %Ln review(s) in the last 30 days (the same as the 30 days before).</source>
        <translation><numerusform>{platform} average {average} from %Ln review in the last 30 days (the same as the 30 days before).</numerusform><numerusform>{platform} average {average} from %Ln reviews in the last 30 days (the same as the 30 days before).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{name} wrote %Ln time(s) before: {listed}.</source>
        <translation><numerusform>{name} wrote %Ln time before: {listed}.</numerusform><numerusform>{name} wrote %Ln times before: {listed}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln other customer(s)</source>
        <translation><numerusform>%Ln other customer</numerusform><numerusform>%Ln other customers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{customers} mentioned {about} in the last 90 days (%Ln comment(s)).</source>
        <translation><numerusform>{customers} mentioned {about} in the last 90 days (%Ln comment).</numerusform><numerusform>{customers} mentioned {about} in the last 90 days (%Ln comments).</numerusform></translation>
    </message>
    </context>
<context>
    <name>PerspectiveWindow</name>
    <message numerus="yes">
        <source>{category}: {comments} from %Ln customer(s)</source>
        <translation><numerusform>{category}: {comments} from %Ln customer</numerusform><numerusform>{category}: {comments} from %Ln customers</numerusform></translation>
    </message>
    </context>
<context>
    <name>PrivateReply</name>
    <message numerus="yes">
        <source>{platform} only allows a private message within 7 days of the comment; this one is %Ln day(s) old. Reply in public instead.</source>
        <translation><numerusform>{platform} only allows a private message within 7 days of the comment; this one is %Ln day old. Reply in public instead.</numerusform><numerusform>{platform} only allows a private message within 7 days of the comment; this one is %Ln days old. Reply in public instead.</numerusform></translation>
    </message>
    </context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation><numerusform>%Ln min ago</numerusform><numerusform>%Ln min ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation><numerusform>%Ln h ago</numerusform><numerusform>%Ln h ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln d ago</source>
        <translation><numerusform>%Ln d ago</numerusform><numerusform>%Ln d ago</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%Ln complaint(s) from {start} to {end}</source>
        <translation><numerusform>%Ln complaint from {start} to {end}</numerusform><numerusform>%Ln complaints from {start} to {end}</numerusform></translation>
    </message>
    </context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>%Ln complaint(s) in this report.</source>
        <translation><numerusform>%Ln complaint in this report.</numerusform><numerusform>%Ln complaints in this report.</numerusform></translation>
    </message>
    </context>
<context>
    <name>SeverityChart</name>
    <message numerus="yes">
        <source>week from {day}: %Ln comment(s)</source>
        <translation><numerusform>week from {day}: %Ln comment</numerusform><numerusform>week from {day}: %Ln comments</numerusform></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation><numerusform>%Ln minute</numerusform><numerusform>%Ln minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation><numerusform>%Ln second</numerusform><numerusform>%Ln seconds</numerusform></translation>
    </message>
    </context>
<context>
    <name>SignInDialog</name>
    <message numerus="yes">
        <source>%Ln second(s) left to sign in.</source>
        <translation><numerusform>%Ln second left to sign in.</numerusform><numerusform>%Ln seconds left to sign in.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s) left to sign in.</source>
        <translation><numerusform>About %Ln minute left to sign in.</numerusform><numerusform>About %Ln minutes left to sign in.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Connect %Ln account(s)</source>
        <translation><numerusform>Connect %Ln account</numerusform><numerusform>Connect %Ln accounts</numerusform></translation>
    </message>
    </context>
<context>
    <name>StatusChanges</name>
    <message numerus="yes">
        <source>%Ln comment(s) marked {status}.</source>
        <translation><numerusform>%Ln comment marked {status}.</numerusform><numerusform>%Ln comments marked {status}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Put back: %Ln comment(s) as before.</source>
        <translation><numerusform>Put back: %Ln comment as before.</numerusform><numerusform>Put back: %Ln comments as before.</numerusform></translation>
    </message>
    </context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation><numerusform>%Ln hour</numerusform><numerusform>%Ln hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation><numerusform>%Ln minute</numerusform><numerusform>%Ln minutes</numerusform></translation>
    </message>
    </context>
<context>
    <name>SyncControl</name>
    <message numerus="yes">
        <source>Syncing {account}: %Ln comment(s) read…</source>
        <translation><numerusform>Syncing {account}: %Ln comment read…</numerusform><numerusform>Syncing {account}: %Ln comments read…</numerusform></translation>
    </message>
    </context>
<context>
    <name>ToneCheck</name>
    <message numerus="yes">
        <source>%n thing is worth a second look.</source>
        <translation><numerusform>%n thing is worth a second look.</numerusform><numerusform>%n thing is worth a second look.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n things are worth a second look.</source>
        <translation><numerusform>%n things are worth a second look.</numerusform><numerusform>%n things are worth a second look.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more is worth a second look</source>
        <translation><numerusform>%n more is worth a second look</numerusform><numerusform>%n more is worth a second look</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more are worth a second look</source>
        <translation><numerusform>%n more are worth a second look</numerusform><numerusform>%n more are worth a second look</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem must be fixed before sending.</source>
        <translation><numerusform>%n problem must be fixed before sending.</numerusform><numerusform>%n problem must be fixed before sending.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem must be fixed before sending, and {more}.</source>
        <translation><numerusform>%n problem must be fixed before sending, and {more}.</numerusform><numerusform>%n problem must be fixed before sending, and {more}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problems must be fixed before sending.</source>
        <translation><numerusform>%n problems must be fixed before sending.</numerusform><numerusform>%n problems must be fixed before sending.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problems must be fixed before sending, and {more}.</source>
        <translation><numerusform>%n problems must be fixed before sending, and {more}.</numerusform><numerusform>%n problems must be fixed before sending, and {more}.</numerusform></translation>
    </message>
    </context>
<context>
    <name>UrgentCounts</name>
    <message numerus="yes">
        <source>%Ln harsh</source>
        <translation><numerusform>%Ln harsh</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln negative</source>
        <translation><numerusform>%Ln negative</numerusform></translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message numerus="yes">
        <source>Feedback Desk: %Ln comment(s) need a reply</source>
        <translation><numerusform>Feedback Desk: %Ln comment needs a reply</numerusform><numerusform>Feedback Desk: %Ln comments need a reply</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Feedback Desk: %Ln comment(s) need a reply ({urgent})</source>
        <translation><numerusform>Feedback Desk: %Ln comment needs a reply ({urgent})</numerusform><numerusform>Feedback Desk: %Ln comments need a reply ({urgent})</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new complaint(s): {urgent}</source>
        <translation><numerusform>%Ln new complaint: {urgent}</numerusform><numerusform>%Ln new complaints: {urgent}</numerusform></translation>
    </message>
    </context>
<context>
    <name>WindowActions</name>
    <message numerus="yes">
        <source>Every %Ln minute(s)</source>
        <translation><numerusform>Every %Ln minute</numerusform><numerusform>Every %Ln minutes</numerusform></translation>
    </message>
    </context>
<context>
    <name>WindowWatch</name>
    <message numerus="yes">
        <source>Sync done: %Ln new comment(s).</source>
        <translation><numerusform>Sync done: %Ln new comment.</numerusform><numerusform>Sync done: %Ln new comments.</numerusform></translation>
    </message>
    </context>
</TS>