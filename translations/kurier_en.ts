<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CertificateEnrolment</name>
    <message numerus="yes">
        <source>The company already has %n active KSeF certificate(s), KSeF&apos;s limit: revoke one it no longer uses first.</source>
        <translation>
            <numerusform>The company already has %n active KSeF certificate, KSeF&apos;s limit: revoke it first if it is no longer used.</numerusform>
            <numerusform>The company already has %n active KSeF certificates, KSeF&apos;s limit: revoke one it no longer uses first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KSeF does not accept another certificate request for this company now (limit of %n request(s)).</source>
        <translation>
            <numerusform>KSeF does not accept another certificate request for this company now (limit of %n request).</numerusform>
            <numerusform>KSeF does not accept another certificate request for this company now (limit of %n requests).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateWatch</name>
    <message numerus="yes">
        <source>The KSeF %1 certificate %2 of NIP %3 expires on %4 (in %n day(s)): get a new one in Settings → Certificates.</source>
        <translation>
            <numerusform>The KSeF %1 certificate %2 of NIP %3 expires on %4 (in %n day): get a new one in Settings → Certificates.</numerusform>
            <numerusform>The KSeF %1 certificate %2 of NIP %3 expires on %4 (in %n days): get a new one in Settings → Certificates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientSummary</name>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stuck</source>
        <translation>
            <numerusform>%n stuck</numerusform>
            <numerusform>%n stuck</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a UPO</source>
        <translation>
            <numerusform>%n without a UPO</numerusform>
            <numerusform>%n without a UPO</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline overdue</source>
        <translation>
            <numerusform>%n offline overdue</numerusform>
            <numerusform>%n offline overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline due soon</source>
        <translation>
            <numerusform>%n offline due soon</numerusform>
            <numerusform>%n offline due soon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientWork</name>
    <message numerus="yes">
        <source>Stopped: %n invoice(s) not finished; they go on with the next sending.</source>
        <translation>
            <numerusform>Stopped: %n invoice not finished; they go on with the next sending.</numerusform>
            <numerusform>Stopped: %n invoices not finished; they go on with the next sending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) confirmed with a UPO.</source>
        <translation>
            <numerusform>%n invoice confirmed with a UPO.</numerusform>
            <numerusform>%n invoices confirmed with a UPO.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s): </source>
        <translation>
            <numerusform>%n client: </numerusform>
            <numerusform>%n clients: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new purchase invoice(s).</source>
        <translation>
            <numerusform>%n new purchase invoice.</numerusform>
            <numerusform>%n new purchase invoices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new purchase invoice(s) in KSeF</source>
        <translation>
            <numerusform>%n new purchase invoice in KSeF</numerusform>
            <numerusform>%n new purchase invoices in KSeF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KSeF does not answer (%1); %n invoice(s) wait for the next sending.</source>
        <translation>
            <numerusform>KSeF does not answer (%1); %n invoice waits for the next sending.</numerusform>
            <numerusform>KSeF does not answer (%1); %n invoices wait for the next sending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncomingSync</name>
    <message numerus="yes">
        <source>The purchase invoices were synchronised less than %n minute(s) ago; the next synchronisation may start at %1.</source>
        <translation>
            <numerusform>The purchase invoices were synchronised less than %n minute ago; the next synchronisation may start at %1.</numerusform>
            <numerusform>The purchase invoices were synchronised less than %n minutes ago; the next synchronisation may start at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new purchase invoice(s).</source>
        <translation>
            <numerusform>%n new purchase invoice.</numerusform>
            <numerusform>%n new purchase invoices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new purchase invoice(s); more are waiting in KSeF and come with the next synchronisation (KSeF allows 20 exports an hour).</source>
        <translation>
            <numerusform>%n new purchase invoice; more are waiting in KSeF and come with the next synchronisation (KSeF allows 20 exports an hour).</numerusform>
            <numerusform>%n new purchase invoices; more are waiting in KSeF and come with the next synchronisation (KSeF allows 20 exports an hour).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The purchase invoices could not be synchronised: %1 (%n invoice(s) stored before the failure are kept; the next synchronisation continues from there).</source>
        <translation>
            <numerusform>The purchase invoices could not be synchronised: %1 (%n invoice stored before the failure is kept; the next synchronisation continues from there).</numerusform>
            <numerusform>The purchase invoices could not be synchronised: %1 (%n invoices stored before the failure are kept; the next synchronisation continues from there).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) came without a readable XML: each is kept with the reason.</source>
        <translation>
            <numerusform>%n invoice came without a readable XML: it is kept with the reason.</numerusform>
            <numerusform>%n invoices came without a readable XML: each is kept with the reason.</numerusform>
        </translation>
    </message>
