<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>CallbackPage</name>
    <message>
        <source>Facturos Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are signed in. You can close this window and return to Facturos Account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in did not complete. Return to Facturos Account to try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This page was opened with an invalid or outdated link.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClosePage</name>
    <message>
        <source>Close account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working on your account closure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The closure state is being read from or sent to Facturos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the closure state again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks Facturos again whether your account is scheduled for closure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until then</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel c&amp;losure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel closure and keep my account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeps your account open; nothing will be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download my data before the deletion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens Your data, where you can save everything Facturos holds about you to a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is kept, and why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>30 days to change your mind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before you go: download your data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Download my data first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download my data first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens Your data and starts saving everything Facturos holds about you to a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm the closure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your e-mail address, to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your account's e-mail address; the Close my account button is enabled once it matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Why are you leaving? (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why you are leaving (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A few words for the Facturos team, up to 1,000 characters; it does not change what happens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stop all marketing now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop all marketing now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turns every marketing choice off today, for the 30 days before the deletion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close my account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close my account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks you to confirm, then to enter your password again in the browser, then schedules the deletion in 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for your password in the browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The closure is sent once you have entered your password in the browser page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the l&amp;ink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the password page link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies the address of the browser page that asks for your password, to paste into your browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel closing my account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stops waiting for the browser; nothing is scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;ownload my data</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommunicationsPage</name>
    <message>
        <source>Communications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose which messages Facturos may send you. Each switch is saved as soon as you change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading your communication choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your choices are being read from Facturos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Facturos newsletter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facturos newsletter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>News about Facturos, about once a month. Saved as soon as you switch it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>News about Facturos, about once a month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Product offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offers on Facturos products and plans. Saved as soon as you switch it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offers on Facturos products and plans.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offers from companies we work with, sent by Facturos; your address is not given to them. Saved as soon as you switch it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offers from companies we work with, sent by Facturos; your address is not given to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sur&amp;veys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occasional questions to help us improve Facturos. Saved as soon as you switch it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occasional questions to help us improve Facturos.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service and transaction messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service and transaction messages (always on)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Always on: these messages are needed to run your account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unsubscribe from all marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsubscribe from all marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turns every marketing choice off in one step. Service messages stay on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo the last change to your communications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saves back your choices from before the last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Par&amp;tner offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read your communication choices again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks Facturos for your communication choices once more</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CookiesPage</name>
    <message>
        <source>Cookies &amp; tracking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose what Facturos and its vendors may measure, show or share. Each switch is saved as soon as you change it, and every change is recorded in your consent history (Your data).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading your cookie and tracking choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your choices are being read from Facturos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strictly necessary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strictly necessary cookies (always on)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Always on: needed to sign you in and keep your account secure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anal&amp;ytics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous measurement of how the service is used, by Google Analytics and Flurry. Saved as soon as you switch it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous measurement of how the service is used, to improve it. Vendors: Google Analytics, Flurry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interest-based a&amp;dvertising</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interest-based advertising</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ads chosen from your interests by advertising networks that are members of the DAA and NAI. Saved as soon as you switch it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ads chosen from your interests by advertising networks that are members of the DAA and NAI.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Social-media features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social-media features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share buttons for social networks such as Facebook, which can then see your visit. Saved as soon as you switch it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share buttons for social networks such as Facebook; the network can then see your visit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Location services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use of your device location (GPS) to adapt the service. Saved as soon as you switch it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use of your device location (GPS) to adapt the service, for example the nearest office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharing with &amp;partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharing with partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharing data about your use of the service with companies we work with. Saved as soon as you switch it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharing data about your use of the service with companies we work with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ccept all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turns every optional category on in one step. Do Not Track stays as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;fuse all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuse all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turns every optional category off in one step. Do Not Track stays as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do Not Track and Global Privacy Control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treat my &amp;browser's Do Not Track or GPC signal as a refusal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treat my browser's Do Not Track or GPC signal as a refusal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks Facturos to treat your browser's signal as a refusal of optional tracking. Saved as soon as you switch it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our privacy statement says the service does not respond to Do Not Track signals. Switching this on asks Facturos to treat your browser's signal as a refusal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo the last change to your cookie and tracking choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saves back your choices from before the last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read your cookie and tracking choices again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks Facturos for your cookie and tracking choices once more</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Your data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See what Facturos holds about you, why, and for how long, and take a copy of all of it. These are your rights under the GDPR (access and portability).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading your data overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What Facturos holds about you is being read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload your data overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads what Facturos holds about you again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take a copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One JSON file with everything Facturos holds about you: profile, choices, consent history, sign-in activity, sessions and mailboxes. Passwords and access keys are never included. The format is machine-readable, so you can take it to another service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Download all my data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download all my data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks where to save the file, then downloads everything Facturos holds about you as JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How much of your data has been downloaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stops the download; no file is written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the downloaded file in its folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens the folder where your data was saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What we hold and consent history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two tables: the kinds of data Facturos holds about you, and every choice you made about marketing and tracking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;What we hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each kind of data, why we hold it, on which legal basis and for how long. Hover over a row for the full text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data Facturos holds about you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One row per kind of data: what it holds and why, the legal basis, how long it is kept and how many items are held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every change to your marketing and tracking choices, newest first: when, which choice, from where and under which privacy statement. It is the proof of what you agreed to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every choice you made about marketing and tracking, newest first; more rows load as you scroll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No choice recorded yet. The choices you make on the Communications and Cookies &amp; tracking pages will appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the consent history again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks Facturos for the rest of your consent history again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent histor&amp;y</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataTables</name>
    <message>
        <source>%1
