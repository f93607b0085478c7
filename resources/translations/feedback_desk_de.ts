<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>An account name must be 1 to 60 printable characters.</source>
        <translation>Ein Kontoname muss 1 bis 60 druckbare Zeichen lang sein.</translation>
    </message>
    <message>
        <source>There is already an account named {name!r}. Choose another name, or remove that one first.</source>
        <translation>Es gibt bereits ein Konto namens {name!r}. Wählen Sie einen anderen Namen oder entfernen Sie zuerst das vorhandene Konto.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>There is no account named {name!r} (accounts: {known}).</source>
        <translation>Es gibt kein Konto namens {name!r} (Konten: {known}).</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Ein Konto verbinden</translation>
    </message>
    <message>
        <source>Sign in on the platform's own page in your browser; Feedback Desk never sees your password. Help → Connecting your accounts says what each one needs.</source>
        <translation>Sie melden sich in Ihrem Browser auf der Seite der Plattform selbst an; Feedback Desk sieht Ihr Passwort nie. Unter Hilfe → Konten verbinden steht, was jede Plattform braucht.</translation>
    </message>
    <message>
        <source>Connect {platform}</source>
        <translation>{platform} verbinden</translation>
    </message>
    <message>
        <source>Connect {platform} by signing in</source>
        <translation>{platform} durch Anmelden verbinden</translation>
    </message>
    <message>
        <source>Looking for the system keyring…</source>
        <translation>Der Schlüsselbund des Systems wird gesucht…</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Verbundene Konten</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Neu verbinden…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Advanced…</source>
        <translation>Erweitert…</translation>
    </message>
    <message>
        <source>Advanced: enter ids and tokens by hand</source>
        <translation>Erweitert: IDs und Tokens von Hand eingeben</translation>
    </message>
    <message>
        <source>Enter ids and tokens by hand</source>
        <translation>IDs und Tokens von Hand eingeben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Wählen Sie zuerst ein Konto aus.</translation>
    </message>
    <message>
        <source>{account} does not need reconnecting.</source>
        <translation>{account} muss nicht neu verbunden werden.</translation>
    </message>
    <message>
        <source>Accounts need a safe system keyring; see above.</source>
        <translation>Konten brauchen einen sicheren Schlüsselbund des Systems; siehe oben.</translation>
    </message>
    <message>
        <source>Sign in again to {platform}</source>
        <translation>Erneut bei {platform} anmelden</translation>
    </message>
    <message>
        <source>Tokens and passwords are kept in {keyring}.</source>
        <translation>Tokens und Passwörter werden hier aufbewahrt: {keyring}.</translation>
    </message>
    <message>
        <source>Connect Mastodon</source>
        <translation>Mastodon verbinden</translation>
    </message>
    <message>
        <source>The address of your Mastodon server (the part after the second @ of your handle), e.g. mastodon.social:</source>
        <translation>Die Adresse Ihres Mastodon-Servers (der Teil nach dem zweiten @ Ihres Namens), z. B. mastodon.social:</translation>
    </message>
    <message>
        <source>Connected {accounts}. Their comments are being fetched now.</source>
        <translation>Verbunden: {accounts}. Die Kommentare werden jetzt abgerufen.</translation>
    </message>
    <message>
        <source>Nothing was connected.</source>
        <translation>Es wurde nichts verbunden.</translation>
    </message>
    <message>
        <source>Adding {account}…</source>
        <translation>{account} wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Added {account}.</source>
        <translation>{account} wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Checking {account}…</source>
        <translation>{account} wird geprüft…</translation>
    </message>
    <message>
        <source>{account} works: connected as {who}.</source>
        <translation>{account} funktioniert: verbunden als {who}.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove {account} and delete its token from the keyring? Its comments stay in your inbox.</source>
        <translation>{account} entfernen und das Token aus dem Schlüsselbund löschen? Die Kommentare bleiben in Ihrem Posteingang.</translation>
    </message>
    <message>
        <source>Removed {account}.</source>
        <translation>{account} wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>needs reconnecting</source>
        <translation>muss neu verbunden werden</translation>
    </message>
    <message>
        <source>paused by the platform</source>
        <translation>von der Plattform pausiert</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzter Abruf</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>AddAccountForm</name>
    <message>
        <source>Page id</source>
        <translation>Seiten-ID</translation>
    </message>
    <message>
        <source>Instagram account id</source>
        <translation>Instagram-Konto-ID</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Location id</source>
        <translation>Standort-ID</translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation>Kanal-ID</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Secret</translation>
    </message>
    <message>
        <source>OAuth refresh token</source>
        <translation>OAuth-Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Advanced: enter ids and tokens by hand</source>
        <translation>Erweitert: IDs und Tokens von Hand eingeben</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>e.g. Shop page</source>
        <translation>z. B. Seite des Geschäfts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>leave empty for the platform's own address</source>
        <translation>leer lassen für die Adresse der Plattform</translation>
    </message>
    <message>
        <source>API address (optional)</source>
        <translation>API-Adresse (optional)</translation>
    </message>
    <message>
        <source>Still needed: {fields}.</source>
        <translation>Es fehlt noch: {fields}.</translation>
    </message>
    <message>
        <source>The token is kept in the system keyring, never on disk.</source>
        <translation>Das Token wird im Schlüsselbund des Systems aufbewahrt, nie auf der Festplatte.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Feedback Desk could not open its window. Your comments are safe. Please copy the details (Show Details…) and report the problem.</source>
        <translation>Feedback Desk konnte sein Fenster nicht öffnen. Ihre Kommentare sind sicher. Bitte kopieren Sie die Details (Details einblenden…) und melden Sie das Problem.</translation>
    </message>
    <message>
        <source>The settings file {file} is damaged and could not be moved aside ({reason}); the usual settings are used this time.</source>
        <translation>Die Einstellungsdatei {file} ist beschädigt und konnte nicht beiseitegelegt werden ({reason}); diesmal gelten die üblichen Einstellungen.</translation>
    </message>
    <message>
        <source>The settings file {file} was damaged. It was kept as {aside} and Feedback Desk starts with the usual settings (window layout, pause lengths, sync).</source>
        <translation>Die Einstellungsdatei {file} war beschädigt. Sie wurde als {aside} aufbewahrt, und Feedback Desk startet mit den üblichen Einstellungen (Fensteraufteilung, Länge der Bedenkzeit, Abruf).</translation>
    </message>
    <message>
        <source>Feedback Desk is updating your comments for this version. It keeps a copy first, then makes the change once; with a very large inbox this can take a minute or two.</source>
        <translation>Feedback Desk bringt Ihre Kommentare auf den Stand dieser Version. Zuerst wird eine Kopie angelegt, dann wird die Änderung einmal durchgeführt; bei einem sehr großen Posteingang kann das ein bis zwei Minuten dauern.</translation>
    </message>
    <message>
        <source>Updating your data</source>
        <translation>Ihre Daten werden aktualisiert</translation>
    </message>
    <message>
        <source>Feedback Desk cannot start</source>
        <translation>Feedback Desk kann nicht starten</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Feedback Desk hit a problem it did not expect. Your comments are safe. Please copy the details and send them to us.</source>
        <translation>Feedback Desk ist auf ein unerwartetes Problem gestoßen. Ihre Kommentare sind sicher. Bitte kopieren Sie die Details und schicken Sie sie uns.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Keeps watch over your shop's comments in the tray</source>
        <translation>Behält die Kommentare zu Ihrem Geschäft im Infobereich im Blick</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>A reply goes out in public, in private or by e-mail, not {text}.</source>
        <translation>Eine Antwort geht öffentlich, privat oder per E-Mail hinaus, nicht {text}.</translation>
    </message>
    <message>
        <source>public reply</source>
        <translation>öffentliche Antwort</translation>
    </message>
    <message>
        <source>private message</source>
        <translation>Privatnachricht</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>ChannelPage</name>
    <message>
        <source>Where should the answer go?</source>
        <translation>Wo soll die Antwort erscheinen?</translation>
    </message>
    <message>
        <source>Harsh exchanges are best taken out of public view.</source>
        <translation>Heftige Wortwechsel führen Sie am besten nicht vor allen Augen.</translation>
    </message>
    <message>
        <source>Thank them, or answer their question, where they asked it.</source>
        <translation>Bedanken Sie sich oder beantworten Sie die Frage dort, wo sie gestellt wurde.</translation>
    </message>
    <message>
        <source>{author} wrote:</source>
        <translation>{author} schrieb:</translation>
    </message>
    <message>
        <source>A public reply under the comment</source>
        <translation>Eine öffentliche Antwort unter dem Kommentar</translation>
    </message>
    <message>
        <source>A private message</source>
        <translation>Eine Privatnachricht</translation>
    </message>
    <message>
        <source>An e-mail to the customer</source>
        <translation>Eine E-Mail an die Kundin oder den Kunden</translation>
    </message>
    <message>
        <source>A public reply that you post on {platform} (Feedback Desk copies it and opens the page)</source>
        <translation>Eine öffentliche Antwort, die Sie selbst auf {platform} veröffentlichen (Feedback Desk kopiert sie und öffnet die Seite)</translation>
    </message>
    <message>
        <source>This comment came from an imported file, so Feedback Desk cannot post on {platform} for you: it copies your public reply for you to paste there, or you answer by e-mail.</source>
        <translation>Dieser Kommentar stammt aus einer importierten Datei, daher kann Feedback Desk nicht für Sie auf {platform} veröffentlichen: Es kopiert Ihre öffentliche Antwort, damit Sie sie dort einfügen, oder Sie antworten per E-Mail.</translation>
    </message>
    <message>
        <source>{platform} allows one private message per comment, within 7 days of it; the conversation goes on only if they answer.</source>
        <translation>{platform} erlaubt eine Privatnachricht pro Kommentar, innerhalb von 7 Tagen; das Gespräch geht nur weiter, wenn die Person antwortet.</translation>
    </message>
    <message>
        <source>You have already answered in public in this conversation. Take it private, or if you answer in public, end it politely — and tick the box to say you mean to.</source>
        <translation>Sie haben in diesem Gespräch bereits öffentlich geantwortet. Führen Sie es privat weiter, oder beenden Sie es höflich, wenn Sie öffentlich antworten – und setzen Sie das Häkchen, um zu bestätigen, dass Sie das wollen.</translation>
    </message>
    <message>
        <source>This review already has your reply. Google keeps one reply per review: a new one replaces it (tick the box to say you mean to).</source>
        <translation>Diese Bewertung hat bereits Ihre Antwort. Google behält eine Antwort pro Bewertung: Eine neue ersetzt sie (setzen Sie das Häkchen, um zu bestätigen, dass Sie das wollen).</translation>
    </message>
    <message>
        <source>Suggested here: a public reply under the comment.</source>
        <translation>Hier empfohlen: eine öffentliche Antwort unter dem Kommentar.</translation>
    </message>
    <message>
        <source>Suggested here: a private message.</source>
        <translation>Hier empfohlen: eine Privatnachricht.</translation>
    </message>
    <message>
        <source>Suggested here: an e-mail to the customer.</source>
        <translation>Hier empfohlen: eine E-Mail an die Kundin oder den Kunden.</translation>
    </message>
    <message>
        <source>Suggested here: a public reply that you post on {platform} (Feedback Desk copies it and opens the page).</source>
        <translation>Hier empfohlen: eine öffentliche Antwort, die Sie selbst auf {platform} veröffentlichen (Feedback Desk kopiert sie und öffnet die Seite).</translation>
    </message>
    <message>
        <source>Replace my reply on Google</source>
        <translation>Meine Antwort auf Google ersetzen</translation>
    </message>
    <message>
        <source>I mean to answer in public again</source>
        <translation>Ich möchte noch einmal öffentlich antworten</translation>
    </message>
    <message>
        <source>Their e-mail address</source>
        <translation>E-Mail-Adresse der Person</translation>
    </message>
    <message>
        <source>No address known: your e-mail program will ask for one.</source>
        <translation>Keine Adresse bekannt: Ihr E-Mail-Programm fragt danach.</translation>
    </message>
</context>
<context>
    <name>Comments</name>
    <message>
        <source>There is no comment with id {id}.</source>
        <translation>Es gibt keinen Kommentar mit der ID {id}.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
</context>
<context>
    <name>Compensation</name>
    <message>
        <source>{text} is not an amount (e.g. 5 or 5.50).</source>
        <translation>{text} ist kein Betrag (z. B. 5 oder 5,50).</translation>
    </message>
    <message>
        <source>No compensation carries no value, currency, item or expiry date; choose a discount, a free item or a refund to offer one.</source>
        <translation>„Keine Entschädigung“ hat keinen Wert, keine Währung, keinen Artikel und kein Ablaufdatum; wählen Sie einen Rabatt, einen Gratisartikel oder eine Rückerstattung, um etwas anzubieten.</translation>
    </message>
    <message>
        <source>An apology carries no value, currency, item or expiry date; choose a discount, a free item or a refund to offer one.</source>
        <translation>Eine Entschuldigung hat keinen Wert, keine Währung, keinen Artikel und kein Ablaufdatum; wählen Sie einen Rabatt, einen Gratisartikel oder eine Rückerstattung, um etwas anzubieten.</translation>
    </message>
    <message>
        <source>A percentage discount has no currency or item; just the percentage.</source>
        <translation>Ein prozentualer Rabatt hat keine Währung und keinen Artikel, nur den Prozentsatz.</translation>
    </message>
    <message>
        <source>A percentage discount needs a percentage, e.g. 10.</source>
        <translation>Ein prozentualer Rabatt braucht einen Prozentsatz, z. B. 10.</translation>
    </message>
    <message>
        <source>A percentage discount must be from 1% to 100%, not {percent}.</source>
        <translation>Ein prozentualer Rabatt muss zwischen 1 % und 100 % liegen, nicht bei {percent}.</translation>
    </message>
    <message>
        <source>{percent} has too many decimal places; two are enough.</source>
        <translation>{percent} hat zu viele Nachkommastellen; zwei genügen.</translation>
    </message>
    <message>
        <source>{what} is an amount of money, not an item.</source>
        <translation>{what} ist ein Geldbetrag, kein Artikel.</translation>
    </message>
    <message>
        <source>{what} needs an amount, e.g. 5.00.</source>
        <translation>{what} braucht einen Betrag, z. B. 5,00.</translation>
    </message>
    <message>
        <source>A free item needs the item's name, e.g. 'cinnamon bun' or 'coffee'.</source>
        <translation>Ein Gratisartikel braucht einen Namen, z. B. „Zimtschnecke“ oder „Kaffee“.</translation>
    </message>
    <message>
        <source>The item's name is too long ({length} characters; at most {most}).</source>
        <translation>Der Name des Artikels ist zu lang ({length} Zeichen; höchstens {most}).</translation>
    </message>
    <message>
        <source>Give the free item's worth as well as its currency, or neither.</source>
        <translation>Geben Sie den Wert des Gratisartikels zusammen mit der Währung an, oder keins von beiden.</translation>
    </message>
    <message>
        <source>A refund does not expire; leave the expiry date empty.</source>
        <translation>Eine Rückerstattung läuft nicht ab; lassen Sie das Ablaufdatum leer.</translation>
    </message>
    <message>
        <source>The expiry date {expiry} is in the past; choose {today} or later.</source>
        <translation>Das Ablaufdatum {expiry} liegt in der Vergangenheit; wählen Sie {today} oder später.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} ist keine Zahl.</translation>
    </message>
    <message>
        <source>The saved compensation cannot be read: {error}.</source>
        <translation>Die gespeicherte Entschädigung kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>A fixed discount</source>
        <translation>Ein fester Rabatt</translation>
    </message>
    <message>
        <source>A refund</source>
        <translation>Eine Rückerstattung</translation>
    </message>
    <message>
        <source>The item's worth</source>
        <translation>Der Wert des Artikels</translation>
    </message>
    <message>
        <source>{value} is not an amount.</source>
        <translation>{value} ist kein Betrag.</translation>
    </message>
    <message>
        <source>{what} needs a currency, e.g. GBP or EUR.</source>
        <translation>{what} braucht eine Währung, z. B. EUR oder GBP.</translation>
    </message>
    <message>
        <source>{currency} is not a currency code; use three letters such as GBP, EUR or USD.</source>
        <translation>{currency} ist kein Währungscode; verwenden Sie drei Buchstaben wie EUR, GBP oder USD.</translation>
    </message>
    <message>
        <source>{what} must be more than zero, not {value}.</source>
        <translation>{what} muss größer als null sein, nicht {value}.</translation>
    </message>
    <message>
        <source>{what} of {money} looks like a typo.</source>
        <translation>{what} von {money} sieht nach einem Tippfehler aus.</translation>
    </message>
    <message numerus="yes">
        <source>{value} {currency} has too many decimal places; {currency} amounts have %Ln decimal place(s).</source>
        <translation><numerusform>{value} {currency} hat zu viele Nachkommastellen; Beträge in {currency} haben %Ln Nachkommastelle.</numerusform><numerusform>{value} {currency} hat zu viele Nachkommastellen; Beträge in {currency} haben %Ln Nachkommastellen.</numerusform></translation>
    </message>
    <message>
        <source>{value} {currency} has too many decimal places; {currency} amounts have no decimal places.</source>
        <translation>{value} {currency} hat zu viele Nachkommastellen; Beträge in {currency} haben keine Nachkommastellen.</translation>
    </message>
    <message>
        <source>{text} cannot be a code: use 4 to 32 letters and digits, optionally split by dashes (e.g. SORRY-10).</source>
        <translation>{text} kann kein Code sein: Verwenden Sie 4 bis 32 Buchstaben und Ziffern, wahlweise durch Bindestriche getrennt (z. B. SORRY-10).</translation>
    </message>
</context>
<context>
    <name>CompensationKind</name>
    <message>
        <source>No compensation</source>
        <translation>Keine Entschädigung</translation>
    </message>
    <message>
        <source>Apology only</source>
        <translation>Nur eine Entschuldigung</translation>
    </message>
    <message>
        <source>Percentage discount</source>
        <translation>Prozentualer Rabatt</translation>
    </message>
    <message>
        <source>Fixed discount</source>
        <translation>Fester Rabatt</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>Gratisartikel</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rückerstattung</translation>
    </message>
</context>
<context>
    <name>CompensationPage</name>
    <message>
        <source>Make it right</source>
        <translation>Wiedergutmachen</translation>
    </message>
    <message>
        <source>An apology is often enough; a discount can win them back. Never tie it to a review.</source>
        <translation>Oft reicht eine Entschuldigung; ein Rabatt kann Kundschaft zurückgewinnen. Knüpfen Sie ihn nie an eine Bewertung.</translation>
    </message>
    <message>
        <source>What to offer</source>
        <translation>Was Sie anbieten</translation>
    </message>
    <message>
        <source>Amount (number or %)</source>
        <translation>Betrag (Zahl oder %)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>Gratisartikel</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Enter the amount as a number.</source>
        <translation>Geben Sie den Betrag als Zahl ein.</translation>
    </message>
    <message>
        <source>Check the amount, the currency, the item and the date.</source>
        <translation>Prüfen Sie Betrag, Währung, Artikel und Datum.</translation>
    </message>
    <message>
        <source>You offer {offer} with the code {code}.</source>
        <translation>Ihr Angebot: {offer} mit dem Code {code}.</translation>
    </message>
    <message>
        <source>You offer {offer}.</source>
        <translation>Ihr Angebot: {offer}.</translation>
    </message>
    <message>
        <source>You chose a public reply: the code will not be shown there, because anyone reading could use it. To give it to the customer, go back and choose a private message or an e-mail; in public, say you will be in touch.</source>
        <translation>Sie haben eine öffentliche Antwort gewählt: Dort wird der Code nicht gezeigt, weil ihn alle Mitlesenden nutzen könnten. Um ihn der Kundin oder dem Kunden zu geben, gehen Sie zurück und wählen eine Privatnachricht oder eine E-Mail; öffentlich sagen Sie, dass Sie sich melden.</translation>
    </message>
</context>
<context>
    <name>ComplaintChoosers</name>
    <message>
        <source>No outcome yet</source>
        <translation>Noch kein Ergebnis</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
</context>
<context>
    <name>ComplaintKinds</name>
    <message>
        <source>product</source>
        <translation>Ware</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Connectors</name>
    <message>
        <source>A {platform} account needs {flags}.</source>
        <translation>Ein {platform}-Konto braucht {flags}.</translation>
    </message>
    <message>
        <source>Feedback Desk cannot connect {platform} accounts.</source>
        <translation>Feedback Desk kann keine {platform}-Konten verbinden.</translation>
    </message>
</context>
<context>
    <name>ConsiderPage</name>
    <message>
        <source>Yes, they have a point</source>
        <translation>Ja, da ist etwas dran</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>No, it is not fair</source>
        <translation>Nein, das ist nicht fair</translation>
    </message>
    <message>
        <source>Is the complaint fair?</source>
        <translation>Ist die Beschwerde berechtigt?</translation>
    </message>
    <message>
        <source>Even an unfair comment often holds one true point worth fixing.</source>
        <translation>Auch ein unfairer Kommentar enthält oft einen wahren Punkt, den es sich zu beheben lohnt.</translation>
    </message>
    <message>
        <source>In your own words: what did we get wrong?</source>
        <translation>In Ihren eigenen Worten: Was ist schiefgelaufen?</translation>
    </message>
    <message>
        <source>The valid point</source>
        <translation>Der berechtigte Punkt</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <source>Notes for yourself</source>
        <translation>Notizen für Sie selbst</translation>
    </message>
    <message>
        <source>Choose one of the three answers to go on.</source>
        <translation>Wählen Sie eine der drei Antworten, um weiterzugehen.</translation>
    </message>
    <message>
        <source>Your answer to “Is it fair?” could not be saved</source>
        <translation>Ihre Antwort auf „Ist es berechtigt?“ konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>CoolOff</name>
    <message>
        <source>This comment is still in its cool-off: {time} left. Read your reply again when the wait is over; it can be sent then.</source>
        <translation>Für diesen Kommentar läuft noch die Bedenkzeit: noch {time}. Lesen Sie Ihre Antwort noch einmal, wenn die Wartezeit vorbei ist; dann kann sie gesendet werden.</translation>
    </message>
    <message>
        <source>A cool-off must last {shortest} to {longest} minutes (not {value}); it can never be switched off for negative comments.</source>
        <translation>Eine Bedenkzeit muss {shortest} bis {longest} Minuten dauern (nicht {value}); für negative Kommentare lässt sie sich nie abschalten.</translation>
    </message>
    <message>
        <source>This comment's cool-off has not started yet: open it in Feedback Desk, take the pause, then send your reply.</source>
        <translation>Die Bedenkzeit für diesen Kommentar hat noch nicht begonnen: Öffnen Sie ihn in Feedback Desk, nehmen Sie sich die Pause und senden Sie dann Ihre Antwort.</translation>
    </message>
</context>
<context>
    <name>CoolOffPage</name>
    <message>
        <source>Step away for a moment: make a tea, serve a customer.</source>
        <translation>Treten Sie kurz zurück: Kochen Sie sich einen Tee, bedienen Sie einen Kunden.</translation>
    </message>
    <message>
        <source>Read the comment again slowly. What is the customer really unhappy about?</source>
        <translation>Lesen Sie den Kommentar noch einmal langsam. Worüber ist die Person wirklich unzufrieden?</translation>
    </message>
    <message>
        <source>You may already think it through and write a draft; sending waits for the timer.</source>
        <translation>Sie können schon in Ruhe nachdenken und einen Entwurf schreiben; das Senden wartet, bis die Pause vorbei ist.</translation>
    </message>
    <message>
        <source>Take a breath first</source>
        <translation>Erst einmal durchatmen</translation>
    </message>
    <message>
        <source>Hurtful words invite a quick answer. A short pause makes a better one.</source>
        <translation>Verletzende Worte verleiten zu einer schnellen Antwort. Eine kurze Pause macht sie besser.</translation>
    </message>
    <message>
        <source>{author}'s comment</source>
        <translation>Kommentar von {author}</translation>
    </message>
    <message>
        <source>{author} wrote:</source>
        <translation>{author} schrieb:</translation>
    </message>
    <message>
        <source>No wait needed for this comment.</source>
        <translation>Für diesen Kommentar ist keine Wartezeit nötig.</translation>
    </message>
    <message>
        <source>{time} left before you can send</source>
        <translation>Noch {time}, bis Sie senden können</translation>
    </message>
    <message>
        <source>The wait is over. Take one more look before you answer.</source>
        <translation>Die Wartezeit ist vorbei. Sehen Sie noch einmal hin, bevor Sie antworten.</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>{name} and {other} are already the same customer.</source>
        <translation>{name} und {other} sind bereits als dieselbe Person zusammengeführt.</translation>
    </message>
    <message>
        <source>{name} was not merged with anyone, so there is nothing to separate.</source>
        <translation>{name} wurde mit niemandem zusammengeführt, daher gibt es nichts zu trennen.</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseNotice</name>
    <message>
        <source>The comment database is damaged</source>
        <translation>Die Kommentar-Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>To save what can still be read:
1. Close Feedback Desk.
2. In a terminal, run the command below. It keeps the damaged file in the backups folder and puts a new database, with every row it could read, in its place.
3. Open Feedback Desk again.</source>
        <translation>So retten Sie, was noch lesbar ist:
1. Schließen Sie Feedback Desk.
2. Führen Sie in einem Terminal den Befehl unten aus. Er legt die beschädigte Datei im Ordner mit den Sicherungen ab und ersetzt sie durch eine neue Datenbank mit jeder Zeile, die er lesen konnte.
3. Öffnen Sie Feedback Desk wieder.</translation>
    </message>
    <message>
        <source>The repair command</source>
        <translation>Der Reparaturbefehl</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Opens {folder}</source>
        <translation>Öffnet {folder}</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DataHome</name>
    <message>
        <source>Cannot use {folder} as the data folder: {reason}. Choose another one with --home.</source>
        <translation>{folder} kann nicht als Datenordner verwendet werden: {reason}. Wählen Sie mit --home einen anderen.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable. Choose another one with --home.</source>
        <translation>In den Datenordner {folder} kann nicht geschrieben werden. Wählen Sie mit --home einen anderen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The comment database {path} is in use by another program (is Feedback Desk already open?). Close it and try again.</source>
        <translation>Die Kommentar-Datenbank {path} wird von einem anderen Programm verwendet (ist Feedback Desk schon geöffnet?). Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The comment database {path} is read-only. Check the file's permissions or choose another data folder with --home.</source>
        <translation>Die Kommentar-Datenbank {path} ist schreibgeschützt. Prüfen Sie die Berechtigungen der Datei oder wählen Sie mit --home einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space and try again; nothing already stored was lost.</source>
        <translation>Der Datenträger mit {path} ist voll. Schaffen Sie etwas Platz und versuchen Sie es erneut; nichts bereits Gespeichertes ist verloren gegangen.</translation>
    </message>
    <message>
        <source>The comment database {path} could not be read or written (disk I/O error). Check the disk and that the folder is still there, then try again.</source>
        <translation>Die Kommentar-Datenbank {path} konnte nicht gelesen oder geschrieben werden (Ein-/Ausgabefehler des Datenträgers). Prüfen Sie den Datenträger und ob der Ordner noch vorhanden ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>{path} is not a readable Feedback Desk database (it is damaged or not a database at all).</source>
        <translation>{path} ist keine lesbare Feedback-Desk-Datenbank (sie ist beschädigt oder gar keine Datenbank).</translation>
    </message>
    <message>
        <source>Run 'feedback-desk repair' to save what can be read into a new database or move it away to start fresh.</source>
        <translation>Führen Sie 'feedback-desk repair' aus, um alles Lesbare in eine neue Datenbank zu retten, oder verschieben Sie die Datei, um neu anzufangen.</translation>
    </message>
    <message>
        <source>Restore the copy made before its last upgrade ({backup}), run 'feedback-desk repair' to save what can be read into a new database or move it away to start fresh.</source>
        <translation>Stellen Sie die Kopie wieder her, die vor der letzten Aktualisierung angelegt wurde ({backup}), führen Sie 'feedback-desk repair' aus, um alles Lesbare in eine neue Datenbank zu retten, oder verschieben Sie die Datei, um neu anzufangen.</translation>
    </message>
    <message>
        <source>Cannot open the comment database {path}. Check that its folder exists and that you may write to it.</source>
        <translation>Die Kommentar-Datenbank {path} kann nicht geöffnet werden. Prüfen Sie, ob ihr Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The comment database {path} reported a problem: {error}</source>
        <translation>Die Kommentar-Datenbank {path} meldet ein Problem: {error}</translation>
    </message>
    <message>
        <source>Restore the copy made before its last upgrade ({backup}).</source>
        <translation>Stellen Sie die Kopie wieder her, die vor der letzten Aktualisierung angelegt wurde ({backup}).</translation>
    </message>
    <message>
        <source>{path} is damaged: part of the file can no longer be read; nothing was written to it.</source>
        <translation>{path} ist beschädigt: Ein Teil der Datei lässt sich nicht mehr lesen; es wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>{path} is damaged: part of the file can no longer be read; what you change now may not be kept.</source>
        <translation>{path} ist beschädigt: Ein Teil der Datei lässt sich nicht mehr lesen; was Sie jetzt ändern, bleibt möglicherweise nicht erhalten.</translation>
    </message>
    <message>
        <source>Close Feedback Desk and run 'feedback-desk repair' to save what can be read into a new database (the damaged file is kept).</source>
        <translation>Schließen Sie Feedback Desk und führen Sie 'feedback-desk repair' aus, um alles Lesbare in eine neue Datenbank zu retten (die beschädigte Datei bleibt erhalten).</translation>
    </message>
    <message>
        <source>Close Feedback Desk and run 'feedback-desk repair' to save what can be read into a new database (the damaged file is kept), or restore the copy made before its last upgrade ({backup}).</source>
        <translation>Schließen Sie Feedback Desk und führen Sie 'feedback-desk repair' aus, um alles Lesbare in eine neue Datenbank zu retten (die beschädigte Datei bleibt erhalten), oder stellen Sie die Kopie wieder her, die vor der letzten Aktualisierung angelegt wurde ({backup}).</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}. Choose another one with --home.</source>
        <translation>Der Datenordner {folder} kann nicht angelegt werden: {reason}. Wählen Sie mit --home einen anderen.</translation>
    </message>
    <message>
        <source>Cannot create the comment database {path}: {reason}.</source>
        <translation>Die Kommentar-Datenbank {path} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>The comment database {path} is an empty file (0 bytes) and cannot be moved aside: {reason}. Move it away yourself.</source>
        <translation>Die Kommentar-Datenbank {path} ist eine leere Datei (0 Byte) und kann nicht beiseitegelegt werden: {reason}. Verschieben Sie sie bitte selbst.</translation>
    </message>
    <message>
        <source>The comment database {path} is an empty file (0 bytes) and cannot be moved aside: {reason}. Move it away yourself, or restore the copy made before its last upgrade ({backup}).</source>
        <translation>Die Kommentar-Datenbank {path} ist eine leere Datei (0 Byte) und kann nicht beiseitegelegt werden: {reason}. Verschieben Sie sie bitte selbst oder stellen Sie die Kopie wieder her, die vor der letzten Aktualisierung angelegt wurde ({backup}).</translation>
    </message>
    <message>
        <source>{path} was an empty file (0 bytes), so a new empty inbox was started; the empty file was kept as {aside}.</source>
        <translation>{path} war eine leere Datei (0 Byte), daher wurde ein neuer, leerer Posteingang angelegt; die leere Datei wurde als {aside} aufbewahrt.</translation>
    </message>
    <message>
        <source>{path} was an empty file (0 bytes), so a new empty inbox was started; the empty file was kept as {aside}. If your comments should be there, restore the copy made before its last upgrade ({backup}).</source>
        <translation>{path} war eine leere Datei (0 Byte), daher wurde ein neuer, leerer Posteingang angelegt; die leere Datei wurde als {aside} aufbewahrt. Wenn Ihre Kommentare darin sein sollten, stellen Sie die Kopie wieder her, die vor der letzten Aktualisierung angelegt wurde ({backup}).</translation>
    </message>
    <message>
        <source>{path} says it is database version {version}, which no Feedback Desk ever wrote: it is damaged or was changed by another program.</source>
        <translation>{path} gibt die Datenbankversion {version} an, die kein Feedback Desk je geschrieben hat: Die Datei ist beschädigt oder wurde von einem anderen Programm verändert.</translation>
    </message>
    <message>
        <source>Run 'feedback-desk repair' to save what can be read into a new database.</source>
        <translation>Führen Sie 'feedback-desk repair' aus, um alles Lesbare in eine neue Datenbank zu retten.</translation>
    </message>
    <message>
        <source>Restore the copy made before its last upgrade ({backup}) or run 'feedback-desk repair' to save what can be read into a new database.</source>
        <translation>Stellen Sie die Kopie wieder her, die vor der letzten Aktualisierung angelegt wurde ({backup}), oder führen Sie 'feedback-desk repair' aus, um alles Lesbare in eine neue Datenbank zu retten.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Feedback Desk (database version {version}, this app knows up to {latest}). Update Feedback Desk to open it.</source>
        <translation>{path} wurde von einer neueren Version von Feedback Desk geschrieben (Datenbankversion {version}, diese App kennt Versionen bis {latest}). Aktualisieren Sie Feedback Desk, um sie zu öffnen.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a comment to read it in full.</source>
        <translation>Wählen Sie einen Kommentar, um ihn vollständig zu lesen.</translation>
    </message>
    <message>
        <source>Open the original</source>
        <translation>Original öffnen</translation>
    </message>
    <message>
        <source>Not right?</source>
        <translation>Nicht richtig?</translation>
    </message>
    <message>
        <source>Say how bad this comment really is; re-scoring keeps your choice</source>
        <translation>Sagen Sie, wie schlimm dieser Kommentar wirklich ist; eine Neubewertung behält Ihre Wahl bei</translation>
    </message>
    <message>
        <source>Change how bad this comment is</source>
        <translation>Ändern, wie schlimm dieser Kommentar ist</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Text des Kommentars</translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation>Das Gespräch</translation>
    </message>
    <message>
        <source>The conversation around this comment</source>
        <translation>Das Gespräch rund um diesen Kommentar</translation>
    </message>
    <message>
        <source>What was done about this comment</source>
        <translation>Was zu diesem Kommentar getan wurde</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation>Ihre Einschätzung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <source>Answer calmly, step by step (Enter)</source>
        <translation>Ruhig antworten, Schritt für Schritt (Eingabe)</translation>
    </message>
    <message>
        <source>Story &amp;&amp; customer…</source>
        <translation>Verlauf &amp;&amp; Kunde…</translation>
    </message>
    <message>
        <source>Everything about this comment and everything its writer sent, on any platform (Ctrl+H opens the whole history)</source>
        <translation>Alles zu diesem Kommentar und alles, was die Person geschrieben hat, auf jeder Plattform (Strg+H öffnet den ganzen Verlauf)</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <source>Mark this comment resolved: it leaves Needs a reply</source>
        <translation>Als geklärt markieren: Der Kommentar verlässt „Braucht eine Antwort“</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Ignore this comment: no reply needed, it leaves Needs a reply</source>
        <translation>Ignorieren: Keine Antwort nötig, der Kommentar verlässt „Braucht eine Antwort“</translation>
    </message>
    <message>
        <source>Back to new</source>
        <translation>Wieder neu</translation>
    </message>
    <message>
        <source>Put this comment back among the new ones</source>
        <translation>Den Kommentar wieder zu den neuen legen</translation>
    </message>
    <message>
        <source>Continue reply…</source>
        <translation>Antwort fortsetzen…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>You judged it so</source>
        <translation>So haben Sie es eingeschätzt</translation>
    </message>
    <message>
        <source>Sentiment score {score} (from -1 to +1)</source>
        <translation>Stimmungswert {score} (von -1 bis +1)</translation>
    </message>
    <message>
        <source> {severity} (your call) </source>
        <translation> {severity} (Ihre Wahl) </translation>
    </message>
    <message>
        <source>Answered on {platform}</source>
        <translation>Auf {platform} beantwortet</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of 5 stars</source>
        <translation><numerusform>%Ln von 5 Sternen</numerusform><numerusform>%Ln von 5 Sternen</numerusform></translation>
    </message>
    <message>
        <source>Written {when} ({relative})</source>
        <translation>Geschrieben {when} ({relative})</translation>
    </message>
    <message>
        <source>Written {when}</source>
        <translation>Geschrieben {when}</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Original öffnen</translation>
    </message>
    <message>
        <source>Open on {platform}: {url}</source>
        <translation>Auf {platform} öffnen: {url}</translation>
    </message>
    <message>
        <source>Open on {platform}</source>
        <translation>Auf {platform} öffnen</translation>
    </message>
    <message>
        <source>This comment is already resolved.</source>
        <translation>Dieser Kommentar ist bereits geklärt.</translation>
    </message>
    <message>
        <source>This comment is already ignored.</source>
        <translation>Dieser Kommentar wird bereits ignoriert.</translation>
    </message>
    <message>
        <source>This comment is already new.</source>
        <translation>Dieser Kommentar ist bereits neu.</translation>
    </message>
    <message>
        <source>Edited. It first said ({stars}): “{text}”</source>
        <translation>Bearbeitet. Zuerst stand dort ({stars}): „{text}“</translation>
    </message>
    <message>
        <source>Edited. It first said: “{text}”</source>
        <translation>Bearbeitet. Zuerst stand dort: „{text}“</translation>
    </message>
    <message>
        <source>The stars went up from {before} to {now} after your reply: it looks like you won this customer back (record it as won back in the history).</source>
        <translation>Die Sterne sind nach Ihrer Antwort von {before} auf {now} gestiegen: Es sieht so aus, als hätten Sie diese Person zurückgewonnen (halten Sie es im Verlauf als zurückgewonnen fest).</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>{author} — {how}, on {platform} · {when}</source>
        <translation>{author} — {how}, auf {platform} · {when}</translation>
    </message>
    <message>
        <source>{author} — {how}, from here · {when}</source>
        <translation>{author} — {how}, von hier · {when}</translation>
    </message>
    <message>
        <source>offered, not used yet</source>
        <translation>angeboten, noch nicht eingelöst</translation>
    </message>
    <message>
        <source>redeemed</source>
        <translation>eingelöst</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>redeemed {when}</source>
        <translation>eingelöst {when}</translation>
    </message>
    <message>
        <source>offered, not used yet (valid until {day})</source>
        <translation>angeboten, noch nicht eingelöst (gültig bis {day})</translation>
    </message>
    <message>
        <source>expired on {day}</source>
        <translation>abgelaufen am {day}</translation>
    </message>
    <message>
        <source>Nothing offered.</source>
        <translation>Nichts angeboten.</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <source>Not judged yet (the reply's second step asks whether it is fair).</source>
        <translation>Noch nicht eingeschätzt (der zweite Schritt der Antwort fragt, ob sie berechtigt ist).</translation>
    </message>
    <message>
        <source>{judgement}: “{point}”</source>
        <translation>{judgement}: „{point}“</translation>
    </message>
    <message>
        <source>None recorded yet (Comment → Record outcome…).</source>
        <translation>Noch keines festgehalten (Kommentar → Ergebnis festhalten…).</translation>
    </message>
    <message>
        <source>{outcome}: “{note}”</source>
        <translation>{outcome}: „{note}“</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>insults</source>
        <translation>Beleidigungen</translation>
    </message>
    <message>
        <source>rude words</source>
        <translation>grobe Worte</translation>
    </message>
    <message>
        <source>swearing</source>
        <translation>Fluchen</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>Drohungen</translation>
    </message>
    <message>
        <source>shouting</source>
        <translation>Schreien</translation>
    </message>
    <message>
        <source>{kind} ({words})</source>
        <translation>{kind} ({words})</translation>
    </message>
    <message>
        <source>“{word}”</source>
        <translation>„{word}“</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>Marked harsh for {reasons}.</source>
        <translation>Als heftig eingestuft wegen {reasons}.</translation>
    </message>
</context>
<context>
    <name>DiscountLedger</name>
    <message>
        <source>{kind} has no code to redeem.</source>
        <translation>{kind} hat keinen Code zum Einlösen.</translation>
    </message>
    <message>
        <source>The code {code} is already in use; choose another.</source>
        <translation>Der Code {code} wird bereits verwendet; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Could not find an unused discount code; please try again.</source>
        <translation>Es wurde kein freier Rabattcode gefunden; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Code {code} was already redeemed on {when}; it can be used once.</source>
        <translation>Code {code} wurde bereits am {when} eingelöst; er kann nur einmal verwendet werden.</translation>
    </message>
    <message>
        <source>Code {code} was already redeemed on {when} (comment {comment}); it can be used once.</source>
        <translation>Code {code} wurde bereits am {when} eingelöst (Kommentar {comment}); er kann nur einmal verwendet werden.</translation>
    </message>
    <message>
        <source>Code {code} was already redeemed on {when}, so it cannot be declined.</source>
        <translation>Code {code} wurde bereits am {when} eingelöst und kann daher nicht mehr abgelehnt werden.</translation>
    </message>
    <message>
        <source>Code {code} has expired: it was valid until its expiry date. Offer a new one from the comment if you still want to.</source>
        <translation>Code {code} ist abgelaufen: Er war bis zu seinem Ablaufdatum gültig. Bieten Sie beim Kommentar einen neuen an, wenn Sie das noch möchten.</translation>
    </message>
    <message>
        <source>Code {code} has expired: it was valid until {until}. Offer a new one from the comment if you still want to.</source>
        <translation>Code {code} ist abgelaufen: Er war bis {until} gültig. Bieten Sie beim Kommentar einen neuen an, wenn Sie das noch möchten.</translation>
    </message>
    <message>
        <source>Code {code} was declined by the customer, so it cannot be redeemed.</source>
        <translation>Code {code} wurde von der Kundschaft abgelehnt und kann daher nicht eingelöst werden.</translation>
    </message>
    <message>
        <source>There is no discount with id {id}.</source>
        <translation>Es gibt keinen Rabatt mit der ID {id}.</translation>
    </message>
    <message>
        <source>Type the discount code, e.g. as the customer shows it.</source>
        <translation>Geben Sie den Rabattcode ein, z. B. so, wie ihn die Kundin oder der Kunde vorzeigt.</translation>
    </message>
    <message>
        <source>There is no discount code {code!r} in the ledger. Check it against the customer's message; codes made here look like {prefix}- followed by {length} letters and digits.</source>
        <translation>Im Rabattbuch gibt es keinen Rabattcode {code!r}. Vergleichen Sie ihn mit der Nachricht der Kundschaft; hier erstellte Codes bestehen aus {prefix}- und {length} Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>A discount is {names}; not {status!r}.</source>
        <translation>Ein Rabatt ist {names}; nicht {status!r}.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>einem unbekannten Datum</translation>
    </message>
</context>
<context>
    <name>DiscountStatus</name>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>To make up for it, here is {discount} with the code {code}.</source>
        <translation>Als Wiedergutmachung gibt es {discount} mit dem Code {code}.</translation>
    </message>
    <message>
        <source>Write your reply</source>
        <translation>Ihre Antwort schreiben</translation>
    </message>
    <message>
        <source>Thank them, own what went wrong, say what you will do. Keep it short.</source>
        <translation>Bedanken Sie sich, stehen Sie zu dem, was schiefging, und sagen Sie, was Sie tun werden. Fassen Sie sich kurz.</translation>
    </message>
    <message>
        <source>Start from a saved reply…</source>
        <translation>Mit einer Antwortvorlage beginnen…</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Save as a saved reply…</source>
        <translation>Als Antwortvorlage speichern…</translation>
    </message>
    <message>
        <source>Add the offer's code</source>
        <translation>Code des Angebots einfügen</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>The tone check below reads it as you write</source>
        <translation>Die Tonprüfung unten liest mit, während Sie schreiben</translation>
    </message>
    <message>
        <source>Dear …, thank you for telling us. You're right that …</source>
        <translation>Liebe/r …, danke, dass Sie uns Bescheid geben. Sie haben recht, dass …</translation>
    </message>
    <message>
        <source>Tone check</source>
        <translation>Tonprüfung</translation>
    </message>
    <message>
        <source>What may land badly in your reply, and why</source>
        <translation>Was in Ihrer Antwort schlecht ankommen könnte, und warum</translation>
    </message>
    <message>
        <source>I have read the notes above and my reply is as I mean it</source>
        <translation>Ich habe die Hinweise oben gelesen, und meine Antwort ist so gemeint</translation>
    </message>
    <message>
        <source>You offer {offer}.</source>
        <translation>Ihr Angebot: {offer}.</translation>
    </message>
    <message>
        <source>You offer {offer} with the code {code}. The code stays out of a public reply: say you will be in touch, or choose a private message.</source>
        <translation>Ihr Angebot: {offer} mit dem Code {code}. Der Code gehört nicht in eine öffentliche Antwort: Sagen Sie, dass Sie sich melden, oder wählen Sie eine Privatnachricht.</translation>
    </message>
    <message>
        <source>You offer {offer} with the code {code}: the reply gives it.</source>
        <translation>Ihr Angebot: {offer} mit dem Code {code}. Die Antwort nennt ihn.</translation>
    </message>
    <message>
        <source>You offer {offer} with the code {code}: put it in the reply.</source>
        <translation>Ihr Angebot: {offer} mit dem Code {code}. Nennen Sie ihn in der Antwort.</translation>
    </message>
    <message>
        <source>The reply already gives the code.</source>
        <translation>Die Antwort nennt den Code bereits.</translation>
    </message>
    <message>
        <source>Adds: {sentence}</source>
        <translation>Fügt ein: {sentence}</translation>
    </message>
    <message>
        <source>Save as a saved reply</source>
        <translation>Als Antwortvorlage speichern</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>The saved reply could not be kept</source>
        <translation>Die Antwortvorlage konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The customer will read: {reply}</source>
        <translation>Die Kundschaft liest: {reply}</translation>
    </message>
    <message>
        <source>Must change: {reason}
→ {suggestion}</source>
        <translation>Bitte ändern: {reason}
→ {suggestion}</translation>
    </message>
    <message>
        <source>Consider: {reason}
→ {suggestion}</source>
        <translation>Zu bedenken: {reason}
→ {suggestion}</translation>
    </message>
    <message>
        <source>Nothing to change: this reads calm and kind.</source>
        <translation>Nichts zu ändern: Das liest sich ruhig und freundlich.</translation>
    </message>
    <message>
        <source>{count} of {limit} characters {platform} allows</source>
        <translation>{count} von {limit} Zeichen, die {platform} erlaubt</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>Write your reply above the sign-off.</source>
        <translation>Schreiben Sie Ihre Antwort über die Grußformel.</translation>
    </message>
    <message>
        <source>{platform} takes at most {limit} characters.</source>
        <translation>{platform} nimmt höchstens {limit} Zeichen an.</translation>
    </message>
    <message>
        <source>Read the tone notes, change what you want, then tick the box.</source>
        <translation>Lesen Sie die Hinweise zum Ton, ändern Sie, was Sie möchten, und setzen Sie dann das Häkchen.</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>“{address}” is not an e-mail address: it has a space in it.</source>
        <translation>„{address}“ ist keine E-Mail-Adresse: Sie enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address: it needs exactly one @.</source>
        <translation>„{address}“ ist keine E-Mail-Adresse: Sie braucht genau ein @.</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address: after the @ comes a name with a dot, like example.com.</source>
        <translation>„{address}“ ist keine E-Mail-Adresse: Nach dem @ folgt ein Name mit Punkt, etwa example.com.</translation>
    </message>
</context>
<context>
    <name>Facebook</name>
    <message>
        <source>token expired</source>
        <translation>Token abgelaufen</translation>
    </message>
    <message>
        <source>{platform} allows one private message per comment, and this comment already has one.</source>
        <translation>{platform} erlaubt eine Privatnachricht pro Kommentar, und dieser Kommentar hat schon eine.</translation>
    </message>
    <message>
        <source>{platform} answered in an unexpected shape; nothing from that page was stored.</source>
        <translation>{platform} hat in einer unerwarteten Form geantwortet; von dieser Seite wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{platform} pointed the next page at another server; stopped there so the token is not sent elsewhere.</source>
        <translation>{platform} hat für die nächste Seite auf einen anderen Server verwiesen; dort wurde angehalten, damit der Token nicht anderswohin geschickt wird.</translation>
    </message>
    <message>
        <source>Facebook answered the page check in an unexpected shape.</source>
        <translation>Facebook hat die Prüfung der Seite in einer unerwarteten Form beantwortet.</translation>
    </message>
    <message>
        <source>the page {name}</source>
        <translation>die Seite {name}</translation>
    </message>
    <message>
        <source>Facebook answered the reply in an unexpected shape.</source>
        <translation>Facebook hat auf die Antwort in einer unerwarteten Form reagiert.</translation>
    </message>
    <message>
        <source>Facebook answered the list of posts in an unexpected shape.</source>
        <translation>Facebook hat die Liste der Beiträge in einer unerwarteten Form geschickt.</translation>
    </message>
    <message>
        <source>Facebook post {post}: the comments came in an unexpected shape</source>
        <translation>Facebook-Beitrag {post}: Die Kommentare kamen in einer unerwarteten Form</translation>
    </message>
    <message>
        <source>Facebook post {post}, comment {number}: {problem}</source>
        <translation>Facebook-Beitrag {post}, Kommentar {number}: {problem}</translation>
    </message>
    <message>
        <source>a reply by the page without an id</source>
        <translation>eine Antwort der Seite ohne ID</translation>
    </message>
    <message>
        <source>a reply by the page without a message</source>
        <translation>eine Antwort der Seite ohne Text</translation>
    </message>
    <message>
        <source>a comment without an id</source>
        <translation>ein Kommentar ohne ID</translation>
    </message>
    <message>
        <source>a comment without a message</source>
        <translation>ein Kommentar ohne Text</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Other platforms</source>
        <translation>Andere Plattformen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>All comments, every platform and severity, no search</source>
        <translation>Alle Kommentare, jede Plattform und Schwere, keine Suche</translation>
    </message>
    <message>
        <source>{view}  ({count})</source>
        <translation>{view}  ({count})</translation>
    </message>
    <message>
        <source>{view}, {count}</source>
        <translation>{view}, {count}</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <source>Hi Sam, thank you for telling us, and I'm sorry your cake arrived late. We have changed how we plan deliveries so it does not happen again.</source>
        <translation>Hallo Sam, danke, dass Sie uns Bescheid gegeben haben, und es tut mir leid, dass Ihre Torte zu spät kam. Wir planen unsere Lieferungen jetzt anders, damit das nicht wieder passiert.</translation>
    </message>
    <message>
        <source>Set up Feedback Desk</source>
        <translation>Feedback Desk einrichten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the setup</source>
        <translation>Einrichtung überspringen</translation>
    </message>
    <message>
        <source>Keep the usual settings; you can run this again from Settings</source>
        <translation>Die üblichen Einstellungen behalten; Sie können dies jederzeit in den Einstellungen erneut starten</translation>
    </message>
    <message>
        <source>Welcome to Feedback Desk</source>
        <translation>Willkommen bei Feedback Desk</translation>
    </message>
    <message>
        <source>Feedback Desk gathers what people say about your shop in one list, the most hurtful first, and helps you answer calmly: a short pause, a fair look at the complaint, then a kind reply.</source>
        <translation>Feedback Desk sammelt in einer Liste, was Menschen über Ihr Geschäft sagen – das Verletzendste zuerst – und hilft Ihnen, gelassen zu antworten: eine kurze Pause, ein fairer Blick auf die Beschwerde, dann eine freundliche Antwort.</translation>
    </message>
    <message>
        <source>Three quick questions first: your shop, how you sign your replies, and where your comments come from. Skip whenever you like; everything stays in Settings.</source>
        <translation>Zuerst drei kurze Fragen: zu Ihrem Geschäft, wie Sie Ihre Antworten unterschreiben und woher Ihre Kommentare kommen. Sie können jederzeit überspringen; alles finden Sie auch in den Einstellungen.</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ihr Geschäft</translation>
    </message>
    <message>
        <source>The name fills {shop} in your replies. Offers are in your currency, and dates are written the way your country writes them.</source>
        <translation>Der Name füllt {shop} in Ihren Antworten. Angebote sind in Ihrer Währung, und Daten werden so geschrieben, wie man es in Ihrem Land tut.</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Name des Geschäfts</translation>
    </message>
    <message>
        <source>e.g. Juniper &amp; Rye</source>
        <translation>z. B. Juniper &amp; Rye</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>How you sign your replies</source>
        <translation>Wie Sie Ihre Antworten unterschreiben</translation>
    </message>
    <message>
        <source>Every new reply ends with this line, once. Leave it empty to sign each reply yourself.</source>
        <translation>Jede neue Antwort endet einmal mit dieser Zeile. Lassen Sie sie leer, wenn Sie jede Antwort selbst unterschreiben möchten.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Grußzeile</translation>
    </message>
    <message>
        <source>e.g. — Maria, Juniper &amp; Rye</source>
        <translation>z. B. — Maria, Juniper &amp; Rye</translation>
    </message>
    <message>
        <source>A reply will end like this:</source>
        <translation>So endet eine Antwort:</translation>
    </message>
    <message>
        <source>What next?</source>
        <translation>Wie geht es weiter?</translation>
    </message>
    <message>
        <source>Bring in the comments and reviews people leave about your shop.</source>
        <translation>Holen Sie die Kommentare und Bewertungen herein, die Menschen über Ihr Geschäft schreiben.</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Ein Konto verbinden</translation>
    </message>
    <message>
        <source>Sign in to Facebook, Instagram, Google reviews, YouTube or Mastodon</source>
        <translation>Bei Facebook, Instagram, Google-Rezensionen, YouTube oder Mastodon anmelden</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Eine Datei importieren</translation>
    </message>
    <message>
        <source>A CSV or JSON export of comments or reviews</source>
        <translation>Ein CSV- oder JSON-Export von Kommentaren oder Bewertungen</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Die Demo öffnen</translation>
    </message>
    <message>
        <source>Look around a made-up bakery's inbox first; your data is not touched</source>
        <translation>Schauen Sie sich zuerst den Posteingang einer erfundenen Bäckerei an; Ihre Daten bleiben unberührt</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Not now: close the assistant</source>
        <translation>Nicht jetzt: den Assistenten schließen</translation>
    </message>
    <message>
        <source>An offer will read like “{offer} off”; 25 November 2026 will read {day}.</source>
        <translation>Ein Angebot lautet dann etwa „{offer} Rabatt“; der 25. November 2026 wird als {day} geschrieben.</translation>
    </message>
    <message>
        <source>Saving your shop's details…</source>
        <translation>Die Angaben zu Ihrem Geschäft werden gespeichert…</translation>
    </message>
    <message>
        <source>Your shop's details are saved. You can change them any time in Settings.</source>
        <translation>Die Angaben zu Ihrem Geschäft sind gespeichert. Sie können sie jederzeit in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Your shop's details could not be saved: {problem}</source>
        <translation>Die Angaben zu Ihrem Geschäft konnten nicht gespeichert werden: {problem}</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Follow up today</source>
        <translation>Heute erneut ansehen</translation>
    </message>
    <message>
        <source>Follow up tomorrow</source>
        <translation>Morgen erneut ansehen</translation>
    </message>
    <message numerus="yes">
        <source>Follow up now (%Ln day(s) late)</source>
        <translation><numerusform>Jetzt erneut ansehen (%Ln Tag überfällig)</numerusform><numerusform>Jetzt erneut ansehen (%Ln Tage überfällig)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Follow up in %Ln day(s)</source>
        <translation><numerusform>In %Ln Tag erneut ansehen</numerusform><numerusform>In %Ln Tagen erneut ansehen</numerusform></translation>
    </message>
    <message>
        <source>{when}: you noted “{note}”</source>
        <translation>{when}: Sie haben notiert „{note}“</translation>
    </message>
    <message>
        <source>{when}: you asked to be reminded (no note was kept)</source>
        <translation>{when}: Sie wollten erinnert werden (ohne Notiz)</translation>
    </message>
</context>
<context>
    <name>GoogleAuth</name>
    <message>
        <source>Google's sign-in answered without an access token for account {account}. Try again later.</source>
        <translation>Die Google-Anmeldung hat für das Konto {account} ohne Zugriffstoken geantwortet. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>Google sign-in answered with a redirect (HTTP {status}), which Feedback Desk does not follow for a sign-in, so the client secret and refresh token were not sent again. Check the account's token address</source>
        <translation>Die Google-Anmeldung hat mit einer Weiterleitung geantwortet (HTTP {status}). Feedback Desk folgt bei einer Anmeldung keiner Weiterleitung, daher wurden Client-Secret und Refresh-Token nicht erneut gesendet. Prüfen Sie die Token-Adresse des Kontos</translation>
    </message>
    <message>
        <source>the permission given to Feedback Desk was withdrawn or ran out</source>
        <translation>die Erlaubnis für Feedback Desk wurde zurückgezogen oder ist abgelaufen</translation>
    </message>
    <message>
        <source>{reason}; check the client id and client secret</source>
        <translation>{reason}; prüfen Sie Client-ID und Client-Secret</translation>
    </message>
    <message>
        <source>the OAuth client was not accepted</source>
        <translation>der OAuth-Client wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>Google sign-in failed: {reason}</source>
        <translation>Google-Anmeldung fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>GoogleReviews</name>
    <message numerus="yes">
        <source>location {location} (%Ln reviews)</source>
        <translation><numerusform>Standort {location} (%Ln Bewertung)</numerusform><numerusform>Standort {location} (%Ln Bewertungen)</numerusform></translation>
    </message>
    <message>
        <source>location {location}</source>
        <translation>Standort {location}</translation>
    </message>
    <message>
        <source>Google answered the reply in an unexpected shape.</source>
        <translation>Google hat auf die Antwort in einer unerwarteten Form reagiert.</translation>
    </message>
    <message>
        <source>Google reviews are answered in public; a {channel} reply is not sent through Google.</source>
        <translation>Google-Bewertungen werden öffentlich beantwortet; eine Antwort über {channel} wird nicht über Google gesendet.</translation>
    </message>
    <message>
        <source>Google reviews have no private replies: the owner's answer to a review is always public. Reply in public, and offer a phone number or e-mail address there if you want to talk in private.</source>
        <translation>Google-Bewertungen haben keine privaten Antworten: Ihre Antwort auf eine Bewertung ist immer öffentlich. Antworten Sie öffentlich und nennen Sie dort eine Telefonnummer oder E-Mail-Adresse, wenn Sie privat sprechen möchten.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>A reply to a Google review can be at most {limit} characters; this one has {length}. Shorten it and send it again.</source>
        <translation>Eine Antwort auf eine Google-Bewertung darf höchstens {limit} Zeichen haben; diese hat {length}. Kürzen Sie sie und senden Sie sie noch einmal.</translation>
    </message>
    <message>
        <source>Google answered in an unexpected shape; nothing was stored.</source>
        <translation>Google hat in einer unerwarteten Form geantwortet; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Google did not accept a freshly renewed access token</source>
        <translation>Google hat einen gerade erneuerten Zugriffstoken nicht akzeptiert</translation>
    </message>
    <message>
        <source>{reason} (Google Business Profile API access must be approved for your Google Cloud project, and the location verified.)</source>
        <translation>{reason} (Der Zugriff auf die Google Business Profile API muss für Ihr Google-Cloud-Projekt freigegeben und der Standort bestätigt sein.)</translation>
    </message>
    <message>
        <source>{platform} does not know this (account {account}, {location}): {reason}</source>
        <translation>{platform} kennt das nicht (Konto {account}, {location}): {reason}</translation>
    </message>
    <message>
        <source>Google review {number}: {problem}</source>
        <translation>Google-Bewertung {number}: {problem}</translation>
    </message>
    <message>
        <source>Google review {number}, the owner's reply: {problem}</source>
        <translation>Google-Bewertung {number}, Ihre Antwort: {problem}</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>a reply without its comment</source>
        <translation>eine Antwort ohne ihren Text</translation>
    </message>
    <message>
        <source>a reply without its updateTime</source>
        <translation>eine Antwort ohne updateTime</translation>
    </message>
    <message>
        <source>a review that is not an object</source>
        <translation>eine Bewertung, die kein Objekt ist</translation>
    </message>
    <message>
        <source>a review without a reviewId</source>
        <translation>eine Bewertung ohne reviewId</translation>
    </message>
    <message>
        <source>review {id} has no createTime</source>
        <translation>Bewertung {id} hat keine createTime</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>Open &amp;log</source>
        <translation>&amp;Protokoll öffnen</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic details</source>
        <translation>&amp;Diagnoseangaben kopieren</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>Ein Problem &amp;melden…</translation>
    </message>
    <message>
        <source>Could not open the data folder: {address}</source>
        <translation>Der Datenordner konnte nicht geöffnet werden: {address}</translation>
    </message>
    <message>
        <source>There is no log yet at {path}.</source>
        <translation>Unter {path} gibt es noch kein Protokoll.</translation>
    </message>
    <message>
        <source>Could not open the log: {address}</source>
        <translation>Das Protokoll konnte nicht geöffnet werden: {address}</translation>
    </message>
    <message>
        <source>Diagnostic details copied: paste them into your problem report</source>
        <translation>Diagnoseangaben kopiert: Fügen Sie sie in Ihre Problemmeldung ein</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Ein Problem melden</translation>
    </message>
    <message>
        <source>Your browser will open the page where problems are reported:
{address}

Please say what you did and what happened, then paste the diagnostic details (they are on the clipboard now: versions, system and account states, never a password or token). Leave out customers' names if you can.</source>
        <translation>Ihr Browser öffnet die Seite, auf der Probleme gemeldet werden:
{address}

Bitte schreiben Sie, was Sie getan haben und was passiert ist, und fügen Sie dann die Diagnoseangaben ein (sie sind jetzt in der Zwischenablage: Versionen, System und Zustand der Konten, nie ein Passwort oder Token). Lassen Sie Namen von Kunden möglichst weg.</translation>
    </message>
    <message>
        <source>Could not open the problem report page: {address}</source>
        <translation>Die Seite für Problemmeldungen konnte nicht geöffnet werden: {address}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>guide.html</source>
        <extracomment>The file of the user guide in your language: the English name with _ and the language code before .html (guide_de.html). It ships in resources/help/.</extracomment>
        <translation>guide_de.html</translation>
    </message>
    <message>
        <source>connecting.html</source>
        <extracomment>The file of "Connecting your accounts" in your language (connecting_de.html). It ships in resources/help/.</extracomment>
        <translation>connecting_de.html</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>in public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>in a private message</source>
        <translation>per Privatnachricht</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde/Kundin</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Wie schlimm</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Fair?</source>
        <translation>Berechtigt?</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>{author} on {platform}</source>
        <translation>{author} auf {platform}</translation>
    </message>
    <message>
        <source>First reply {time}</source>
        <translation>Erste Antwort {time}</translation>
    </message>
    <message>
        <source>First reply {time} ({way})</source>
        <translation>Erste Antwort {time} ({way})</translation>
    </message>
    <message>
        <source>Follow up on {day}</source>
        <translation>Erneut ansehen am {day}</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Daten wählen…</translation>
    </message>
    <message>
        <source>No complaints here. Harsh and negative comments appear in the history as soon as they are in the inbox; try another period or clear the filters.</source>
        <translation>Hier gibt es keine Beschwerden. Heftige und negative Kommentare erscheinen im Verlauf, sobald sie im Posteingang sind; wählen Sie einen anderen Zeitraum oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <source>History of complaints</source>
        <translation>Verlauf der Beschwerden</translation>
    </message>
    <message>
        <source>Past complaints</source>
        <translation>Frühere Beschwerden</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Fair or not</source>
        <translation>Berechtigt oder nicht</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Search comments, names, notes and replies</source>
        <translation>Kommentare, Namen, Notizen und Antworten durchsuchen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>The complaint's story</source>
        <translation>Der Verlauf der Beschwerde</translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation>&amp;Ergebnis festhalten…</translation>
    </message>
    <message>
        <source>Report on these…</source>
        <translation>Bericht dazu…</translation>
    </message>
    <message>
        <source>The customer-recovery report for the period and filters chosen above</source>
        <translation>Der Bericht zur Kundenrückgewinnung für den Zeitraum und die Filter, die oben gewählt sind</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>Die Beschwerde</translation>
    </message>
    <message>
        <source>Everything this customer wrote</source>
        <translation>Alles, was diese Kundschaft geschrieben hat</translation>
    </message>
    <message>
        <source>Names this customer wrote under:</source>
        <translation>Namen, unter denen diese Person geschrieben hat:</translation>
    </message>
    <message>
        <source>Names this customer wrote under</source>
        <translation>Namen, unter denen diese Person geschrieben hat</translation>
    </message>
    <message>
        <source>Same person as…</source>
        <translation>Dieselbe Person wie…</translation>
    </message>
    <message>
        <source>Join another name (another handle or spelling) to this customer.</source>
        <translation>Einen anderen Namen (anderes Profil oder andere Schreibweise) mit dieser Person zusammenführen.</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Nicht dieselbe Person</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Die Person</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>The history could not be read: {problem}</source>
        <translation>Der Verlauf konnte nicht gelesen werden: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s) matching the search, newest first.</source>
        <translation><numerusform>%Ln Beschwerde passt zur Suche, neueste zuerst.</numerusform><numerusform>%Ln Beschwerden passen zur Suche, neueste zuerst.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s), newest first.</source>
        <translation><numerusform>%Ln Beschwerde, neueste zuerst.</numerusform><numerusform>%Ln Beschwerden, neueste zuerst.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s) on {platforms}</source>
        <translation><numerusform>%Ln Kommentar auf {platforms}</numerusform><numerusform>%Ln Kommentare auf {platforms}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s)</source>
        <translation><numerusform>%Ln Beschwerde</numerusform><numerusform>%Ln Beschwerden</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{comments}; {complaints}; won back %Ln time(s).</source>
        <translation><numerusform>{comments}; {complaints}; %Ln-mal zurückgewonnen.</numerusform><numerusform>{comments}; {complaints}; %Ln-mal zurückgewonnen.</numerusform></translation>
    </message>
    <message>
        <source>Pick a complaint on the left to see its whole story.</source>
        <translation>Wählen Sie links eine Beschwerde, um ihren ganzen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Pick a complaint to see everything its writer sent.</source>
        <translation>Wählen Sie eine Beschwerde, um alles zu sehen, was die Person geschrieben hat.</translation>
    </message>
    <message>
        <source>{comments}; {complaints}.</source>
        <translation>{comments}; {complaints}.</translation>
    </message>
    <message>
        <source>{name} — on {platforms}</source>
        <translation>{name} — auf {platforms}</translation>
    </message>
    <message>
        <source>{name} (the customer's own name)</source>
        <translation>{name} (der eigene Name der Person)</translation>
    </message>
    <message>
        <source>Pick a complaint first.</source>
        <translation>Wählen Sie zuerst eine Beschwerde.</translation>
    </message>
    <message>
        <source>Names that differ only in capitals or spaces are joined on their own. Use “Same person as…” for a different handle.</source>
        <translation>Namen, die sich nur in Groß-/Kleinschreibung oder Leerzeichen unterscheiden, werden von selbst zusammengeführt. Für ein anderes Profil nutzen Sie „Dieselbe Person wie…“.</translation>
    </message>
    <message>
        <source>To separate a name again, pick it in the list of names.</source>
        <translation>Um einen Namen wieder zu trennen, wählen Sie ihn in der Namensliste.</translation>
    </message>
    <message>
        <source>Merging the names…</source>
        <translation>Namen werden zusammengeführt…</translation>
    </message>
    <message>
        <source>Separating the name…</source>
        <translation>Name wird getrennt…</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Customer's name</source>
        <translation>Name der Kundin/des Kunden</translation>
    </message>
    <message>
        <source>Comment or review</source>
        <translation>Kommentar oder Bewertung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>is not a review object</source>
        <translation>ist kein Bewertungsobjekt</translation>
    </message>
    <message>
        <source>is not a Facebook comment (no data with a comment)</source>
        <translation>ist kein Facebook-Kommentar (keine Daten mit einem Kommentar)</translation>
    </message>
    <message>
        <source>a Trustpilot review export</source>
        <translation>ein Trustpilot-Bewertungsexport</translation>
    </message>
    <message>
        <source>Google Business Profile reviews from Google Takeout</source>
        <translation>Google-Business-Profile-Bewertungen aus Google Takeout</translation>
    </message>
    <message>
        <source>a Facebook comments download</source>
        <translation>ein Facebook-Kommentar-Download</translation>
    </message>
    <message>
        <source>Recognised as {shape}.</source>
        <translation>Erkannt als {shape}.</translation>
    </message>
    <message>
        <source>Read as {encoding}.</source>
        <translation>Gelesen als {encoding}.</translation>
    </message>
    <message>
        <source>Dates read day-first (like {example}).</source>
        <translation>Datumsangaben mit dem Tag zuerst gelesen (wie {example}).</translation>
    </message>
    <message>
        <source>Dates read month-first (like {example}).</source>
        <translation>Datumsangaben mit dem Monat zuerst gelesen (wie {example}).</translation>
    </message>
    <message>
        <source>{name} has no {missing} column. The header row must name at least {required} (found: {found}).</source>
        <translation>{name} hat keine Spalte {missing}. Die Kopfzeile muss mindestens {required} nennen (gefunden: {found}).</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>no columns found</comment>
        <translation>nichts</translation>
    </message>
    <message>
        <source>{name}'s columns are not Feedback Desk's own ({columns}). Say which column holds what{flags}.</source>
        <translation>Die Spalten von {name} sind nicht die von Feedback Desk ({columns}). Geben Sie an, welche Spalte was enthält{flags}.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no columns</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>{field} is not a field Feedback Desk imports ({fields}).</source>
        <translation>{field} ist kein Feld, das Feedback Desk importiert ({fields}).</translation>
    </message>
    <message>
        <source>{name} has no column {column} (for {field}). Its columns: {columns}.</source>
        <translation>{name} hat keine Spalte {column} (für {field}). Die Spalten der Datei: {columns}.</translation>
    </message>
    <message>
        <source>{name}: no column is chosen for {missing}. Its columns: {columns}. Choose with --map FIELD=COLUMN{fix} or --platform NAME.</source>
        <translation>{name}: Für {missing} ist keine Spalte gewählt. Die Spalten der Datei: {columns}. Wählen Sie mit --map FIELD=COLUMN{fix} oder --platform NAME.</translation>
    </message>
    <message>
        <source>{name}: no column is chosen for {missing}. Its columns: {columns}. Choose with --map FIELD=COLUMN{fix}.</source>
        <translation>{name}: Für {missing} ist keine Spalte gewählt. Die Spalten der Datei: {columns}. Wählen Sie mit --map FIELD=COLUMN{fix}.</translation>
    </message>
    <message>
        <source>The dates in {name} are ambiguous: each could be day-first or month-first (is 03/04/2026 the 3rd of April or March 4th?). Say which with --dates day-first or --dates month-first.</source>
        <translation>Die Datumsangaben in {name} sind nicht eindeutig: Jede könnte mit dem Tag oder mit dem Monat beginnen (ist 03/04/2026 der 3. April oder der 4. März?). Geben Sie es mit --dates day-first oder --dates month-first an.</translation>
    </message>
    <message>
        <source>  row {number}: {problem}</source>
        <translation>  Zeile {number}: {problem}</translation>
    </message>
    <message>
        <source>  item {number}: {problem}</source>
        <translation>  Eintrag {number}: {problem}</translation>
    </message>
    <message>
        <source>{name} holds no comments.</source>
        <translation>{name} enthält keine Kommentare.</translation>
    </message>
    <message>
        <source>  ...and {count} more</source>
        <translation>  …und {count} weitere</translation>
    </message>
    <message>
        <source>{name} was not imported: {count} of {total} rows is not valid. Nothing was changed.</source>
        <translation>{name} wurde nicht importiert: {count} von {total} Zeilen ist nicht gültig. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} was not imported: {count} of {total} rows are not valid. Nothing was changed.</source>
        <translation>{name} wurde nicht importiert: {count} von {total} Zeilen sind nicht gültig. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} was not imported: {count} of {total} items is not valid. Nothing was changed.</source>
        <translation>{name} wurde nicht importiert: {count} von {total} Einträgen ist nicht gültig. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} was not imported: {count} of {total} items are not valid. Nothing was changed.</source>
        <translation>{name} wurde nicht importiert: {count} von {total} Einträgen sind nicht gültig. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Unter {path} gibt es keine Datei.</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation>{path} kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not text in an encoding Feedback Desk recognises. Save it as CSV UTF-8 and try again.</source>
        <translation>{name} ist kein Text in einer Kodierung, die Feedback Desk kennt. Speichern Sie die Datei als CSV UTF-8 und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>{path} is a folder, not an export file.</source>
        <translation>{path} ist ein Ordner, keine Exportdatei.</translation>
    </message>
    <message>
        <source>{path} is a pipe (another program's output), not an export file. Save the export to a file and import that file.</source>
        <translation>{path} ist eine Pipe (die Ausgabe eines anderen Programms), keine Exportdatei. Speichern Sie den Export in einer Datei und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>{path} is a socket (another program's output), not an export file. Save the export to a file and import that file.</source>
        <translation>{path} ist ein Socket (die Ausgabe eines anderen Programms), keine Exportdatei. Speichern Sie den Export in einer Datei und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>{path} is a device, not an export file. Choose the CSV or JSON file the platform exported.</source>
        <translation>{path} ist ein Gerät, keine Exportdatei. Wählen Sie die CSV- oder JSON-Datei, die die Plattform exportiert hat.</translation>
    </message>
    <message>
        <source>{path} is not a regular file, so it cannot be imported.</source>
        <translation>{path} ist keine normale Datei und kann daher nicht importiert werden.</translation>
    </message>
    <message>
        <source>{path} was replaced while it was being read. Try again.</source>
        <translation>{path} wurde ersetzt, während die Datei gelesen wurde. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>{path} is too big to import ({size} MB; Feedback Desk reads JSON exports of up to {limit} MB). Export a shorter period, or split the file, and import each part.</source>
        <translation>{path} ist zu groß für den Import ({size} MB; Feedback Desk liest JSON-Exporte bis {limit} MB). Exportieren Sie einen kürzeren Zeitraum oder teilen Sie die Datei und importieren Sie jeden Teil.</translation>
    </message>
    <message>
        <source>{path} is too big to import ({size} MB; Feedback Desk reads exports of up to {limit} MB). Export a shorter period, or split the file, and import each part.</source>
        <translation>{path} ist zu groß für den Import ({size} MB; Feedback Desk liest Exporte bis {limit} MB). Exportieren Sie einen kürzeren Zeitraum oder teilen Sie die Datei und importieren Sie jeden Teil.</translation>
    </message>
    <message>
        <source>{name} is neither a CSV nor a JSON export. Expected a CSV file with a header row ({required}) or a JSON list of objects with those keys.</source>
        <translation>{name} ist weder ein CSV- noch ein JSON-Export. Erwartet wird eine CSV-Datei mit Kopfzeile ({required}) oder eine JSON-Liste von Objekten mit diesen Schlüsseln.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text: it starts as UTF-8 but holds bytes that are not UTF-8 further on (two encodings mixed). Save it again as CSV UTF-8 and try again.</source>
        <translation>{name} ist kein UTF-8-Text: Die Datei beginnt als UTF-8, enthält weiter hinten aber Bytes, die kein UTF-8 sind (zwei Kodierungen gemischt). Speichern Sie sie erneut als CSV UTF-8 und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>{name} looks like a binary file (a spreadsheet or an image?), not a CSV or JSON export. Save it as CSV (UTF-8) and import that.</source>
        <translation>{name} sieht nach einer Binärdatei aus (eine Tabelle oder ein Bild?), nicht nach einem CSV- oder JSON-Export. Speichern Sie sie als CSV (UTF-8) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text. Save it as CSV UTF-8 or JSON and try again.</source>
        <translation>{name} ist kein UTF-8-Text. Speichern Sie die Datei als CSV UTF-8 oder JSON und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>{name} cannot be read as {encoding} (it mixes encodings). Save it as CSV UTF-8 and try again.</source>
        <translation>{name} kann nicht als {encoding} gelesen werden (die Datei mischt Kodierungen). Speichern Sie sie als CSV UTF-8 und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: {reason} at line {line}, column {column}.</source>
        <translation>{name} ist kein gültiges JSON: {reason} in Zeile {line}, Spalte {column}.</translation>
    </message>
    <message>
        <source>{name} is not a JSON export Feedback Desk can read.</source>
        <translation>{name} ist kein JSON-Export, den Feedback Desk lesen kann.</translation>
    </message>
    <message>
        <source>{name} is JSON but not a list of comments. Expected {example}.</source>
        <translation>{name} ist JSON, aber keine Liste von Kommentaren. Erwartet: {example}.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file: {reason}.</source>
        <translation>{name} ist keine lesbare CSV-Datei: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file near line {line}: {reason}.</source>
        <translation>{name} ist keine lesbare CSV-Datei (bei Zeile {line}): {reason}.</translation>
    </message>
    <message>
        <source>has {cells} cells but the header has {columns}</source>
        <translation>hat {cells} Zellen, die Kopfzeile aber {columns}</translation>
    </message>
    <message>
        <source>is not an object with platform, author, text and created_at</source>
        <translation>ist kein Objekt mit platform, author, text und created_at</translation>
    </message>
    <message>
        <source>missing {fields}</source>
        <translation>es fehlt: {fields}</translation>
    </message>
    <message>
        <source>text is empty (only a review with a star rating may have no text)</source>
        <translation>text ist leer (nur eine Bewertung mit Sternen darf ohne Text sein)</translation>
    </message>
    <message>
        <source>url {url} is not a web address (must start with https://)</source>
        <translation>url {url} ist keine Webadresse (muss mit https:// beginnen)</translation>
    </message>
    <message>
        <source>email {email} is not an e-mail address (like ann@example.com)</source>
        <translation>email {email} ist keine E-Mail-Adresse (wie ann@example.com)</translation>
    </message>
    <message>
        <source>created_at {date} could be day-first or month-first; say which (--dates day-first or --dates month-first)</source>
        <translation>created_at {date} könnte mit dem Tag oder mit dem Monat beginnen; geben Sie an, was gilt (--dates day-first oder --dates month-first)</translation>
    </message>
    <message>
        <source>created_at {date} is not a date (like 2026-05-01T10:00:00Z, 01/05/2026 10:00 or 1 May 2026)</source>
        <translation>created_at {date} ist kein Datum (wie 2026-05-01T10:00:00Z, 01/05/2026 10:00 oder 1 May 2026)</translation>
    </message>
    <message>
        <source>created_at {date} is not a plausible date for a comment</source>
        <translation>created_at {date} ist kein plausibles Datum für einen Kommentar</translation>
    </message>
    <message>
        <source>{field} holds a broken character (a lone {escape} escape, half of a pair): the export is damaged</source>
        <translation>{field} enthält ein kaputtes Zeichen (ein einzelnes {escape}, die Hälfte eines Paars): Der Export ist beschädigt</translation>
    </message>
    <message>
        <source>{field} must be text, not {kind}</source>
        <translation>{field} muss Text sein, nicht {kind}</translation>
    </message>
    <message>
        <source>platform {name} is not a platform name (at most {limit} characters)</source>
        <translation>platform {name} ist kein Plattformname (höchstens {limit} Zeichen)</translation>
    </message>
    <message>
        <source>rating {rating} is not a whole number from 1 to 5</source>
        <translation>rating {rating} ist keine ganze Zahl von 1 bis 5</translation>
    </message>
    <message>
        <source>rating {rating} is outside 1 to 5</source>
        <translation>rating {rating} liegt nicht zwischen 1 und 5</translation>
    </message>
    <message>
        <source>rating {rating} is not a number from 1 to 5</source>
        <translation>rating {rating} ist keine Zahl von 1 bis 5</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import comments</source>
        <translation>Kommentare importieren</translation>
    </message>
    <message>
        <source>Comment exports (*.csv *.json);;All files (*)</source>
        <translation>Kommentar-Exporte (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>The rows with problems are listed under Show Details.</source>
        <translation>Die Zeilen mit Problemen stehen unter „Details einblenden“.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>One platform for the whole file:</source>
        <translation>Eine Plattform für die ganze Datei:</translation>
    </message>
    <message>
        <source>Decide from the file</source>
        <translation>Aus der Datei ermitteln</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Tag zuerst (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Monat zuerst (12/31/2026)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Customer's name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>Comment or review</source>
        <translation>Kommentar oder Bewertung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Choose the column that holds the platform.</source>
        <translation>Wählen Sie die Spalte mit der Plattform.</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer's name.</source>
        <translation>Wählen Sie die Spalte mit dem Namen des Kunden.</translation>
    </message>
    <message>
        <source>Choose the column that holds the comment or review.</source>
        <translation>Wählen Sie die Spalte mit dem Kommentar oder der Bewertung.</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Wählen Sie die Spalte mit dem Datum.</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} importieren</translation>
    </message>
    <message>
        <source>Feedback Desk does not know this file's columns. Choose which column holds what; the first rows are shown below.</source>
        <translation>Feedback Desk kennt die Spalten dieser Datei nicht. Wählen Sie, welche Spalte was enthält; die ersten Zeilen sehen Sie unten.</translation>
    </message>
    <message>
        <source>The columns you chose last time for files like this are selected.</source>
        <translation>Die Spalten, die Sie beim letzten Mal für solche Dateien gewählt haben, sind ausgewählt.</translation>
    </message>
    <message>
        <source>The file is read as {encoding}.</source>
        <translation>Die Datei wird als {encoding} gelesen.</translation>
    </message>
    <message>
        <source>Its dates could be read two ways (is 03/04/2026 the 3rd of April or March 4th?): say which below.</source>
        <translation>Die Daten lassen sich auf zwei Arten lesen (ist 03/04/2026 der 3. April oder der 4. März?): Geben Sie unten an, welche gilt.</translation>
    </message>
    <message>
        <source>The file's first rows</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>{field} *</source>
        <translation>{field} *</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Bitte wählen…</translation>
    </message>
    <message>
        <source>Dates like 03/04/2026</source>
        <translation>Daten wie 03/04/2026</translation>
    </message>
    <message>
        <source>Remember these columns for files like this one</source>
        <translation>Diese Spalten für ähnliche Dateien merken</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Platform of every comment in the file</source>
        <translation>Plattform aller Kommentare in der Datei</translation>
    </message>
    <message>
        <source>The column {column} is chosen for two fields.</source>
        <translation>Die Spalte {column} ist für zwei Felder gewählt.</translation>
    </message>
    <message>
        <source>Choose the column that holds “{field}”.</source>
        <translation>Wählen Sie die Spalte für „{field}“.</translation>
    </message>
    <message>
        <source>Type the platform these comments come from (like Trustpilot).</source>
        <translation>Geben Sie die Plattform ein, von der diese Kommentare stammen (etwa Trustpilot).</translation>
    </message>
    <message>
        <source>{name} is too long for a platform name.</source>
        <translation>{name} ist zu lang für den Namen einer Plattform.</translation>
    </message>
    <message>
        <source>Say how to read the dates: day first or month first.</source>
        <translation>Geben Sie an, wie die Daten zu lesen sind: Tag zuerst oder Monat zuerst.</translation>
    </message>
    <message>
        <source>{column}
(not imported)</source>
        <translation>{column}
(nicht importiert)</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>Imported {file}: {n} new comment, {there} already in the inbox.</source>
        <translation>{file} importiert: {n} neuer Kommentar, {there} bereits im Posteingang.</translation>
    </message>
    <message>
        <source>Imported {file}: {n} new comments, {there} already in the inbox.</source>
        <translation>{file} importiert: {n} neue Kommentare, {there} bereits im Posteingang.</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>{problem} {file} was checked and is partly in the inbox; Feedback Desk adds the rest the next time it starts or imports a file.</source>
        <translation>{problem} {file} wurde geprüft und ist teilweise im Posteingang; Feedback Desk fügt den Rest hinzu, sobald es das nächste Mal startet oder eine Datei importiert.</translation>
    </message>
    <message>
        <source>Cannot write the import's working file {path}: {reason}.</source>
        <translation>Die Arbeitsdatei des Imports {path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>{numbers} and {last}</source>
        <translation>{numbers} und {last}</translation>
    </message>
    <message>
        <source>the same comment (author, text and time) on items {listed}</source>
        <translation>denselben Kommentar (Verfasser, Text und Zeit) in den Einträgen {listed}</translation>
    </message>
    <message>
        <source>the id {id!r} on items {listed}</source>
        <translation>die ID {id!r} in den Einträgen {listed}</translation>
    </message>
    <message>
        <source>the same comment (author, text and time) on rows {listed}</source>
        <translation>denselben Kommentar (Verfasser, Text und Zeit) in den Zeilen {listed}</translation>
    </message>
    <message>
        <source>the id {id!r} on rows {listed}</source>
        <translation>die ID {id!r} in den Zeilen {listed}</translation>
    </message>
    <message>
        <source>...and more</source>
        <translation>... und weitere</translation>
    </message>
    <message>
        <source>{file} was not imported: the file repeats {repeat} (and more repeats, listed below). Each comment may appear only once; remove the repeats and import it again. Nothing was changed.</source>
        <translation>{file} wurde nicht importiert: Die Datei wiederholt {repeat} (und weitere Wiederholungen, unten aufgeführt). Jeder Kommentar darf nur einmal vorkommen; entfernen Sie die Wiederholungen und importieren Sie die Datei erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} was not imported: the file repeats {repeat}. Each comment may appear only once; remove the repeats and import it again. Nothing was changed.</source>
        <translation>{file} wurde nicht importiert: Die Datei wiederholt {repeat}. Jeder Kommentar darf nur einmal vorkommen; entfernen Sie die Wiederholungen und importieren Sie die Datei erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>An interrupted import of {file} was undone.</source>
        <translation>Ein unterbrochener Import von {file} wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>An interrupted import of {file} was completed.</source>
        <translation>Ein unterbrochener Import von {file} wurde abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>InboxCounter</name>
    <message>
        <source>No comments yet</source>
        <translation>Noch keine Kommentare</translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s) match this search</source>
        <translation><numerusform>%Ln Kommentar passt zu dieser Suche</numerusform><numerusform>%Ln Kommentare passen zu dieser Suche</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s) shown</source>
        <translation><numerusform>%Ln Kommentar angezeigt</numerusform><numerusform>%Ln Kommentare angezeigt</numerusform></translation>
    </message>
    <message>
        <source>{view}: {count} ({urgent})</source>
        <translation>{view}: {count} ({urgent})</translation>
    </message>
    <message>
        <source>{view}: {count}</source>
        <translation>{view}: {count}</translation>
    </message>
    <message>
        <source>search results: newest first</source>
        <translation>Suchergebnisse: neueste zuerst</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The pause ends at {time}; you can write meanwhile</source>
        <translation>Die Bedenkzeit endet am {time}; Sie können schon schreiben</translation>
    </message>
    <message>
        <source>{rating} of 5 stars</source>
        <translation>{rating} von 5 Sternen</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>keine Bewertung</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>The inbox could not be read</source>
        <translation>Der Posteingang konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Nothing needs a reply</source>
        <translation>Nichts braucht eine Antwort</translation>
    </message>
    <message>
        <source>Every comment has been replied to, resolved or set aside. New ones appear here after a sync or an import.</source>
        <translation>Jeder Kommentar ist beantwortet, geklärt oder beiseitegelegt. Neue erscheinen hier nach einem Abruf oder Import.</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>No comment fits this view, these filters and this search.</source>
        <translation>Kein Kommentar passt zu dieser Ansicht, diesen Filtern und dieser Suche.</translation>
    </message>
    <message>
        <source>This comment could not be read</source>
        <translation>Dieser Kommentar konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>&amp;Continue reply…</source>
        <translation>Antwort &amp;fortsetzen…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Antworten…</translation>
    </message>
</context>
<context>
    <name>Instagram</name>
    <message>
        <source>Instagram answered the comments of a post in an unexpected shape; nothing from that page was stored.</source>
        <translation>Instagram hat die Kommentare eines Beitrags in einer unerwarteten Form geschickt; von dieser Seite wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Instagram post {post}, comment {number}</source>
        <translation>Instagram-Beitrag {post}, Kommentar {number}</translation>
    </message>
    <message>
        <source>Instagram answered the reply in an unexpected shape.</source>
        <translation>Instagram hat auf die Antwort in einer unerwarteten Form reagiert.</translation>
    </message>
    <message>
        <source>Instagram answered the account check in an unexpected shape.</source>
        <translation>Instagram hat die Prüfung des Kontos in einer unerwarteten Form beantwortet.</translation>
    </message>
    <message>
        <source>Instagram answered the list of posts in an unexpected shape.</source>
        <translation>Instagram hat die Liste der Beiträge in einer unerwarteten Form geschickt.</translation>
    </message>
    <message>
        <source>{where}: its replies came in an unexpected shape</source>
        <translation>{where}: Die Antworten darauf kamen in einer unerwarteten Form</translation>
    </message>
    <message>
        <source>{where}, reply {number}</source>
        <translation>{where}, Antwort {number}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>a comment without an id</source>
        <translation>ein Kommentar ohne ID</translation>
    </message>
    <message>
        <source>a comment without text</source>
        <translation>ein Kommentar ohne Text</translation>
    </message>
    <message>
        <source>a comment without a timestamp</source>
        <translation>ein Kommentar ohne Zeitstempel</translation>
    </message>
    <message>
        <source>a reply by the account without an id</source>
        <translation>eine Antwort des Kontos ohne ID</translation>
    </message>
    <message>
        <source>a reply by the account without text</source>
        <translation>eine Antwort des Kontos ohne Text</translation>
    </message>
    <message>
        <source>a reply by the account without a timestamp</source>
        <translation>eine Antwort des Kontos ohne Zeitstempel</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Mazedonisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thailändisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>{offer} has no code, so there is nothing to mark redeemed.</source>
        <translation>{offer} hat keinen Code, es gibt also nichts als eingelöst zu markieren.</translation>
    </message>
    <message>
        <source>{offer} has no code, so there is nothing to decline.</source>
        <translation>{offer} hat keinen Code, es gibt also nichts abzulehnen.</translation>
    </message>
    <message>
        <source>an unknown day</source>
        <translation>einem unbekannten Tag</translation>
    </message>
    <message>
        <source>Code {code} was already redeemed on {when}; it can be used once.</source>
        <translation>Code {code} wurde schon am {when} eingelöst; er gilt nur einmal.</translation>
    </message>
    <message>
        <source>its expiry date</source>
        <translation>zum Ablaufdatum</translation>
    </message>
    <message>
        <source>Code {code} has expired: it was valid until {until}.</source>
        <translation>Code {code} ist abgelaufen: Er galt bis {until}.</translation>
    </message>
    <message>
        <source>Code {code} was already declined by the customer.</source>
        <translation>Code {code} wurde von der Kundschaft bereits abgelehnt.</translation>
    </message>
    <message>
        <source>Code {code} was declined by the customer, so it cannot be redeemed.</source>
        <translation>Code {code} wurde von der Kundschaft abgelehnt und kann nicht eingelöst werden.</translation>
    </message>
    <message>
        <source>Apology sent</source>
        <translation>Entschuldigung gesendet</translation>
    </message>
    <message>
        <source>Refund promised</source>
        <translation>Erstattung zugesagt</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Kein Code</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde/Kundin</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>no platform</source>
        <translation>keine Plattform</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>kein Code</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>Not linked to a comment (recorded from the command line).</source>
        <translation>Mit keinem Kommentar verknüpft (über die Kommandozeile erfasst).</translation>
    </message>
    <message>
        <source>{author} on {platform}:
{complaint}

Double-click to open its story.</source>
        <translation>{author} auf {platform}:
{complaint}

Doppelklicken, um den Verlauf zu öffnen.</translation>
    </message>
    <message>
        <source>{offer} has no code to redeem.</source>
        <translation>{offer} hat keinen Code zum Einlösen.</translation>
    </message>
    <message>
        <source>The last day the code can be used: {day}</source>
        <translation>Letzter Tag, an dem der Code gilt: {day}</translation>
    </message>
    <message>
        <source>{offer}: nothing to redeem at the till.</source>
        <translation>{offer}: An der Kasse gibt es nichts einzulösen.</translation>
    </message>
    <message>
        <source>Not used yet.</source>
        <translation>Noch nicht eingelöst.</translation>
    </message>
    <message>
        <source>Sent with the reply on {time}</source>
        <translation>Mit der Antwort gesendet am {time}</translation>
    </message>
    <message>
        <source>Used at the till on {time}</source>
        <translation>An der Kasse eingelöst am {time}</translation>
    </message>
</context>
<context>
    <name>LedgerWindow</name>
    <message>
        <source>No offers yet. Apologies, discounts, free items and refunds appear here when you send a reply that offers one; discounts and free items come with a code the customer shows at the till.</source>
        <translation>Noch keine Angebote. Entschuldigungen, Rabatte, Gratisartikel und Erstattungen erscheinen hier, sobald Sie eine Antwort senden, die so etwas anbietet; Rabatte und Gratisartikel haben einen Code, den die Kundschaft an der Kasse vorzeigt.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Codes not used yet</source>
        <translation>Offene Codes</translation>
    </message>
    <message>
        <source>Redeemed codes</source>
        <translation>Eingelöste Codes</translation>
    </message>
    <message>
        <source>Expired codes</source>
        <translation>Abgelaufene Codes</translation>
    </message>
    <message>
        <source>Declined codes</source>
        <translation>Abgelehnte Codes</translation>
    </message>
    <message>
        <source>Apologies and refunds</source>
        <translation>Entschuldigungen und Erstattungen</translation>
    </message>
    <message>
        <source>Discount ledger</source>
        <translation>Rabattbuch</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Find code</source>
        <translation>Code suchen</translation>
    </message>
    <message>
        <source>Find code… e.g. FD-7KQM-X4PA</source>
        <translation>Code suchen… z. B. FD-7KQM-X4PA</translation>
    </message>
    <message>
        <source>Type the code the customer shows; capitals, dashes and spaces do not matter.</source>
        <translation>Geben Sie den Code ein, den die Kundschaft vorzeigt; Groß-/Kleinschreibung, Bindestriche und Leerzeichen spielen keine Rolle.</translation>
    </message>
    <message>
        <source>Redeem code</source>
        <translation>Code einlösen</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Double-click a line to open the story of its complaint.</source>
        <translation>Doppelklicken Sie auf eine Zeile, um den Verlauf ihrer Beschwerde zu öffnen.</translation>
    </message>
    <message>
        <source>Mark redeemed</source>
        <translation>Als eingelöst markieren</translation>
    </message>
    <message>
        <source>Mark declined</source>
        <translation>Als abgelehnt markieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the lines shown as a CSV file (for a spreadsheet).</source>
        <translation>Die angezeigten Zeilen als CSV-Datei speichern (für eine Tabellenkalkulation).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{offer} is not linked to a comment, so it has no story to open.</source>
        <translation>{offer} ist mit keinem Kommentar verknüpft, daher gibt es keinen Verlauf zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln offer(s) in the ledger.</source>
        <translation><numerusform>%Ln Angebot im Rabattbuch.</numerusform><numerusform>%Ln Angebote im Rabattbuch.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{filter}: {shown} of %Ln offer(s).</source>
        <translation><numerusform>{filter}: {shown} von %Ln Angebot.</numerusform><numerusform>{filter}: {shown} von %Ln Angeboten.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No codes not used yet (%Ln offer(s) in the ledger).</source>
        <translation><numerusform>Keine offenen Codes (%Ln Angebot im Rabattbuch).</numerusform><numerusform>Keine offenen Codes (%Ln Angebote im Rabattbuch).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No redeemed codes (%Ln offer(s) in the ledger).</source>
        <translation><numerusform>Keine eingelösten Codes (%Ln Angebot im Rabattbuch).</numerusform><numerusform>Keine eingelösten Codes (%Ln Angebote im Rabattbuch).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No expired codes (%Ln offer(s) in the ledger).</source>
        <translation><numerusform>Keine abgelaufenen Codes (%Ln Angebot im Rabattbuch).</numerusform><numerusform>Keine abgelaufenen Codes (%Ln Angebote im Rabattbuch).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No declined codes (%Ln offer(s) in the ledger).</source>
        <translation><numerusform>Keine abgelehnten Codes (%Ln Angebot im Rabattbuch).</numerusform><numerusform>Keine abgelehnten Codes (%Ln Angebote im Rabattbuch).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No apologies and refunds (%Ln offer(s) in the ledger).</source>
        <translation><numerusform>Keine Entschuldigungen und Erstattungen (%Ln Angebot im Rabattbuch).</numerusform><numerusform>Keine Entschuldigungen und Erstattungen (%Ln Angebote im Rabattbuch).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln line(s) to {path}.</source>
        <translation><numerusform>%Ln Zeile in {path} gespeichert.</numerusform><numerusform>%Ln Zeilen in {path} gespeichert.</numerusform></translation>
    </message>
    <message>
        <source>Mark code {code} as used at the till.</source>
        <translation>Code {code} als an der Kasse eingelöst markieren.</translation>
    </message>
    <message>
        <source>The customer turned down code {code}.</source>
        <translation>Die Kundschaft hat Code {code} abgelehnt.</translation>
    </message>
    <message>
        <source>Select an offer in the list first.</source>
        <translation>Wählen Sie zuerst ein Angebot in der Liste.</translation>
    </message>
    <message>
        <source>Mark the typed code as used at the till.</source>
        <translation>Den eingegebenen Code als an der Kasse eingelöst markieren.</translation>
    </message>
    <message>
        <source>Type the code the customer shows first.</source>
        <translation>Geben Sie zuerst den Code ein, den die Kundschaft vorzeigt.</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>Rabattbuch exportieren</translation>
    </message>
    <message>
        <source>discount-ledger.csv</source>
        <translation>rabattbuch.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Redeeming the code…</source>
        <translation>Code wird eingelöst…</translation>
    </message>
    <message>
        <source>Declining the code…</source>
        <translation>Code wird abgelehnt…</translation>
    </message>
    <message>
        <source>Code {code} redeemed: {offer}.</source>
        <translation>Code {code} eingelöst: {offer}.</translation>
    </message>
    <message>
        <source>Code {code} declined: {offer}.</source>
        <translation>Code {code} abgelehnt: {offer}.</translation>
    </message>
    <message>
        <source>Code {code} redeemed: {offer} (to {author} on {platform}).</source>
        <translation>Code {code} eingelöst: {offer} (an {author} auf {platform}).</translation>
    </message>
    <message>
        <source>Code {code} declined: {offer} (to {author} on {platform}).</source>
        <translation>Code {code} abgelehnt: {offer} (an {author} auf {platform}).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Feedback Desk — demo inbox</source>
        <translation>Feedback Desk – Demo-Posteingang</translation>
    </message>
    <message>
        <source>Feedback Desk keeps syncing in the tray.</source>
        <translation>Feedback Desk ruft im Infobereich weiter ab.</translation>
    </message>
</context>
<context>
    <name>Mastodon</name>
    <message>
        <source>Mastodon did not say which account the token belongs to.</source>
        <translation>Mastodon hat nicht gesagt, zu welchem Konto der Token gehört.</translation>
    </message>
    <message>
        <source>Mastodon answered the list of mentions in an unexpected shape; nothing from this page was stored.</source>
        <translation>Mastodon hat die Liste der Erwähnungen in einer unerwarteten Form geschickt; von dieser Seite wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Mastodon answered the list of the shop's own posts in an unexpected shape; nothing from this page was stored.</source>
        <translation>Mastodon hat die Liste der eigenen Beiträge Ihres Geschäfts in einer unerwarteten Form geschickt; von dieser Seite wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Mastodon pointed the next page at another server; stopped there so the token is not sent elsewhere.</source>
        <translation>Mastodon hat für die nächste Seite auf einen anderen Server verwiesen; dort wurde angehalten, damit der Token nicht anderswohin geschickt wird.</translation>
    </message>
    <message>
        <source>Mastodon answered the reply in an unexpected shape.</source>
        <translation>Mastodon hat auf die Antwort in einer unerwarteten Form reagiert.</translation>
    </message>
    <message>
        <source>Mastodon answered the reply's thread in an unexpected shape.</source>
        <translation>Mastodon hat den Verlauf der Antwort in einer unerwarteten Form geschickt.</translation>
    </message>
    <message>
        <source>Mastodon, our own post {number}: not an object</source>
        <translation>Mastodon, eigener Beitrag {number}: kein Objekt</translation>
    </message>
    <message>
        <source>Mastodon, our own post {number}: {problem}</source>
        <translation>Mastodon, eigener Beitrag {number}: {problem}</translation>
    </message>
    <message>
        <source>a status without an id</source>
        <translation>ein Beitrag ohne ID</translation>
    </message>
    <message>
        <source>in_reply_to_id is not an id</source>
        <translation>in_reply_to_id ist keine ID</translation>
    </message>
    <message>
        <source>a status without content</source>
        <translation>ein Beitrag ohne Inhalt</translation>
    </message>
    <message>
        <source>a status without created_at</source>
        <translation>ein Beitrag ohne created_at</translation>
    </message>
    <message>
        <source>Mastodon item {number}: {problem}</source>
        <translation>Mastodon-Eintrag {number}: {problem}</translation>
    </message>
    <message>
        <source>a mention without its status or account</source>
        <translation>eine Erwähnung ohne Beitrag oder Konto</translation>
    </message>
    <message>
        <source>an account without acct</source>
        <translation>ein Konto ohne acct</translation>
    </message>
    <message>
        <source>Mastodon answered the sign-in check in an unexpected shape.</source>
        <translation>Mastodon hat die Prüfung der Anmeldung in einer unerwarteten Form beantwortet.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Same person as…</source>
        <translation>Dieselbe Person wie…</translation>
    </message>
    <message>
        <source>Which other name did {name} write under? Their comments will be shown together and count as one customer in the report. You can separate them again later.</source>
        <translation>Unter welchem anderen Namen hat {name} geschrieben? Die Kommentare werden zusammen angezeigt und zählen im Bericht als eine Person. Sie können sie später wieder trennen.</translation>
    </message>
    <message>
        <source>Type part of the other name, e.g. annie</source>
        <translation>Teil des anderen Namens eingeben, z. B. annie</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %Ln comment(s) on {platforms}</source>
        <translation><numerusform>{name} — %Ln Kommentar auf {platforms}</numerusform><numerusform>{name} — %Ln Kommentare auf {platforms}</numerusform></translation>
    </message>
    <message>
        <source>{match} (already the same person as {other}: both join)</source>
        <translation>{match} (schon dieselbe Person wie {other}: beide kommen dazu)</translation>
    </message>
    <message>
        <source>Merge unlocks when you pick a name: type part of it above.</source>
        <translation>„Zusammenführen“ wird möglich, sobald Sie einen Namen wählen: Geben Sie oben einen Teil davon ein.</translation>
    </message>
    <message>
        <source>No other name matches what you typed.</source>
        <translation>Kein anderer Name passt zu Ihrer Eingabe.</translation>
    </message>
    <message>
        <source>Merge unlocks when you pick a name in the list.</source>
        <translation>„Zusammenführen“ wird möglich, sobald Sie einen Namen in der Liste wählen.</translation>
    </message>
</context>
<context>
    <name>Offer</name>
    <message>
        <source>no compensation</source>
        <translation>keine Entschädigung</translation>
    </message>
    <message>
        <source>an apology</source>
        <translation>eine Entschuldigung</translation>
    </message>
    <message>
        <source>a discount</source>
        <translation>ein Rabatt</translation>
    </message>
    <message>
        <source>{percent} off</source>
        <translation>{percent} Rabatt</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>a free item worth {money}</source>
        <translation>ein Gratisartikel im Wert von {money}</translation>
    </message>
    <message>
        <source>a free item</source>
        <translation>ein Gratisartikel</translation>
    </message>
    <message>
        <source>{money} off</source>
        <translation>{money} Rabatt</translation>
    </message>
    <message>
        <source>a refund</source>
        <translation>eine Rückerstattung</translation>
    </message>
    <message>
        <source>a refund of {money}</source>
        <translation>eine Rückerstattung von {money}</translation>
    </message>
    <message>
        <source>{count} free {items}</source>
        <translation>{count} {items} gratis</translation>
    </message>
    <message>
        <source>a free {item}</source>
        <translation>{item} gratis</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The reply is empty.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>A code goes with an offer; there is no offer.</source>
        <translation>Ein Code gehört zu einem Angebot; es gibt aber kein Angebot.</translation>
    </message>
    <message>
        <source>There is no reply with id {id}.</source>
        <translation>Es gibt keine Antwort mit der ID {id}.</translation>
    </message>
    <message>
        <source>This reply has already been sent.</source>
        <translation>Diese Antwort wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>This reply is being sent right now by another Feedback Desk window or command. Wait for it to finish.</source>
        <translation>Diese Antwort wird gerade von einem anderen Feedback-Desk-Fenster oder -Befehl gesendet. Warten Sie, bis das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>You have already answered in public in this conversation. Another public reply invites a back-and-forth: take it private, or end it politely — and if you do mean to answer in public again, say so.</source>
        <translation>Sie haben in diesem Gespräch bereits öffentlich geantwortet. Eine weitere öffentliche Antwort lädt zum Hin und Her ein: Führen Sie das Gespräch privat weiter oder beenden Sie es höflich – und wenn Sie wirklich noch einmal öffentlich antworten möchten, geben Sie das ausdrücklich an.</translation>
    </message>
    <message>
        <source>A reply to this comment is being sent right now by another Feedback Desk window or command. Wait for it to finish.</source>
        <translation>Eine Antwort auf diesen Kommentar wird gerade von einem anderen Feedback-Desk-Fenster oder -Befehl gesendet. Warten Sie, bis das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>An earlier reply to this comment may already have arrived; the platform must be asked before another one is sent.</source>
        <translation>Eine frühere Antwort auf diesen Kommentar ist womöglich schon angekommen; die Plattform muss erst gefragt werden, bevor eine weitere gesendet wird.</translation>
    </message>
    <message>
        <source>This reply cannot be sent as it is: {reasons}</source>
        <translation>Diese Antwort kann so nicht gesendet werden: {reasons}</translation>
    </message>
    <message>
        <source>This is an e-mail reply: say whether you sent it from your mail program.</source>
        <translation>Das ist eine Antwort per E-Mail: Sagen Sie bitte, ob Sie sie aus Ihrem E-Mail-Programm gesendet haben.</translation>
    </message>
    <message>
        <source>Sending stopped: {problem}</source>
        <translation>Senden abgebrochen: {problem}</translation>
    </message>
    <message>
        <source>Not sent: your earlier message had arrived.</source>
        <translation>Nicht gesendet: Ihre frühere Nachricht war schon angekommen.</translation>
    </message>
    <message>
        <source>You have not said yet whether you sent the earlier e-mail reply to this comment. Confirm it first (Send again shows the question).</source>
        <translation>Sie haben noch nicht gesagt, ob Sie die frühere E-Mail-Antwort auf diesen Kommentar gesendet haben. Bestätigen Sie das zuerst („Erneut senden“ zeigt die Frage).</translation>
    </message>
    <message>
        <source>Could not ask the platform: {problem}</source>
        <translation>Die Plattform konnte nicht gefragt werden: {problem}</translation>
    </message>
    <message>
        <source>{platform} cannot say whether this private message arrived; it keeps one per comment, so the next one sent will tell.</source>
        <translation>{platform} kann nicht sagen, ob diese Privatnachricht angekommen ist; es gibt eine pro Kommentar, also zeigt es die nächste gesendete.</translation>
    </message>
    <message>
        <source>It never reached {platform}; it was not sent.</source>
        <translation>Sie hat {platform} nie erreicht; sie wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Replaced by a new e-mail.</source>
        <translation>Durch eine neue E-Mail ersetzt.</translation>
    </message>
    <message>
        <source>Only an e-mail reply is confirmed by hand.</source>
        <translation>Nur eine Antwort per E-Mail wird von Hand bestätigt.</translation>
    </message>
    <message>
        <source>You did not send the e-mail.</source>
        <translation>Sie haben die E-Mail nicht gesendet.</translation>
    </message>
    <message>
        <source>Send this reply to {platform} directly.</source>
        <translation>Senden Sie diese Antwort direkt an {platform}.</translation>
    </message>
    <message>
        <source>Replaced by a new reply.</source>
        <translation>Durch eine neue Antwort ersetzt.</translation>
    </message>
    <message>
        <source>Only a reply you post yourself is confirmed by hand.</source>
        <translation>Nur eine Antwort, die Sie selbst veröffentlichen, wird von Hand bestätigt.</translation>
    </message>
    <message>
        <source>You did not post it.</source>
        <translation>Sie haben sie nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Waiting for you to say whether you posted it.</source>
        <translation>Wartet darauf, dass Sie sagen, ob Sie sie veröffentlicht haben.</translation>
    </message>
    <message>
        <source>Waiting for you to say whether you sent it.</source>
        <translation>Wartet darauf, dass Sie sagen, ob Sie sie gesendet haben.</translation>
    </message>
    <message>
        <source>This comment came from an imported file, so Feedback Desk cannot post on the platform: answer there yourself, or by e-mail.</source>
        <translation>Dieser Kommentar stammt aus einer importierten Datei, daher kann Feedback Desk nicht auf der Plattform antworten: Antworten Sie dort selbst oder per E-Mail.</translation>
    </message>
    <message>
        <source>Your earlier reply had reached {platform} after all, so the new one was not sent (the customer would have seen both). What they see: “{text}”</source>
        <translation>Ihre frühere Antwort war doch bei {platform} angekommen, daher wurde die neue nicht gesendet (die Kundschaft hätte beide gesehen). Das ist zu sehen: „{text}“</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Won back</source>
        <translation>Zurückgewonnen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <source>Still unhappy</source>
        <translation>Weiterhin unzufrieden</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Rückmeldung</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>The stars went up from {before} to {now} after our reply.</source>
        <translation>Die Sterne sind nach unserer Antwort von {before} auf {now} gestiegen.</translation>
    </message>
    <message>
        <source>Record outcome — {about}</source>
        <translation>Ergebnis festhalten — {about}</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Ergebnis festhalten</translation>
    </message>
    <message>
        <source>What happened after your reply? Each outcome is kept with its date, so the complaint's history shows how it went.</source>
        <translation>Was ist nach Ihrer Antwort passiert? Jedes Ergebnis wird mit Datum gespeichert, sodass der Verlauf der Beschwerde zeigt, wie es ausging.</translation>
    </message>
    <message>
        <source>e.g. Came back on Saturday and used the code</source>
        <translation>z. B. Kam am Samstag wieder und hat den Code eingelöst</translation>
    </message>
    <message>
        <source>Remind me to follow up on</source>
        <translation>Erinnern Sie mich zur Wiedervorlage am</translation>
    </message>
    <message>
        <source>Follow-up day</source>
        <translation>Tag der Wiedervorlage</translation>
    </message>
    <message>
        <source>On this day the complaint shows in the inbox's Follow-ups due view</source>
        <translation>An diesem Tag erscheint die Beschwerde im Posteingang unter den fälligen Wiedervorlagen</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Am</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>An outcome cannot be dated in the future.</source>
        <translation>Ein Ergebnis kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The follow-up day must not be before the outcome's date.</source>
        <translation>Der Tag zum erneuten Ansehen darf nicht vor dem Datum des Ergebnisses liegen.</translation>
    </message>
</context>
<context>
    <name>OwnAppDialog</name>
    <message>
        <source>Google client id</source>
        <translation>Google-Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Meta app id</source>
        <translation>Meta-App-ID</translation>
    </message>
    <message>
        <source>Client token</source>
        <translation>Client-Token</translation>
    </message>
    <message>
        <source>Facebook and Instagram</source>
        <translation>Facebook und Instagram</translation>
    </message>
    <message>
        <source>Use my own app</source>
        <translation>Eigene App verwenden</translation>
    </message>
    <message>
        <source>For agencies and owners with their own Google Cloud or Meta developer app: Feedback Desk then signs in as your app instead of its own. Give the ids from the Google Cloud console (a desktop-app OAuth client) or Meta for Developers; leave an id empty to sign in as Feedback Desk's own app again.</source>
        <translation>Für Agenturen und Geschäfte mit einer eigenen Entwickler-App bei Google Cloud oder Meta: Feedback Desk meldet sich dann als Ihre App an statt als eigene. Tragen Sie die IDs aus der Google Cloud Console (ein OAuth-Client für Desktop-Apps) oder aus Meta for Developers ein; lassen Sie eine ID leer, um sich wieder als die App von Feedback Desk anzumelden.</translation>
    </message>
    <message>
        <source>kept in the system keyring; leave empty to keep it</source>
        <translation>im Schlüsselbund des Systems aufbewahrt; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>kept only in the system keyring</source>
        <translation>nur im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
</context>
<context>
    <name>PauseBanner</name>
    <message>
        <source>A pause is over</source>
        <translation>Eine Bedenkzeit ist vorbei</translation>
    </message>
    <message>
        <source>Continue the reply</source>
        <translation>Antwort fortsetzen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Hide this; the reply stays under Ready to send</source>
        <translation>Ausblenden; die Antwort bleibt unter „Bereit zum Senden“</translation>
    </message>
    <message>
        <source>{title}:</source>
        <translation>{title}:</translation>
    </message>
    <message>
        <source>Write the reply</source>
        <translation>Antwort schreiben</translation>
    </message>
</context>
<context>
    <name>PauseNotice</name>
    <message>
        <source>Your pause is over</source>
        <translation>Ihre Bedenkzeit ist vorbei</translation>
    </message>
    <message>
        <source>You can now read your reply to {name} once more and send it.</source>
        <translation>Sie können Ihre Antwort an {name} jetzt noch einmal lesen und senden.</translation>
    </message>
    <message>
        <source>You can now write and send your reply to {name}.</source>
        <translation>Sie können Ihre Antwort an {name} jetzt schreiben und senden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pauses are over</source>
        <translation><numerusform>%Ln Bedenkzeit ist vorbei</numerusform><numerusform>%Ln Bedenkzeiten sind vorbei</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Your replies to {name} and %Ln more can be sent now; they are listed under Ready to send.</source>
        <translation><numerusform>Ihre Antworten an {name} und %Ln weitere Person können jetzt gesendet werden; sie stehen unter „Bereit zum Senden“.</numerusform><numerusform>Ihre Antworten an {name} und %Ln weitere können jetzt gesendet werden; sie stehen unter „Bereit zum Senden“.</numerusform></translation>
    </message>
</context>
<context>
    <name>Perspective</name>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>harsh</source>
        <translation>heftig</translation>
    </message>
    <message>
        <source>{stars}★</source>
        <translation>{stars}★</translation>
    </message>
    <message>
        <source>No comments in the last 30 days besides this one.</source>
        <translation>Außer diesem keine Kommentare in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <source>{percent}% {severity}</source>
        <translation>{percent} % {severity}</translation>
    </message>
    <message numerus="yes">
        <source>In the last 30 days, %Ln comment(s): {shares}.</source>
        <translation><numerusform>In den letzten 30 Tagen %Ln Kommentar: {shares}.</numerusform><numerusform>In den letzten 30 Tagen %Ln Kommentare: {shares}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{platform} average {average} from %Ln review(s) in the last 30 days.</source>
        <translation><numerusform>{platform}: Durchschnitt {average} aus %Ln Bewertung in den letzten 30 Tagen.</numerusform><numerusform>{platform}: Durchschnitt {average} aus %Ln Bewertungen in den letzten 30 Tagen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{platform} average {average} from %Ln review(s) in the last 30 days (up from {before}).</source>
        <translation><numerusform>{platform}: Durchschnitt {average} aus %Ln Bewertung in den letzten 30 Tagen (gestiegen von {before}).</numerusform><numerusform>{platform}: Durchschnitt {average} aus %Ln Bewertungen in den letzten 30 Tagen (gestiegen von {before}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{platform} average {average} from %Ln review(s) in the last 30 days (down from {before}).</source>
        <translation><numerusform>{platform}: Durchschnitt {average} aus %Ln Bewertung in den letzten 30 Tagen (gesunken von {before}).</numerusform><numerusform>{platform}: Durchschnitt {average} aus %Ln Bewertungen in den letzten 30 Tagen (gesunken von {before}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{platform} average {average} from %Ln review(s) in the last 30 days (the same as the 30 days before).</source>
        <translation><numerusform>{platform}: Durchschnitt {average} aus %Ln Bewertung in den letzten 30 Tagen (gleich wie in den 30 Tagen davor).</numerusform><numerusform>{platform}: Durchschnitt {average} aus %Ln Bewertungen in den letzten 30 Tagen (gleich wie in den 30 Tagen davor).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{name} wrote %Ln time(s) before: {listed}.</source>
        <translation><numerusform>{name} hat schon %Ln-mal geschrieben: {listed}.</numerusform><numerusform>{name} hat schon %Ln-mal geschrieben: {listed}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln other customer(s)</source>
        <translation><numerusform>%Ln andere Person</numerusform><numerusform>%Ln andere Personen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{customers} mentioned {about} in the last 90 days (%Ln comment(s)).</source>
        <translation><numerusform>{customers} erwähnten in den letzten 90 Tagen {about} (%Ln Kommentar).</numerusform><numerusform>{customers} erwähnten in den letzten 90 Tagen {about} (%Ln Kommentare).</numerusform></translation>
    </message>
    <message>
        <source>{platform}: no reviews in the last 30 days (average {before} the 30 days before).</source>
        <translation>{platform}: keine Bewertungen in den letzten 30 Tagen (Durchschnitt {before} in den 30 Tagen davor).</translation>
    </message>
    <message>
        <source>First comment from {name}.</source>
        <translation>Erster Kommentar von {name}.</translation>
    </message>
    <message>
        <source>{day} ({severity})</source>
        <translation>{day} ({severity})</translation>
    </message>
    <message>
        <source>{name} wrote once before: {listed}.</source>
        <translation>{name} hat schon einmal geschrieben: {listed}.</translation>
    </message>
    <message>
        <source>No category yet: choose one on the next step to see whether others raised the same point.</source>
        <translation>Noch keine Kategorie: Wählen Sie im nächsten Schritt eine, um zu sehen, ob andere denselben Punkt angesprochen haben.</translation>
    </message>
    <message>
        <source>{category} (a guess from the words used)</source>
        <translation>{category} (aus den Worten geschätzt)</translation>
    </message>
    <message>
        <source>Nobody else mentioned {about} in the last 90 days.</source>
        <translation>Niemand sonst hat in den letzten 90 Tagen {about} erwähnt.</translation>
    </message>
    <message>
        <source>No reviews with stars in these weeks.</source>
        <translation>Keine Bewertungen mit Sternen in diesen Wochen.</translation>
    </message>
    <message>
        <source>{platform} ★</source>
        <translation>{platform} ★</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>{count} ({percent}%)</source>
        <translation>{count} ({percent} %)</translation>
    </message>
</context>
<context>
    <name>PerspectiveDefinitions</name>
    <message>
        <source>Every comment and review written in the 30 days (30 x 24 hours) before the moment shown, on every platform, and the share of each severity as the comment came in (or as you corrected it), the way the report counts complaints. Each share is rounded to the nearest whole percent, so together they may make 99% or 101%.</source>
        <translation>Alle Kommentare und Bewertungen aus den 30 Tagen (30 × 24 Stunden) vor dem angegebenen Zeitpunkt, auf allen Plattformen, und der Anteil jeder Schwere, wie sie beim Eingang eingestuft wurde (oder wie Sie sie korrigiert haben) – so, wie der Bericht Beschwerden zählt. Jeder Anteil ist auf ganze Prozent gerundet, zusammen können es also 99 % oder 101 % sein.</translation>
    </message>
    <message>
        <source>For each platform, the average star rating of the reviews (comments with stars) written in the last 30 days, to one decimal, as their stars stand now; and the same for the 30 days before that, to show whether it went up or down.</source>
        <translation>Für jede Plattform die durchschnittliche Sternebewertung der Bewertungen (Kommentare mit Sternen) aus den letzten 30 Tagen, auf eine Nachkommastelle, nach ihrem heutigen Stand; und dasselbe für die 30 Tage davor, damit Sie sehen, ob es aufwärts oder abwärts ging.</translation>
    </message>
    <message>
        <source>The last 12 weeks, each seven days ending at the moment shown (the newest week ends at that moment): how many comments of each severity, and each platform's average stars that week.</source>
        <translation>Die letzten 12 Wochen, jede sieben Tage lang und bis zum angegebenen Zeitpunkt gerechnet (die neueste Woche endet in diesem Moment): wie viele Kommentare jeder Schwere und die durchschnittlichen Sterne jeder Plattform in dieser Woche.</translation>
    </message>
    <message>
        <source>The comments the same customer wrote before this one, on any platform: the same name however it is written, or a name you said is the same person (History).</source>
        <translation>Die Kommentare, die dieselbe Person vor diesem geschrieben hat, auf jeder Plattform: derselbe Name in beliebiger Schreibweise oder ein Name, den Sie als dieselbe Person angegeben haben (Verlauf).</translation>
    </message>
    <message>
        <source>Categories you gave comments written in the last 90 days (capitals and spaces do not matter): how many comments and how many different customers. For a comment you have not given a category yet, the pause page uses a guess from its words (late: delivery, broken or missing: product, a charge or refund: price, no answer or waiting: service) and says it is a guess; other comments count only with the category you gave them. 'Other customers' leaves out the writer of the comment.</source>
        <translation>Kategorien, die Sie Kommentaren aus den letzten 90 Tagen gegeben haben (Groß-/Kleinschreibung und Leerzeichen spielen keine Rolle): wie viele Kommentare und wie viele verschiedene Personen. Für einen Kommentar ohne Kategorie schätzt die Bedenkzeit-Seite eine aus seinen Worten (verspätet: Lieferung, kaputt oder fehlt: Produkt, Abbuchung oder Erstattung: Preis, keine Antwort oder Warten: Service) und sagt, dass es eine Schätzung ist; andere Kommentare zählen nur mit der Kategorie, die Sie vergeben haben. „Andere Personen“ lässt die Person weg, die den Kommentar geschrieben hat.</translation>
    </message>
</context>
<context>
    <name>PerspectivePanel</name>
    <message>
        <source>In proportion</source>
        <translation>Im Verhältnis</translation>
    </message>
    <message>
        <source>Counting the other comments…</source>
        <translation>Die anderen Kommentare werden gezählt…</translation>
    </message>
    <message>
        <source>The other comments could not be counted just now.</source>
        <translation>Die anderen Kommentare konnten gerade nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>PerspectiveWindow</name>
    <message>
        <source>Perspective</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <source>How the comments of the last weeks felt, and how the stars went. One angry comment is rarely the whole picture.</source>
        <translation>Wie die Kommentare der letzten Wochen klangen und wie sich die Sterne entwickelt haben. Ein verärgerter Kommentar ist selten das ganze Bild.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Comments and stars per week</source>
        <translation>Kommentare und Sterne pro Woche</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>The comments could not be counted just now.</source>
        <translation>Die Kommentare konnten gerade nicht gezählt werden.</translation>
    </message>
    <message numerus="yes">
        <source>{category}: {comments} from %Ln customer(s)</source>
        <translation><numerusform>{category}: {comments} von %Ln Person</numerusform><numerusform>{category}: {comments} von %Ln Personen</numerusform></translation>
    </message>
    <message>
        <source>Points raised in the last 90 days: {points}.</source>
        <translation>Angesprochene Punkte der letzten 90 Tage: {points}.</translation>
    </message>
    <message>
        <source>No comment of the last 90 days has a category yet.</source>
        <translation>Noch kein Kommentar der letzten 90 Tage hat eine Kategorie.</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Google reviews</source>
        <translation>Google-Bewertungen</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
</context>
<context>
    <name>PrivateReply</name>
    <message>
        <source>a Messenger message</source>
        <translation>eine Messenger-Nachricht</translation>
    </message>
    <message>
        <source>an Instagram direct message</source>
        <translation>eine Instagram-Direktnachricht</translation>
    </message>
    <message>
        <source>a private mention</source>
        <translation>eine private Erwähnung</translation>
    </message>
    <message>
        <source>There are no private replies on {platform}. Reply in public and invite the customer to get in touch, or e-mail them.</source>
        <translation>Auf {platform} gibt es keine privaten Antworten. Antworten Sie öffentlich und laden Sie die Person ein, sich zu melden, oder schreiben Sie ihr eine E-Mail.</translation>
    </message>
    <message>
        <source>{platform} allows one private message per comment, and it was sent already.</source>
        <translation>{platform} erlaubt eine Privatnachricht pro Kommentar, und die wurde bereits gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>{platform} only allows a private message within 7 days of the comment; this one is %Ln day(s) old. Reply in public instead.</source>
        <translation><numerusform>{platform} erlaubt eine Privatnachricht nur innerhalb von 7 Tagen nach dem Kommentar; dieser ist %Ln Tag alt. Antworten Sie stattdessen öffentlich.</numerusform><numerusform>{platform} erlaubt eine Privatnachricht nur innerhalb von 7 Tagen nach dem Kommentar; dieser ist %Ln Tage alt. Antworten Sie stattdessen öffentlich.</numerusform></translation>
    </message>
    <message>
        <source>{platform} says this comment cannot be answered privately.</source>
        <translation>Laut {platform} kann dieser Kommentar nicht privat beantwortet werden.</translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <source>Average stars per week, per platform</source>
        <translation>Durchschnittliche Sterne pro Woche und Plattform</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation><numerusform>vor %Ln Min.</numerusform><numerusform>vor %Ln Min.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation><numerusform>vor %Ln Std.</numerusform><numerusform>vor %Ln Std.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln d ago</source>
        <translation><numerusform>vor %Ln Tag</numerusform><numerusform>vor %Ln Tagen</numerusform></translation>
    </message>
</context>
<context>
    <name>Repair</name>
    <message>
        <source>{n} comments</source>
        <translation>{n} Kommentare</translation>
    </message>
    <message>
        <source>{n} replies</source>
        <translation>{n} Antworten</translation>
    </message>
    <message>
        <source>{n} discount offers</source>
        <translation>{n} Rabattangebote</translation>
    </message>
    <message>
        <source>{n} accounts</source>
        <translation>{n} Konten</translation>
    </message>
    <message>
        <source>Repaired: saved {saved} into a new database.</source>
        <translation>Repariert: {saved} in eine neue Datenbank gerettet.</translation>
    </message>
    <message>
        <source>{n} comment ids below the highest saved one are missing (lost to the damage, or deleted earlier).</source>
        <translation>{n} Kommentar-IDs unterhalb der höchsten geretteten fehlen (durch den Schaden verloren oder früher gelöscht).</translation>
    </message>
    <message>
        <source>{n} rows could not be read or were garbled past saving.</source>
        <translation>{n} Zeilen konnten nicht gelesen werden oder waren zu stark beschädigt, um sie zu retten.</translation>
    </message>
    <message>
        <source>Nothing could be read from: {tables}.</source>
        <translation>Aus diesen Tabellen ließ sich nichts lesen: {tables}.</translation>
    </message>
    <message>
        <source>The damaged file is kept as {path}.</source>
        <translation>Die beschädigte Datei wird als {path} aufbewahrt.</translation>
    </message>
    <message>
        <source>There is no comment database to repair at {path}.</source>
        <translation>Unter {path} gibt es keine Kommentar-Datenbank, die repariert werden könnte.</translation>
    </message>
    <message>
        <source>Cannot copy {source} to {target} before repairing it: {reason}. Nothing was changed.</source>
        <translation>{source} kann vor der Reparatur nicht nach {target} kopiert werden: {reason}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing can be read from {path} (even its list of tables is damaged: {error}); it was left as it is.</source>
        <translation>Aus {path} lässt sich nichts lesen (sogar die Liste der Tabellen ist beschädigt: {error}); die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Feedback Desk (database version {version}); update Feedback Desk and repair it with that. It was left as it is.</source>
        <translation>{path} wurde von einer neueren Version von Feedback Desk geschrieben (Datenbankversion {version}); aktualisieren Sie Feedback Desk und reparieren Sie die Datei damit. Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Cannot tell which Feedback Desk wrote {path} (database version {version}); it was left as it is.</source>
        <translation>Es lässt sich nicht feststellen, welche Version von Feedback Desk {path} geschrieben hat (Datenbankversion {version}); die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The repaired copy did not pass its own check ({verdict}).</source>
        <translation>Die reparierte Kopie hat ihre eigene Prüfung nicht bestanden ({verdict}).</translation>
    </message>
</context>
<context>
    <name>ReplyState</name>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf das Senden</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>not confirmed: the platform will be asked before anything is re-sent</source>
        <translation>nicht bestätigt: Die Plattform wird gefragt, bevor etwas erneut gesendet wird</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
</context>
<context>
    <name>ReplyWizard</name>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Close (keeps your work)</source>
        <translation>Schließen (Ihre Arbeit bleibt erhalten)</translation>
    </message>
    <message>
        <source>our shop</source>
        <translation>unser Geschäft</translation>
    </message>
    <message>
        <source>This reply has been sent.</source>
        <translation>Diese Antwort wurde gesendet.</translation>
    </message>
    <message>
        <source>The pause could not be started</source>
        <translation>Die Pause konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Your reply could not be saved</source>
        <translation>Ihre Antwort konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ReplyWizardSteps</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Is it fair?</source>
        <translation>Ist es berechtigt?</translation>
    </message>
    <message>
        <source>Public or private</source>
        <translation>Öffentlich oder privat</translation>
    </message>
    <message>
        <source>Make it right</source>
        <translation>Wiedergutmachen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Read again and send</source>
        <translation>Nochmals lesen und senden</translation>
    </message>
</context>
<context>
    <name>ReportDate</name>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
</context>
<context>
    <name>ReportDefinitions</name>
    <message>
        <source>A comment or review the app rated harsh or negative, written on one of the days of the report (first and last day included, by the shop's clock), on the chosen platforms, categories, validity and latest outcome. Neutral and positive comments are not in this report.</source>
        <translation>Ein Kommentar oder eine Bewertung, die die App als heftig oder negativ eingestuft hat, geschrieben an einem der Tage des Berichts (erster und letzter Tag eingeschlossen, nach der Uhr des Geschäfts), auf den gewählten Plattformen, mit den gewählten Kategorien, der gewählten Berechtigung und dem gewählten letzten Ergebnis. Neutrale und positive Kommentare sind nicht in diesem Bericht.</translation>
    </message>
    <message>
        <source>How many complaints there were.</source>
        <translation>Wie viele Beschwerden es gab.</translation>
    </message>
    <message>
        <source>Complaints per calendar week, Monday to Sunday, numbered the ISO way (2026-W18 is the 18th week of 2026). Weeks of the period without complaints show 0.</source>
        <translation>Beschwerden je Kalenderwoche, Montag bis Sonntag, nach ISO nummeriert (2026-W18 ist die 18. Woche 2026). Wochen des Zeitraums ohne Beschwerden zeigen 0.</translation>
    </message>
    <message>
        <source>Complaints per platform (Google, Facebook and so on), most first.</source>
        <translation>Beschwerden je Plattform (Google, Facebook usw.), die meisten zuerst.</translation>
    </message>
    <message>
        <source>Complaints per category you gave them when judging them; 'no category' counts the ones you have not given a category.</source>
        <translation>Beschwerden je Kategorie, die Sie beim Beurteilen vergeben haben; „keine Kategorie“ zählt die, denen Sie keine Kategorie gegeben haben.</translation>
    </message>
    <message>
        <source>Complaints the app rated harsh (hostile or very angry) and negative (unhappy but civil).</source>
        <translation>Beschwerden, die die App als heftig (feindselig oder sehr verärgert) und als negativ (unzufrieden, aber höflich) eingestuft hat.</translation>
    </message>
    <message>
        <source>Complaints that got at least one reply that was actually sent: publicly, by private message or by e-mail. Drafts and replies that failed to send do not count.</source>
        <translation>Beschwerden, auf die mindestens eine Antwort tatsächlich gesendet wurde: öffentlich, per Privatnachricht oder per E-Mail. Entwürfe und Antworten, deren Versand fehlschlug, zählen nicht.</translation>
    </message>
    <message>
        <source>Answered complaints (see 'replied') out of all complaints.</source>
        <translation>Beantwortete Beschwerden (siehe „Beantwortete Beschwerden“) von allen Beschwerden.</translation>
    </message>
    <message>
        <source>The typical time from a complaint being written to your first sent reply: half of the answered complaints were answered faster, half slower. With an even number, it is halfway between the two middle times. Unanswered complaints are left out; blank when none was answered.</source>
        <translation>Die typische Zeit vom Schreiben einer Beschwerde bis zu Ihrer ersten gesendeten Antwort: Die Hälfte der beantworteten Beschwerden wurde schneller beantwortet, die andere Hälfte langsamer. Bei einer geraden Anzahl liegt der Wert genau zwischen den beiden mittleren Zeiten. Unbeantwortete Beschwerden zählen nicht; leer, wenn keine beantwortet wurde.</translation>
    </message>
    <message>
        <source>The time within which 9 out of 10 answered complaints got their first reply (the 90th percentile by the nearest-rank method: sort the times, take the one at position 90% of the count, rounded up). With fewer than 10 answers this is the slowest or nearly the slowest one.</source>
        <translation>Die Zeit, in der 9 von 10 beantworteten Beschwerden ihre erste Antwort bekamen (das 90. Perzentil nach der Rangmethode: Zeiten sortieren, die an Position 90 % der Anzahl nehmen, aufgerundet). Bei weniger als 10 Antworten ist das die langsamste oder fast die langsamste.</translation>
    </message>
    <message>
        <source>The typical pause you kept between starting a cool-off on a complaint and sending the first reply (middle value, as above). Only answered complaints that had a cool-off count; blank when there were none.</source>
        <translation>Die typische Pause zwischen dem Start einer Bedenkzeit für eine Beschwerde und dem Senden der ersten Antwort (Mittelwert wie oben). Es zählen nur beantwortete Beschwerden mit Bedenkzeit; leer, wenn es keine gab.</translation>
    </message>
    <message>
        <source>How you judged the complaints: valid, partly valid, not valid, or not yet judged. The four add up to all complaints.</source>
        <translation>Wie Sie die Beschwerden beurteilt haben: berechtigt, teilweise berechtigt, nicht berechtigt oder noch nicht beurteilt. Die vier ergeben zusammen alle Beschwerden.</translation>
    </message>
    <message>
        <source>Answered complaints whose first reply went by private message or e-mail instead of in public, out of all answered complaints.</source>
        <translation>Beantwortete Beschwerden, deren erste Antwort per Privatnachricht oder E-Mail statt öffentlich ging, von allen beantworteten Beschwerden.</translation>
    </message>
    <message>
        <source>Complaints where you answered in public a second time in the same conversation. Feedback Desk asks you to choose that on purpose, because a second public answer often starts a back-and-forth that everyone can read.</source>
        <translation>Beschwerden, bei denen Sie im selben Gespräch ein zweites Mal öffentlich geantwortet haben. Feedback Desk lässt Sie das bewusst wählen, weil eine zweite öffentliche Antwort oft ein Hin und Her auslöst, das alle mitlesen können.</translation>
    </message>
    <message>
        <source>Complaints marked resolved, or whose latest recorded outcome is 'resolved' or 'won back', out of all complaints.</source>
        <translation>Beschwerden, die als geklärt markiert sind oder deren zuletzt festgehaltenes Ergebnis „geklärt“ oder „zurückgewonnen“ ist, von allen Beschwerden.</translation>
    </message>
    <message>
        <source>Every apology, discount, free item and refund offered in answer to the complaints, whatever happened to it afterwards: the number of each kind and, for money, the total per currency. Percentage discounts are counted but not added up (10% twice is not 20% of anything); free items are added up only when you gave their worth.</source>
        <translation>Jede Entschuldigung, jeder Rabatt, jeder Gratisartikel und jede Erstattung, die als Antwort auf die Beschwerden angeboten wurden, egal was danach daraus wurde: die Anzahl jeder Art und bei Geld die Summe je Währung. Prozentrabatte werden gezählt, aber nicht addiert (zweimal 10 % sind nicht 20 % von irgendetwas); Gratisartikel werden nur addiert, wenn Sie ihren Wert angegeben haben.</translation>
    </message>
    <message>
        <source>The offers the customer actually used at the till (marked redeemed), counted and added up the same way. Refunds and apologies have no code, so they never show here.</source>
        <translation>Die Angebote, die die Kundschaft an der Kasse tatsächlich genutzt hat (als eingelöst markiert), genauso gezählt und addiert. Erstattungen und Entschuldigungen haben keinen Code und erscheinen daher nie hier.</translation>
    </message>
    <message>
        <source>Complaints where you offered more than an apology: a discount, a free item or a refund.</source>
        <translation>Beschwerden, bei denen Sie mehr als eine Entschuldigung angeboten haben: einen Rabatt, einen Gratisartikel oder eine Erstattung.</translation>
    </message>
    <message>
        <source>For each currency: the money offered (fixed discounts, refunds and the worth of free items) divided by the number of complaints where something worth money in that currency was offered; rounded to the smallest coin. Percentage discounts have no amount, so they are not in it.</source>
        <translation>Für jede Währung: das angebotene Geld (feste Rabatte, Erstattungen und der Wert von Gratisartikeln) geteilt durch die Zahl der Beschwerden, bei denen etwas mit Geldwert in dieser Währung angeboten wurde; auf die kleinste Münze gerundet. Prozentrabatte haben keinen Betrag und sind daher nicht enthalten.</translation>
    </message>
    <message>
        <source>The different customers behind the complaints. A customer is a name, whatever the platform: 'Ann Lee' on Facebook and 'ann lee' on Google reviews are one customer (capitals, spaces and a Mastodon @handle after the name do not matter), and so are different names you said belong to the same person (History, 'Same person as…').</source>
        <translation>Die verschiedenen Personen hinter den Beschwerden. Eine Person ist ein Name, egal auf welcher Plattform: „Ann Lee“ auf Facebook und „ann lee“ bei Google-Bewertungen sind eine Person (Groß-/Kleinschreibung, Leerzeichen und ein Mastodon-@Profil nach dem Namen spielen keine Rolle), ebenso verschiedene Namen, die Sie derselben Person zugeordnet haben (Verlauf, „Dieselbe Person wie…“).</translation>
    </message>
    <message>
        <source>Customers with at least one complaint whose latest recorded outcome is 'won back'.</source>
        <translation>Personen mit mindestens einer Beschwerde, deren zuletzt festgehaltenes Ergebnis „zurückgewonnen“ ist.</translation>
    </message>
    <message>
        <source>Customers won back out of all customers at risk (every customer who complained in the period, whether or not you recorded an outcome). A complaint without an outcome counts as not won back, so recording outcomes makes this figure honest.</source>
        <translation>Zurückgewonnene Personen von allen gefährdeten Personen (alle, die sich im Zeitraum beschwert haben, ob Sie ein Ergebnis festgehalten haben oder nicht). Eine Beschwerde ohne Ergebnis zählt als nicht zurückgewonnen – wenn Sie Ergebnisse festhalten, wird diese Zahl also ehrlich.</translation>
    </message>
    <message>
        <source>For each currency: all the money offered (as in 'offered', including offers that were declined or never used) divided by the customers won back; rounded to the smallest coin. Blank when nobody was won back.</source>
        <translation>Für jede Währung: alles angebotene Geld (wie bei „Angebotene Entschädigung“, auch abgelehnte oder nie genutzte Angebote) geteilt durch die zurückgewonnenen Personen; auf die kleinste Münze gerundet. Leer, wenn niemand zurückgewonnen wurde.</translation>
    </message>
    <message>
        <source>The five categories with the most complaints (ties in alphabetical order), each with its share of all complaints, and what you wrote while judging them: the points you found valid and your notes, most often written first (up to five each; the same text written on several complaints counts once, with how many times).</source>
        <translation>Die fünf Kategorien mit den meisten Beschwerden (bei Gleichstand alphabetisch), jede mit ihrem Anteil an allen Beschwerden, und was Sie beim Beurteilen notiert haben: die Punkte, die Sie berechtigt fanden, und Ihre Notizen, die häufigsten zuerst (jeweils bis zu fünf; derselbe Text bei mehreren Beschwerden zählt einmal, mit der Anzahl).</translation>
    </message>
    <message>
        <source>Complaints still waiting for you (new, cooling off or with a reply being written) when the report was made, oldest first, with how long each has waited.</source>
        <translation>Beschwerden, die beim Erstellen des Berichts noch auf Sie warteten (neu, in Bedenkzeit oder mit einer Antwort in Arbeit), die ältesten zuerst, mit ihrer Wartezeit.</translation>
    </message>
    <message>
        <source>Open complaints that have waited longer than the response target (24 hours unless you chose another) when the report was made.</source>
        <translation>Offene Beschwerden, die beim Erstellen des Berichts länger als die Antwortfrist gewartet haben (24 Stunden, wenn Sie keine andere gewählt haben).</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>pages to print or send</source>
        <translation>Seiten zum Drucken oder Versenden</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>one row per complaint, for a spreadsheet</source>
        <translation>eine Zeile pro Beschwerde, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>one page that opens in any web browser</source>
        <translation>eine Seite, die sich in jedem Webbrowser öffnet</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>Customer-recovery report</source>
        <translation>Bericht zur Kundenrückgewinnung</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vorschau des Berichts</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder the report was saved in.</source>
        <translation>Den Ordner zeigen, in dem der Bericht gespeichert wurde.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>The first day of the report (included).</source>
        <translation>Der erste Tag des Berichts (eingeschlossen).</translation>
    </message>
    <message>
        <source>The last day of the report (included).</source>
        <translation>Der letzte Tag des Berichts (eingeschlossen).</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Which complaints</source>
        <translation>Welche Beschwerden</translation>
    </message>
    <message>
        <source>Any judgement</source>
        <translation>Jede Beurteilung</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;Judged as</source>
        <translation>B&amp;eurteilt als</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>Complaints are the comments and reviews rated harsh or negative, counted by the day they were written. The preview is the PDF as it will be printed; the CSV has one row per complaint, and the HTML page opens in any browser.</source>
        <translation>Beschwerden sind die Kommentare und Bewertungen, die als heftig oder negativ eingestuft wurden, gezählt nach dem Tag, an dem sie geschrieben wurden. Die Vorschau zeigt das PDF so, wie es gedruckt wird; die CSV-Datei hat eine Zeile pro Beschwerde, und die HTML-Seite öffnet sich in jedem Browser.</translation>
    </message>
    <message>
        <source>Save as {format}…</source>
        <translation>Als {format} speichern…</translation>
    </message>
    <message>
        <source>‘From’ ({start}) is after ‘To’ ({end}): choose a ‘From’ day on or before the ‘To’ day.</source>
        <translation>„Von“ ({start}) liegt nach „Bis“ ({end}): Wählen Sie für „Von“ einen Tag vor oder gleich „Bis“.</translation>
    </message>
    <message>
        <source>No report for this period</source>
        <translation>Kein Bericht für diesen Zeitraum</translation>
    </message>
    <message>
        <source>The period runs backwards</source>
        <translation>Der Zeitraum läuft rückwärts</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Reading the complaints of the period.</source>
        <translation>Die Beschwerden des Zeitraums werden gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s) from {start} to {end}</source>
        <translation><numerusform>%Ln Beschwerde vom {start} bis {end}</numerusform><numerusform>%Ln Beschwerden vom {start} bis {end}</numerusform></translation>
    </message>
    <message>
        <source>{summary} — only {choices}</source>
        <translation>{summary} — nur {choices}</translation>
    </message>
    <message>
        <source>No complaints in this period</source>
        <translation>Keine Beschwerden in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No complaints from {start} to {end} match what you chose: {choices}.
Choose “All” or “Any” in a filter, or a longer period, to see more.</source>
        <translation>Keine Beschwerden vom {start} bis {end} passen zu Ihrer Auswahl: {choices}.
Wählen Sie „Alle“ oder „Jede“ in einem Filter oder einen längeren Zeitraum, um mehr zu sehen.</translation>
    </message>
    <message>
        <source>No comment or review written from {start} to {end} was rated harsh or negative.
Choose a longer period to see earlier complaints.</source>
        <translation>Kein Kommentar und keine Bewertung vom {start} bis {end} wurde als heftig oder negativ eingestuft.
Wählen Sie einen längeren Zeitraum, um frühere Beschwerden zu sehen.</translation>
    </message>
    <message>
        <source>You can still save this report: it will say there were no complaints, which is worth keeping too.</source>
        <translation>Sie können diesen Bericht trotzdem speichern: Er hält fest, dass es keine Beschwerden gab – auch das ist es wert, aufbewahrt zu werden.</translation>
    </message>
    <message>
        <source>The report could not be made: {problem}</source>
        <translation>Der Bericht konnte nicht erstellt werden: {problem}</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Kein Bericht</translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation>Der Bericht konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Der Bericht wird gespeichert…</translation>
    </message>
    <message>
        <source>Wait a moment: the preview is being brought up to date.</source>
        <translation>Einen Moment bitte: Die Vorschau wird aktualisiert.</translation>
    </message>
    <message>
        <source>Save the report shown as a {format} file: {what}.</source>
        <translation>Den angezeigten Bericht als {format}-Datei speichern: {what}.</translation>
    </message>
    <message>
        <source>Save the report as {format}</source>
        <translation>Bericht als {format} speichern</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>{file} wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}.</source>
        <translation>{file} in {folder} gespeichert.</translation>
    </message>
    <message>
        <source>{file} was not saved. {problem}</source>
        <translation>{file} wurde nicht gespeichert. {problem}</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>The folder {folder} does not exist; create it first or choose another place.</source>
        <translation>Den Ordner {folder} gibt es nicht; legen Sie ihn zuerst an oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Cannot write into {folder}: {reason}.</source>
        <translation>In {folder} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in {suffix}.</source>
        <translation>{path} ist ein Ordner; geben Sie einen Dateinamen an, der auf {suffix} endet.</translation>
    </message>
    <message>
        <source>Cannot tell the format from {name}: choose .pdf, .csv or .html.</source>
        <translation>Das Format lässt sich aus {name} nicht erkennen: Wählen Sie .pdf, .csv oder .html.</translation>
    </message>
    <message>
        <source>The report's first day ({start}) is after its last day ({end}); swap them.</source>
        <translation>Der erste Tag des Berichts ({start}) liegt nach dem letzten ({end}); tauschen Sie die beiden.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Antwortzeiten</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Entschädigung</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Rückgewinnung</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>Häufigste Kategorien</translation>
    </message>
    <message>
        <source>Open and overdue complaints</source>
        <translation>Offene und überfällige Beschwerden</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <source>Appendix: how each figure is worked out</source>
        <translation>Anhang: Wie jede Zahl berechnet wird</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Eingegangene Beschwerden</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Typical first reply</source>
        <translation>Typische erste Antwort</translation>
    </message>
    <message>
        <source>9 in 10 answered within</source>
        <translation>9 von 10 beantwortet innerhalb</translation>
    </message>
    <message>
        <source>Typical cool-off kept</source>
        <translation>Typische Bedenkzeit</translation>
    </message>
    <message>
        <source>Taken private</source>
        <translation>Privat weitergeführt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <source>Compensated complaints</source>
        <translation>Entschädigte Beschwerden</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Gefährdete Kundschaft</translation>
    </message>
    <message>
        <source>Customers won back</source>
        <translation>Zurückgewonnene Kundschaft</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Rückgewinnungsquote</translation>
    </message>
    <message>
        <source>Cost per recovered customer</source>
        <translation>Kosten je zurückgewonnener Person</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Offene Beschwerden</translation>
    </message>
    <message>
        <source>Overdue complaints</source>
        <translation>Überfällige Beschwerden</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Complaints by week</source>
        <translation>Beschwerden nach Woche</translation>
    </message>
    <message>
        <source>Complaints by platform</source>
        <translation>Beschwerden nach Plattform</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>Beschwerden nach Kategorie</translation>
    </message>
    <message>
        <source>Complaints by severity</source>
        <translation>Beschwerden nach Schwere</translation>
    </message>
    <message>
        <source>Answered complaints</source>
        <translation>Beantwortete Beschwerden</translation>
    </message>
    <message>
        <source>Answered (response rate)</source>
        <translation>Beantwortet (Antwortquote)</translation>
    </message>
    <message>
        <source>Answered in public again</source>
        <translation>Erneut öffentlich beantwortet</translation>
    </message>
    <message>
        <source>Resolved (resolution rate)</source>
        <translation>Geklärt (Klärungsquote)</translation>
    </message>
    <message>
        <source>Compensation offered</source>
        <translation>Angebotene Entschädigung</translation>
    </message>
    <message>
        <source>Compensation redeemed</source>
        <translation>Eingelöste Entschädigung</translation>
    </message>
    <message>
        <source>Average compensation per case</source>
        <translation>Durchschnittliche Entschädigung je Fall</translation>
    </message>
    <message>
        <source>Perspective: the last 30 days</source>
        <translation>Einordnung: die letzten 30 Tage</translation>
    </message>
    <message>
        <source>Perspective: average stars</source>
        <translation>Einordnung: durchschnittliche Sterne</translation>
    </message>
    <message>
        <source>Perspective: week by week</source>
        <translation>Einordnung: Woche für Woche</translation>
    </message>
    <message>
        <source>Perspective: a customer's earlier comments</source>
        <translation>Einordnung: frühere Kommentare einer Person</translation>
    </message>
    <message>
        <source>Perspective: points raised</source>
        <translation>Einordnung: angesprochene Punkte</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} T. {hours} Std.</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} T.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{blank} (0 of 0)</source>
        <translation>{blank} (0 von 0)</translation>
    </message>
    <message>
        <source>{percent}% ({part} of {whole})</source>
        <translation>{percent} % ({part} von {whole})</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{year}-{month}-{day} {hour}:{minute}</source>
        <translation>{day}.{month}.{year} {hour}:{minute}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{title}: nothing to show.</source>
        <translation>{title}: nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Harsh and negative comments written in the period.</source>
        <translation>Heftige und negative Kommentare aus dem Zeitraum.</translation>
    </message>
    <message>
        <source>Complaints that got at least one sent reply.</source>
        <translation>Beschwerden mit mindestens einer gesendeten Antwort.</translation>
    </message>
    <message>
        <source>Half of the answered complaints got a reply faster than this.</source>
        <translation>Die Hälfte der beantworteten Beschwerden bekam schneller eine Antwort.</translation>
    </message>
    <message>
        <source>Nine out of ten answered complaints got a reply within this.</source>
        <translation>Neun von zehn beantworteten Beschwerden bekamen in dieser Zeit eine Antwort.</translation>
    </message>
    <message>
        <source>The usual pause between a cool-off starting and the reply.</source>
        <translation>Die übliche Pause zwischen Beginn der Bedenkzeit und der Antwort.</translation>
    </message>
    <message>
        <source>First replies sent by private message or e-mail.</source>
        <translation>Erste Antworten per Privatnachricht oder E-Mail.</translation>
    </message>
    <message>
        <source>Complaints resolved, or with outcome resolved or won back.</source>
        <translation>Geklärte Beschwerden oder mit dem Ergebnis geklärt oder zurückgewonnen.</translation>
    </message>
    <message>
        <source>Complaints offered a discount, free item or refund.</source>
        <translation>Beschwerden mit angebotenem Rabatt, Gratisartikel oder Erstattung.</translation>
    </message>
    <message>
        <source>Different customers who complained (one name, any platform).</source>
        <translation>Verschiedene Personen, die sich beschwert haben (ein Name, jede Plattform).</translation>
    </message>
    <message>
        <source>Customers with a complaint whose outcome is 'won back'.</source>
        <translation>Personen mit einer Beschwerde mit dem Ergebnis „zurückgewonnen“.</translation>
    </message>
    <message>
        <source>Customers won back out of the customers at risk.</source>
        <translation>Zurückgewonnene von den gefährdeten Personen.</translation>
    </message>
    <message>
        <source>Money offered divided by the customers won back.</source>
        <translation>Angebotenes Geld geteilt durch die zurückgewonnenen Personen.</translation>
    </message>
    <message>
        <source>Still waiting for you when the report was made.</source>
        <translation>Warteten beim Erstellen des Berichts noch auf Sie.</translation>
    </message>
    <message>
        <source>Open complaints waiting longer than the response target.</source>
        <translation>Offene Beschwerden, die länger als die Antwortfrist warten.</translation>
    </message>
    <message>
        <source> (target: {target})</source>
        <translation> (Frist: {target})</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>keine Kategorie</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Nach Plattform</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Nach Schwere</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} von {whole}</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <source>Typical first reply (median)</source>
        <translation>Typische erste Antwort (Median)</translation>
    </message>
    <message>
        <source>9 in 10 answered within (90th percentile)</source>
        <translation>9 von 10 beantwortet innerhalb (90. Perzentil)</translation>
    </message>
    <message>
        <source>Typical cool-off kept (median)</source>
        <translation>Typische Bedenkzeit (Median)</translation>
    </message>
    <message>
        <source>First reply taken private</source>
        <translation>Erste Antwort privat</translation>
    </message>
    <message>
        <source>Answered in public again in one conversation</source>
        <translation>Im selben Gespräch erneut öffentlich beantwortet</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>Klärungsquote</translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>Antwortfrist</translation>
    </message>
    <message>
        <source>How the complaints were judged</source>
        <translation>Wie die Beschwerden beurteilt wurden</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Beurteilt</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Nothing was offered.</source>
        <translation>Es wurde nichts angeboten.</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>Nothing was redeemed.</source>
        <translation>Es wurde nichts eingelöst.</translation>
    </message>
    <message>
        <source>and {more} more</source>
        <translation>und {more} weitere</translation>
    </message>
    <message>
        <source>No complaint was given a category.</source>
        <translation>Keine Beschwerde hat eine Kategorie bekommen.</translation>
    </message>
    <message>
        <source>Valid points</source>
        <translation>Berechtigte Punkte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Nothing was waiting when the report was made.</source>
        <translation>Beim Erstellen des Berichts wartete nichts.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>{open} open, {overdue} overdue (waiting longer than {target}).</source>
        <translation>{open} offen, {overdue} überfällig (warten länger als {target}).</translation>
    </message>
    <message>
        <source>The {listed} longest-waiting are listed; {more} more are in the CSV report.</source>
        <translation>Die {listed} am längsten wartenden sind aufgeführt; {more} weitere stehen im CSV-Bericht.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Not worked out for this report.</source>
        <translation>Für diesen Bericht nicht berechnet.</translation>
    </message>
    <message>
        <source>All comments and reviews on every platform (the report's filters do not apply), counted at {moment}: one complaint is rarely the whole picture.</source>
        <translation>Alle Kommentare und Bewertungen auf allen Plattformen (die Filter des Berichts gelten hier nicht), gezählt am {moment}: Eine Beschwerde ist selten das ganze Bild.</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>{platform} ★</source>
        <translation>{platform} ★</translation>
    </message>
    <message>
        <source>{count} ({percent}%)</source>
        <translation>{count} ({percent} %)</translation>
    </message>
    <message>
        <source>The last 12 weeks, all comments</source>
        <translation>Die letzten 12 Wochen, alle Kommentare</translation>
    </message>
    <message>
        <source>Points raised in the last 90 days</source>
        <translation>Angesprochene Punkte der letzten 90 Tage</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>No comment of the last 90 days has a category yet.</source>
        <translation>Noch kein Kommentar der letzten 90 Tage hat eine Kategorie.</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ihr Geschäft</translation>
    </message>
    <message>
        <source>Customer recovery report — {shop}</source>
        <translation>Bericht zur Kundenrückgewinnung — {shop}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s) in this report.</source>
        <translation><numerusform>%Ln Beschwerde in diesem Bericht.</numerusform><numerusform>%Ln Beschwerden in diesem Bericht.</numerusform></translation>
    </message>
    <message>
        <source>Customer recovery report: {start} to {end}</source>
        <translation>Bericht zur Kundenrückgewinnung: {start} bis {end}</translation>
    </message>
    <message>
        <source>Made on {moment}</source>
        <translation>Erstellt am {moment}</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the page's language tag: de for German</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Customer recovery report {start} to {end}</source>
        <translation>Bericht zur Kundenrückgewinnung {start} bis {end}</translation>
    </message>
    <message>
        <source>Could not write the PDF {path}.</source>
        <translation>Das PDF {path} konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Read it once more, then send</source>
        <translation>Noch einmal lesen, dann senden</translation>
    </message>
    <message>
        <source>Read it as the customer will, and as everyone else will.</source>
        <translation>Lesen Sie sie so, wie die Kundschaft sie liest – und wie alle anderen.</translation>
    </message>
    <message>
        <source>Your reply, as it will be sent</source>
        <translation>Ihre Antwort, so wie sie gesendet wird</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>I sent it</source>
        <translation>Ich habe sie gesendet</translation>
    </message>
    <message>
        <source>I didn't send it</source>
        <translation>Ich habe sie nicht gesendet</translation>
    </message>
    <message>
        <source>Where: Public reply</source>
        <translation>Wo: Öffentliche Antwort</translation>
    </message>
    <message>
        <source>Where: Private message</source>
        <translation>Wo: Privatnachricht</translation>
    </message>
    <message>
        <source>Where: E-mail to {address}</source>
        <translation>Wo: E-Mail an {address}</translation>
    </message>
    <message>
        <source>Where: E-mail to the address you enter in your mail program</source>
        <translation>Wo: E-Mail an die Adresse, die Sie in Ihrem E-Mail-Programm eingeben</translation>
    </message>
    <message>
        <source>Where: —</source>
        <translation>Wo: —</translation>
    </message>
    <message>
        <source>Offer: {offer} (code {code})</source>
        <translation>Angebot: {offer} (Code {code})</translation>
    </message>
    <message>
        <source>Offer: {offer}</source>
        <translation>Angebot: {offer}</translation>
    </message>
    <message>
        <source>Offer: none</source>
        <translation>Angebot: keines</translation>
    </message>
    <message>
        <source>The reply does not give the code, so the customer cannot use the offer.</source>
        <translation>Die Antwort nennt den Code nicht, daher kann die Kundschaft das Angebot nicht nutzen.</translation>
    </message>
    <message>
        <source>The code is not in this public reply; give it to the customer privately.</source>
        <translation>Der Code steht nicht in dieser öffentlichen Antwort; geben Sie ihn der Person privat.</translation>
    </message>
    <message>
        <source>Still to fill in: {gaps}</source>
        <translation>Noch auszufüllen: {gaps}</translation>
    </message>
    <message>
        <source>Where: in public on {platform}, posted by you</source>
        <translation>Wo: öffentlich auf {platform}, von Ihnen veröffentlicht</translation>
    </message>
    <message>
        <source>Copy the reply and open the page</source>
        <translation>Antwort kopieren und Seite öffnen</translation>
    </message>
    <message>
        <source>This reply has been sent.</source>
        <translation>Diese Antwort wurde gesendet.</translation>
    </message>
    <message>
        <source>Say first whether you posted the reply.</source>
        <translation>Sagen Sie zuerst, ob Sie die Antwort veröffentlicht haben.</translation>
    </message>
    <message>
        <source>Say first whether you sent the e-mail.</source>
        <translation>Sagen Sie zuerst, ob Sie die E-Mail gesendet haben.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Send unlocks in {time}: the cool-off is still running. Use the time to read your reply once more.</source>
        <translation>Senden ist in {time} möglich: Die Bedenkzeit läuft noch. Nutzen Sie die Zeit, um Ihre Antwort noch einmal zu lesen.</translation>
    </message>
    <message>
        <source>Fill in {gaps} first.</source>
        <translation>Füllen Sie zuerst {gaps} aus.</translation>
    </message>
    <message>
        <source>About your comment to {shop}</source>
        <translation>Zu Ihrem Kommentar an {shop}</translation>
    </message>
    <message>
        <source>I posted it on {platform}</source>
        <translation>Ich habe sie auf {platform} veröffentlicht</translation>
    </message>
    <message>
        <source>I didn't post it</source>
        <translation>Ich habe sie nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Your reply is copied. {platform}'s page is open in your browser: paste it as your answer there. Did you post it? It is recorded as your public reply (with its offer in the ledger) only when you say so.</source>
        <translation>Ihre Antwort ist kopiert. Die Seite auf {platform} ist in Ihrem Browser geöffnet: Fügen Sie sie dort als Antwort ein. Haben Sie sie veröffentlicht? Sie wird erst als Ihre öffentliche Antwort festgehalten (mit ihrem Angebot im Rabattbuch), wenn Sie es bestätigen.</translation>
    </message>
    <message>
        <source>Your reply is copied. Open the comment on {platform}: paste it as your answer there. Did you post it? It is recorded as your public reply (with its offer in the ledger) only when you say so.</source>
        <translation>Ihre Antwort ist kopiert. Öffnen Sie den Kommentar auf {platform} und fügen Sie sie dort als Antwort ein. Haben Sie sie veröffentlicht? Sie wird erst als Ihre öffentliche Antwort festgehalten (mit ihrem Angebot im Rabattbuch), wenn Sie es bestätigen.</translation>
    </message>
    <message>
        <source>Your e-mail program has the reply. Did you send it? It is recorded as sent (with its offer in the ledger) only when you say so.</source>
        <translation>Ihr E-Mail-Programm hat die Antwort. Haben Sie sie gesendet? Sie wird erst als gesendet festgehalten (mit ihrem Angebot im Rabattbuch), wenn Sie es bestätigen.</translation>
    </message>
    <message>
        <source>Recorded as sent by e-mail.</source>
        <translation>Als per E-Mail gesendet festgehalten.</translation>
    </message>
    <message>
        <source>Recorded as your public reply on {platform}.</source>
        <translation>Als Ihre öffentliche Antwort auf {platform} festgehalten.</translation>
    </message>
    <message>
        <source>Not recorded as sent. Your reply is kept; send it when ready.</source>
        <translation>Nicht als gesendet festgehalten. Ihre Antwort bleibt erhalten; senden Sie sie, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>Sent. The comment is marked as replied.</source>
        <translation>Gesendet. Der Kommentar ist als beantwortet markiert.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Not confirmed: {error} Press Send again when you like: Feedback Desk asks first, and never posts it twice.</source>
        <translation>Nicht bestätigt: {error} Klicken Sie erneut auf Senden, wann Sie möchten: Feedback Desk fragt zuerst nach und veröffentlicht nie doppelt.</translation>
    </message>
    <message>
        <source>Not sent: {error} Your reply is kept; press Send to try again.</source>
        <translation>Nicht gesendet: {error} Ihre Antwort bleibt erhalten; klicken Sie auf Senden, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>SavedReplies</name>
    <message>
        <source>The customer's first name</source>
        <translation>Der Vorname der Kundin oder des Kunden</translation>
    </message>
    <message>
        <source>Your shop's name</source>
        <translation>Der Name Ihres Geschäfts</translation>
    </message>
    <message>
        <source>The discount code</source>
        <translation>Der Rabattcode</translation>
    </message>
    <message>
        <source>What the discount is worth, e.g. 15% or £5</source>
        <translation>Was der Rabatt wert ist, z. B. 15 % oder 5 €</translation>
    </message>
    <message>
        <source>How you sign your replies (Settings → Your shop)</source>
        <translation>Wie Sie Ihre Antworten unterschreiben (Einstellungen → Ihr Geschäft)</translation>
    </message>
    <message>
        <source>en</source>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>SearchRepair</name>
    <message>
        <source>The search index is damaged; rebuilding it from the comments…</source>
        <translation>Der Suchindex ist beschädigt; er wird aus den Kommentaren neu aufgebaut…</translation>
    </message>
    <message>
        <source>The inbox could not be read</source>
        <translation>Der Posteingang konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The search index was damaged; it was rebuilt from the comments (nothing else changed).</source>
        <translation>Der Suchindex war beschädigt; er wurde aus den Kommentaren neu aufgebaut (sonst hat sich nichts geändert).</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt</source>
        <translation>Der Suchindex konnte nicht neu aufgebaut werden</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Feedback Desk keeps your platform tokens in the system keyring. On Linux, install and unlock GNOME Keyring or KWallet (any Secret Service), then try again; on macOS and Windows the system keyring works as it is.</source>
        <translation>Feedback Desk bewahrt Ihre Zugangsschlüssel der Plattformen im Schlüsselbund des Systems auf. Unter Linux installieren und entsperren Sie GNOME Keyring oder KWallet (einen beliebigen Secret Service) und versuchen es dann erneut; unter macOS und Windows funktioniert der Schlüsselbund des Systems ohne weiteres.</translation>
    </message>
    <message>
        <source>No system keyring could be loaded.</source>
        <translation>Es konnte kein Schlüsselbund des Systems geladen werden.</translation>
    </message>
    <message>
        <source>The keyring holds no token for account {account!r}. Remove the account and add it again.</source>
        <translation>Der Schlüsselbund enthält keinen Zugangsschlüssel für das Konto {account!r}. Entfernen Sie das Konto und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <source>The keyring entry for account {account!r} is not one Feedback Desk wrote. Remove the account and add it again.</source>
        <translation>Der Schlüsselbund-Eintrag für das Konto {account!r} stammt nicht von Feedback Desk. Entfernen Sie das Konto und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <source>The keyring found ({keyring}) would not keep secrets safe.</source>
        <translation>Der gefundene Schlüsselbund ({keyring}) würde Geheimnisse nicht sicher aufbewahren.</translation>
    </message>
    <message>
        <source>the Secret Service keyring (GNOME Keyring or KWallet)</source>
        <translation>Secret-Service-Schlüsselbund (GNOME Keyring oder KWallet)</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>The system keyring is locked, so Feedback Desk could not save the secret for account {account!r}. Unlock it (log in again, or unlock it in your keyring app) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher konnte Feedback Desk das Geheimnis für das Konto {account!r} nicht speichern. Entsperren Sie ihn (melden Sie sich erneut an oder entsperren Sie ihn in Ihrer Schlüsselbund-App) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keyring failed to save the secret for account {account!r} ({kind}).</source>
        <translation>Der Schlüsselbund des Systems konnte das Geheimnis für das Konto {account!r} nicht speichern ({kind}).</translation>
    </message>
    <message>
        <source>The system keyring is locked, so Feedback Desk could not read the secret for account {account!r}. Unlock it (log in again, or unlock it in your keyring app) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher konnte Feedback Desk das Geheimnis für das Konto {account!r} nicht lesen. Entsperren Sie ihn (melden Sie sich erneut an oder entsperren Sie ihn in Ihrer Schlüsselbund-App) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keyring failed to read the secret for account {account!r} ({kind}).</source>
        <translation>Der Schlüsselbund des Systems konnte das Geheimnis für das Konto {account!r} nicht lesen ({kind}).</translation>
    </message>
    <message>
        <source>The system keyring is locked, so Feedback Desk could not remove the secret for account {account!r}. Unlock it (log in again, or unlock it in your keyring app) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher konnte Feedback Desk das Geheimnis für das Konto {account!r} nicht entfernen. Entsperren Sie ihn (melden Sie sich erneut an oder entsperren Sie ihn in Ihrer Schlüsselbund-App) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keyring failed to remove the secret for account {account!r} ({kind}).</source>
        <translation>Der Schlüsselbund des Systems konnte das Geheimnis für das Konto {account!r} nicht entfernen ({kind}).</translation>
    </message>
    <message>
        <source>The system keyring is locked, so Feedback Desk could not save the app secret for account {account!r}. Unlock it (log in again, or unlock it in your keyring app) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher konnte Feedback Desk das App-Geheimnis für {account!r} nicht speichern. Entsperren Sie ihn (melden Sie sich erneut an oder entsperren Sie ihn in Ihrer Schlüsselbund-App) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keyring failed to save the app secret for account {account!r} ({kind}).</source>
        <translation>Der Schlüsselbund des Systems konnte das App-Geheimnis für {account!r} nicht speichern ({kind}).</translation>
    </message>
    <message>
        <source>The system keyring is locked, so Feedback Desk could not read the app secret for account {account!r}. Unlock it (log in again, or unlock it in your keyring app) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher konnte Feedback Desk das App-Geheimnis für {account!r} nicht lesen. Entsperren Sie ihn (melden Sie sich erneut an oder entsperren Sie ihn in Ihrer Schlüsselbund-App) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keyring failed to read the app secret for account {account!r} ({kind}).</source>
        <translation>Der Schlüsselbund des Systems konnte das App-Geheimnis für {account!r} nicht lesen ({kind}).</translation>
    </message>
    <message>
        <source>The system keyring is locked, so Feedback Desk could not remove the app secret for account {account!r}. Unlock it (log in again, or unlock it in your keyring app) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher konnte Feedback Desk das App-Geheimnis für {account!r} nicht entfernen. Entsperren Sie ihn (melden Sie sich erneut an oder entsperren Sie ihn in Ihrer Schlüsselbund-App) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keyring failed to remove the app secret for account {account!r} ({kind}).</source>
        <translation>Der Schlüsselbund des Systems konnte das App-Geheimnis für {account!r} nicht entfernen ({kind}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Name des Geschäfts</translation>
    </message>
    <message>
        <source>e.g. Juniper &amp; Rye — fills {shop} in saved replies</source>
        <translation>z. B. Juniper &amp; Rye — füllt {shop} in Antwortvorlagen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Grußzeile</translation>
    </message>
    <message>
        <source>e.g. — Maria, Juniper &amp; Rye — ends every new reply</source>
        <translation>z. B. — Maria, Juniper &amp; Rye — beendet jede neue Antwort</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Language of Feedback Desk</source>
        <translation>Sprache von Feedback Desk</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ihr Geschäft</translation>
    </message>
    <message>
        <source>Cool-off before answering</source>
        <translation>Bedenkzeit vor dem Antworten</translation>
    </message>
    <message>
        <source>Negative comments</source>
        <translation>Negative Kommentare</translation>
    </message>
    <message>
        <source>Harsh comments</source>
        <translation>Heftige Kommentare</translation>
    </message>
    <message>
        <source>From {shortest} to {longest} minutes; the pause is never off for negative comments. A change applies to comments opened from now on; waits already running keep their end time.</source>
        <translation>Von {shortest} bis {longest} Minuten; bei negativen Kommentaren gibt es die Pause immer. Eine Änderung gilt für Kommentare, die Sie ab jetzt öffnen; laufende Pausen behalten ihr Ende.</translation>
    </message>
    <message>
        <source>What complaints are about, one per line:</source>
        <translation>Worum es in Beschwerden geht, eines pro Zeile:</translation>
    </message>
    <message>
        <source>Complaint categories</source>
        <translation>Arten von Beschwerden</translation>
    </message>
    <message>
        <source>Your saved replies</source>
        <translation>Ihre Antwortvorlagen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save a reply for next time from the Write step of a reply (“Save as a saved reply”).</source>
        <translation>Speichern Sie eine Antwort für das nächste Mal im Schritt „Schreiben“ einer Antwort („Als Antwortvorlage speichern“).</translation>
    </message>
    <message>
        <source>Pause and replies</source>
        <translation>Pause und Antworten</translation>
    </message>
    <message>
        <source>Complaint kinds</source>
        <translation>Arten von Beschwerden</translation>
    </message>
    <message>
        <source>Keeping watch</source>
        <translation>Im Blick behalten</translation>
    </message>
    <message>
        <source>Run the setup assistant again…</source>
        <translation>Einrichtungsassistenten erneut starten…</translation>
    </message>
    <message>
        <source>Your shop, your sign-off, and where your comments come from</source>
        <translation>Ihr Geschäft, Ihre Grußzeile und woher Ihre Kommentare kommen</translation>
    </message>
    <message>
        <source>Use my own app…</source>
        <translation>Eigene App verwenden…</translation>
    </message>
    <message>
        <source>For agencies and owners with their own Google Cloud or Meta developer app: Feedback Desk then signs in as your app instead of its own.</source>
        <translation>Für Agenturen und Geschäfte mit einer eigenen Entwickler-App bei Google Cloud oder Meta: Feedback Desk meldet sich dann als Ihre App an statt als eigene.</translation>
    </message>
    <message>
        <source>Once saved, Feedback Desk uses this language from the next time it opens: {language}.</source>
        <translation>Nach dem Speichern zeigt sich Feedback Desk ab dem nächsten Öffnen in dieser Sprache: {language}.</translation>
    </message>
    <message>
        <source>Keep syncing in the tray when the window is closed</source>
        <translation>Im Infobereich weiter abrufen, wenn das Fenster geschlossen ist</translation>
    </message>
    <message>
        <source>Closing the window then only hides it: new comments keep coming in at the interval under File → Sync automatically, until you choose Quit.</source>
        <translation>Das Schließen des Fensters blendet es dann nur aus: Neue Kommentare kommen weiter im Abstand unter Datei → Automatisch abrufen herein, bis Sie Beenden wählen.</translation>
    </message>
    <message>
        <source>Tell me when new harsh or negative comments arrive</source>
        <translation>Mir Bescheid geben, wenn neue heftige oder negative Kommentare eintreffen</translation>
    </message>
    <message>
        <source>After a sync in the background, a notification counts them; a click opens Needs a reply.</source>
        <translation>Nach einem Abruf im Hintergrund zählt eine Benachrichtigung sie; ein Klick öffnet „Braucht eine Antwort“.</translation>
    </message>
    <message>
        <source>Tell me when a pause is over</source>
        <translation>Mir Bescheid geben, wenn eine Pause vorbei ist</translation>
    </message>
    <message>
        <source>A notification (or a line above the list) when a reply can be sent.</source>
        <translation>Eine Benachrichtigung (oder eine Zeile über der Liste), sobald eine Antwort gesendet werden kann.</translation>
    </message>
    <message>
        <source>Start Feedback Desk when I log in</source>
        <translation>Feedback Desk beim Anmelden am Computer starten</translation>
    </message>
    <message>
        <source>It starts in the tray, without a window, when keeping syncing in the tray is on.</source>
        <translation>Es startet im Infobereich ohne Fenster, wenn das Abrufen im Infobereich eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Not offered on this system yet</source>
        <translation>Auf diesem System noch nicht verfügbar</translation>
    </message>
    <message>
        <source>Starting at login is not offered on macOS or Windows yet: add Feedback Desk to your login items yourself if you want it.</source>
        <translation>Das Starten beim Anmelden gibt es unter macOS und Windows noch nicht: Fügen Sie Feedback Desk bei Bedarf selbst zu Ihren Anmeldeobjekten hinzu.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons</source>
        <translation>Diese Arbeitsoberfläche zeigt keine Symbole im Infobereich</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Feedback Desk cannot stay there; a pause's end is shown in the window.</source>
        <translation>Diese Arbeitsoberfläche hat keinen Infobereich, daher kann Feedback Desk nicht dort bleiben; das Ende einer Pause wird im Fenster angezeigt.</translation>
    </message>
    <message>
        <source>Could not change starting at login: {reason}.</source>
        <translation>Das Starten beim Anmelden konnte nicht geändert werden: {reason}.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>As your own app for {platforms}.</source>
        <translation>Als Ihre eigene App für {platforms}.</translation>
    </message>
    <message>
        <source>As Feedback Desk's own app.</source>
        <translation>Als die App von Feedback Desk.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <source>This copy of Feedback Desk has no sign-in of its own for {platforms}: use your own app, or enter a token under Accounts → Advanced. Mastodon always works.</source>
        <translation>Diese Ausgabe von Feedback Desk hat keine eigene Anmeldung für {platforms}: Verwenden Sie Ihre eigene App oder geben Sie unter Konten → Erweitert ein Token ein. Mastodon funktioniert immer.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Harsh</source>
        <translation>Heftig</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
</context>
<context>
    <name>SeverityChart</name>
    <message>
        <source>Comments per week by severity</source>
        <translation>Kommentare pro Woche nach Schwere</translation>
    </message>
    <message numerus="yes">
        <source>week from {day}: %Ln comment(s)</source>
        <translation><numerusform>Woche ab {day}: %Ln Kommentar</numerusform><numerusform>Woche ab {day}: %Ln Kommentare</numerusform></translation>
    </message>
</context>
<context>
    <name>ShopFields</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Pick your shop's currency, or type its three-letter code (e.g. CHF)</source>
        <translation>Wählen Sie die Währung Ihres Geschäfts oder geben Sie ihren Code aus drei Buchstaben ein (z. B. CHF)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>ShopProfile</name>
    <message>
        <source>Choose the currency your shop counts in, e.g. EUR, GBP or USD.</source>
        <translation>Wählen Sie die Währung, in der Ihr Geschäft rechnet, z. B. EUR, GBP oder USD.</translation>
    </message>
    <message>
        <source>{code} is not a currency code: use the three letters of the international list (ISO 4217), such as EUR, GBP or USD.</source>
        <translation>{code} ist kein Währungscode: Verwenden Sie die drei Buchstaben der internationalen Liste (ISO 4217), etwa EUR, GBP oder USD.</translation>
    </message>
    <message>
        <source>Choose the country your shop is in, e.g. DE, GB or US.</source>
        <translation>Wählen Sie das Land, in dem Ihr Geschäft ist, z. B. DE, GB oder US.</translation>
    </message>
    <message>
        <source>{code} is not a country code: use the two letters of the international list (ISO 3166), such as DE, GB or US.</source>
        <translation>{code} ist kein Ländercode: Verwenden Sie die zwei Buchstaben der internationalen Liste (ISO 3166), etwa DE, GB oder US.</translation>
    </message>
    <message>
        <source>Keep the shop's name under {count} characters.</source>
        <translation>Der Name des Geschäfts darf höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Keep the sign-off under {count} characters.</source>
        <translation>Die Grußzeile darf höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The sign-off cannot contain {signature} itself.</source>
        <translation>Die Grußzeile darf {signature} nicht selbst enthalten.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Feedback Desk has no sign-in for {family}.</source>
        <translation>Feedback Desk hat keine Anmeldung für {family}.</translation>
    </message>
    <message>
        <source>Give the client id of your own app, without spaces.</source>
        <translation>Geben Sie die Client-ID Ihrer eigenen App an, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>Give the app id of your own app, without spaces.</source>
        <translation>Geben Sie die App-ID Ihrer eigenen App an, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>Give the client token of your own Meta app (App settings → Advanced), not the app secret.</source>
        <translation>Geben Sie den Client-Token Ihrer eigenen Meta-App an (App-Einstellungen → Erweitert), nicht den App-Geheimcode.</translation>
    </message>
    <message>
        <source>This copy of Feedback Desk has no {platform} sign-in registered. Use your own app (Settings → Use my own app), or connect with a token: the Advanced form in the Accounts dialog, or 'feedback-desk accounts add'.</source>
        <translation>Für diese Kopie von Feedback Desk ist keine Anmeldung bei {platform} eingerichtet. Nutzen Sie Ihre eigene App (Einstellungen → Eigene App verwenden) oder verbinden Sie mit einem Token: über das Formular „Erweitert“ im Konten-Dialog oder mit 'feedback-desk accounts add'.</translation>
    </message>
    <message>
        <source>The sign-in registrations of this copy cannot be read ({problem}); reinstall Feedback Desk.</source>
        <translation>Die Anmelde-Registrierungen dieser Kopie können nicht gelesen werden ({problem}); installieren Sie Feedback Desk neu.</translation>
    </message>
    <message>
        <source>The sign-in address</source>
        <translation>Die Anmeldeadresse</translation>
    </message>
    <message>
        <source>The API address</source>
        <translation>Die API-Adresse</translation>
    </message>
    <message>
        <source>Signing in with Mastodon needs the address of your server, e.g. --instance https://mastodon.social.</source>
        <translation>Für die Anmeldung bei Mastodon wird die Adresse Ihres Servers gebraucht, z. B. --instance https://mastodon.social.</translation>
    </message>
    <message>
        <source>The Mastodon server address</source>
        <translation>Die Adresse des Mastodon-Servers</translation>
    </message>
    <message>
        <source>none</source>
        <comment>nothing to pick</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Nothing you may connect is called {pick}; choose --pick from: {choices}.</source>
        <translation>Nichts, was Sie verbinden dürfen, heißt {pick}; wählen Sie --pick aus: {choices}.</translation>
    </message>
    <message>
        <source>Sign in first; nothing can be listed before that.</source>
        <translation>Melden Sie sich zuerst an; vorher kann nichts aufgelistet werden.</translation>
    </message>
    <message>
        <source>{name} is not something this sign-in may connect.</source>
        <translation>{name} kann mit dieser Anmeldung nicht verbunden werden.</translation>
    </message>
    <message>
        <source>There is already an account named {name}. Choose another name.</source>
        <translation>Es gibt schon ein Konto mit dem Namen {name}. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>{name} is already connected as the account {account}. Use Reconnect on it instead.</source>
        <translation>{name} ist schon als Konto {account} verbunden. Verwenden Sie dort stattdessen „Neu verbinden“.</translation>
    </message>
    <message>
        <source>Nothing was picked to connect.</source>
        <translation>Es wurde nichts zum Verbinden ausgewählt.</translation>
    </message>
    <message>
        <source>The account {account} is a {platform} account; this sign-in was with {signed_in}.</source>
        <translation>Das Konto {account} ist ein {platform}-Konto; diese Anmeldung war bei {signed_in}.</translation>
    </message>
    <message>
        <source>The {platform} sign-in you used cannot manage the account {account}. Sign in as the person who manages it.</source>
        <translation>Mit der {platform}-Anmeldung, die Sie verwendet haben, lässt sich das Konto {account} nicht verwalten. Melden Sie sich als die Person an, die es verwaltet.</translation>
    </message>
    <message>
        <source>No answer came from the {platform} sign-in within {duration}, so it was stopped and nothing was stored. Start again and finish signing in in the browser.</source>
        <translation>Von der {platform}-Anmeldung kam innerhalb von {duration} keine Antwort, daher wurde sie abgebrochen und nichts gespeichert. Beginnen Sie neu und schließen Sie die Anmeldung im Browser ab.</translation>
    </message>
    <message>
        <source>Could not reach {platform} to sign in; check the internet connection (and, for Mastodon, the server's address) and try again. Nothing was stored.</source>
        <translation>{platform} war für die Anmeldung nicht erreichbar; prüfen Sie die Internetverbindung (und bei Mastodon die Adresse des Servers) und versuchen Sie es noch einmal. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The {platform} sign-in could not be finished: {problem}</source>
        <translation>Die {platform}-Anmeldung konnte nicht abgeschlossen werden: {problem}</translation>
    </message>
    <message>
        <source>{platform} answered in an unexpected shape while listing what you manage. Try again later.</source>
        <translation>{platform} hat beim Auflisten dessen, was Sie verwalten, in einer unerwarteten Form geantwortet. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>This sign-in was already started; start a new one.</source>
        <translation>Diese Anmeldung wurde schon begonnen; beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>The sign-in was not started.</source>
        <translation>Die Anmeldung wurde nicht begonnen.</translation>
    </message>
    <message>
        <source>The answer that came back from the {platform} sign-in was not for the sign-in Feedback Desk started (its state did not match), so it was refused and nothing was stored. Start again.</source>
        <translation>Die Antwort der {platform}-Anmeldung gehörte nicht zu der Anmeldung, die Feedback Desk begonnen hat (der state-Wert passte nicht), daher wurde sie abgelehnt und nichts gespeichert. Beginnen Sie neu.</translation>
    </message>
    <message>
        <source>You did not allow Feedback Desk to use your {platform} account, so nothing was connected.</source>
        <translation>Sie haben Feedback Desk nicht erlaubt, Ihr {platform}-Konto zu nutzen, daher wurde nichts verbunden.</translation>
    </message>
    <message>
        <source>The {platform} sign-in ended with an error: {error}</source>
        <translation>Die {platform}-Anmeldung endete mit einem Fehler: {error}</translation>
    </message>
    <message>
        <source>The {platform} sign-in came back without a code. Start again.</source>
        <translation>Die {platform}-Anmeldung kam ohne Code zurück. Beginnen Sie neu.</translation>
    </message>
    <message>
        <source>Sign-in stopped, as asked; nothing was stored.</source>
        <translation>Anmeldung wie gewünscht abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation><numerusform>%Ln Minute</numerusform><numerusform>%Ln Minuten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation><numerusform>%Ln Sekunde</numerusform><numerusform>%Ln Sekunden</numerusform></translation>
    </message>
    <message>
        <source>Google did not give Feedback Desk permission to manage your Business Profile reviews ({scope}); sign in again and leave that box ticked. Nothing was stored.</source>
        <translation>Google hat Feedback Desk nicht erlaubt, die Bewertungen Ihres Unternehmensprofils zu verwalten ({scope}); melden Sie sich erneut an und lassen Sie das Häkchen gesetzt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Google did not give Feedback Desk permission to read and answer comments on your YouTube channel ({scope}); sign in again and leave that box ticked. Nothing was stored.</source>
        <translation>Google hat Feedback Desk nicht erlaubt, Kommentare auf Ihrem YouTube-Kanal zu lesen und zu beantworten ({scope}); melden Sie sich erneut an und lassen Sie das Häkchen gesetzt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Google answered the sign-in in an unexpected shape. Try again.</source>
        <translation>Google hat die Anmeldung in einer unerwarteten Form beantwortet. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Google's sign-in answered without an access token. Try again.</source>
        <translation>Die Google-Anmeldung hat ohne Zugriffstoken geantwortet. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Google gave no lasting permission (no refresh token), so the account could not stay connected. Start again.</source>
        <translation>Google hat keine dauerhafte Erlaubnis gegeben (kein Refresh-Token), daher konnte das Konto nicht verbunden bleiben. Beginnen Sie neu.</translation>
    </message>
    <message>
        <source>Google did not accept this copy's sign-in registration (its client id or secret). Check 'Use my own app' in Settings, or the build settings.</source>
        <translation>Google hat die Anmelde-Registrierung dieser Kopie nicht akzeptiert (Client-ID oder Secret). Prüfen Sie „Eigene App verwenden“ in den Einstellungen oder die Build-Einstellungen.</translation>
    </message>
    <message>
        <source>Google refused to finish the sign-in ({reason}). Start again.</source>
        <translation>Google hat die Anmeldung nicht abgeschlossen ({reason}). Beginnen Sie neu.</translation>
    </message>
    <message>
        <source>Signed in, but Google refused to list what you manage: {reason}</source>
        <translation>Angemeldet, aber Google hat das Auflisten dessen, was Sie verwalten, abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>YouTube channel {title} ({handle})</source>
        <translation>YouTube-Kanal {title} ({handle})</translation>
    </message>
    <message>
        <source>YouTube channel {title}</source>
        <translation>YouTube-Kanal {title}</translation>
    </message>
    <message>
        <source>Google Business Profile location {title}, {address} (in {owner})</source>
        <translation>Google-Unternehmensprofil-Standort {title}, {address} (in {owner})</translation>
    </message>
    <message>
        <source>Google Business Profile location {title} (in {owner})</source>
        <translation>Google-Unternehmensprofil-Standort {title} (in {owner})</translation>
    </message>
    <message>
        <source>Signed in, but that Google account has no YouTube channel. Sign in with the Google account that owns the channel.</source>
        <translation>Angemeldet, aber dieses Google-Konto hat keinen YouTube-Kanal. Melden Sie sich mit dem Google-Konto an, dem der Kanal gehört.</translation>
    </message>
    <message>
        <source>Signed in, but that Google account manages no Business Profile location. Sign in with the Google account that manages the shop's verified location.</source>
        <translation>Angemeldet, aber dieses Google-Konto verwaltet keinen Standort eines Unternehmensprofils. Melden Sie sich mit dem Google-Konto an, das den bestätigten Standort Ihres Geschäfts verwaltet.</translation>
    </message>
    <message>
        <source>This sign-in is already finished. You can close this tab.</source>
        <translation>Diese Anmeldung ist schon abgeschlossen. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>This answer did not come from the sign-in Feedback Desk started, so it was refused and nothing was stored. Close this tab and start again from Feedback Desk.</source>
        <translation>Diese Antwort stammt nicht von der Anmeldung, die Feedback Desk begonnen hat, daher wurde sie abgelehnt und nichts gespeichert. Schließen Sie diesen Tab und beginnen Sie in Feedback Desk neu.</translation>
    </message>
    <message>
        <source>Feedback Desk was not allowed to connect to {platform}. You can close this tab and go back to Feedback Desk.</source>
        <translation>Feedback Desk durfte sich nicht mit {platform} verbinden. Sie können diesen Tab schließen und zu Feedback Desk zurückkehren.</translation>
    </message>
    <message>
        <source>You are signed in with {platform}. You can close this tab and go back to Feedback Desk.</source>
        <translation>Sie sind bei {platform} angemeldet. Sie können diesen Tab schließen und zu Feedback Desk zurückkehren.</translation>
    </message>
    <message>
        <source>That address is too long.</source>
        <translation>Diese Adresse ist zu lang.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>This address is only for signing in to Feedback Desk.</source>
        <translation>Diese Adresse dient nur der Anmeldung bei Feedback Desk.</translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation>Nicht erlaubt.</translation>
    </message>
    <message>
        <source>The Mastodon server did not register Feedback Desk (an unexpected answer). Check the server address.</source>
        <translation>Der Mastodon-Server hat Feedback Desk nicht registriert (eine unerwartete Antwort). Prüfen Sie die Adresse des Servers.</translation>
    </message>
    <message>
        <source>The Mastodon server answered without a token. Start again.</source>
        <translation>Der Mastodon-Server hat ohne Token geantwortet. Beginnen Sie neu.</translation>
    </message>
    <message>
        <source>The Mastodon server refused the sign-in ({reason}). Start again.</source>
        <translation>Der Mastodon-Server hat die Anmeldung abgelehnt ({reason}). Beginnen Sie neu.</translation>
    </message>
    <message>
        <source>Mastodon account @{username}@{host}</source>
        <translation>Mastodon-Konto @{username}@{host}</translation>
    </message>
    <message>
        <source>Signed in, but the Mastodon server did not say which account it was. Try again.</source>
        <translation>Angemeldet, aber der Mastodon-Server hat nicht gesagt, welches Konto es war. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>see the pages you manage</source>
        <translation>die von Ihnen verwalteten Seiten zu sehen</translation>
    </message>
    <message>
        <source>read your page's posts and comments</source>
        <translation>die Beiträge und Kommentare Ihrer Seite zu lesen</translation>
    </message>
    <message>
        <source>read what people write on your page</source>
        <translation>zu lesen, was andere auf Ihrer Seite schreiben</translation>
    </message>
    <message>
        <source>answer comments on your page</source>
        <translation>Kommentare auf Ihrer Seite zu beantworten</translation>
    </message>
    <message>
        <source>see your Instagram professional account</source>
        <translation>Ihr professionelles Instagram-Konto zu sehen</translation>
    </message>
    <message>
        <source>read and answer Instagram comments</source>
        <translation>Instagram-Kommentare zu lesen und zu beantworten</translation>
    </message>
    <message>
        <source>Facebook answered the sign-in in an unexpected shape. Try again.</source>
        <translation>Facebook hat die Anmeldung in einer unerwarteten Form beantwortet. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Facebook did not give a sign-in code. Try again later.</source>
        <translation>Facebook hat keinen Anmeldecode geliefert. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The Facebook sign-in code expired before it was entered, so nothing was stored. Start again for a new code.</source>
        <translation>Der Facebook-Anmeldecode ist abgelaufen, bevor er eingegeben wurde, daher wurde nichts gespeichert. Beginnen Sie neu, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>You did not give Feedback Desk permission to {what} ({permission}); sign in again and allow it. Nothing was stored.</source>
        <translation>Sie haben Feedback Desk nicht erlaubt, {what} ({permission}); melden Sie sich erneut an und erlauben Sie es. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Facebook did not accept this copy's sign-in registration or the sign-in ({reason}). Check 'Use my own app' in Settings.</source>
        <translation>Facebook hat die Anmelde-Registrierung dieser Kopie oder die Anmeldung nicht akzeptiert ({reason}). Prüfen Sie „Eigene App verwenden“ in den Einstellungen.</translation>
    </message>
    <message>
        <source>Facebook page {name}</source>
        <translation>Facebook-Seite {name}</translation>
    </message>
    <message>
        <source>Instagram @{username}, linked to the page {name}</source>
        <translation>Instagram @{username}, verknüpft mit der Seite {name}</translation>
    </message>
    <message>
        <source>Signed in, but that Facebook profile manages no page it may answer comments on. Ask the page's admin for a role that can moderate comments.</source>
        <translation>Angemeldet, aber dieses Facebook-Profil verwaltet keine Seite, auf der es Kommentare beantworten darf. Bitten Sie die Verwaltung der Seite um eine Rolle, die Kommentare moderieren kann.</translation>
    </message>
    <message>
        <source>Signed in, but none of your Facebook pages is linked to an Instagram professional account. Link it in the page's settings, then connect again.</source>
        <translation>Angemeldet, aber keine Ihrer Facebook-Seiten ist mit einem professionellen Instagram-Konto verknüpft. Verknüpfen Sie es in den Einstellungen der Seite und verbinden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Facebook refused the sign-in: {reason}</source>
        <translation>Facebook hat die Anmeldung abgelehnt: {reason}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Google's sign-in page</source>
        <translation>die Anmeldeseite von Google</translation>
    </message>
    <message>
        <source>Facebook's sign-in page</source>
        <translation>die Anmeldeseite von Facebook</translation>
    </message>
    <message>
        <source>your server's sign-in page ({server})</source>
        <translation>die Anmeldeseite Ihres Servers ({server})</translation>
    </message>
    <message>
        <source>your server's sign-in page</source>
        <translation>die Anmeldeseite Ihres Servers</translation>
    </message>
    <message>
        <source>the Google account that manages your shop's Business Profile</source>
        <translation>dem Google-Konto, das das Unternehmensprofil Ihres Geschäfts verwaltet</translation>
    </message>
    <message>
        <source>the Google account of your YouTube channel</source>
        <translation>dem Google-Konto Ihres YouTube-Kanals</translation>
    </message>
    <message>
        <source>your Mastodon account</source>
        <translation>Ihrem Mastodon-Konto</translation>
    </message>
    <message>
        <source>the account that manages your shop</source>
        <translation>dem Konto, das Ihr Geschäft verwaltet</translation>
    </message>
    <message>
        <source>In your browser, go to facebook.com/device, sign in to Facebook with the account that manages your shop's Page, and type this code. Then agree to what Feedback Desk asks for; this window carries on by itself.</source>
        <translation>Öffnen Sie in Ihrem Browser facebook.com/device, melden Sie sich bei Facebook mit dem Konto an, das die Seite Ihres Geschäfts verwaltet, und geben Sie diesen Code ein. Stimmen Sie dann zu, worum Feedback Desk bittet; dieses Fenster macht von selbst weiter.</translation>
    </message>
    <message>
        <source>Your browser is open on {page}. Sign in with {account} and agree to what Feedback Desk asks for; this window carries on by itself once you have.</source>
        <translation>Ihr Browser zeigt {page}. Melden Sie sich mit {account} an und stimmen Sie zu, worum Feedback Desk bittet; danach macht dieses Fenster von selbst weiter.</translation>
    </message>
    <message>
        <source>no Facebook Page where this account has a role</source>
        <translation>keine Facebook-Seite, auf der dieses Konto eine Rolle hat</translation>
    </message>
    <message>
        <source>no Instagram professional account linked to a Page this account manages</source>
        <translation>kein Instagram-Profikonto, das mit einer von diesem Konto verwalteten Seite verknüpft ist</translation>
    </message>
    <message>
        <source>no verified Google Business Profile location this account manages</source>
        <translation>keinen bestätigten Standort im Google-Unternehmensprofil, den dieses Konto verwaltet</translation>
    </message>
    <message>
        <source>no YouTube channel for this Google account</source>
        <translation>keinen YouTube-Kanal zu diesem Google-Konto</translation>
    </message>
    <message>
        <source>no Mastodon account</source>
        <translation>kein Mastodon-Konto</translation>
    </message>
    <message>
        <source>nothing to connect</source>
        <translation>nichts zum Verbinden</translation>
    </message>
    <message>
        <source>Reconnect {account}</source>
        <translation>{account} neu verbinden</translation>
    </message>
    <message>
        <source>Connect {platform}</source>
        <translation>{platform} verbinden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Connect the ticked accounts</source>
        <translation>Die angehakten Konten verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Code to type on facebook.com/device</source>
        <translation>Code zur Eingabe auf facebook.com/device</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Open facebook.com/device</source>
        <translation>facebook.com/device öffnen</translation>
    </message>
    <message>
        <source>Open the page again</source>
        <translation>Seite erneut öffnen</translation>
    </message>
    <message>
        <source>If you closed the browser tab, this opens the sign-in again.</source>
        <translation>Falls Sie den Tab im Browser geschlossen haben, öffnet dies die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Name in Feedback Desk</source>
        <translation>Name in Feedback Desk</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>What to connect</source>
        <translation>Was verbunden werden soll</translation>
    </message>
    <message>
        <source>Getting {page} ready…</source>
        <translation>Einen Moment, {page} wird vorbereitet…</translation>
    </message>
    <message>
        <source>Stopped, as asked.</source>
        <translation>Wie gewünscht abgebrochen.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>The code has run out; start again.</source>
        <translation>Der Code ist abgelaufen; beginnen Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s) left to sign in.</source>
        <translation><numerusform>Noch %Ln Sekunde zum Anmelden.</numerusform><numerusform>Noch %Ln Sekunden zum Anmelden.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s) left to sign in.</source>
        <translation><numerusform>Noch etwa %Ln Minute zum Anmelden.</numerusform><numerusform>Noch etwa %Ln Minuten zum Anmelden.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Connect %Ln account(s)</source>
        <translation><numerusform>%Ln Konto verbinden</numerusform><numerusform>%Ln Konten verbinden</numerusform></translation>
    </message>
    <message>
        <source>Double-click to change the name Feedback Desk shows.</source>
        <translation>Doppelklicken Sie, um den Namen zu ändern, den Feedback Desk anzeigt.</translation>
    </message>
    <message>
        <source>Signed in. Tick what Feedback Desk should bring into your inbox; you may change the names it will show.</source>
        <translation>Angemeldet. Haken Sie an, was Feedback Desk in Ihren Posteingang holen soll; die angezeigten Namen können Sie ändern.</translation>
    </message>
    <message>
        <source>Signed in, but this account has {what}. Help → Connecting your accounts says what each platform needs.</source>
        <translation>Angemeldet, aber dieses Konto hat {what}. Unter Hilfe → Konten verbinden steht, was jede Plattform braucht.</translation>
    </message>
    <message>
        <source>There is nothing to connect from this sign-in.</source>
        <translation>Aus dieser Anmeldung gibt es nichts zu verbinden.</translation>
    </message>
    <message>
        <source>Tick at least one to connect it.</source>
        <translation>Haken Sie mindestens eines an, um es zu verbinden.</translation>
    </message>
    <message>
        <source>Give every ticked account a name.</source>
        <translation>Geben Sie jedem angehakten Konto einen Namen.</translation>
    </message>
    <message>
        <source>Two ticked accounts have the same name; give each its own.</source>
        <translation>Zwei angehakte Konten haben denselben Namen; geben Sie jedem einen eigenen.</translation>
    </message>
    <message>
        <source>Their tokens are kept in the system keyring, never on disk.</source>
        <translation>Ihre Tokens werden im Schlüsselbund des Systems aufbewahrt, nie auf der Festplatte.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Wird verbunden…</translation>
    </message>
    <message>
        <source>Nothing was connected and nothing was stored.</source>
        <translation>Es wurde nichts verbunden und nichts gespeichert.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Cooling off</source>
        <translation>In Bedenkzeit</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Im Entwurf</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
</context>
<context>
    <name>StatusChanges</name>
    <message>
        <source>The status could not be changed</source>
        <translation>Der Status konnte nicht geändert werden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s) marked {status}.</source>
        <translation><numerusform>%Ln Kommentar als {status} markiert.</numerusform><numerusform>%Ln Kommentare als {status} markiert.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Undo “{status}”</source>
        <translation>„{status}“ &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>The change could not be undone</source>
        <translation>Die Änderung konnte nicht rückgängig gemacht werden</translation>
    </message>
    <message numerus="yes">
        <source>Put back: %Ln comment(s) as before.</source>
        <translation><numerusform>Zurückgesetzt: %Ln Kommentar wie zuvor.</numerusform><numerusform>Zurückgesetzt: %Ln Kommentare wie zuvor.</numerusform></translation>
    </message>
    <message>
        <source>Nothing to put back: it has changed since.</source>
        <translation>Nichts zurückzusetzen: Es hat sich inzwischen geändert.</translation>
    </message>
    <message>
        <source>The comment could not be changed</source>
        <translation>Der Kommentar konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Marked {severity}: your judgement stays, whatever re-scoring says.</source>
        <translation>Als {severity} markiert: Ihre Einschätzung bleibt, was auch immer eine neue Bewertung sagt.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Go back to this step</source>
        <translation>Zurück zu diesem Schritt</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Sie sind hier</translation>
    </message>
    <message>
        <source>Go on to this step, through each one before it</source>
        <translation>Weiter zu diesem Schritt, über alle davor</translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <source>In public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>In a private message</source>
        <translation>Als Privatnachricht</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <source>in public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>in a private message</source>
        <translation>als Privatnachricht</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <source>written, not sent yet</source>
        <translation>geschrieben, noch nicht gesendet</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>not confirmed — the platform is asked before anything is sent again</source>
        <translation>nicht bestätigt – die Plattform wird gefragt, bevor etwas erneut gesendet wird</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Berechtigt</translation>
    </message>
    <message>
        <source>Partly valid</source>
        <translation>Teilweise berechtigt</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Nicht berechtigt</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Noch nicht eingeschätzt</translation>
    </message>
    <message>
        <source>Until {time} it said{stars}:</source>
        <translation>Bis {time} stand dort{stars}:</translation>
    </message>
    <message>
        <source>The stars went up from {before} to {now} after your reply: it looks like you won this customer back. &lt;b&gt;Record outcome…&lt;/b&gt; and choose “won back”.</source>
        <translation>Die Sterne sind nach Ihrer Antwort von {before} auf {now} gestiegen: Es sieht so aus, als hätten Sie diese Kundschaft zurückgewonnen. Wählen Sie &lt;b&gt;Ergebnis festhalten…&lt;/b&gt; und dann „zurückgewonnen“.</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>made on {platform}</source>
        <translation>auf {platform} verfasst</translation>
    </message>
    <message>
        <source>sent from Feedback Desk</source>
        <translation>aus Feedback Desk gesendet</translation>
    </message>
    <message>
        <source>{author} — {how}, {where}</source>
        <translation>{author} — {how}, {where}</translation>
    </message>
    <message>
        <source> (this comment)</source>
        <translation> (dieser Kommentar)</translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation>Das Gespräch</translation>
    </message>
    <message>
        <source>What you thought</source>
        <translation>Ihre Einschätzung</translation>
    </message>
    <message>
        <source>Not judged yet.</source>
        <translation>Noch nicht eingeschätzt.</translation>
    </message>
    <message>
        <source>Fair?</source>
        <translation>Berechtigt?</translation>
    </message>
    <message>
        <source>Their point</source>
        <translation>Ihr Anliegen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <source>Cool-off</source>
        <translation>Bedenkzeit</translation>
    </message>
    <message>
        <source>{duration} from {time}</source>
        <translation>{duration} ab {time}</translation>
    </message>
    <message>
        <source>Not started: the complaint was not opened to reply.</source>
        <translation>Nicht begonnen: Die Beschwerde wurde nicht zum Antworten geöffnet.</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <source>Answered after</source>
        <translation>Beantwortet nach</translation>
    </message>
    <message>
        <source>Wait kept</source>
        <translation>Eingehaltene Wartezeit</translation>
    </message>
    <message>
        <source>The pause and the answer</source>
        <translation>Bedenkzeit und Antwort</translation>
    </message>
    <message>
        <source>{duration} between opening the complaint and the reply going out</source>
        <translation>{duration} zwischen dem Öffnen der Beschwerde und dem Versand der Antwort</translation>
    </message>
    <message>
        <source>on the platform: {state}</source>
        <translation>auf der Plattform: {state}</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <source>valid until {day}</source>
        <translation>gültig bis {day}</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Was daraus wurde</translation>
    </message>
    <message>
        <source>No outcome recorded yet. Use &lt;b&gt;Record outcome…&lt;/b&gt; when you know whether the customer came back.</source>
        <translation>Noch kein Ergebnis festgehalten. Nutzen Sie &lt;b&gt;Ergebnis festhalten…&lt;/b&gt;, sobald Sie wissen, ob die Kundin oder der Kunde wiedergekommen ist.</translation>
    </message>
    <message>
        <source>Follow up on {day}</source>
        <translation>Erneut ansehen am {day}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>posts</source>
        <translation>Beiträgen</translation>
    </message>
    <message>
        <source>a post's comments</source>
        <translation>den Kommentaren eines Beitrags</translation>
    </message>
    <message>
        <source>a comment's replies</source>
        <translation>den Antworten auf einen Kommentar</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>the shop's own posts</source>
        <translation>den eigenen Beiträgen des Geschäfts</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentaren</translation>
    </message>
    <message>
        <source>Google's list of reviews</source>
        <translation>Die Bewertungsliste von Google</translation>
    </message>
    <message>
        <source>YouTube's list of comments</source>
        <translation>Die Kommentarliste von YouTube</translation>
    </message>
    <message>
        <source>{platform} kept sending the same page of {list}; stopped.</source>
        <translation>{platform} hat immer wieder dieselbe Seite mit {list} geschickt; angehalten.</translation>
    </message>
    <message>
        <source>{platform} kept sending more pages of {list} than any list has; stopped after {limit}.</source>
        <translation>{platform} hat mehr Seiten mit {list} geschickt, als eine Liste haben kann; nach {limit} angehalten.</translation>
    </message>
    <message>
        <source>{list} came in an unexpected shape; nothing from this page was stored.</source>
        <translation>{list} kam in einer unerwarteten Form; von dieser Seite wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{platform} sent an answer that is not JSON (for account {account}). Nothing was changed; try again later.</source>
        <translation>{platform} hat eine Antwort geschickt, die kein JSON ist (für das Konto {account}). Es wurde nichts geändert; bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>its answer was too large to read</source>
        <translation>die Antwort war zu groß zum Lesen</translation>
    </message>
    <message>
        <source>{platform} sent an answer larger than {size} MB for account {account}; stopped reading it. Nothing from it was stored.</source>
        <translation>{platform} hat für das Konto {account} eine Antwort größer als {size} MB geschickt; das Lesen wurde abgebrochen. Davon wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>the connection broke off before an answer</source>
        <translation>die Verbindung brach vor einer Antwort ab</translation>
    </message>
    <message>
        <source>no complete answer within {seconds} s</source>
        <translation>keine vollständige Antwort innerhalb von {seconds} s</translation>
    </message>
    <message>
        <source>it stopped sending</source>
        <translation>es kam nichts mehr</translation>
    </message>
    <message>
        <source>{platform} answered too slowly for account {account} ({why}). Try again later; everything stored here still works.</source>
        <translation>{platform} hat für das Konto {account} zu langsam geantwortet ({why}). Bitte versuchen Sie es später noch einmal; alles hier Gespeicherte funktioniert weiter.</translation>
    </message>
    <message>
        <source>Could not reach {platform} for account {account}. Check the internet connection; everything stored here still works.</source>
        <translation>{platform} war für das Konto {account} nicht erreichbar. Prüfen Sie die Internetverbindung; alles hier Gespeicherte funktioniert weiter.</translation>
    </message>
    <message>
        <source>it answered HTTP {status}</source>
        <translation>die Antwort war HTTP {status}</translation>
    </message>
    <message>
        <source>{platform} kept failing (HTTP {status}) for account {account}. Try again later.</source>
        <translation>{platform} hatte für das Konto {account} wiederholt Fehler (HTTP {status}). Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>{platform} is unavailable (HTTP {status}) for account {account} and asked to be left alone for {duration}. Try again at {time}.</source>
        <translation>{platform} ist für das Konto {account} nicht verfügbar (HTTP {status}) und bittet um {duration} Ruhe. Versuchen Sie es um {time} noch einmal.</translation>
    </message>
    <message>
        <source>{platform} asked Feedback Desk to slow down ({reason}) for account {account}. Try again at {time}.</source>
        <translation>{platform} hat Feedback Desk gebeten, für das Konto {account} langsamer zu machen ({reason}). Versuchen Sie es um {time} noch einmal.</translation>
    </message>
    <message>
        <source>{platform} did not give a usable answer to account {account} within {duration}, retries included; stopped. Try again later; everything stored here still works.</source>
        <translation>{platform} hat dem Konto {account} innerhalb von {duration} keine brauchbare Antwort gegeben, Wiederholungen eingeschlossen; angehalten. Bitte versuchen Sie es später noch einmal; alles hier Gespeicherte funktioniert weiter.</translation>
    </message>
    <message>
        <source>it was stopped before an answer came</source>
        <translation>es wurde abgebrochen, bevor eine Antwort kam</translation>
    </message>
    <message>
        <source>{platform} did not confirm the request for account {account} ({why}), so it may or may not have arrived. Feedback Desk will ask {platform} before sending it again.</source>
        <translation>{platform} hat die Anfrage für das Konto {account} nicht bestätigt ({why}); sie ist also vielleicht angekommen, vielleicht nicht. Feedback Desk fragt bei {platform} nach, bevor sie erneut gesendet wird.</translation>
    </message>
    <message>
        <source>{platform} says the token for account {account} no longer works ({reason}). Reconnect the account.</source>
        <translation>Laut {platform} funktioniert der Token für das Konto {account} nicht mehr ({reason}). Verbinden Sie das Konto neu.</translation>
    </message>
    <message>
        <source>{platform} refused the request for account {account}: {reason}</source>
        <translation>{platform} hat die Anfrage für das Konto {account} abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>an address that is not valid</source>
        <translation>eine ungültige Adresse</translation>
    </message>
    <message>
        <source>{platform} redirected the request for account {account} to another server ({where}). Feedback Desk did not follow it, so no token or data went there. Check the account's addresses, or try again later.</source>
        <translation>{platform} hat die Anfrage für das Konto {account} an einen anderen Server weitergeleitet ({where}). Feedback Desk ist dem nicht gefolgt, also gingen weder Token noch Daten dorthin. Prüfen Sie die Adressen des Kontos oder versuchen Sie es später noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation><numerusform>%Ln Stunde</numerusform><numerusform>%Ln Stunden</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation><numerusform>%Ln Minute</numerusform><numerusform>%Ln Minuten</numerusform></translation>
    </message>
    <message>
        <source>{what} {url} is not a web address (https://...).</source>
        <translation>{what} {url} ist keine Webadresse (https://...).</translation>
    </message>
    <message>
        <source>{what} {url} uses plain http, which would send your token unencrypted. Use https (plain http is only allowed to this computer).</source>
        <translation>{what} {url} verwendet einfaches http, womit Ihr Token unverschlüsselt gesendet würde. Verwenden Sie https (einfaches http ist nur zu diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>cancelled; what was read so far is kept</source>
        <translation>abgebrochen; was bisher gelesen wurde, bleibt erhalten</translation>
    </message>
    <message>
        <source>{platform} comment by {author}: its text holds characters that are not valid text (a broken emoji?); skipped</source>
        <translation>{platform}-Kommentar von {author}: Der Text enthält Zeichen, die kein gültiger Text sind (ein kaputtes Emoji?); übersprungen</translation>
    </message>
    <message>
        <source>{platform}: a reply of yours holds characters that are not valid text; skipped</source>
        <translation>{platform}: Eine Ihrer Antworten enthält Zeichen, die kein gültiger Text sind; übersprungen</translation>
    </message>
    <message>
        <source>an unexpected problem stopped this account's sync ({problem}); what was read before is kept, the other accounts went on, and the details are in the log</source>
        <translation>ein unerwartetes Problem hat den Abruf dieses Kontos gestoppt ({problem}); was vorher gelesen wurde, bleibt erhalten, die anderen Konten liefen weiter, und die Einzelheiten stehen im Protokoll</translation>
    </message>
</context>
<context>
    <name>SyncControl</name>
    <message>
        <source>A sync is already running.</source>
        <translation>Ein Abruf läuft bereits.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing {account}: %Ln comment(s) read…</source>
        <translation><numerusform>{account} wird abgerufen: %Ln Kommentar gelesen…</numerusform><numerusform>{account} wird abgerufen: %Ln Kommentare gelesen…</numerusform></translation>
    </message>
    <message>
        <source>Not synced: another Feedback Desk is syncing this folder; it will be tried again at the next sync.</source>
        <translation>Nicht abgerufen: Ein anderes Feedback Desk ruft gerade für diesen Ordner ab; beim nächsten Abruf wird es erneut versucht.</translation>
    </message>
    <message>
        <source>Sync stopped: {problem}</source>
        <translation>Abruf abgebrochen: {problem}</translation>
    </message>
</context>
<context>
    <name>SyncLock</name>
    <message>
        <source>another Feedback Desk is syncing this folder</source>
        <translation>ein anderes Feedback Desk ruft gerade für diesen Ordner ab</translation>
    </message>
</context>
<context>
    <name>ToneCheck</name>
    <message>
        <source>Offer tied to the review</source>
        <translation>Angebot an die Bewertung geknüpft</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>Schreien</translation>
    </message>
    <message>
        <source>Private details in public</source>
        <translation>Private Angaben öffentlich</translation>
    </message>
    <message>
        <source>Defensive or blaming</source>
        <translation>Abwehrend oder schuldzuweisend</translation>
    </message>
    <message>
        <source>Arguing</source>
        <translation>Streitend</translation>
    </message>
    <message>
        <source>Sounds sarcastic</source>
        <translation>Klingt sarkastisch</translation>
    </message>
    <message>
        <source>No apology</source>
        <translation>Keine Entschuldigung</translation>
    </message>
    <message>
        <source>Negative overall</source>
        <translation>Insgesamt negativ</translation>
    </message>
    <message>
        <source>Discount code in public</source>
        <translation>Rabattcode öffentlich</translation>
    </message>
    <message>
        <source>The offer's code is missing</source>
        <translation>Der Code des Angebots fehlt</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Nothing to change: the reply reads calm and professional.</source>
        <translation>Nichts zu ändern: Die Antwort klingt ruhig und professionell.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing is worth a second look.</source>
        <translation><numerusform>%n Punkt ist einen zweiten Blick wert.</numerusform><numerusform>%n Punkt ist einen zweiten Blick wert.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n things are worth a second look.</source>
        <translation><numerusform>%n Punkte sind einen zweiten Blick wert.</numerusform><numerusform>%n Punkte sind einen zweiten Blick wert.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more is worth a second look</source>
        <translation><numerusform>%n weiterer ist einen zweiten Blick wert</numerusform><numerusform>%n weiterer ist einen zweiten Blick wert</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more are worth a second look</source>
        <translation><numerusform>%n weitere sind einen zweiten Blick wert</numerusform><numerusform>%n weitere sind einen zweiten Blick wert</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem must be fixed before sending.</source>
        <translation><numerusform>%n Problem muss vor dem Senden behoben werden.</numerusform><numerusform>%n Problem muss vor dem Senden behoben werden.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem must be fixed before sending, and {more}.</source>
        <translation><numerusform>%n Problem muss vor dem Senden behoben werden, und {more}.</numerusform><numerusform>%n Problem muss vor dem Senden behoben werden, und {more}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problems must be fixed before sending.</source>
        <translation><numerusform>%n Probleme müssen vor dem Senden behoben werden.</numerusform><numerusform>%n Probleme müssen vor dem Senden behoben werden.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problems must be fixed before sending, and {more}.</source>
        <translation><numerusform>%n Probleme müssen vor dem Senden behoben werden, und {more}.</numerusform><numerusform>%n Probleme müssen vor dem Senden behoben werden, und {more}.</numerusform></translation>
    </message>
    <message>
        <source>“{text}”</source>
        <comment>quoting the draft</comment>
        <translation>„{text}“</translation>
    </message>
    <message>
        <source>{quote} ties what you offer to the customer's review. Google and the other review platforms forbid offering anything in return for changing or removing a review: the reply can be taken down and the shop's listing penalised.</source>
        <translation>{quote} knüpft Ihr Angebot an die Bewertung der Kundin oder des Kunden. Google und die anderen Bewertungsportale verbieten, etwas dafür anzubieten, dass eine Bewertung geändert oder gelöscht wird: Die Antwort kann entfernt und der Eintrag Ihres Geschäfts abgestraft werden.</translation>
    </message>
    <message>
        <source>Make the offer with no strings attached and leave the review out of this reply. When things are put right, many customers update their review on their own.</source>
        <translation>Machen Sie das Angebot ohne Bedingung und lassen Sie die Bewertung in dieser Antwort aus dem Spiel. Wenn alles wieder in Ordnung ist, ändern viele Kunden ihre Bewertung von selbst.</translation>
    </message>
    <message>
        <source>{quote} sounds defensive and puts the blame on the customer. People reading along tend to take the customer's side when a shop answers like this.</source>
        <translation>{quote} klingt abwehrend und schiebt der Kundschaft die Schuld zu. Wer mitliest, stellt sich bei so einer Antwort meist auf die Seite der Kundschaft.</translation>
    </message>
    <message>
        <source>Leave out whose fault it was and say what you will do now, for example: “Let's sort this out: I can send a replacement today.”</source>
        <translation>Lassen Sie weg, wessen Schuld es war, und sagen Sie, was Sie jetzt tun, zum Beispiel: „Lassen Sie uns das klären: Ich kann Ihnen heute noch Ersatz schicken.“</translation>
    </message>
    <message>
        <source>{quote} carries on an argument. A back-and-forth in public rarely changes anyone's mind and is there for everyone to read.</source>
        <translation>{quote} setzt einen Streit fort. Ein öffentliches Hin und Her überzeugt selten jemanden, und alle können es lesen.</translation>
    </message>
    <message>
        <source>Make your point once, kindly, and offer to carry on by private message or e-mail.</source>
        <translation>Sagen Sie es einmal, freundlich, und bieten Sie an, per Privatnachricht oder E-Mail weiterzusprechen.</translation>
    </message>
    <message>
        <source>{quote} can read as sarcastic. Irony does not come across in writing; it reads as mockery.</source>
        <translation>{quote} kann sarkastisch wirken. Ironie kommt schriftlich nicht an; sie liest sich wie Spott.</translation>
    </message>
    <message>
        <source>Say exactly what you mean in plain words, for example: “I'm sorry the order wasn't what you hoped for.”</source>
        <translation>Sagen Sie in einfachen Worten genau, was Sie meinen, zum Beispiel: „Es tut mir leid, dass die Bestellung nicht Ihren Erwartungen entsprach.“</translation>
    </message>
    <message>
        <source>Quotation marks around {quote} suggest you don't believe the customer, and read as sarcasm.</source>
        <translation>Anführungszeichen um {quote} lassen vermuten, dass Sie der Kundschaft nicht glauben, und wirken sarkastisch.</translation>
    </message>
    <message>
        <source>Remove the quotation marks, or describe the issue in your own words.</source>
        <translation>Entfernen Sie die Anführungszeichen oder beschreiben Sie das Problem mit eigenen Worten.</translation>
    </message>
    <message>
        <source>{quote} is written in capitals, which reads as shouting.</source>
        <translation>{quote} steht in Großbuchstaben und wirkt wie Schreien.</translation>
    </message>
    <message>
        <source>Write it in ordinary letters. If something needs weight, let the words carry it.</source>
        <translation>Schreiben Sie es in normaler Schrift. Wenn etwas Gewicht braucht, lassen Sie die Worte es tragen.</translation>
    </message>
    <message>
        <source>{quote}: a row of exclamation marks reads as anger or shouting.</source>
        <translation>{quote}: Mehrere Ausrufezeichen hintereinander wirken wütend oder wie Schreien.</translation>
    </message>
    <message>
        <source>End the sentence with a full stop, or a single exclamation mark at most.</source>
        <translation>Beenden Sie den Satz mit einem Punkt oder höchstens einem Ausrufezeichen.</translation>
    </message>
    <message>
        <source>Greet the customer by their first name only.</source>
        <translation>Sprechen Sie die Kundin oder den Kunden nur mit dem Vornamen an.</translation>
    </message>
    <message>
        <source>Take it out. Ask the customer to send you the details by private message or e-mail, and deal with them there.</source>
        <translation>Nehmen Sie es heraus. Bitten Sie um die Angaben per Privatnachricht oder E-Mail und klären Sie es dort.</translation>
    </message>
    <message>
        <source>This reply is public and it shows an e-mail address: {quote}. Anyone can read, copy and misuse it, and the customer never agreed to have it shown.</source>
        <translation>Diese Antwort ist öffentlich und zeigt eine E-Mail-Adresse: {quote}. Jeder kann sie lesen, kopieren und missbrauchen, und die Kundschaft hat nie zugestimmt, dass sie gezeigt wird.</translation>
    </message>
    <message>
        <source>This reply is public and it shows an order number: {quote}. Anyone can read, copy and misuse it, and the customer never agreed to have it shown.</source>
        <translation>Diese Antwort ist öffentlich und zeigt eine Bestellnummer: {quote}. Jeder kann sie lesen, kopieren und missbrauchen, und die Kundschaft hat nie zugestimmt, dass sie gezeigt wird.</translation>
    </message>
    <message>
        <source>This reply is public and it shows a phone number: {quote}. Anyone can read, copy and misuse it, and the customer never agreed to have it shown.</source>
        <translation>Diese Antwort ist öffentlich und zeigt eine Telefonnummer: {quote}. Jeder kann sie lesen, kopieren und missbrauchen, und die Kundschaft hat nie zugestimmt, dass sie gezeigt wird.</translation>
    </message>
    <message>
        <source>This reply is public and it shows a street address: {quote}. Anyone can read, copy and misuse it, and the customer never agreed to have it shown.</source>
        <translation>Diese Antwort ist öffentlich und zeigt eine Anschrift: {quote}. Jeder kann sie lesen, kopieren und missbrauchen, und die Kundschaft hat nie zugestimmt, dass sie gezeigt wird.</translation>
    </message>
    <message>
        <source>This reply is public and it shows a postcode: {quote}. Anyone can read, copy and misuse it, and the customer never agreed to have it shown.</source>
        <translation>Diese Antwort ist öffentlich und zeigt eine Postleitzahl: {quote}. Jeder kann sie lesen, kopieren und missbrauchen, und die Kundschaft hat nie zugestimmt, dass sie gezeigt wird.</translation>
    </message>
    <message>
        <source>This reply is public and it shows a full name: {quote}. Anyone can read, copy and misuse it, and the customer never agreed to have it shown.</source>
        <translation>Diese Antwort ist öffentlich und zeigt einen vollständigen Namen: {quote}. Jeder kann ihn lesen, kopieren und missbrauchen, und die Kundschaft hat nie zugestimmt, dass er gezeigt wird.</translation>
    </message>
    <message>
        <source>A discount code in a public reply can be used by anyone who reads it.</source>
        <translation>Einen Rabattcode in einer öffentlichen Antwort kann jeder nutzen, der ihn liest.</translation>
    </message>
    <message>
        <source>Send the code in a private message or an e-mail; in public, say you will be in touch to put things right.</source>
        <translation>Schicken Sie den Code per Privatnachricht oder E-Mail; öffentlich sagen Sie nur, dass Sie sich melden, um alles wieder in Ordnung zu bringen.</translation>
    </message>
    <message>
        <source>You are offering something with the code {offer_code}, but the reply does not give the code, so the customer cannot use it.</source>
        <translation>Sie bieten etwas mit dem Code {offer_code} an, aber die Antwort nennt den Code nicht, also kann die Kundschaft ihn nicht nutzen.</translation>
    </message>
    <message>
        <source>Add {code} where you make the offer (and {discount} to say what it is).</source>
        <translation>Fügen Sie {code} dort ein, wo Sie das Angebot machen (und {discount}, um zu sagen, was es ist).</translation>
    </message>
    <message>
        <source>You marked this complaint as valid, but the reply neither apologises nor admits what went wrong. Owning the problem is what calms most customers down.</source>
        <translation>Sie haben diese Beschwerde als berechtigt eingestuft, aber die Antwort entschuldigt sich weder, noch gibt sie zu, was schiefging. Den Fehler einzugestehen beruhigt die meisten Kunden.</translation>
    </message>
    <message>
        <source>You marked this complaint as partly valid, but the reply neither apologises nor admits what went wrong. Owning the problem is what calms most customers down.</source>
        <translation>Sie haben diese Beschwerde als teilweise berechtigt eingestuft, aber die Antwort entschuldigt sich weder, noch gibt sie zu, was schiefging. Den Fehler einzugestehen beruhigt die meisten Kunden.</translation>
    </message>
    <message>
        <source>Start by owning it, for example: “You're right, and I'm sorry: that isn't the standard we aim for.”</source>
        <translation>Gestehen Sie es gleich zu Beginn ein, zum Beispiel: „Sie haben recht, und es tut mir leid: Das ist nicht der Anspruch, den wir an uns haben.“</translation>
    </message>
    <message>
        <source>Not checked: this draft is written in {language}; the tone check reads English and German.</source>
        <translation>Nicht geprüft: Dieser Entwurf ist auf {language} geschrieben; die Tonprüfung liest nur Englisch und Deutsch.</translation>
    </message>
    <message>
        <source>Read it through once more yourself before sending: is it calm, does it own the problem, and does it say what happens next?</source>
        <translation>Lesen Sie ihn vor dem Senden selbst noch einmal durch: Ist er ruhig, gesteht er das Problem ein, und sagt er, wie es weitergeht?</translation>
    </message>
    <message>
        <source>Taken as a whole, the reply sounds more upset than helpful, even where each word is polite. Readers remember the mood more than the facts.</source>
        <translation>Insgesamt klingt die Antwort eher verärgert als hilfreich, auch wenn jedes Wort höflich ist. Leser behalten die Stimmung eher als die Fakten.</translation>
    </message>
    <message>
        <source>Cut the complaints about the situation and say what happens next, for example how you will put it right and that you hope to see them again.</source>
        <translation>Streichen Sie die Klagen über die Lage und sagen Sie, wie es weitergeht, zum Beispiel wie Sie es wiedergutmachen und dass Sie sich auf einen nächsten Besuch freuen.</translation>
    </message>
</context>
<context>
    <name>Total</name>
    <message>
        <source>{offers} worth {money}</source>
        <translation>{offers} im Wert von {money}</translation>
    </message>
    <message>
        <source>{offers}: {money}</source>
        <translation>{offers}: {money}</translation>
    </message>
    <message>
        <source>{n} reply without compensation</source>
        <translation>{n} Antwort ohne Entschädigung</translation>
    </message>
    <message>
        <source>{n} replies without compensation</source>
        <translation>{n} Antworten ohne Entschädigung</translation>
    </message>
    <message>
        <source>{n} apology</source>
        <translation>{n} Entschuldigung</translation>
    </message>
    <message>
        <source>{n} apologies</source>
        <translation>{n} Entschuldigungen</translation>
    </message>
    <message>
        <source>{n} percentage discount</source>
        <translation>{n} Prozentrabatt</translation>
    </message>
    <message>
        <source>{n} percentage discounts</source>
        <translation>{n} Prozentrabatte</translation>
    </message>
    <message>
        <source>{n} fixed discount</source>
        <translation>{n} fester Rabatt</translation>
    </message>
    <message>
        <source>{n} fixed discounts</source>
        <translation>{n} feste Rabatte</translation>
    </message>
    <message>
        <source>{n} free item</source>
        <translation>{n} kostenloser Artikel</translation>
    </message>
    <message>
        <source>{n} free items</source>
        <translation>{n} kostenlose Artikel</translation>
    </message>
    <message>
        <source>{n} refund</source>
        <translation>{n} Rückerstattung</translation>
    </message>
    <message>
        <source>{n} refunds</source>
        <translation>{n} Rückerstattungen</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <source>Not checked: written in {language}. Triage reads English and German.</source>
        <translation>Nicht geprüft: auf {language} geschrieben. Die automatische Einschätzung liest nur Englisch und Deutsch.</translation>
    </message>
</context>
<context>
    <name>UrgentCounts</name>
    <message numerus="yes">
        <source>%Ln harsh</source>
        <translation><numerusform>heftig: %Ln</numerusform><numerusform>heftig: %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln negative</source>
        <translation><numerusform>negativ: %Ln</numerusform><numerusform>negativ: %Ln</numerusform></translation>
    </message>
</context>
<context>
    <name>Validity</name>
    <message>
        <source>Valid</source>
        <translation>Berechtigt</translation>
    </message>
    <message>
        <source>Partly valid</source>
        <translation>Teilweise berechtigt</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Nicht berechtigt</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Noch nicht eingeschätzt</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Needs a reply</source>
        <translation>Braucht eine Antwort</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Bereit zum Senden</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Alle Kommentare</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Pause: {hours} h {minutes} min left</source>
        <translation>Pause: noch {hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>Pause: {minutes} min left</source>
        <translation>Pause: noch {minutes} Min.</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>Feedback Desk: nothing needs a reply</source>
        <translation>Feedback Desk: Nichts braucht eine Antwort</translation>
    </message>
    <message numerus="yes">
        <source>Feedback Desk: %Ln comment(s) need a reply</source>
        <translation><numerusform>Feedback Desk: %Ln Kommentar braucht eine Antwort</numerusform><numerusform>Feedback Desk: %Ln Kommentare brauchen eine Antwort</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Feedback Desk: %Ln comment(s) need a reply ({urgent})</source>
        <translation><numerusform>Feedback Desk: %Ln Kommentar braucht eine Antwort ({urgent})</numerusform><numerusform>Feedback Desk: %Ln Kommentare brauchen eine Antwort ({urgent})</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new complaint(s): {urgent}</source>
        <translation><numerusform>%Ln neue Beschwerde: {urgent}</numerusform><numerusform>%Ln neue Beschwerden: {urgent}</numerusform></translation>
    </message>
    <message>
        <source>Click to see them under Needs a reply.</source>
        <translation>Klicken Sie, um sie unter „Braucht eine Antwort“ zu sehen.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Import a file…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Import comments from a CSV or JSON export (Ctrl+O)</source>
        <translation>Kommentare aus einem CSV- oder JSON-Export importieren (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>Fetch new and changed comments from your accounts (F5)</source>
        <translation>Neue und geänderte Kommentare von Ihren Konten abrufen (F5)</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Abruf stoppen</translation>
    </message>
    <message>
        <source>Discount &amp;ledger…</source>
        <translation>Rabatt&amp;buch…</translation>
    </message>
    <message>
        <source>Customer-recovery &amp;report…</source>
        <translation>&amp;Bericht zur Kundenrückgewinnung…</translation>
    </message>
    <message>
        <source>See the customer-recovery report for a period; save it as PDF, CSV or HTML</source>
        <translation>Den Bericht zur Kundenrückgewinnung für einen Zeitraum ansehen; als PDF, CSV oder HTML speichern</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln minute(s)</source>
        <translation><numerusform>Jede Minute</numerusform><numerusform>Alle %Ln Minuten</numerusform></translation>
    </message>
    <message>
        <source>Open the &amp;demo inbox</source>
        <translation>&amp;Demo-Posteingang öffnen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Show &amp;everything</source>
        <translation>&amp;Alles anzeigen</translation>
    </message>
    <message>
        <source>&amp;History of complaints…</source>
        <translation>&amp;Verlauf der Beschwerden…</translation>
    </message>
    <message>
        <source>Past complaints with their whole story, the customers behind them and what became of them (works offline)</source>
        <translation>Frühere Beschwerden mit ihrer ganzen Geschichte, der Kundschaft dahinter und was daraus wurde (geht auch offline)</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Antworten…</translation>
    </message>
    <message>
        <source>Answer the selected comment calmly, step by step (Ctrl+R)</source>
        <translation>Auf den ausgewählten Kommentar in Ruhe antworten, Schritt für Schritt (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation>Als &amp;geklärt markieren</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
    <message>
        <source>&amp;Back to new</source>
        <translation>&amp;Zurück auf neu</translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation>&amp;Ergebnis festhalten…</translation>
    </message>
    <message>
        <source>Keep what became of this complaint (won back, resolved, still unhappy…), with a note and a day to follow up</source>
        <translation>Festhalten, was aus dieser Beschwerde wurde (zurückgewonnen, geklärt, weiterhin unzufrieden…), mit einer Notiz und einem Tag zum erneuten Ansehen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>&amp;Automatisch abrufen</translation>
    </message>
    <message>
        <source>Set up your &amp;shop…</source>
        <translation>Ihr &amp;Geschäft einrichten…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Perspective…</source>
        <translation>&amp;Einordnung…</translation>
    </message>
    <message>
        <source>How all comments of the last weeks felt, and how the stars went</source>
        <translation>Wie sich alle Kommentare der letzten Wochen anfühlten und wie sich die Sterne entwickelt haben</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Connecting your accounts</source>
        <translation>Ihre Konten &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;About Feedback Desk</source>
        <translation>&amp;Über Feedback Desk</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Search comments and names  (Ctrl+F)</source>
        <translation>Kommentare und Namen durchsuchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Search comments</source>
        <translation>Kommentare durchsuchen</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Your inbox is empty</source>
        <translation>Ihr Posteingang ist leer</translation>
    </message>
    <message>
        <source>Feedback Desk keeps every comment and review about your shop in one list, the most hurtful first, so you can answer calmly. Start by connecting your shop's accounts (you sign in on each platform's own page), by importing an export file, or look around the demo inbox first.</source>
        <translation>Feedback Desk sammelt jeden Kommentar und jede Bewertung zu Ihrem Geschäft in einer Liste, das Verletzendste zuerst, damit Sie in Ruhe antworten können. Verbinden Sie zuerst die Konten Ihres Geschäfts (Sie melden sich auf der Seite der jeweiligen Plattform an), importieren Sie eine Exportdatei oder sehen Sie sich erst den Demo-Posteingang an.</translation>
    </message>
    <message>
        <source>Connect an account…</source>
        <translation>Konto verbinden…</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Datei importieren…</translation>
    </message>
    <message>
        <source>Open the demo inbox</source>
        <translation>Demo-Posteingang öffnen</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>No comment fits this view, these filters and this search.</source>
        <translation>Kein Kommentar passt zu dieser Ansicht, diesen Filtern und dieser Suche.</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Put back the last change of status (Ctrl+Z)</source>
        <translation>Die letzte Statusänderung zurücknehmen (Strg+Z)</translation>
    </message>
</context>
<context>
    <name>WindowOpeners</name>
    <message>
        <source>The reply could not be started</source>
        <translation>Die Antwort konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>{name} on {platform}, {day}</source>
        <translation>{name} auf {platform}, {day}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Outcome recorded.</source>
        <translation>Ergebnis festgehalten.</translation>
    </message>
    <message>
        <source>The history could not be opened</source>
        <translation>Der Verlauf konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>About Feedback Desk</source>
        <translation>Über Feedback Desk</translation>
    </message>
    <message>
        <source>Feedback Desk {version}

One calm inbox for what customers say about your shop, worst first.

Your data folder: {folder}</source>
        <translation>Feedback Desk {version}

Ein ruhiger Posteingang für alles, was Kunden über Ihr Geschäft sagen, das Schlimmste zuerst.

Ihr Datenordner: {folder}</translation>
    </message>
</context>
<context>
    <name>WindowWatch</name>
    <message>
        <source>Open Feedback Desk</source>
        <translation>Feedback Desk öffnen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abrufen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>No accounts to sync yet: add one under File → Accounts.</source>
        <translation>Noch keine Konten zum Abrufen: Fügen Sie eines unter Datei → Konten hinzu.</translation>
    </message>
    <message>
        <source>You seem to be offline, so nothing new could be fetched. Everything stored here still works; sync again when you are back online.</source>
        <translation>Sie scheinen offline zu sein, daher konnte nichts Neues abgerufen werden. Alles hier Gespeicherte funktioniert weiterhin; rufen Sie erneut ab, wenn Sie wieder online sind.</translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %Ln new comment(s).</source>
        <translation><numerusform>Abruf fertig: %Ln neuer Kommentar.</numerusform><numerusform>Abruf fertig: %Ln neue Kommentare.</numerusform></translation>
    </message>
    <message>
        <source>Not everything came through for {accounts}: see File → Accounts.</source>
        <translation>Für {accounts} kam nicht alles an: siehe Datei → Konten.</translation>
    </message>
</context>
<context>
    <name>YouTube</name>
    <message>
        <source>comments are turned off</source>
        <translation>Kommentare sind ausgeschaltet</translation>
    </message>
    <message>
        <source>YouTube answered the channel check in an unexpected shape.</source>
        <translation>YouTube hat die Prüfung des Kanals in einer unerwarteten Form beantwortet.</translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>keinen Kanal</translation>
    </message>
    <message>
        <source>the Google account that gave permission manages {channels}, not the channel {channel}. Reconnect with the Google account that owns the channel.</source>
        <translation>das Google-Konto, das die Erlaubnis gegeben hat, verwaltet {channels}, nicht den Kanal {channel}. Verbinden Sie neu mit dem Google-Konto, dem der Kanal gehört.</translation>
    </message>
    <message>
        <source>the channel {title}</source>
        <translation>den Kanal {title}</translation>
    </message>
    <message>
        <source>comments are turned off for a video on this channel, so the channel's comments could not be listed. Turn them back on in YouTube Studio, or try again later</source>
        <translation>bei einem Video dieses Kanals sind Kommentare ausgeschaltet, daher konnten die Kommentare des Kanals nicht aufgelistet werden. Schalten Sie sie in YouTube Studio wieder ein oder versuchen Sie es später noch einmal</translation>
    </message>
    <message>
        <source>comments are turned off for this video, so YouTube does not accept replies there. Turn them back on in YouTube Studio to answer</source>
        <translation>bei diesem Video sind Kommentare ausgeschaltet, daher nimmt YouTube dort keine Antworten an. Schalten Sie sie in YouTube Studio wieder ein, um zu antworten</translation>
    </message>
    <message>
        <source>YouTube answered the reply in an unexpected shape.</source>
        <translation>YouTube hat auf die Antwort in einer unerwarteten Form reagiert.</translation>
    </message>
    <message>
        <source>YouTube comments are answered in public; a {channel} reply is not sent through YouTube.</source>
        <translation>YouTube-Kommentare werden öffentlich beantwortet; eine Antwort über {channel} wird nicht über YouTube gesendet.</translation>
    </message>
    <message>
        <source>YouTube has no private messages: a reply to a comment is always public. Reply in public, and offer a phone number or e-mail address there if you want to talk in private.</source>
        <translation>YouTube hat keine Privatnachrichten: Eine Antwort auf einen Kommentar ist immer öffentlich. Antworten Sie öffentlich und nennen Sie dort eine Telefonnummer oder E-Mail-Adresse, wenn Sie privat sprechen möchten.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>A YouTube comment can be at most {limit} characters; this one has {length}. Shorten it and send it again.</source>
        <translation>Ein YouTube-Kommentar darf höchstens {limit} Zeichen haben; dieser hat {length}. Kürzen Sie ihn und senden Sie ihn noch einmal.</translation>
    </message>
    <message>
        <source>YouTube comment thread {number}: {problem}</source>
        <translation>YouTube-Kommentarverlauf {number}: {problem}</translation>
    </message>
    <message>
        <source>YouTube comment {id}</source>
        <translation>YouTube-Kommentar {id}</translation>
    </message>
    <message>
        <source>YouTube video {video}: comments are turned off for this video, so the replies under comment {id} could not all be read</source>
        <translation>YouTube-Video {video}: Bei diesem Video sind Kommentare ausgeschaltet, daher konnten nicht alle Antworten unter Kommentar {id} gelesen werden</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>YouTube reply under {id}: {problem}</source>
        <translation>YouTube-Antwort unter {id}: {problem}</translation>
    </message>
    <message>
        <source>YouTube reply under {id}</source>
        <translation>YouTube-Antwort unter {id}</translation>
    </message>
    <message>
        <source>{what}: {problem}</source>
        <translation>{what}: {problem}</translation>
    </message>
    <message>
        <source>comments are turned off for this video</source>
        <translation>bei diesem Video sind Kommentare ausgeschaltet</translation>
    </message>
    <message>
        <source>YouTube answered a list of replies in an unexpected shape.</source>
        <translation>YouTube hat eine Liste von Antworten in einer unerwarteten Form geschickt.</translation>
    </message>
    <message>
        <source>YouTube answered in an unexpected shape; nothing was stored.</source>
        <translation>YouTube hat in einer unerwarteten Form geantwortet; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Google did not accept a freshly renewed access token</source>
        <translation>Google hat einen gerade erneuerten Zugriffstoken nicht akzeptiert</translation>
    </message>
    <message>
        <source>{platform} refused the request for account {account}: {reason}.</source>
        <translation>{platform} hat die Anfrage für das Konto {account} abgelehnt: {reason}.</translation>
    </message>
    <message>
        <source>{platform} does not know this (account {account}): {reason}</source>
        <translation>{platform} kennt das nicht (Konto {account}): {reason}</translation>
    </message>
    <message>
        <source>The daily YouTube quota for account {account} is used up. It resets at midnight Pacific time ({time} your time); sync or send again after that.</source>
        <translation>Das tägliche YouTube-Kontingent für das Konto {account} ist aufgebraucht. Es wird um Mitternacht pazifischer Zeit zurückgesetzt ({time} Ihre Zeit); rufen Sie danach erneut ab oder senden Sie dann noch einmal.</translation>
    </message>
    <message>
        <source>a thread without its snippet</source>
        <translation>ein Verlauf ohne snippet</translation>
    </message>
    <message>
        <source>a thread without its top-level comment</source>
        <translation>ein Verlauf ohne seinen obersten Kommentar</translation>
    </message>
    <message>
        <source>a comment without an id</source>
        <translation>ein Kommentar ohne ID</translation>
    </message>
    <message>
        <source>a comment without its snippet</source>
        <translation>ein Kommentar ohne snippet</translation>
    </message>
    <message>
        <source>a comment without text</source>
        <translation>ein Kommentar ohne Text</translation>
    </message>
    <message>
        <source>a comment without publishedAt</source>
        <translation>ein Kommentar ohne publishedAt</translation>
    </message>
</context>
</TS>