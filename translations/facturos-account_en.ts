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
        <source>P&amp;artner offers</source>
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
        <source>This item no longer exists. The page has been refreshed.</source>
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
        <source>Unknown country.</source>
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
        <source>Already used by another account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This does not match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This value was refused.</source>
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
        <source>&amp;Review the changes</source>
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
        <source>P&amp;hone</source>
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
        <source>Add&amp;ress line 1</source>
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
        <source>&amp;Address line 2</source>
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
        <source>&amp;Postal code</source>
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
        <source>Ci&amp;ty</source>
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
        <source>Countr&amp;y</source>
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
        <source>Open &amp;Mailboxes</source>
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
        <source>&amp;Read</source>
        <comment>privacy statement</comment>
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
</TS>