Why: %2
Legal basis: %3 (%4)
Kept: %5
Shared with: %6
Items held: %7</source>
        <extracomment>The full description of one category of data. %1 category, %2 purpose, %3 legal basis, %4 what the legal basis means, %5 how long it is kept, %6 who receives it, %7 number of items.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2, %3, from %4, privacy statement %5</source>
        <extracomment>One entry of the consent history. %1 date and time, %2 the choice's name, %3 "Granted" or "Refused", %4 where it was made ("Desktop app"), %5 the privacy statement's version.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it holds and why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items</source>
        <comment>data held</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choice</source>
        <comment>consent history: which choice</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision</source>
        <comment>consent history: granted or refused</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <comment>consent history: where the choice was made</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Privacy statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal obligation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needed to provide the service you signed up for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the law requires us to keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only because you agreed; you can withdraw at any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needed to keep your account secure; you can object by contacting us</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>see the privacy statement</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Not checked: the server name could not be resolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked: there is no working connection to the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked: the keychain is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked: the server's sign-in service is not usable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server name resolves to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server is an IP address (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server name cannot be found. Check the address and your connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name lookup did not answer in time. Check your connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the connection: nothing answers at this address and port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not answer in time; a firewall or proxy may block it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server cannot be reached from this network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secure connection: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not used: plain HTTP is accepted for a loopback address only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This address uses plain HTTP to a remote server, which the app refuses. Use an https:// address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate is self-signed, so it cannot be trusted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate has expired (or this computer's date is wrong).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate is not valid yet (or this computer's date is wrong).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate was issued for another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate is not signed by an authority this computer trusts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate has been revoked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secure connection: the server does not speak TLS on this port, or broke off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection was not set up in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS is not available on this computer (OpenSSL is missing).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answers (/healthz).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered /healthz with %1 instead of 200.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not answer /healthz.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in metadata is valid (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in metadata is missing (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in metadata is not a JSON document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in metadata names another server (%1), so the app refuses it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in metadata is unusable: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in metadata did not arrive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked: unlock your keyring (or sign in to your desktop session again), then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing: no keyring service answered, so a sign-in can only be kept until the app quits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: the keyring refused to store a test entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in, account %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sign-in is stored for this server in this profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sign-in is in progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored sign-in was refused by the server (expired or revoked): sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring is locked, so the stored sign-in cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring is not available, so no sign-in can be stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not be checked: the server did not answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not be checked: the sign-in service answered with an error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passed (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Facturos can't be reached. Check your connection; we'll retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account is already scheduled for closure. You can cancel it from the Close account page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account is not scheduled for closure any more. Nothing else to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This mailbox is already connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to Facturos is not secure (certificate problem). Nothing was sent. Check the date of your computer or your network, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This server address does not use a secure connection, so the app refuses to use it. Use an https:// address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This change needs you to confirm your password in the browser. It was not confirmed, so nothing was changed. Try again when you are ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facturos refused this action for your account. Contact contact@facturos.fr if you think this is a mistake.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This was changed elsewhere meanwhile. Review the current values and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some values were refused. Check them and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some values need your attention: see the messages next to them.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Too many attempts. Wait %n second(s), then try again.</source>
        <translation><numerusform>Too many attempts. Wait %n second, then try again.</numerusform><numerusform>Too many attempts. Wait %n seconds, then try again.</numerusform></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facturos has a problem right now. Your changes are kept here; try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facturos sent an answer the app does not understand. Try again; if it persists, contact contact@facturos.fr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This format is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This number is not valid: check the digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contains characters that are not allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This one cannot be turned off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incomplete: fill in the other parts too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This does not match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facturos can't be reached. Check your connection, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Facturos sign-in service answered unexpectedly. Try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in cancelled. You can start again whenever you are ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in took too long and was stopped. Start again and finish it in the browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in was refused in the browser. Start again to retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The app could not receive the answer from the browser (local port unavailable). Restart the app and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another account was used in the browser. Sign in with the account you use here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your keyring is locked, so the app cannot read your saved sign-in. Unlock it, then choose Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keyring is available on this computer: you will stay signed in until you quit the app, and will have to sign in again next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail cannot be connected through this Facturos server for now. Try again later, or add the mailbox by IMAP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection was cut before the whole answer arrived. Check your connection, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be created there. Choose another folder, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be written (the disk may be full). Choose another place, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server refused this user name and password. Type the password again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mail server answers to this name. Check the spelling of the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the connection on this port. Usually 993 (SSL/TLS) or 143 (STARTTLS).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate is not trusted (self-signed, expired or issued for another name), so nothing was sent to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection failed. Check the security mode: SSL/TLS on port 993, STARTTLS on 143.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server did not answer in time. Check the server and the port, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This server is on a private network that Facturos cannot reach. Use your provider's public IMAP server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something answers on this port, but not an IMAP server. Check the port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not your account's e-mail address. Type it exactly as shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is no longer in Facturos: it was removed elsewhere meanwhile. Reload the page to see what is there now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown country: choose one from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already used by another account: choose another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This value was refused: check it, then try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImapDialog</name>
    <message>
        <source>Add an IMAP mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address and server settings of a mailbox Facturos sends your invoices from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facturos checks the login with your mail server before saving anything. The password is stored encrypted on the Facturos server and never shown again; this app does not keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail &amp;address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name@example.fr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailbox e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address Facturos sends your invoices from; the server settings are filled in from it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IMAP ser&amp;ver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imap.example.fr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IMAP server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name of your provider's incoming mail (IMAP) server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IMAP port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usually 993 with SSL/TLS, or 143 with STARTTLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the connection to the mail server is encrypted: SSL/TLS from the start, or STARTTLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IMAP user name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name you sign in to the mail server with; usually your full e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailbox password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password of this mailbox (or an app password); sent once to be checked, never kept by this app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facturos is signing in to your mail server to check the settings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailboxesPage</name>
    <message>
        <source>Mailboxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh the mailboxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads the list of connected mailboxes from Facturos again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facturos sends your invoices from the mailboxes you connect here. You can disconnect one at any time: Facturos then deletes its access at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working on your mailboxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your mailboxes are being read from or changed in Facturos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected mailboxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mailbox connected yet. Connect Gmail or add another mailbox by IMAP below, and Facturos will send your invoices from your own address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect &amp;Gmail…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect Gmail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens Google in your browser, where you grant Facturos full access to a Gmail mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for Google</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facturos is waiting for you to allow access in your browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the &amp;link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the Google link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies the address of the Google page, to open it in your browser yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel connecting Gmail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stops waiting for Google; nothing is connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other mailboxes (IMAP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any other mailbox (Orange, Free, Outlook, your own domain…) connects with its IMAP server settings. Facturos checks the login before saving it and keeps the password encrypted on its server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an &amp;IMAP mailbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an IMAP mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens a form for the address, server settings and password of another mailbox</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Facturos Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry connecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tries again to reach Facturos now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose which part of your account to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Privacy statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;bout Facturos Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy &amp;support snapshot…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading your account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account is being read from Facturos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload the overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads your account from Facturos again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Things to look at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Personal information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What Facturos knows about you and prints on your invoices. Changes are saved when you choose Save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving your information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your information is being sent to Facturos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review the conflicting changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows, for each field changed elsewhere, your value and the current one, so you can choose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your first name as it appears on your invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your last name as it appears on your invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name you can sign in with instead of your e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new address must be verified before it is used; changing it asks you to sign in again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new address is used only once you confirm it from the message we send there. Changing it asks you to sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A French number such as 06 12 34 56 78, or an international number starting with +</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;mpany name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name of your business, printed on your invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;IRET</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIRET number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 14-digit identification number of your establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address line &amp;1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery address line 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street and number of the delivery address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address line &amp;2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery address line 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Building, floor or other details of the delivery address (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ostal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code of the delivery address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City of the delivery address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cou&amp;ntry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country of the delivery address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same as deli&amp;very address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing address same as delivery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When checked, invoices use the delivery address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing address line 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street and number of the billing address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing address line 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Building, floor or other details of the billing address (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code of the billing address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City of the billing address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country of the billing address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Puts back the values saved in Facturos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends your changes to Facturos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review the chan&amp;ges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address line 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address line 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Try again</source>
        <comment>personal information</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read your personal information again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks Facturos for your personal information once more</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PurposeText</name>
    <message>
        <source>Facturos newsletter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interest-based advertising</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social-media features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharing with partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do Not Track / GPC request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked</source>
        <comment>Do Not Track request</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not asked</source>
        <comment>Do Not Track request</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Granted</source>
        <comment>consent</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused</source>
        <comment>consent</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desktop app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account closure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported record</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload the security information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads the signed-in devices, the sign-in activity and the administrators with access again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See where your account is signed in and what happened on it, sign out the devices you don't recognise, and choose who else may see your data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working on your security information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facturos is being asked; the page updates when it answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens the Facturos password change page in your browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed-in devices, sign-in activity and administrators with access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The devices and apps signed in to your account. Sign out any you don't recognise. To sign out of this device, use Account › Sign out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed-in devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One row per device signed in to your account; this device is marked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this device is signed in to your account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign out…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out the selected device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signs the selected device out of your account after you confirm; not available for this device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out all &amp;other sessions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out all other sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signs every device except this one out of your account after you confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in a&amp;ctivity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-ins and changes to your account, newest first. Places are approximate, worked out from the network address. If something was not you, select it and choose “This wasn't me”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-ins and changes to your account, newest first; older entries load as you scroll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No activity recorded yet. Sign-ins and changes to your account will appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load the sign-in activity again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks Facturos again for the activity that could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This &amp;wasn't me…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This wasn't me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For the selected activity: signs out every other session and opens the password change page in your browser, after you confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading more activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Older activity is being read from Facturos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ad&amp;ministrators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People outside your account who can see or change your data, such as your accountant or Facturos support. Revoke any access you no longer want.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrators with access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One row per administrator who can see or change your data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody else has access to your data. If you give access to your accountant or to Facturos support, it is listed here and you can revoke it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;voke access…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke the selected administrator's access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected administrator will no longer see or change your data, after you confirm</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecurityTables</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is a browser or app ("Firefox 145"), %2 a system or device ("Windows", "iPhone").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a device ("Firefox 145 on Windows"), %2 an approximate place ("Lyon, France").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in succeeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another device signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator access revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal information changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail address change requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choices changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other change to your account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accountant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facturos support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See and change your data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See your data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This device: %1</source>
        <extracomment>%1 is a device ("Firefox 145 on Windows").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
IP address: %2</source>
        <extracomment>%1 is a device ("Firefox 145 on Windows"), %2 a network address.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approximate place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A wrong password was entered for your account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What they can do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facturos logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facturos Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your personal information, privacy choices and connected mailboxes for Facturos, in one place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign in with Facturos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with Facturos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens your web browser on the Facturos sign-in page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again to read the saved sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads your saved sign-in from the keyring again after you unlocked it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in continues in your web browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;opy the sign-in link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies the address of the sign-in page, to paste it into a browser yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stops waiting for the browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing you in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing you in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your saved sign-in is being checked</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SupportSnapshotCommand</name>
    <message>
        <source>No one is signed in to %1 with this profile. Open Facturos Account, sign in, close it, then run this again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The snapshot could not be written to %1: %2.</source>
        <extracomment>%1 is the file, %2 the system's reason.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No support snapshot: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support snapshot written to %1. Read it, then give it to Facturos support.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>facturos::pages::ChoiceSwitches</name>
    <message>
        <source>Undoing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>facturos::pages::ClosePage</name>
    <message>
        <source>Your profile: name, username, e-mail address, phone number, company name and SIRET, delivery and billing addresses, and your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your communication, cookie and tracking choices, and their history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your connected mailboxes and the passwords or access that let Facturos use them; Gmail access is also withdrawn at Google.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your sessions and sign-in activity: every device is signed out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access you gave to administrators, support chat transcripts, survey answers and location data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anything else linked to you, such as an e-mail change waiting for verification.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoices and credit notes of your Facturos subscription (reference, date and amount), for 10 years from the end of the financial year, because the French Commercial Code requires it (article L123-22). They are kept apart from you: without your name, your e-mail address or any link to your account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing else. No contact details are kept, so no marketing can reach you after the deletion, whatever you choose below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the 30 days are over, everything Facturos holds about you is deleted for good:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is deleted at once. Your account is deleted 30 days after you confirm; until then it works as usual and you can cancel the closure from this page. Signing in again does not cancel it: only Cancel closure does. Once the 30 days are over, the deletion cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once your account is deleted, we can no longer give you a copy of your data. Save it now: one file with everything Facturos holds about you, readable by other services.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turns off the newsletter, product and partner offers and surveys today. Untick it to keep your current choices until the deletion; after it, nothing is sent either way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name@example.com</source>
        <comment>e-mail placeholder</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: I stopped my business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling the closure…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduling the closure…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account is scheduled for closure. Here is what happens until then, and how to keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close your Facturos account and have your personal data deleted. Read what goes and what stays first: you have 30 days to change your mind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your &amp;e-mail address to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your &amp;e-mail address (%1) to confirm</source>
        <extracomment>%1 is the account's e-mail address, which the user types below.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A page opened in your browser asks for your password again, to make sure it is you. Enter it there; this page goes on by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No browser could be opened. Copy the link into your browser: the page asks for your password again, to make sure it is you. This page goes on by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account will be deleted on %1.</source>
        <extracomment>%1 is the date of the deletion; a sentence counting the days left follows.</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) left to change your mind.</source>
        <translation><numerusform>%n day left to change your mind.</numerusform><numerusform>%n days left to change your mind.</numerusform></translation>
    </message>
    <message>
        <source>Marketing messages were stopped on %1.</source>
        <extracomment>%1 is the date on which the user asked for the closure.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your marketing choices were left as they were; you can change them in Communications.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account works as usual: you can sign in, use Facturos, keep your mailboxes connected and download your data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in again does not cancel the closure. To keep your account, choose Cancel closure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1, your personal data is deleted for good and every device is signed out; only the invoices the law requires are kept, without your name.</source>
        <extracomment>%1 is the date of the deletion.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close your account?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account will be deleted on %1. Until then you can cancel from the Close account page; after that date, your personal data is gone for good.</source>
        <extracomment>%1 is the date of the deletion, 30 days from today.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted: your profile, choices, mailboxes and their access, sessions and activity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept for 10 years as the law requires: your subscription's invoices, without your name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close my account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link copied. Paste it into your browser's address bar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closure cancelled: your account stays open and nothing will be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing stays off; you can turn it back on in Communications.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The closure had already been cancelled, on another device or in your browser: your account stays open and nothing will be deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>facturos::pages::CommunicationsPage</name>
    <message>
        <source>Always on: messages about your account, security, invoices and legal changes are needed to provide the service, so they cannot be turned off.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>facturos::pages::ConflictDialog</name>
    <message>
        <source>same as delivery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a separate address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIRET number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery address line 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery address line 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing address line 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing address line 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes made elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For each field, choose between your value and the one now saved in Facturos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>While you were editing, these fields were changed elsewhere (on another device or by someone else). Choose, for each one, which value to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Your value&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Value in Facturos now&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep your value for %1</source>
        <extracomment>%1 is a field name such as "Phone number".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saves the value you entered: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the value in Facturos for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeps the value saved elsewhere: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply and save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply the choices and save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saves your profile with the value chosen for each field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closes this window; your changes stay unsaved on the page</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>facturos::pages::ConnectionBanner</name>
    <message>
        <source>Trying again now…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation><numerusform>Next try in %n second.</numerusform><numerusform>Next try in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>facturos::pages::CookiesPage</name>
    <message>
        <source>Always on: these cookies sign you in, keep your session secure and remember the choices on this page, so the service cannot work without them. They are not used for tracking.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>facturos::pages::DataPage</name>
    <message>
        <source>Your consent history could not be read. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download all my data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloading… %1 of %2</source>
        <extracomment>%1 and %2 are sizes ("1.2 MB").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloading… %1 received</source>
        <extracomment>%1 is a size ("1.2 MB").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data was saved to %1.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download cancelled. No file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data could not be downloaded, so no file was written. %1</source>
        <extracomment>%1 is the reason, a whole sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in folder</source>
        <extracomment>%1 is a folder.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder could not be opened. Your file is in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data sections</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>facturos::pages::DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the app checked about its connection, sign-in and keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the app checked. Copy this report into your message to support: it holds no password, token or e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnostics report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One line per check, as it will be copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the diagnostics report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Puts the whole report on the clipboard, to paste into a message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the diagnostics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;opy</source>
        <comment>diagnostics report</comment>
        <extracomment>Copies the diagnostics report to the clipboard.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>facturos::pages::ImapDialog</name>
    <message>
        <source>SSL/TLS (implicit TLS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect this mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks the login with the mail server, then saves the mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel adding the mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closes this window; nothing more is sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnect a mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnect %1</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel reconnecting the mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closes this window; the saved login stays as it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The saved login of %1 no longer works. Type its current password (and correct the settings if they changed). Facturos checks the new login with the mail server and replaces the saved one only if it works.</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a Gmail address, “Connect Gmail” is simpler: there is no password to type. By IMAP, Google asks for an app password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server is guessed from the address. If the connection fails, look up your provider's IMAP settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.fr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a server name such as imap.example.fr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another change to your mailboxes is in progress. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the login with %1…</source>
        <extracomment>%1 is a server name such as imap.example.fr.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>facturos::pages::MailboxCard</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs reconnection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnected. Google has not yet confirmed that the access of Facturos is revoked; Facturos keeps asking and removes this mailbox from the list once Google confirms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Google no longer accepts the access given to Facturos. Reconnect to grant it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password was refused by the mail server. Reconnect with the current password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access given to Facturos was withdrawn or has expired. Reconnect to grant it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server can no longer be found. Reconnect with the current server settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server refused the connection. Reconnect with the current server settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection to the mail server failed, so Facturos stopped using it. Reconnect with the current server settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server stopped answering. Reconnect when it works again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facturos can no longer use this mailbox. Reconnect it to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail · full access to this mailbox (%1)</source>
        <extracomment>%1 is the OAuth scope, https://mail.google.com/</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IMAP · %1, port %2, %3</source>
        <extracomment>%1 is a server name, %2 a port number, %3 "SSL/TLS" or "STARTTLS".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected on %1 · last used on %2</source>
        <extracomment>%1 and %2 are dates.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected on %1 · not used yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnect %1</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens Google in your browser to grant Facturos access to this mailbox again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens the settings of this mailbox, so you can type its current password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnect %1</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks for confirmation, then deletes the access of Facturos to this mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnect…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnect…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>facturos::pages::MailboxesPage</name>
    <message>
        <source>Google will ask you to give Facturos full access to the mailbox: the scope %1 allows reading, sending and deleting all its e-mail. Facturos uses it only to send your invoices. The Facturos server keeps only the access token Google gives it, encrypted, never your Google password. You can disconnect at any time.</source>
        <extracomment>%1 is the OAuth scope, https://mail.google.com/</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is connected. Facturos can now send your invoices from it.</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Google did not confirm the connection in time, so nothing was connected. If you allowed access, choose Refresh; otherwise connect Gmail again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is connected: the mail server accepted the login.</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is disconnected: its access was deleted and Facturos no longer uses it.</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mailbox could not be connected. %1</source>
        <extracomment>%1 is the mail server's reason, a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link copied. Paste it in your browser's address bar, then allow access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped waiting for Google. If you had already allowed access, the mailbox appears when you choose Refresh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the Google page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish in your browser: choose the Gmail account and allow access. This page updates by itself once Google confirms. If no browser window opened, copy the link and paste it in your browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The browser could not be opened. Copy the link, paste it in your browser's address bar and allow access there. This page updates by itself once Google confirms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another change to your mailboxes is in progress. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnect %1?</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facturos will stop using %1: it will no longer read it or send invoices from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted: the access token Google gave Facturos for this mailbox. It is also revoked at Google, so the access ends there too. Your e-mails stay in your mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted: the saved login of this mailbox (server settings, user name and encrypted password). Your e-mails stay in your mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>facturos::pages::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cookies &amp; tracking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailboxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Account</source>
        <extracomment>The account menu's title once the account is read; %1 is the user's name. Keep the menu's Alt key.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Privacy statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The browser did not open. The privacy statement is at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;For any question about your data or your account, write to us:&lt;/p&gt;&lt;p&gt;&lt;b&gt;E-mail:&lt;/b&gt; &lt;a href="mailto:%1"&gt;%1&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Post:&lt;/b&gt; %2&lt;/p&gt;</source>
        <extracomment>%1 is the e-mail address, %2 the postal address.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facturos — service Confidentialité, 12 rue de la Paix, 75002 Paris</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Facturos Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Facturos Account&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Your Facturos account: personal information, privacy choices, connected mailboxes and your data.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the contact details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Account: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>facturos::pages::OverviewPage</name>
    <message>
        <source>the mail server no longer accepts the saved password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the permission given to Facturos was withdrawn or has expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facturos can no longer reach it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closure scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mailbox %1 needs to be reconnected: %2.</source>
        <extracomment>%1 is a mailbox address, %2 the reason in lower case ("the mail server no longer accepts…").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Mailboxes for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the Mailboxes section, where you can reconnect this mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account will be closed on %1. Until then you can change your mind.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel the closure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the account closure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeps your account open; nothing will be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The privacy statement was updated (version %1). Read what changed, then let us know you have seen it.</source>
        <extracomment>%1 is the statement's version, a date such as 2020-01-14.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the privacy statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens the current privacy statement in your browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledge the privacy statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records that you have seen the current privacy statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keyring is available on this computer: you will have to sign in again next time you open the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Mailboxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rea&amp;d</source>
        <comment>privacy statement</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>facturos::pages::ProfilePage</name>
    <message>
        <source>France</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belgium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switzerland</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Luxembourg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monaco</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Italy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portugal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes discarded: the saved values are shown again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your changes were saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a country name, %2 its two-letter ISO code.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for confirmation: %1. Open the message sent to this address to start using it.</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your information now matches what is saved in Facturos.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your personal information has changes that are not saved. Leave and lose them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose Save on the page first if you want to keep them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your changes are not saved yet: Facturos can't be reached. They are kept here and will be sent when the connection returns.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>facturos::pages::SecurityPage</name>
    <message>
        <source>This &amp;wasn't me…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Devices (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ad&amp;ministrators (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ad&amp;ministrators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You change your password on the Facturos sign-in site, in your browser. Once it is changed, every device signed in to your account is signed out, this one included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your sign-in service does not offer a password change page. Write to contact@facturos.fr to change your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out this device?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, last active %2, will be signed out of your Facturos account.</source>
        <extracomment>%1 describes a device ("Firefox 145 on Windows, Lyon, France"), %2 is a date and time.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whoever uses it will have to sign in again with your password. If you don't recognise this device, change your password too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out all other sessions?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n other session(s) will be signed out of your Facturos account. This device stays signed in.</source>
        <translation><numerusform>%n other session will be signed out of your Facturos account. This device stays signed in.</numerusform><numerusform>%n other sessions will be signed out of your Facturos account. This device stays signed in.</numerusform></translation>
    </message>
    <message>
        <source>Whoever uses them will have to sign in again with your password.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sign out %n session(s)</source>
        <translation><numerusform>Sign out %n session</numerusform><numerusform>Sign out %n sessions</numerusform></translation>
    </message>
    <message>
        <source>This wasn't me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you don't recognise this activity (%1 on %2, from %3), someone else may know your password.</source>
        <extracomment>%1 is what happened ("Signed in"), %2 a date and time, %3 an approximate place or "Unknown".</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Facturos will sign out the %n other session(s) signed in to your account, then open the password change page in your browser: choose a new password there.</source>
        <translation><numerusform>Facturos will sign out the %n other session signed in to your account, then open the password change page in your browser: choose a new password there.</numerusform><numerusform>Facturos will sign out the %n other sessions signed in to your account, then open the password change page in your browser: choose a new password there.</numerusform></translation>
    </message>
    <message>
        <source>No other session is signed in. The password change page will open in your browser: choose a new password there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out others and change password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke access?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) will no longer be able to see or change your data.</source>
        <extracomment>%1 is a person or firm ("Cabinet Morel Expertise"), %2 their role ("Accountant").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This takes effect at once. To give access again later, contact Facturos support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was signed out.</source>
        <extracomment>%1 describes a device ("Firefox 145 on Windows, Lyon, France").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every other session was signed out. Choose a new password on the page opened in your browser.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n other session(s) signed out.</source>
        <translation><numerusform>%n other session signed out.</numerusform><numerusform>%n other sessions signed out.</numerusform></translation>
    </message>
    <message>
        <source>No other session was signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 no longer has access to your data.</source>
        <extracomment>%1 is a person or firm ("Cabinet Morel Expertise").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The browser did not open. Change your password at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in activity actions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>facturos::pages::SignInPage</name>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish signing in in your browser. This window continues by itself once you are done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your browser did not open. Copy the sign-in link and paste it into your browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link copied. Paste it into your browser's address bar.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>facturos::pages::SupportSnapshotDialog</name>
    <message>
        <source>Support snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the support snapshot holds, before you copy or save it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is everything the support snapshot holds: what this app shows of your account, with your name, addresses, phone number, company number, e-mail addresses and network addresses replaced by made-up ones. It holds no password, token or mailbox access. Nothing is sent: copy it or save it, then give it to Facturos support yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading your account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The snapshot reads every section of your account from Facturos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try &amp;again</source>
        <comment>support snapshot</comment>
        <extracomment>Reads the account again to take the support snapshot after a failure.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the support snapshot again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads your account from Facturos once more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support snapshot contents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the support snapshot to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Puts the whole snapshot on the clipboard, to paste into a message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as…</source>
        <comment>support snapshot</comment>
        <extracomment>Saves the support snapshot to a file the user chooses.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the support snapshot to a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks where to save the snapshot as a JSON file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the support snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading your account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read it through, then copy it or save it for support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The snapshot could not be taken. %1</source>
        <extracomment>%1 says what went wrong and what to do.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied to the clipboard. Paste it into your message to support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the support snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The snapshot could not be saved to %1: %2. Choose another place.</source>
        <extracomment>%1 is the file, %2 the system's reason.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Putting the snapshot together…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole snapshot, one line per row, exactly as it will be copied or saved; Ctrl+C copies the selected lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;opy to clipboard</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>