</context>
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
    <name>Kurier::Cli</name>
    <message numerus="yes">
        <source>%n purchase invoice(s)</source>
        <translation>
            <numerusform>%n purchase invoice</numerusform>
            <numerusform>%n purchase invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) marked as read.</source>
        <translation>
            <numerusform>%n invoice marked as read.</numerusform>
            <numerusform>%n invoices marked as read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not a client: %1 (NIP %2), %n invoice(s) not imported. Add it with: kurier-cli clients add --nip %2 --name &quot;%1&quot;</source>
        <translation>
            <numerusform>Not a client: %1 (NIP %2), %n invoice not imported. Add it with: kurier-cli clients add --nip %2 --name &quot;%1&quot;</numerusform>
            <numerusform>Not a client: %1 (NIP %2), %n invoices not imported. Add it with: kurier-cli clients add --nip %2 --name &quot;%1&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kurier::ClientsView</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n invoice(s)…</source>
        <translation>
            <numerusform>Reading %n invoice…</numerusform>
            <numerusform>Reading %n invoices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not a client: %1 (NIP %2), %n invoice(s) not imported</source>
        <translation>
            <numerusform>not a client: %1 (NIP %2), %n invoice not imported</numerusform>
            <numerusform>not a client: %1 (NIP %2), %n invoices not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) imported</source>
        <translation>
            <numerusform>%n invoice imported</numerusform>
            <numerusform>%n invoices imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (NIP %2) — %n invoice(s)</source>
        <translation>
            <numerusform>%1 (NIP %2) — %n invoice</numerusform>
            <numerusform>%1 (NIP %2) — %n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo client(s) added, each with invoices ready to send.</source>
        <translation>
            <numerusform>%n demo client added, each with invoices ready to send.</numerusform>
            <numerusform>%n demo clients added, each with invoices ready to send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send all ready invoices of %n client(s) to KSeF %1? Each company sends with its own credentials, within its own limits.</source>
        <translation>
            <numerusform>Send all ready invoices of %n client to KSeF %1? Each company sends with its own credentials, within its own limits.</numerusform>
            <numerusform>Send all ready invoices of %n clients to KSeF %1? Each company sends with its own credentials, within its own limits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconcile %n client(s) with KSeF %1 now?</source>
        <translation>
            <numerusform>Reconcile %n client with KSeF %1 now?</numerusform>
            <numerusform>Reconcile %n clients with KSeF %1 now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending for %n client(s)…</source>
        <translation>
            <numerusform>Sending for %n client…</numerusform>
            <numerusform>Sending for %n clients…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconciling %n client(s)…</source>
        <translation>
            <numerusform>Reconciling %n client…</numerusform>
            <numerusform>Reconciling %n clients…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching the purchase invoices of %n client(s)…</source>
        <translation>
            <numerusform>Fetching the purchase invoices of %n client…</numerusform>
            <numerusform>Fetching the purchase invoices of %n clients…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) added; they are reached through your permissions.</source>
        <translation>
            <numerusform>%n client added; it is reached through your permissions.</numerusform>
            <numerusform>%n clients added; they are reached through your permissions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kurier::Dashboard</name>
    <message numerus="yes">
        <source>%n problem(s) will be marked resolved. Why? (kept in the audit log)</source>
        <translation>
            <numerusform>%n problem will be marked resolved. Why? (kept in the audit log)</numerusform>
            <numerusform>%n problems will be marked resolved. Why? (kept in the audit log)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kurier::DocumentView</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kurier::MainWindow</name>
    <message numerus="yes">
        <source>⚠ %n invoice(s) need attention (rejected, stuck, waiting for a retry or missing the UPO). &lt;a href=&apos;#&apos;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>⚠ %n invoice needs attention (rejected, stuck, waiting for a retry or missing the UPO). &lt;a href=&apos;#&apos;&gt;Show them&lt;/a&gt;</numerusform>
            <numerusform>⚠ %n invoices need attention (rejected, stuck, waiting for a retry or missing the UPO). &lt;a href=&apos;#&apos;&gt;Show them&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) imported</source>
        <translation>
            <numerusform>%n invoice imported</numerusform>
            <numerusform>%n invoices imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the outbox</source>
        <translation>
            <numerusform>, %n already in the outbox</numerusform>
            <numerusform>, %n already in the outbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s) not imported</source>
        <translation>
            <numerusform>, %n file not imported</numerusform>
            <numerusform>, %n files not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n invoice(s) to KSeF %1 for NIP %2?</source>
        <translation>
            <numerusform>Send %n invoice to KSeF %1 for NIP %2?</numerusform>
            <numerusform>Send %n invoices to KSeF %1 for NIP %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send all %n ready invoice(s) to KSeF %1 for NIP %2?</source>
        <translation>
            <numerusform>Send all %n ready invoice to KSeF %1 for NIP %2?</numerusform>
            <numerusform>Send all %n ready invoices to KSeF %1 for NIP %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n invoice(s) before they are sent? They stay in the list as cancelled.</source>
        <translation>
            <numerusform>Withdraw %n invoice before it is sent? It stays in the list as cancelled.</numerusform>
            <numerusform>Withdraw %n invoices before they are sent? They stay in the list as cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n KSeF number(s).</source>
        <translation>
            <numerusform>Copied %n KSeF number.</numerusform>
            <numerusform>Copied %n KSeF numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sandbox ready: %n demo invoice(s) are ready to send. Select them and press Send, or use Send all ready.</source>
        <translation>
            <numerusform>Sandbox ready: %n demo invoice is ready to send. Select it and press Send, or use Send all ready.</numerusform>
            <numerusform>Sandbox ready: %n demo invoices are ready to send. Select them and press Send, or use Send all ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) are still on their way to KSeF. Nothing will be lost: every step is stored, and Kurier finishes them the next time it starts (and checks what KSeF already has, so nothing is sent twice).</source>
        <translation>
            <numerusform>%n invoice is still on its way to KSeF. Nothing will be lost: every step is stored, and Kurier finishes it the next time it starts (and checks what KSeF already has, so nothing is sent twice).</numerusform>
            <numerusform>%n invoices are still on their way to KSeF. Nothing will be lost: every step is stored, and Kurier finishes them the next time it starts (and checks what KSeF already has, so nothing is sent twice).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purchase invoices (%n new)</source>
        <translation>
            <numerusform>Purchase invoices (%n new)</numerusform>
            <numerusform>Purchase invoices (%n new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new purchase invoice(s) from KSeF.</source>
        <translation>
            <numerusform>%n new purchase invoice from KSeF.</numerusform>
            <numerusform>%n new purchase invoices from KSeF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) imported as issued offline (%1).</source>
        <translation>
            <numerusform>%n invoice imported as issued offline (%1).</numerusform>
            <numerusform>%n invoices imported as issued offline (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1

Import these %n invoice(s) as issued offline (%2)? Their printouts carry KOD II, and Kurier sends them to KSeF as soon as KSeF answers. Or import them as usual: they wait in the queue until KSeF is back.</source>
        <translation>
            <numerusform>%1

Import this invoice as issued offline (%2)? Its printout carries KOD II, and Kurier sends it to KSeF as soon as KSeF answers. Or import it as usual: it waits in the queue until KSeF is back.</numerusform>
            <numerusform>%1

Import these %n invoices as issued offline (%2)? Their printouts carry KOD II, and Kurier sends them to KSeF as soon as KSeF answers. Or import them as usual: they wait in the queue until KSeF is back.</numerusform>
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
    <name>Kurier::OutboxWorker</name>
    <message numerus="yes">
        <source>%n invoice(s) on the way to KSeF.</source>
        <translation>
            <numerusform>%n invoice on the way to KSeF.</numerusform>
            <numerusform>%n invoices on the way to KSeF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) cancelled.</source>
        <translation>
            <numerusform>%n invoice cancelled.</numerusform>
            <numerusform>%n invoices cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kurier::PermissionsPage</name>
    <message numerus="yes">
        <source>%n permission(s) held in KSeF.</source>
        <translation>
            <numerusform>%n permission held in KSeF.</numerusform>
            <numerusform>%n permissions held in KSeF.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kurier::PurchaseInbox</name>
    <message numerus="yes">
        <source>%n new · last synchronised %1</source>
        <translation>
            <numerusform>%n new · last synchronised %1</numerusform>
            <numerusform>%n new · last synchronised %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kurier::TrayNotifier</name>
    <message numerus="yes">
        <source>Kurier — %n invoice(s) need attention</source>
        <translation>
            <numerusform>Kurier — %n invoice needs attention</numerusform>
            <numerusform>Kurier — %n invoices need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineIssuing</name>
    <message numerus="yes">
        <source>Its deadline, %1, passed %n day(s) ago: send it at once. KSeF accepts a late offline invoice; being late is a matter between the issuer and the tax office.</source>
        <translation>
            <numerusform>Its deadline, %1, passed %n day ago: send it at once. KSeF accepts a late offline invoice; being late is a matter between the issuer and the tax office.</numerusform>
            <numerusform>Its deadline, %1, passed %n days ago: send it at once. KSeF accepts a late offline invoice; being late is a matter between the issuer and the tax office.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message numerus="yes">
        <source>The text (%n character(s)) does not fit in a QR code.</source>
        <translation>
            <numerusform>The text (%n character) does not fit in a QR code.</numerusform>
            <numerusform>The text (%n characters) does not fit in a QR code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconcileDocument</name>
    <message numerus="yes">
        <source>about %n minute(s) of queries at KSeF&apos;s limit</source>
        <translation>
            <numerusform>about %n minute of queries at KSeF&apos;s limit</numerusform>
            <numerusform>about %n minutes of queries at KSeF&apos;s limit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message numerus="yes">
        <source>KSeF allows 20 invoice queries an hour; comparing the rest of the period needs about %n more minute(s). The next run continues.</source>
        <translation>
            <numerusform>KSeF allows 20 invoice queries an hour; comparing the rest of the period needs about %n more minute. The next run continues.</numerusform>
            <numerusform>KSeF allows 20 invoice queries an hour; comparing the rest of the period needs about %n more minutes. The next run continues.</numerusform>
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
