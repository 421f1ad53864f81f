<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CallbackPage</name>
    <message>
        <source>Facturos Account</source>
        <translation>Compte Facturos</translation>
    </message>
    <message>
        <source>You are signed in. You can close this window and return to Facturos Account.</source>
        <translation>Vous êtes connecté. Vous pouvez fermer cette fenêtre et revenir à Compte Facturos.</translation>
    </message>
    <message>
        <source>The sign-in did not complete. Return to Facturos Account to try again.</source>
        <translation>La connexion n’a pas abouti. Revenez à Compte Facturos pour réessayer.</translation>
    </message>
    <message>
        <source>This page was opened with an invalid or outdated link.</source>
        <translation>Cette page a été ouverte avec un lien invalide ou périmé.</translation>
    </message>
</context>
<context>
    <name>ClosePage</name>
    <message>
        <source>Close account</source>
        <translation>Fermer le compte</translation>
    </message>
    <message>
        <source>Working on your account closure</source>
        <translation>Traitement de la fermeture de votre compte</translation>
    </message>
    <message>
        <source>The closure state is being read from or sent to Facturos</source>
        <translation>L’état de la fermeture est en cours de lecture ou d’envoi auprès de Facturos</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Read the closure state again</source>
        <translation>Relire l’état de la fermeture</translation>
    </message>
    <message>
        <source>Asks Facturos again whether your account is scheduled for closure</source>
        <translation>Redemande à Facturos si la fermeture de votre compte est programmée</translation>
    </message>
    <message>
        <source>Until then</source>
        <translation>D’ici là</translation>
    </message>
    <message>
        <source>Cancel c&amp;losure</source>
        <translation>Annuler la fermet&amp;ure</translation>
    </message>
    <message>
        <source>Cancel closure and keep my account</source>
        <translation>Annuler la fermeture et garder mon compte</translation>
    </message>
    <message>
        <source>Keeps your account open; nothing will be deleted</source>
        <translation>Garde votre compte ouvert ; rien ne sera supprimé</translation>
    </message>
    <message>
        <source>Download my data before the deletion</source>
        <translation>Télécharger mes données avant la suppression</translation>
    </message>
    <message>
        <source>Opens Your data, where you can save everything Facturos holds about you to a file</source>
        <translation>Ouvre Vos données, où vous pouvez enregistrer dans un fichier tout ce que Facturos détient sur vous</translation>
    </message>
    <message>
        <source>What is deleted</source>
        <translation>Ce qui est supprimé</translation>
    </message>
    <message>
        <source>What is kept, and why</source>
        <translation>Ce qui est conservé, et pourquoi</translation>
    </message>
    <message>
        <source>30 days to change your mind</source>
        <translation>30 jours pour changer d’avis</translation>
    </message>
    <message>
        <source>Before you go: download your data</source>
        <translation>Avant de partir : téléchargez vos données</translation>
    </message>
    <message>
        <source>&amp;Download my data first</source>
        <translation>&amp;Télécharger d’abord mes données</translation>
    </message>
    <message>
        <source>Download my data first</source>
        <translation>Télécharger d’abord mes données</translation>
    </message>
    <message>
        <source>Opens Your data and starts saving everything Facturos holds about you to a file</source>
        <translation>Ouvre Vos données et commence l’enregistrement dans un fichier de tout ce que Facturos détient sur vous</translation>
    </message>
    <message>
        <source>Confirm the closure</source>
        <translation>Confirmer la fermeture</translation>
    </message>
    <message>
        <source>Your e-mail address, to confirm</source>
        <translation>Votre adresse e-mail, pour confirmer</translation>
    </message>
    <message>
        <source>Type your account's e-mail address; the Close my account button is enabled once it matches</source>
        <translation>Saisissez l’adresse e-mail de votre compte ; le bouton Fermer mon compte s’active dès qu’elle correspond</translation>
    </message>
    <message>
        <source>&amp;Why are you leaving? (optional)</source>
        <translation>&amp;Pourquoi partez-vous ? (facultatif)</translation>
    </message>
    <message>
        <source>Why you are leaving (optional)</source>
        <translation>Pourquoi vous partez (facultatif)</translation>
    </message>
    <message>
        <source>A few words for the Facturos team, up to 1,000 characters; it does not change what happens</source>
        <translation>Quelques mots pour l’équipe Facturos, jusqu’à 1 000 caractères ; cela ne change rien à la suite</translation>
    </message>
    <message>
        <source>&amp;Stop all marketing now</source>
        <translation>Arrêter tout le &amp;marketing dès maintenant</translation>
    </message>
    <message>
        <source>Stop all marketing now</source>
        <translation>Arrêter tout le marketing dès maintenant</translation>
    </message>
    <message>
        <source>Turns every marketing choice off today, for the 30 days before the deletion</source>
        <translation>Désactive aujourd’hui tous vos choix marketing, pour les 30 jours qui précèdent la suppression</translation>
    </message>
    <message>
        <source>&amp;Close my account</source>
        <translation>&amp;Fermer mon compte</translation>
    </message>
    <message>
        <source>Close my account</source>
        <translation>Fermer mon compte</translation>
    </message>
    <message>
        <source>Asks you to confirm, then to enter your password again in the browser, then schedules the deletion in 30 days</source>
        <translation>Vous demande de confirmer, puis de saisir à nouveau votre mot de passe dans le navigateur, puis programme la suppression dans 30 jours</translation>
    </message>
    <message>
        <source>Waiting for your password in the browser</source>
        <translation>En attente de votre mot de passe dans le navigateur</translation>
    </message>
    <message>
        <source>The closure is sent once you have entered your password in the browser page</source>
        <translation>La fermeture est envoyée dès que vous avez saisi votre mot de passe dans la page du navigateur</translation>
    </message>
    <message>
        <source>Copy the l&amp;ink</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>Copy the password page link</source>
        <translation>Copier le lien de la page du mot de passe</translation>
    </message>
    <message>
        <source>Copies the address of the browser page that asks for your password, to paste into your browser</source>
        <translation>Copie l’adresse de la page qui demande votre mot de passe, à coller dans votre navigateur</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel closing my account</source>
        <translation>Renoncer à fermer mon compte</translation>
    </message>
    <message>
        <source>Stops waiting for the browser; nothing is scheduled</source>
        <translation>Cesse d’attendre le navigateur ; rien n’est programmé</translation>
    </message>
    <message>
        <source>D&amp;ownload my data</source>
        <translation>Téléchar&amp;ger mes données</translation>
    </message>
</context>
<context>
    <name>CommunicationsPage</name>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Choose which messages Facturos may send you. Each switch is saved as soon as you change it.</source>
        <translation>Choisissez les messages que Facturos peut vous envoyer. Chaque interrupteur est enregistré dès que vous le changez.</translation>
    </message>
    <message>
        <source>Loading your communication choices</source>
        <translation>Chargement de vos choix de communication</translation>
    </message>
    <message>
        <source>Your choices are being read from Facturos</source>
        <translation>Vos choix sont en cours de lecture depuis Facturos</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>&amp;Facturos newsletter</source>
        <translation>Lettre d’information &amp;Facturos</translation>
    </message>
    <message>
        <source>Facturos newsletter</source>
        <translation>Lettre d’information Facturos</translation>
    </message>
    <message>
        <source>News about Facturos, about once a month. Saved as soon as you switch it.</source>
        <translation>Les nouvelles de Facturos, environ une fois par mois. Enregistré dès que vous le changez.</translation>
    </message>
    <message>
        <source>News about Facturos, about once a month.</source>
        <translation>Les nouvelles de Facturos, environ une fois par mois.</translation>
    </message>
    <message>
        <source>&amp;Product offers</source>
        <translation>Offres &amp;produits</translation>
    </message>
    <message>
        <source>Product offers</source>
        <translation>Offres produits</translation>
    </message>
    <message>
        <source>Offers on Facturos products and plans. Saved as soon as you switch it.</source>
        <translation>Offres sur les produits et formules Facturos. Enregistré dès que vous le changez.</translation>
    </message>
    <message>
        <source>Offers on Facturos products and plans.</source>
        <translation>Offres sur les produits et formules Facturos.</translation>
    </message>
    <message>
        <source>Partner offers</source>
        <translation>Offres des partenaires</translation>
    </message>
    <message>
        <source>Offers from companies we work with, sent by Facturos; your address is not given to them. Saved as soon as you switch it.</source>
        <translation>Offres d’entreprises avec lesquelles nous travaillons, envoyées par Facturos ; votre adresse ne leur est pas communiquée. Enregistré dès que vous le changez.</translation>
    </message>
    <message>
        <source>Offers from companies we work with, sent by Facturos; your address is not given to them.</source>
        <translation>Offres d’entreprises avec lesquelles nous travaillons, envoyées par Facturos ; votre adresse ne leur est pas communiquée.</translation>
    </message>
    <message>
        <source>Sur&amp;veys</source>
        <translation>En&amp;quêtes</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <source>Occasional questions to help us improve Facturos. Saved as soon as you switch it.</source>
        <translation>Quelques questions de temps en temps pour nous aider à améliorer Facturos. Enregistré dès que vous le changez.</translation>
    </message>
    <message>
        <source>Occasional questions to help us improve Facturos.</source>
        <translation>Quelques questions de temps en temps pour nous aider à améliorer Facturos.</translation>
    </message>
    <message>
        <source>Service and transaction messages</source>
        <translation>Messages de service et de transaction</translation>
    </message>
    <message>
        <source>Service and transaction messages (always on)</source>
        <translation>Messages de service et de transaction (toujours activés)</translation>
    </message>
    <message>
        <source>Always on: these messages are needed to run your account.</source>
        <translation>Toujours activés : ces messages sont nécessaires au fonctionnement de votre compte.</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe from all marketing</source>
        <translation>&amp;Se désabonner de tout le marketing</translation>
    </message>
    <message>
        <source>Unsubscribe from all marketing</source>
        <translation>Se désabonner de tout le marketing</translation>
    </message>
    <message>
        <source>Turns every marketing choice off in one step. Service messages stay on.</source>
        <translation>Désactive tous les choix marketing en une fois. Les messages de service restent activés.</translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Undo the last change to your communications</source>
        <translation>Annuler la dernière modification de vos communications</translation>
    </message>
    <message>
        <source>Saves back your choices from before the last change</source>
        <translation>Rétablit vos choix d’avant la dernière modification</translation>
    </message>
    <message>
        <source>Par&amp;tner offers</source>
        <translation>Offres des par&amp;tenaires</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Read your communication choices again</source>
        <translation>Relire vos choix de communication</translation>
    </message>
    <message>
        <source>Asks Facturos for your communication choices once more</source>
        <translation>Redemande vos choix de communication à Facturos</translation>
    </message>
</context>
<context>
    <name>CookiesPage</name>
    <message>
        <source>Cookies &amp; tracking</source>
        <translation>Cookies et suivi</translation>
    </message>
    <message>
        <source>Choose what Facturos and its vendors may measure, show or share. Each switch is saved as soon as you change it, and every change is recorded in your consent history (Your data).</source>
        <translation>Choisissez ce que Facturos et ses prestataires peuvent mesurer, afficher ou partager. Chaque interrupteur est enregistré dès que vous le changez, et chaque modification est consignée dans votre historique des consentements (Vos données).</translation>
    </message>
    <message>
        <source>Loading your cookie and tracking choices</source>
        <translation>Chargement de vos choix de cookies et de suivi</translation>
    </message>
    <message>
        <source>Your choices are being read from Facturos</source>
        <translation>Vos choix sont en cours de lecture depuis Facturos</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Strictly necessary</source>
        <translation>Strictement nécessaires</translation>
    </message>
    <message>
        <source>Strictly necessary cookies (always on)</source>
        <translation>Cookies strictement nécessaires (toujours activés)</translation>
    </message>
    <message>
        <source>Always on: needed to sign you in and keep your account secure.</source>
        <translation>Toujours activés : nécessaires pour vous connecter et protéger votre compte.</translation>
    </message>
    <message>
        <source>Anal&amp;ytics</source>
        <translation>&amp;Mesure d’audience</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Mesure d’audience</translation>
    </message>
    <message>
        <source>Anonymous measurement of how the service is used, by Google Analytics and Flurry. Saved as soon as you switch it.</source>
        <translation>Mesure anonyme de l’utilisation du service, par Google Analytics et Flurry. Enregistré dès que vous le changez.</translation>
    </message>
    <message>
        <source>Anonymous measurement of how the service is used, to improve it. Vendors: Google Analytics, Flurry.</source>
        <translation>Mesure anonyme de l’utilisation du service, pour l’améliorer. Prestataires : Google Analytics, Flurry.</translation>
    </message>
    <message>
        <source>Interest-based a&amp;dvertising</source>
        <translation>Publicité basée sur vos &amp;intérêts</translation>
    </message>
    <message>
        <source>Interest-based advertising</source>
        <translation>Publicité basée sur vos intérêts</translation>
    </message>
    <message>
        <source>Ads chosen from your interests by advertising networks that are members of the DAA and NAI. Saved as soon as you switch it.</source>
        <translation>Publicités choisies selon vos intérêts par des réseaux publicitaires membres de la DAA et de la NAI. Enregistré dès que vous le changez.</translation>
    </message>
    <message>
        <source>Ads chosen from your interests by advertising networks that are members of the DAA and NAI.</source>
        <translation>Publicités choisies selon vos intérêts par des réseaux publicitaires membres de la DAA et de la NAI.</translation>
    </message>
    <message>
        <source>&amp;Social-media features</source>
        <translation>Fonctions de ré&amp;seaux sociaux</translation>
    </message>
    <message>
        <source>Social-media features</source>
        <translation>Fonctions de réseaux sociaux</translation>
    </message>
    <message>
        <source>Share buttons for social networks such as Facebook, which can then see your visit. Saved as soon as you switch it.</source>
        <translation>Boutons de partage vers des réseaux sociaux comme Facebook, qui peuvent alors voir votre visite. Enregistré dès que vous le changez.</translation>
    </message>
    <message>
        <source>Share buttons for social networks such as Facebook; the network can then see your visit.</source>
        <translation>Boutons de partage vers des réseaux sociaux comme Facebook ; le réseau peut alors voir votre visite.</translation>
    </message>
    <message>
        <source>&amp;Location services</source>
        <translation>Services de &amp;localisation</translation>
    </message>
    <message>
        <source>Location services</source>
        <translation>Services de localisation</translation>
    </message>
    <message>
        <source>Use of your device location (GPS) to adapt the service. Saved as soon as you switch it.</source>
        <translation>Utilisation de la position de votre appareil (GPS) pour adapter le service. Enregistré dès que vous le changez.</translation>
    </message>
    <message>
        <source>Use of your device location (GPS) to adapt the service, for example the nearest office.</source>
        <translation>Utilisation de la position de votre appareil (GPS) pour adapter le service, par exemple l’agence la plus proche.</translation>
    </message>
    <message>
        <source>Sharing with &amp;partners</source>
        <translation>Partage avec les &amp;partenaires</translation>
    </message>
    <message>
        <source>Sharing with partners</source>
        <translation>Partage avec les partenaires</translation>
    </message>
    <message>
        <source>Sharing data about your use of the service with companies we work with. Saved as soon as you switch it.</source>
        <translation>Partage de données sur votre utilisation du service avec des entreprises avec lesquelles nous travaillons. Enregistré dès que vous le changez.</translation>
    </message>
    <message>
        <source>Sharing data about your use of the service with companies we work with.</source>
        <translation>Partage de données sur votre utilisation du service avec des entreprises avec lesquelles nous travaillons.</translation>
    </message>
    <message>
        <source>A&amp;ccept all</source>
        <translation>&amp;Tout accepter</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>Turns every optional category on in one step. Do Not Track stays as it is.</source>
        <translation>Active toutes les catégories facultatives en une fois. Le réglage Do Not Track reste tel quel.</translation>
    </message>
    <message>
        <source>Re&amp;fuse all</source>
        <translation>Tout r&amp;efuser</translation>
    </message>
    <message>
        <source>Refuse all</source>
        <translation>Tout refuser</translation>
    </message>
    <message>
        <source>Turns every optional category off in one step. Do Not Track stays as it is.</source>
        <translation>Désactive toutes les catégories facultatives en une fois. Le réglage Do Not Track reste tel quel.</translation>
    </message>
    <message>
        <source>Do Not Track and Global Privacy Control</source>
        <translation>Do Not Track et Global Privacy Control</translation>
    </message>
    <message>
        <source>Treat my &amp;browser's Do Not Track or GPC signal as a refusal</source>
        <translation>Traiter le signal Do Not Track ou GPC de mon navi&amp;gateur comme un refus</translation>
    </message>
    <message>
        <source>Treat my browser's Do Not Track or GPC signal as a refusal</source>
        <translation>Traiter le signal Do Not Track ou GPC de mon navigateur comme un refus</translation>
    </message>
    <message>
        <source>Asks Facturos to treat your browser's signal as a refusal of optional tracking. Saved as soon as you switch it.</source>
        <translation>Demande à Facturos de traiter le signal de votre navigateur comme un refus du suivi facultatif. Enregistré dès que vous le changez.</translation>
    </message>
    <message>
        <source>Our privacy statement says the service does not respond to Do Not Track signals. Switching this on asks Facturos to treat your browser's signal as a refusal.</source>
        <translation>Notre déclaration de confidentialité indique que le service ne répond pas aux signaux Do Not Track. Activer ce choix demande à Facturos de traiter le signal de votre navigateur comme un refus.</translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Undo the last change to your cookie and tracking choices</source>
        <translation>Annuler la dernière modification de vos choix de cookies et de suivi</translation>
    </message>
    <message>
        <source>Saves back your choices from before the last change</source>
        <translation>Rétablit vos choix d’avant la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Read your cookie and tracking choices again</source>
        <translation>Relire vos choix de cookies et de suivi</translation>
    </message>
    <message>
        <source>Asks Facturos for your cookie and tracking choices once more</source>
        <translation>Redemande vos choix de cookies et de suivi à Facturos</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>See what Facturos holds about you, why, and for how long, and take a copy of all of it. These are your rights under the GDPR (access and portability).</source>
        <translation>Voyez ce que Facturos détient sur vous, pourquoi et pour combien de temps, et téléchargez-en une copie complète. Ce sont vos droits selon le RGPD (droit d’accès et droit à la portabilité).</translation>
    </message>
    <message>
        <source>Loading your data overview</source>
        <translation>Chargement de l’aperçu de vos données</translation>
    </message>
    <message>
        <source>What Facturos holds about you is being read</source>
        <translation>Lecture en cours de ce que Facturos détient sur vous</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Rechar&amp;ger</translation>
    </message>
    <message>
        <source>Reload your data overview</source>
        <translation>Recharger l’aperçu de vos données</translation>
    </message>
    <message>
        <source>Reads what Facturos holds about you again</source>
        <translation>Relit ce que Facturos détient sur vous</translation>
    </message>
    <message>
        <source>Take a copy</source>
        <translation>Obtenir une copie</translation>
    </message>
    <message>
        <source>One JSON file with everything Facturos holds about you: profile, choices, consent history, sign-in activity, sessions and mailboxes. Passwords and access keys are never included. The format is machine-readable, so you can take it to another service.</source>
        <translation>Un fichier JSON avec tout ce que Facturos détient sur vous : profil, choix, historique des consentements, activité de connexion, sessions et boîtes mail. Les mots de passe et les clés d’accès n’y figurent jamais. Le format est lisible par une machine : vous pouvez l’emporter vers un autre service.</translation>
    </message>
    <message>
        <source>&amp;Download all my data…</source>
        <translation>&amp;Télécharger toutes mes données…</translation>
    </message>
    <message>
        <source>Download all my data</source>
        <translation>Télécharger toutes mes données</translation>
    </message>
    <message>
        <source>Asks where to save the file, then downloads everything Facturos holds about you as JSON</source>
        <translation>Demande où enregistrer le fichier, puis télécharge au format JSON tout ce que Facturos détient sur vous</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>How much of your data has been downloaded</source>
        <translation>Quelle part de vos données a été téléchargée</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>A&amp;nnuler le téléchargement</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Stops the download; no file is written</source>
        <translation>Arrête le téléchargement ; aucun fichier n’est écrit</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le d&amp;ossier</translation>
    </message>
    <message>
        <source>Show the downloaded file in its folder</source>
        <translation>Afficher le fichier téléchargé dans son dossier</translation>
    </message>
    <message>
        <source>Opens the folder where your data was saved</source>
        <translation>Ouvre le dossier où vos données ont été enregistrées</translation>
    </message>
    <message>
        <source>What we hold and consent history</source>
        <translation>Ce que nous détenons et historique des consentements</translation>
    </message>
    <message>
        <source>Two tables: the kinds of data Facturos holds about you, and every choice you made about marketing and tracking</source>
        <translation>Deux tableaux : les types de données que Facturos détient sur vous, et chacun de vos choix en matière de prospection et de traceurs</translation>
    </message>
    <message>
        <source>&amp;What we hold</source>
        <translation>Ce &amp;que nous détenons</translation>
    </message>
    <message>
        <source>Each kind of data, why we hold it, on which legal basis and for how long. Hover over a row for the full text.</source>
        <translation>Chaque type de données, pourquoi nous le détenons, sur quelle base légale et pour combien de temps. Survolez une ligne pour lire le texte complet.</translation>
    </message>
    <message>
        <source>Data Facturos holds about you</source>
        <translation>Données que Facturos détient sur vous</translation>
    </message>
    <message>
        <source>One row per kind of data: what it holds and why, the legal basis, how long it is kept and how many items are held</source>
        <translation>Une ligne par type de données : ce qu’il contient et pourquoi, la base légale, la durée de conservation et le nombre d’éléments détenus</translation>
    </message>
    <message>
        <source>Every change to your marketing and tracking choices, newest first: when, which choice, from where and under which privacy statement. It is the proof of what you agreed to.</source>
        <translation>Chaque modification de vos choix de prospection et de traceurs, du plus récent au plus ancien : quand, quel choix, depuis où et sous quelle déclaration de confidentialité. C’est la preuve de ce que vous avez accepté.</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Historique des consentements</translation>
    </message>
    <message>
        <source>Every choice you made about marketing and tracking, newest first; more rows load as you scroll</source>
        <translation>Chacun de vos choix de prospection et de traceurs, du plus récent au plus ancien ; la suite se charge quand vous faites défiler</translation>
    </message>
    <message>
        <source>No choice recorded yet. The choices you make on the Communications and Cookies &amp; tracking pages will appear here.</source>
        <translation>Aucun choix enregistré pour l’instant. Les choix que vous faites sur les pages « Communications » et « Cookies et suivi » apparaîtront ici.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Read the consent history again</source>
        <translation>Relire l’historique des consentements</translation>
    </message>
    <message>
        <source>Asks Facturos for the rest of your consent history again</source>
        <translation>Redemande à Facturos la suite de votre historique des consentements</translation>
    </message>
    <message>
        <source>Consent histor&amp;y</source>
        <translation>&amp;Historique des consentements</translation>
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
        <translation>%1
Pourquoi : %2
Base légale : %3 (%4)
Conservation : %5
Destinataires : %6
Éléments détenus : %7</translation>
    </message>
    <message>
        <source>%1: %2, %3, from %4, privacy statement %5</source>
        <extracomment>One entry of the consent history. %1 date and time, %2 the choice's name, %3 "Granted" or "Refused", %4 where it was made ("Desktop app"), %5 the privacy statement's version.</extracomment>
        <translation>%1 : %2, %3, depuis %4, déclaration de confidentialité %5</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>What it holds and why</source>
        <translation>Contenu et finalité</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>data held</comment>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Choice</source>
        <comment>consent history: which choice</comment>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Decision</source>
        <comment>consent history: granted or refused</comment>
        <translation>Décision</translation>
    </message>
    <message>
        <source>From</source>
        <comment>consent history: where the choice was made</comment>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation>Déclaration de confidentialité</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligation légale</translation>
    </message>
    <message>
        <source>Your consent</source>
        <translation>Votre consentement</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>needed to provide the service you signed up for</source>
        <translation>nécessaire pour fournir le service auquel vous avez souscrit</translation>
    </message>
    <message>
        <source>the law requires us to keep it</source>
        <translation>la loi nous impose de les conserver</translation>
    </message>
    <message>
        <source>only because you agreed; you can withdraw at any time</source>
        <translation>uniquement parce que vous l’avez accepté ; vous pouvez retirer votre accord à tout moment</translation>
    </message>
    <message>
        <source>needed to keep your account secure; you can object by contacting us</source>
        <translation>nécessaire à la sécurité de votre compte ; vous pouvez vous y opposer en nous contactant</translation>
    </message>
    <message>
        <source>see the privacy statement</source>
        <translation>voir la déclaration de confidentialité</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Not checked: the server name could not be resolved.</source>
        <translation>Non vérifié : le nom du serveur n’a pas pu être résolu.</translation>
    </message>
    <message>
        <source>Not checked: there is no working connection to the server.</source>
        <translation>Non vérifié : aucune connexion au serveur ne fonctionne.</translation>
    </message>
    <message>
        <source>Not checked: the keychain is not available.</source>
        <translation>Non vérifié : le trousseau n’est pas disponible.</translation>
    </message>
    <message>
        <source>Not checked: the server's sign-in service is not usable.</source>
        <translation>Non vérifié : le service de connexion du serveur est inutilisable.</translation>
    </message>
    <message>
        <source>The server name resolves to %1.</source>
        <translation>Le nom du serveur correspond à %1.</translation>
    </message>
    <message>
        <source>The server is an IP address (%1).</source>
        <translation>Le serveur est une adresse IP (%1).</translation>
    </message>
    <message>
        <source>The server name cannot be found. Check the address and your connection.</source>
        <translation>Le nom du serveur est introuvable. Vérifiez l’adresse et votre connexion.</translation>
    </message>
    <message>
        <source>The name lookup did not answer in time. Check your connection.</source>
        <translation>La recherche du nom n’a pas répondu à temps. Vérifiez votre connexion.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing answers at this address and port.</source>
        <translation>Le serveur a refusé la connexion : rien ne répond à cette adresse et sur ce port.</translation>
    </message>
    <message>
        <source>The server did not answer in time; a firewall or proxy may block it.</source>
        <translation>Le serveur n’a pas répondu à temps ; un pare-feu ou un proxy le bloque peut-être.</translation>
    </message>
    <message>
        <source>The server cannot be reached from this network.</source>
        <translation>Le serveur est injoignable depuis ce réseau.</translation>
    </message>
    <message>
        <source>Secure connection: %1.</source>
        <translation>Connexion sécurisée : %1.</translation>
    </message>
    <message>
        <source>Not used: plain HTTP is accepted for a loopback address only.</source>
        <translation>Non utilisé : le HTTP non chiffré n’est accepté que pour une adresse locale (loopback).</translation>
    </message>
    <message>
        <source>This address uses plain HTTP to a remote server, which the app refuses. Use an https:// address.</source>
        <translation>Cette adresse utilise du HTTP non chiffré vers un serveur distant, ce que l’application refuse. Utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>The server's certificate is self-signed, so it cannot be trusted.</source>
        <translation>Le certificat du serveur est auto-signé : on ne peut pas s’y fier.</translation>
    </message>
    <message>
        <source>The server's certificate has expired (or this computer's date is wrong).</source>
        <translation>Le certificat du serveur a expiré (ou la date de cet ordinateur est fausse).</translation>
    </message>
    <message>
        <source>The server's certificate is not valid yet (or this computer's date is wrong).</source>
        <translation>Le certificat du serveur n’est pas encore valide (ou la date de cet ordinateur est fausse).</translation>
    </message>
    <message>
        <source>The server's certificate was issued for another name.</source>
        <translation>Le certificat du serveur a été délivré pour un autre nom.</translation>
    </message>
    <message>
        <source>The server's certificate is not signed by an authority this computer trusts.</source>
        <translation>Le certificat du serveur n’est pas signé par une autorité reconnue par cet ordinateur.</translation>
    </message>
    <message>
        <source>The server's certificate has been revoked.</source>
        <translation>Le certificat du serveur a été révoqué.</translation>
    </message>
    <message>
        <source>The server's certificate was refused.</source>
        <translation>Le certificat du serveur a été refusé.</translation>
    </message>
    <message>
        <source>No secure connection: the server does not speak TLS on this port, or broke off.</source>
        <translation>Pas de connexion sécurisée : le serveur ne parle pas TLS sur ce port, ou a interrompu l’échange.</translation>
    </message>
    <message>
        <source>The secure connection was not set up in time.</source>
        <translation>La connexion sécurisée n’a pas été établie à temps.</translation>
    </message>
    <message>
        <source>TLS is not available on this computer (OpenSSL is missing).</source>
        <translation>TLS n’est pas disponible sur cet ordinateur (OpenSSL est absent).</translation>
    </message>
    <message>
        <source>The server answers (/healthz).</source>
        <translation>Le serveur répond (/healthz).</translation>
    </message>
    <message>
        <source>The server answered /healthz with %1 instead of 200.</source>
        <translation>Le serveur a répondu à /healthz par %1 au lieu de 200.</translation>
    </message>
    <message>
        <source>The server did not answer /healthz.</source>
        <translation>Le serveur n’a pas répondu à /healthz.</translation>
    </message>
    <message>
        <source>The sign-in metadata is valid (%1).</source>
        <translation>Les métadonnées de connexion sont valides (%1).</translation>
    </message>
    <message>
        <source>The sign-in metadata is missing (%1).</source>
        <translation>Les métadonnées de connexion sont absentes (%1).</translation>
    </message>
    <message>
        <source>The sign-in metadata is not a JSON document.</source>
        <translation>Les métadonnées de connexion ne sont pas un document JSON.</translation>
    </message>
    <message>
        <source>The sign-in metadata names another server (%1), so the app refuses it.</source>
        <translation>Les métadonnées de connexion désignent un autre serveur (%1) : l’application les refuse.</translation>
    </message>
    <message>
        <source>The sign-in metadata is unusable: %1.</source>
        <translation>Les métadonnées de connexion sont inutilisables : %1.</translation>
    </message>
    <message>
        <source>The sign-in metadata did not arrive.</source>
        <translation>Les métadonnées de connexion ne sont pas arrivées.</translation>
    </message>
    <message>
        <source>Available (%1).</source>
        <translation>Disponible (%1).</translation>
    </message>
    <message>
        <source>Locked: unlock your keyring (or sign in to your desktop session again), then try again.</source>
        <translation>Verrouillé : déverrouillez votre trousseau (ou rouvrez votre session de bureau), puis réessayez.</translation>
    </message>
    <message>
        <source>Missing: no keyring service answered, so a sign-in can only be kept until the app quits.</source>
        <translation>Absent : aucun service de trousseau n’a répondu ; une connexion ne peut donc être gardée que jusqu’à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>Error: the keyring refused to store a test entry.</source>
        <translation>Erreur : le trousseau a refusé d’enregistrer une entrée de test.</translation>
    </message>
    <message>
        <source>Signed in, account %1.</source>
        <translation>Connecté, compte %1.</translation>
    </message>
    <message>
        <source>No sign-in is stored for this server in this profile.</source>
        <translation>Aucune connexion n’est enregistrée pour ce serveur dans ce profil.</translation>
    </message>
    <message>
        <source>A sign-in is in progress.</source>
        <translation>Une connexion est en cours.</translation>
    </message>
    <message>
        <source>The stored sign-in was refused by the server (expired or revoked): sign in again.</source>
        <translation>La connexion enregistrée a été refusée par le serveur (expirée ou révoquée) : reconnectez-vous.</translation>
    </message>
    <message>
        <source>The keyring is locked, so the stored sign-in cannot be read.</source>
        <translation>Le trousseau est verrouillé : la connexion enregistrée ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The keyring is not available, so no sign-in can be stored.</source>
        <translation>Le trousseau n’est pas disponible : aucune connexion ne peut être enregistrée.</translation>
    </message>
    <message>
        <source>Could not be checked: the server did not answer.</source>
        <translation>Vérification impossible : le serveur n’a pas répondu.</translation>
    </message>
    <message>
        <source>Could not be checked: the sign-in service answered with an error.</source>
        <translation>Vérification impossible : le service de connexion a répondu par une erreur.</translation>
    </message>
    <message>
        <source>Passed (%1).</source>
        <translation>Réussi (%1).</translation>
    </message>
    <message>
        <source>Failed (%1).</source>
        <translation>Échec (%1).</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Facturos can't be reached. Check your connection; we'll retry.</source>
        <translation>Facturos est injoignable. Vérifiez votre connexion ; nous réessaierons.</translation>
    </message>
    <message>
        <source>Your account is already scheduled for closure. You can cancel it from the Close account page.</source>
        <translation>La fermeture de votre compte est déjà programmée. Vous pouvez l’annuler depuis la page Fermer le compte.</translation>
    </message>
    <message>
        <source>Your account is not scheduled for closure any more. Nothing else to do.</source>
        <translation>La fermeture de votre compte n’est plus programmée. Vous n’avez rien d’autre à faire.</translation>
    </message>
    <message>
        <source>This mailbox is already connected.</source>
        <translation>Cette boîte mail est déjà connectée.</translation>
    </message>
    <message>
        <source>The connection to Facturos is not secure (certificate problem). Nothing was sent. Check the date of your computer or your network, then try again.</source>
        <translation>La connexion à Facturos n’est pas sécurisée (problème de certificat). Rien n’a été envoyé. Vérifiez la date de votre ordinateur ou votre réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>This server address does not use a secure connection, so the app refuses to use it. Use an https:// address.</source>
        <translation>Cette adresse de serveur n’utilise pas de connexion sécurisée : l’application refuse de l’utiliser. Utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue.</source>
        <translation>Votre connexion a expiré. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>This change needs you to confirm your password in the browser. It was not confirmed, so nothing was changed. Try again when you are ready.</source>
        <translation>Cette modification demande de confirmer votre mot de passe dans le navigateur. Il n’a pas été confirmé : rien n’a été modifié. Réessayez quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Facturos refused this action for your account. Contact contact@facturos.fr if you think this is a mistake.</source>
        <translation>Facturos a refusé cette action pour votre compte. Écrivez à contact@facturos.fr si vous pensez qu’il s’agit d’une erreur.</translation>
    </message>
    <message>
        <source>This was changed elsewhere meanwhile. Review the current values and try again.</source>
        <translation>Ceci a été modifié ailleurs entre-temps. Vérifiez les valeurs actuelles et réessayez.</translation>
    </message>
    <message>
        <source>Some values were refused. Check them and try again.</source>
        <translation>Certaines valeurs ont été refusées. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>Some values need your attention: see the messages next to them.</source>
        <translation>Certaines valeurs demandent votre attention : voyez les messages à côté.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Wait %n second(s), then try again.</source>
        <translation><numerusform>Trop de tentatives. Attendez %n seconde, puis réessayez.</numerusform><numerusform>Trop de tentatives. Attendez %n secondes, puis réessayez.</numerusform></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment, then try again.</source>
        <translation>Trop de tentatives. Attendez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>Facturos has a problem right now. Your changes are kept here; try again in a few minutes.</source>
        <translation>Facturos rencontre un problème en ce moment. Vos modifications sont conservées ici ; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Facturos sent an answer the app does not understand. Try again; if it persists, contact contact@facturos.fr.</source>
        <translation>Facturos a envoyé une réponse que l’application ne comprend pas. Réessayez ; si le problème persiste, écrivez à contact@facturos.fr.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>This format is not valid.</source>
        <translation>Ce format n’est pas valide.</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Trop long.</translation>
    </message>
    <message>
        <source>This number is not valid: check the digits.</source>
        <translation>Ce numéro n’est pas valide : vérifiez les chiffres.</translation>
    </message>
    <message>
        <source>Contains characters that are not allowed.</source>
        <translation>Contient des caractères non autorisés.</translation>
    </message>
    <message>
        <source>This one cannot be turned off.</source>
        <translation>Celui-ci ne peut pas être désactivé.</translation>
    </message>
    <message>
        <source>Incomplete: fill in the other parts too.</source>
        <translation>Incomplet : remplissez aussi les autres champs.</translation>
    </message>
    <message>
        <source>This does not match.</source>
        <translation>Ne correspond pas.</translation>
    </message>
    <message>
        <source>Facturos can't be reached. Check your connection, then try again.</source>
        <translation>Facturos est injoignable. Vérifiez votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>The Facturos sign-in service answered unexpectedly. Try again in a few minutes.</source>
        <translation>Le service de connexion Facturos a répondu de façon inattendue. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Sign-in cancelled. You can start again whenever you are ready.</source>
        <translation>Connexion annulée. Vous pouvez recommencer quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>The sign-in took too long and was stopped. Start again and finish it in the browser.</source>
        <translation>La connexion a pris trop de temps et a été interrompue. Recommencez et terminez-la dans le navigateur.</translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser. Start again to retry.</source>
        <translation>La connexion a été refusée dans le navigateur. Recommencez pour réessayer.</translation>
    </message>
    <message>
        <source>The app could not receive the answer from the browser (local port unavailable). Restart the app and try again.</source>
        <translation>L’application n’a pas pu recevoir la réponse du navigateur (port local indisponible). Redémarrez l’application et réessayez.</translation>
    </message>
    <message>
        <source>Another account was used in the browser. Sign in with the account you use here.</source>
        <translation>Un autre compte a été utilisé dans le navigateur. Connectez-vous avec le compte que vous utilisez ici.</translation>
    </message>
    <message>
        <source>Your keyring is locked, so the app cannot read your saved sign-in. Unlock it, then choose Try again.</source>
        <translation>Votre trousseau est verrouillé : l’application ne peut pas lire votre connexion enregistrée. Déverrouillez-le, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer: you will stay signed in until you quit the app, and will have to sign in again next time.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur : vous resterez connecté jusqu’à la fermeture de l’application et devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>Gmail cannot be connected through this Facturos server for now. Try again later, or add the mailbox by IMAP.</source>
        <translation>Gmail ne peut pas être connecté par ce serveur Facturos pour le moment. Réessayez plus tard, ou ajoutez la boîte mail en IMAP.</translation>
    </message>
    <message>
        <source>The connection was cut before the whole answer arrived. Check your connection, then try again.</source>
        <translation>La connexion a été coupée avant la fin de la réponse. Vérifiez votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>The file could not be created there. Choose another folder, then try again.</source>
        <translation>Le fichier n’a pas pu être créé à cet endroit. Choisissez un autre dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>The file could not be written (the disk may be full). Choose another place, then try again.</source>
        <translation>Le fichier n’a pas pu être écrit (le disque est peut-être plein). Choisissez un autre emplacement, puis réessayez.</translation>
    </message>
    <message>
        <source>The mail server refused this user name and password. Type the password again.</source>
        <translation>Le serveur de messagerie a refusé ce nom d’utilisateur et ce mot de passe. Saisissez de nouveau le mot de passe.</translation>
    </message>
    <message>
        <source>No mail server answers to this name. Check the spelling of the server.</source>
        <translation>Aucun serveur de messagerie ne répond à ce nom. Vérifiez l’orthographe du serveur.</translation>
    </message>
    <message>
        <source>The server refused the connection on this port. Usually 993 (SSL/TLS) or 143 (STARTTLS).</source>
        <translation>Le serveur a refusé la connexion sur ce port. En général 993 (SSL/TLS) ou 143 (STARTTLS).</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (self-signed, expired or issued for another name), so nothing was sent to it.</source>
        <translation>Le certificat du serveur n’est pas reconnu (autosigné, expiré ou émis pour un autre nom), donc rien ne lui a été envoyé.</translation>
    </message>
    <message>
        <source>The secure connection failed. Check the security mode: SSL/TLS on port 993, STARTTLS on 143.</source>
        <translation>La connexion sécurisée a échoué. Vérifiez le mode de sécurité : SSL/TLS sur le port 993, STARTTLS sur le 143.</translation>
    </message>
    <message>
        <source>The mail server did not answer in time. Check the server and the port, then try again.</source>
        <translation>Le serveur de messagerie n’a pas répondu à temps. Vérifiez le serveur et le port, puis réessayez.</translation>
    </message>
    <message>
        <source>This server is on a private network that Facturos cannot reach. Use your provider's public IMAP server.</source>
        <translation>Ce serveur est sur un réseau privé que Facturos ne peut pas atteindre. Utilisez le serveur IMAP public de votre fournisseur.</translation>
    </message>
    <message>
        <source>Something answers on this port, but not an IMAP server. Check the port.</source>
        <translation>Quelque chose répond sur ce port, mais pas un serveur IMAP. Vérifiez le port.</translation>
    </message>
    <message>
        <source>This is not your account's e-mail address. Type it exactly as shown above.</source>
        <translation>Ce n’est pas l’adresse e-mail de votre compte. Saisissez-la exactement comme indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>This is no longer in Facturos: it was removed elsewhere meanwhile. Reload the page to see what is there now.</source>
        <translation>Cet élément n’est plus dans Facturos : il a été supprimé ailleurs entre-temps. Rechargez la page pour voir ce qu’elle contient maintenant.</translation>
    </message>
    <message>
        <source>Unknown country: choose one from the list.</source>
        <translation>Pays inconnu : choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Already used by another account: choose another.</source>
        <translation>Déjà utilisé par un autre compte : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This value was refused: check it, then try again.</source>
        <translation>Cette valeur a été refusée : vérifiez-la, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>ImapDialog</name>
    <message>
        <source>Add an IMAP mailbox</source>
        <translation>Ajouter une boîte mail IMAP</translation>
    </message>
    <message>
        <source>The address and server settings of a mailbox Facturos sends your invoices from</source>
        <translation>L’adresse et les paramètres du serveur d’une boîte mail depuis laquelle Facturos envoie vos factures</translation>
    </message>
    <message>
        <source>Facturos checks the login with your mail server before saving anything. The password is stored encrypted on the Facturos server and never shown again; this app does not keep it.</source>
        <translation>Facturos vérifie les identifiants auprès de votre serveur de messagerie avant d’enregistrer quoi que ce soit. Le mot de passe est conservé chiffré sur le serveur Facturos et n’est plus jamais affiché ; cette application ne le garde pas.</translation>
    </message>
    <message>
        <source>E-mail &amp;address</source>
        <translation>&amp;Adresse e-mail</translation>
    </message>
    <message>
        <source>name@example.fr</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>Mailbox e-mail address</source>
        <translation>Adresse e-mail de la boîte</translation>
    </message>
    <message>
        <source>The address Facturos sends your invoices from; the server settings are filled in from it</source>
        <translation>L’adresse depuis laquelle Facturos envoie vos factures ; les paramètres du serveur sont déduits de celle-ci</translation>
    </message>
    <message>
        <source>IMAP ser&amp;ver</source>
        <translation>Ser&amp;veur IMAP</translation>
    </message>
    <message>
        <source>imap.example.fr</source>
        <translation>imap.exemple.fr</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Serveur IMAP</translation>
    </message>
    <message>
        <source>The name of your provider's incoming mail (IMAP) server</source>
        <translation>Le nom du serveur de réception (IMAP) de votre fournisseur</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Port IMAP</translation>
    </message>
    <message>
        <source>Usually 993 with SSL/TLS, or 143 with STARTTLS</source>
        <translation>En général 993 avec SSL/TLS, ou 143 avec STARTTLS</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <source>How the connection to the mail server is encrypted: SSL/TLS from the start, or STARTTLS</source>
        <translation>Comment la connexion au serveur de messagerie est chiffrée : SSL/TLS dès le départ, ou STARTTLS</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>Nom d’utilisateur IMAP</translation>
    </message>
    <message>
        <source>The name you sign in to the mail server with; usually your full e-mail address</source>
        <translation>Le nom avec lequel vous vous connectez au serveur de messagerie ; en général votre adresse e-mail complète</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Mot de passe de la boîte mail</translation>
    </message>
    <message>
        <source>The password of this mailbox (or an app password); sent once to be checked, never kept by this app</source>
        <translation>Le mot de passe de cette boîte mail (ou un mot de passe d’application) ; envoyé une fois pour être vérifié, jamais gardé par cette application</translation>
    </message>
    <message>
        <source>Checking the login</source>
        <translation>Vérification des identifiants</translation>
    </message>
    <message>
        <source>Facturos is signing in to your mail server to check the settings</source>
        <translation>Facturos se connecte à votre serveur de messagerie pour vérifier les paramètres</translation>
    </message>
</context>
<context>
    <name>MailboxesPage</name>
    <message>
        <source>Mailboxes</source>
        <translation>Boîtes mail</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Refresh the mailboxes</source>
        <translation>Actualiser les boîtes mail</translation>
    </message>
    <message>
        <source>Reads the list of connected mailboxes from Facturos again</source>
        <translation>Relit auprès de Facturos la liste des boîtes mail connectées</translation>
    </message>
    <message>
        <source>Facturos sends your invoices from the mailboxes you connect here. You can disconnect one at any time: Facturos then deletes its access at once.</source>
        <translation>Facturos envoie vos factures depuis les boîtes mail que vous connectez ici. Vous pouvez en déconnecter une à tout moment : Facturos supprime alors aussitôt son accès.</translation>
    </message>
    <message>
        <source>Working on your mailboxes</source>
        <translation>Traitement de vos boîtes mail</translation>
    </message>
    <message>
        <source>Your mailboxes are being read from or changed in Facturos</source>
        <translation>Vos boîtes mail sont en cours de lecture ou de modification auprès de Facturos</translation>
    </message>
    <message>
        <source>Connected mailboxes</source>
        <translation>Boîtes mail connectées</translation>
    </message>
    <message>
        <source>No mailbox connected yet. Connect Gmail or add another mailbox by IMAP below, and Facturos will send your invoices from your own address.</source>
        <translation>Aucune boîte mail connectée pour l’instant. Connectez Gmail ou ajoutez une autre boîte mail en IMAP ci-dessous, et Facturos enverra vos factures depuis votre propre adresse.</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Connect &amp;Gmail…</source>
        <translation>Connecter &amp;Gmail…</translation>
    </message>
    <message>
        <source>Connect Gmail</source>
        <translation>Connecter Gmail</translation>
    </message>
    <message>
        <source>Opens Google in your browser, where you grant Facturos full access to a Gmail mailbox</source>
        <translation>Ouvre Google dans votre navigateur, où vous accordez à Facturos un accès complet à une boîte Gmail</translation>
    </message>
    <message>
        <source>Waiting for Google</source>
        <translation>En attente de Google</translation>
    </message>
    <message>
        <source>Facturos is waiting for you to allow access in your browser</source>
        <translation>Facturos attend que vous autorisiez l’accès dans votre navigateur</translation>
    </message>
    <message>
        <source>Copy the &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>Copy the Google link</source>
        <translation>Copier le lien Google</translation>
    </message>
    <message>
        <source>Copies the address of the Google page, to open it in your browser yourself</source>
        <translation>Copie l’adresse de la page Google, pour l’ouvrir vous-même dans votre navigateur</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel connecting Gmail</source>
        <translation>Annuler la connexion de Gmail</translation>
    </message>
    <message>
        <source>Stops waiting for Google; nothing is connected</source>
        <translation>Arrête d’attendre Google ; rien n’est connecté</translation>
    </message>
    <message>
        <source>Other mailboxes (IMAP)</source>
        <translation>Autres boîtes mail (IMAP)</translation>
    </message>
    <message>
        <source>Any other mailbox (Orange, Free, Outlook, your own domain…) connects with its IMAP server settings. Facturos checks the login before saving it and keeps the password encrypted on its server.</source>
        <translation>Toute autre boîte mail (Orange, Free, Outlook, votre propre domaine…) se connecte avec les paramètres de son serveur IMAP. Facturos vérifie les identifiants avant de les enregistrer et garde le mot de passe chiffré sur son serveur.</translation>
    </message>
    <message>
        <source>Add an &amp;IMAP mailbox…</source>
        <translation>Ajouter une boîte &amp;IMAP…</translation>
    </message>
    <message>
        <source>Add an IMAP mailbox</source>
        <translation>Ajouter une boîte mail IMAP</translation>
    </message>
    <message>
        <source>Opens a form for the address, server settings and password of another mailbox</source>
        <translation>Ouvre un formulaire pour l’adresse, les paramètres du serveur et le mot de passe d’une autre boîte mail</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Facturos Account</source>
        <translation>Compte Facturos</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry connecting</source>
        <translation>Réessayer de se connecter</translation>
    </message>
    <message>
        <source>Tries again to reach Facturos now</source>
        <translation>Essaie de joindre Facturos à nouveau maintenant</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Choose which part of your account to show</source>
        <translation>Choisissez la partie de votre compte à afficher</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Se déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Privacy statement</source>
        <translation>Déclaration de &amp;confidentialité</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>A&amp;bout Facturos Account</source>
        <translation>À &amp;propos de Compte Facturos</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnostic…</translation>
    </message>
    <message>
        <source>Copy &amp;support snapshot…</source>
        <translation>Copier l’instantané pour l’&amp;assistance…</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Loading your account</source>
        <translation>Chargement de votre compte</translation>
    </message>
    <message>
        <source>Your account is being read from Facturos</source>
        <translation>Votre compte est en cours de lecture depuis Facturos</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Rechar&amp;ger</translation>
    </message>
    <message>
        <source>Reload the overview</source>
        <translation>Recharger la vue d’ensemble</translation>
    </message>
    <message>
        <source>Reads your account from Facturos again</source>
        <translation>Relit votre compte depuis Facturos</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Identifiant du compte</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>État du compte</translation>
    </message>
    <message>
        <source>Things to look at</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Rien ne demande votre attention.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Personal information</source>
        <translation>Informations personnelles</translation>
    </message>
    <message>
        <source>What Facturos knows about you and prints on your invoices. Changes are saved when you choose Save.</source>
        <translation>Ce que Facturos sait de vous et imprime sur vos factures. Les modifications sont enregistrées quand vous choisissez Enregistrer.</translation>
    </message>
    <message>
        <source>Saving your information</source>
        <translation>Enregistrement de vos informations</translation>
    </message>
    <message>
        <source>Your information is being sent to Facturos</source>
        <translation>Vos informations sont en cours d’envoi à Facturos</translation>
    </message>
    <message>
        <source>Review the conflicting changes</source>
        <translation>Revoir les modifications en conflit</translation>
    </message>
    <message>
        <source>Shows, for each field changed elsewhere, your value and the current one, so you can choose</source>
        <translation>Affiche, pour chaque champ modifié ailleurs, votre valeur et la valeur actuelle, pour que vous choisissiez</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Your first name as it appears on your invoices</source>
        <translation>Votre prénom tel qu’il apparaît sur vos factures</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Your last name as it appears on your invoices</source>
        <translation>Votre nom tel qu’il apparaît sur vos factures</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>The name you can sign in with instead of your e-mail address</source>
        <translation>Le nom avec lequel vous pouvez vous connecter au lieu de votre adresse e-mail</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>Adresse &amp;e-mail</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>A new address must be verified before it is used; changing it asks you to sign in again</source>
        <translation>Une nouvelle adresse doit être vérifiée avant d’être utilisée ; la modifier vous demande de vous reconnecter</translation>
    </message>
    <message>
        <source>A new address is used only once you confirm it from the message we send there. Changing it asks you to sign in again.</source>
        <translation>Une nouvelle adresse n’est utilisée qu’une fois confirmée depuis le message que nous y envoyons. La modifier vous demande de vous reconnecter.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>A French number such as 06 12 34 56 78, or an international number starting with +</source>
        <translation>Un numéro français comme 06 12 34 56 78, ou un numéro international commençant par +</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Co&amp;mpany name</source>
        <translation>Nom de l’entreprise (&amp;m)</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>The name of your business, printed on your invoices</source>
        <translation>Le nom de votre entreprise, imprimé sur vos factures</translation>
    </message>
    <message>
        <source>S&amp;IRET</source>
        <translation>S&amp;IRET</translation>
    </message>
    <message>
        <source>SIRET number</source>
        <translation>Numéro SIRET</translation>
    </message>
    <message>
        <source>The 14-digit identification number of your establishment</source>
        <translation>Le numéro d’identification à 14 chiffres de votre établissement</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <source>Address line &amp;1</source>
        <translation>Adresse, ligne &amp;1</translation>
    </message>
    <message>
        <source>Delivery address line 1</source>
        <translation>Adresse de livraison, ligne 1</translation>
    </message>
    <message>
        <source>Street and number of the delivery address</source>
        <translation>Numéro et rue de l’adresse de livraison</translation>
    </message>
    <message>
        <source>Address line &amp;2</source>
        <translation>Adresse, ligne &amp;2</translation>
    </message>
    <message>
        <source>Delivery address line 2</source>
        <translation>Adresse de livraison, ligne 2</translation>
    </message>
    <message>
        <source>Building, floor or other details of the delivery address (optional)</source>
        <translation>Bâtiment, étage ou autres précisions de l’adresse de livraison (facultatif)</translation>
    </message>
    <message>
        <source>P&amp;ostal code</source>
        <translation>C&amp;ode postal</translation>
    </message>
    <message>
        <source>Delivery postal code</source>
        <translation>Code postal de livraison</translation>
    </message>
    <message>
        <source>Postal code of the delivery address</source>
        <translation>Code postal de l’adresse de livraison</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>Delivery city</source>
        <translation>Ville de livraison</translation>
    </message>
    <message>
        <source>City of the delivery address</source>
        <translation>Ville de l’adresse de livraison</translation>
    </message>
    <message>
        <source>Cou&amp;ntry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Delivery country</source>
        <translation>Pays de livraison</translation>
    </message>
    <message>
        <source>Country of the delivery address</source>
        <translation>Pays de l’adresse de livraison</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Same as deli&amp;very address</source>
        <translation>Identique à l’adresse de &amp;livraison</translation>
    </message>
    <message>
        <source>Billing address same as delivery</source>
        <translation>Adresse de facturation identique à la livraison</translation>
    </message>
    <message>
        <source>When checked, invoices use the delivery address</source>
        <translation>Si la case est cochée, les factures utilisent l’adresse de livraison</translation>
    </message>
    <message>
        <source>Billing address line 1</source>
        <translation>Adresse de facturation, ligne 1</translation>
    </message>
    <message>
        <source>Street and number of the billing address</source>
        <translation>Numéro et rue de l’adresse de facturation</translation>
    </message>
    <message>
        <source>Billing address line 2</source>
        <translation>Adresse de facturation, ligne 2</translation>
    </message>
    <message>
        <source>Building, floor or other details of the billing address (optional)</source>
        <translation>Bâtiment, étage ou autres précisions de l’adresse de facturation (facultatif)</translation>
    </message>
    <message>
        <source>Billing postal code</source>
        <translation>Code postal de facturation</translation>
    </message>
    <message>
        <source>Postal code of the billing address</source>
        <translation>Code postal de l’adresse de facturation</translation>
    </message>
    <message>
        <source>Billing city</source>
        <translation>Ville de facturation</translation>
    </message>
    <message>
        <source>City of the billing address</source>
        <translation>Ville de l’adresse de facturation</translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation>Pays de facturation</translation>
    </message>
    <message>
        <source>Country of the billing address</source>
        <translation>Pays de l’adresse de facturation</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Annuler les mo&amp;difications</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Puts back the values saved in Facturos</source>
        <translation>Rétablit les valeurs enregistrées dans Facturos</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Sends your changes to Facturos</source>
        <translation>Envoie vos modifications à Facturos</translation>
    </message>
    <message>
        <source>Review the chan&amp;ges</source>
        <translation>Revoir les modi&amp;fications</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresse, ligne 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresse, ligne 2</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <comment>personal information</comment>
        <translation>Rée&amp;ssayer</translation>
    </message>
    <message>
        <source>Read your personal information again</source>
        <translation>Relire vos informations personnelles</translation>
    </message>
    <message>
        <source>Asks Facturos for your personal information once more</source>
        <translation>Redemande vos informations personnelles à Facturos</translation>
    </message>
</context>
<context>
    <name>PurposeText</name>
    <message>
        <source>Facturos newsletter</source>
        <translation>Lettre d’information Facturos</translation>
    </message>
    <message>
        <source>Product offers</source>
        <translation>Offres produits</translation>
    </message>
    <message>
        <source>Partner offers</source>
        <translation>Offres des partenaires</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Mesure d’audience</translation>
    </message>
    <message>
        <source>Interest-based advertising</source>
        <translation>Publicité basée sur vos intérêts</translation>
    </message>
    <message>
        <source>Social-media features</source>
        <translation>Fonctions de réseaux sociaux</translation>
    </message>
    <message>
        <source>Location services</source>
        <translation>Services de localisation</translation>
    </message>
    <message>
        <source>Sharing with partners</source>
        <translation>Partage avec les partenaires</translation>
    </message>
    <message>
        <source>Do Not Track / GPC request</source>
        <translation>Demande Do Not Track / GPC</translation>
    </message>
    <message>
        <source>Asked</source>
        <comment>Do Not Track request</comment>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Not asked</source>
        <comment>Do Not Track request</comment>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source>Granted</source>
        <comment>consent</comment>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>consent</comment>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Desktop app</source>
        <translation>Application de bureau</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Account closure</source>
        <translation>Fermeture du compte</translation>
    </message>
    <message>
        <source>Imported record</source>
        <translation>Enregistrement importé</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Rechar&amp;ger</translation>
    </message>
    <message>
        <source>Reload the security information</source>
        <translation>Recharger les informations de sécurité</translation>
    </message>
    <message>
        <source>Reads the signed-in devices, the sign-in activity and the administrators with access again</source>
        <translation>Relit les appareils connectés, l’activité de connexion et les administrateurs ayant accès</translation>
    </message>
    <message>
        <source>See where your account is signed in and what happened on it, sign out the devices you don't recognise, and choose who else may see your data.</source>
        <translation>Voyez où votre compte est connecté et ce qui s’y est passé, déconnectez les appareils que vous ne reconnaissez pas et choisissez qui d’autre peut voir vos données.</translation>
    </message>
    <message>
        <source>Working on your security information</source>
        <translation>Traitement de vos informations de sécurité</translation>
    </message>
    <message>
        <source>Facturos is being asked; the page updates when it answers</source>
        <translation>La demande est en cours auprès de Facturos ; la page se met à jour dès sa réponse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Opens the Facturos password change page in your browser</source>
        <translation>Ouvre la page de changement de mot de passe Facturos dans votre navigateur</translation>
    </message>
    <message>
        <source>Security sections</source>
        <translation>Rubriques de sécurité</translation>
    </message>
    <message>
        <source>Signed-in devices, sign-in activity and administrators with access</source>
        <translation>Appareils connectés, activité de connexion et administrateurs ayant accès</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>Appare&amp;ils</translation>
    </message>
    <message>
        <source>The devices and apps signed in to your account. Sign out any you don't recognise. To sign out of this device, use Account › Sign out.</source>
        <translation>Les appareils et applications connectés à votre compte. Déconnectez ceux que vous ne reconnaissez pas. Pour déconnecter cet appareil, utilisez Compte › Se déconnecter.</translation>
    </message>
    <message>
        <source>Signed-in devices</source>
        <translation>Appareils connectés</translation>
    </message>
    <message>
        <source>One row per device signed in to your account; this device is marked</source>
        <translation>Une ligne par appareil connecté à votre compte ; cet appareil est signalé</translation>
    </message>
    <message>
        <source>Only this device is signed in to your account.</source>
        <translation>Seul cet appareil est connecté à votre compte.</translation>
    </message>
    <message>
        <source>&amp;Sign out…</source>
        <translation>&amp;Déconnecter…</translation>
    </message>
    <message>
        <source>Sign out the selected device</source>
        <translation>Déconnecter l’appareil sélectionné</translation>
    </message>
    <message>
        <source>Signs the selected device out of your account after you confirm; not available for this device</source>
        <translation>Déconnecte de votre compte l’appareil sélectionné, après confirmation ; impossible pour cet appareil</translation>
    </message>
    <message>
        <source>Sign out all &amp;other sessions…</source>
        <translation>Déconnecter &amp;toutes les autres sessions…</translation>
    </message>
    <message>
        <source>Sign out all other sessions</source>
        <translation>Déconnecter toutes les autres sessions</translation>
    </message>
    <message>
        <source>Signs every device except this one out of your account after you confirm</source>
        <translation>Déconnecte de votre compte tous les appareils sauf celui-ci, après confirmation</translation>
    </message>
    <message>
        <source>Sign-in a&amp;ctivity</source>
        <translation>Activité de co&amp;nnexion</translation>
    </message>
    <message>
        <source>Sign-ins and changes to your account, newest first. Places are approximate, worked out from the network address. If something was not you, select it and choose “This wasn't me”.</source>
        <translation>Les connexions et les modifications de votre compte, les plus récentes d’abord. Les lieux sont approximatifs, déduits de l’adresse réseau. Si quelque chose ne vient pas de vous, sélectionnez-le et choisissez « Ce n’était pas moi ».</translation>
    </message>
    <message>
        <source>Sign-in activity</source>
        <translation>Activité de connexion</translation>
    </message>
    <message>
        <source>Sign-ins and changes to your account, newest first; older entries load as you scroll</source>
        <translation>Les connexions et les modifications de votre compte, les plus récentes d’abord ; les plus anciennes se chargent quand vous faites défiler</translation>
    </message>
    <message>
        <source>No activity recorded yet. Sign-ins and changes to your account will appear here.</source>
        <translation>Aucune activité enregistrée pour l’instant. Les connexions et les modifications de votre compte apparaîtront ici.</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Load the sign-in activity again</source>
        <translation>Recharger l’activité de connexion</translation>
    </message>
    <message>
        <source>Asks Facturos again for the activity that could not be read</source>
        <translation>Redemande à Facturos l’activité qui n’a pas pu être lue</translation>
    </message>
    <message>
        <source>This &amp;wasn't me…</source>
        <translation>Ce n’était pas &amp;moi…</translation>
    </message>
    <message>
        <source>This wasn't me</source>
        <translation>Ce n’était pas moi</translation>
    </message>
    <message>
        <source>For the selected activity: signs out every other session and opens the password change page in your browser, after you confirm</source>
        <translation>Pour l’activité sélectionnée : déconnecte toutes les autres sessions et ouvre la page de changement de mot de passe dans votre navigateur, après confirmation</translation>
    </message>
    <message>
        <source>Loading more activity</source>
        <translation>Chargement de la suite de l’activité</translation>
    </message>
    <message>
        <source>Older activity is being read from Facturos</source>
        <translation>L’activité plus ancienne est en cours de lecture depuis Facturos</translation>
    </message>
    <message>
        <source>Ad&amp;ministrators</source>
        <translation>Administrat&amp;eurs</translation>
    </message>
    <message>
        <source>People outside your account who can see or change your data, such as your accountant or Facturos support. Revoke any access you no longer want.</source>
        <translation>Les personnes extérieures à votre compte qui peuvent voir ou modifier vos données, comme votre expert-comptable ou le support Facturos. Révoquez tout accès dont vous ne voulez plus.</translation>
    </message>
    <message>
        <source>Administrators with access</source>
        <translation>Administrateurs ayant accès</translation>
    </message>
    <message>
        <source>One row per administrator who can see or change your data</source>
        <translation>Une ligne par administrateur qui peut voir ou modifier vos données</translation>
    </message>
    <message>
        <source>Nobody else has access to your data. If you give access to your accountant or to Facturos support, it is listed here and you can revoke it.</source>
        <translation>Personne d’autre n’a accès à vos données. Si vous donnez accès à votre expert-comptable ou au support Facturos, cet accès figurera ici et vous pourrez le révoquer.</translation>
    </message>
    <message>
        <source>Re&amp;voke access…</source>
        <translation>Ré&amp;voquer l’accès…</translation>
    </message>
    <message>
        <source>Revoke the selected administrator's access</source>
        <translation>Révoquer l’accès de l’administrateur sélectionné</translation>
    </message>
    <message>
        <source>The selected administrator will no longer see or change your data, after you confirm</source>
        <translation>L’administrateur sélectionné ne pourra plus voir ni modifier vos données, après confirmation</translation>
    </message>
</context>
<context>
    <name>SecurityTables</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is a browser or app ("Firefox 145"), %2 a system or device ("Windows", "iPhone").</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Appareil inconnu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a device ("Firefox 145 on Windows"), %2 an approximate place ("Lyon, France").</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Sign-in succeeded</source>
        <translation>Connexion réussie</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Another device signed out</source>
        <translation>Autre appareil déconnecté</translation>
    </message>
    <message>
        <source>Administrator access revoked</source>
        <translation>Accès d’administrateur révoqué</translation>
    </message>
    <message>
        <source>Personal information changed</source>
        <translation>Informations personnelles modifiées</translation>
    </message>
    <message>
        <source>E-mail address change requested</source>
        <translation>Changement d’adresse e-mail demandé</translation>
    </message>
    <message>
        <source>Choices changed</source>
        <translation>Choix modifiés</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Other change to your account</source>
        <translation>Autre modification de votre compte</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Expert-comptable</translation>
    </message>
    <message>
        <source>Facturos support</source>
        <translation>Support Facturos</translation>
    </message>
    <message>
        <source>See and change your data</source>
        <translation>Voir et modifier vos données</translation>
    </message>
    <message>
        <source>See your data</source>
        <translation>Voir vos données</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>This device: %1</source>
        <extracomment>%1 is a device ("Firefox 145 on Windows").</extracomment>
        <translation>Cet appareil : %1</translation>
    </message>
    <message>
        <source>%1
IP address: %2</source>
        <extracomment>%1 is a device ("Firefox 145 on Windows"), %2 a network address.</extracomment>
        <translation>%1
Adresse IP : %2</translation>
    </message>
    <message>
        <source>Approximate place</source>
        <translation>Lieu approximatif</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté le</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>A wrong password was entered for your account.</source>
        <translation>Un mauvais mot de passe a été saisi pour votre compte.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>What they can do</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Dernier accès</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Facturos logo</source>
        <translation>Logo Facturos</translation>
    </message>
    <message>
        <source>Facturos Account</source>
        <translation>Compte Facturos</translation>
    </message>
    <message>
        <source>Your personal information, privacy choices and connected mailboxes for Facturos, in one place.</source>
        <translation>Vos informations personnelles, vos choix de confidentialité et vos boîtes mail connectées à Facturos, au même endroit.</translation>
    </message>
    <message>
        <source>&amp;Sign in with Facturos</source>
        <translation>&amp;Se connecter avec Facturos</translation>
    </message>
    <message>
        <source>Sign in with Facturos</source>
        <translation>Se connecter avec Facturos</translation>
    </message>
    <message>
        <source>Opens your web browser on the Facturos sign-in page</source>
        <translation>Ouvre votre navigateur sur la page de connexion Facturos</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Try again to read the saved sign-in</source>
        <translation>Relire la connexion enregistrée</translation>
    </message>
    <message>
        <source>Reads your saved sign-in from the keyring again after you unlocked it</source>
        <translation>Relit votre connexion enregistrée dans le trousseau une fois celui-ci déverrouillé</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>En attente du navigateur</translation>
    </message>
    <message>
        <source>The sign-in continues in your web browser</source>
        <translation>La connexion se poursuit dans votre navigateur</translation>
    </message>
    <message>
        <source>C&amp;opy the sign-in link</source>
        <translation>C&amp;opier le lien de connexion</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>Copier le lien de connexion</translation>
    </message>
    <message>
        <source>Copies the address of the sign-in page, to paste it into a browser yourself</source>
        <translation>Copie l’adresse de la page de connexion, pour la coller vous-même dans un navigateur</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Stops waiting for the browser</source>
        <translation>Arrête d’attendre le navigateur</translation>
    </message>
    <message>
        <source>Signing you in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Signing you in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Your saved sign-in is being checked</source>
        <translation>Votre connexion enregistrée est en cours de vérification</translation>
    </message>
</context>
<context>
    <name>SupportSnapshotCommand</name>
    <message>
        <source>No one is signed in to %1 with this profile. Open Facturos Account, sign in, close it, then run this again.</source>
        <translation>Personne n’est connecté à %1 avec ce profil. Ouvrez Compte Facturos, connectez-vous, fermez-le, puis relancez cette commande.</translation>
    </message>
    <message>
        <source>The snapshot could not be written to %1: %2.</source>
        <extracomment>%1 is the file, %2 the system's reason.</extracomment>
        <translation>L’instantané n’a pas pu être écrit dans %1 : %2.</translation>
    </message>
    <message>
        <source>No support snapshot: %1</source>
        <translation>Pas d’instantané pour l’assistance : %1</translation>
    </message>
    <message>
        <source>Support snapshot written to %1. Read it, then give it to Facturos support.</source>
        <translation>Instantané pour l’assistance écrit dans %1. Relisez-le, puis transmettez-le à l’assistance Facturos.</translation>
    </message>
</context>
<context>
    <name>facturos::pages::ChoiceSwitches</name>
    <message>
        <source>Undoing…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>facturos::pages::ClosePage</name>
    <message>
        <source>Your profile: name, username, e-mail address, phone number, company name and SIRET, delivery and billing addresses, and your password.</source>
        <translation>Votre profil : nom, identifiant, adresse e-mail, téléphone, raison sociale et SIRET, adresses de livraison et de facturation, et votre mot de passe.</translation>
    </message>
    <message>
        <source>Your communication, cookie and tracking choices, and their history.</source>
        <translation>Vos choix de communication, de cookies et de suivi, et leur historique.</translation>
    </message>
    <message>
        <source>Your connected mailboxes and the passwords or access that let Facturos use them; Gmail access is also withdrawn at Google.</source>
        <translation>Vos boîtes mail reliées et les mots de passe ou accès qui permettent à Facturos de les utiliser ; l’accès Gmail est aussi retiré chez Google.</translation>
    </message>
    <message>
        <source>Your sessions and sign-in activity: every device is signed out.</source>
        <translation>Vos sessions et votre activité de connexion : chaque appareil est déconnecté.</translation>
    </message>
    <message>
        <source>Access you gave to administrators, support chat transcripts, survey answers and location data.</source>
        <translation>Les accès donnés à des administrateurs, les transcriptions du chat d’assistance, les réponses aux enquêtes et les données de localisation.</translation>
    </message>
    <message>
        <source>Anything else linked to you, such as an e-mail change waiting for verification.</source>
        <translation>Tout ce qui est encore lié à vous, comme un changement d’adresse e-mail en attente de vérification.</translation>
    </message>
    <message>
        <source>The invoices and credit notes of your Facturos subscription (reference, date and amount), for 10 years from the end of the financial year, because the French Commercial Code requires it (article L123-22). They are kept apart from you: without your name, your e-mail address or any link to your account.</source>
        <translation>Les factures et avoirs de votre abonnement Facturos (numéro, date et montant), pendant 10 ans à compter de la clôture de l’exercice, car le Code de commerce l’impose (article L123-22). Ils sont conservés à part : sans votre nom, votre adresse e-mail ni aucun lien avec votre compte.</translation>
    </message>
    <message>
        <source>Nothing else. No contact details are kept, so no marketing can reach you after the deletion, whatever you choose below.</source>
        <translation>Rien d’autre. Aucune coordonnée n’est conservée : aucun message marketing ne peut donc vous parvenir après la suppression, quel que soit votre choix ci-dessous.</translation>
    </message>
    <message>
        <source>When the 30 days are over, everything Facturos holds about you is deleted for good:</source>
        <translation>Au bout des 30 jours, tout ce que Facturos détient sur vous est supprimé définitivement :</translation>
    </message>
    <message>
        <source>Nothing is deleted at once. Your account is deleted 30 days after you confirm; until then it works as usual and you can cancel the closure from this page. Signing in again does not cancel it: only Cancel closure does. Once the 30 days are over, the deletion cannot be undone.</source>
        <translation>Rien n’est supprimé tout de suite. Votre compte est supprimé 30 jours après votre confirmation ; d’ici là, il fonctionne normalement et vous pouvez annuler la fermeture depuis cette page. Vous reconnecter ne l’annule pas : seul le bouton Annuler la fermeture le fait. Une fois les 30 jours écoulés, la suppression est irréversible.</translation>
    </message>
    <message>
        <source>Once your account is deleted, we can no longer give you a copy of your data. Save it now: one file with everything Facturos holds about you, readable by other services.</source>
        <translation>Une fois votre compte supprimé, nous ne pourrons plus vous donner une copie de vos données. Enregistrez-la maintenant : un seul fichier avec tout ce que Facturos détient sur vous, lisible par d’autres services.</translation>
    </message>
    <message>
        <source>Turns off the newsletter, product and partner offers and surveys today. Untick it to keep your current choices until the deletion; after it, nothing is sent either way.</source>
        <translation>Désactive dès aujourd’hui la lettre d’information, les offres produits et partenaires et les enquêtes. Décochez la case pour garder vos choix actuels jusqu’à la suppression ; après, plus rien n’est envoyé dans tous les cas.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <comment>e-mail placeholder</comment>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>For example: I stopped my business</source>
        <translation>Par exemple : j’ai cessé mon activité</translation>
    </message>
    <message>
        <source>Cancelling the closure…</source>
        <translation>Annulation de la fermeture…</translation>
    </message>
    <message>
        <source>Scheduling the closure…</source>
        <translation>Programmation de la fermeture…</translation>
    </message>
    <message>
        <source>Your account is scheduled for closure. Here is what happens until then, and how to keep it.</source>
        <translation>La fermeture de votre compte est programmée. Voici ce qui se passe d’ici là, et comment le garder.</translation>
    </message>
    <message>
        <source>Close your Facturos account and have your personal data deleted. Read what goes and what stays first: you have 30 days to change your mind.</source>
        <translation>Fermez votre compte Facturos et faites supprimer vos données personnelles. Lisez d’abord ce qui disparaît et ce qui reste : vous aurez 30 jours pour changer d’avis.</translation>
    </message>
    <message>
        <source>Type your &amp;e-mail address to confirm</source>
        <translation>Saisissez votre adresse &amp;e-mail pour confirmer</translation>
    </message>
    <message>
        <source>Type your &amp;e-mail address (%1) to confirm</source>
        <extracomment>%1 is the account's e-mail address, which the user types below.</extracomment>
        <translation>Saisissez votre adresse &amp;e-mail (%1) pour confirmer</translation>
    </message>
    <message>
        <source>A page opened in your browser asks for your password again, to make sure it is you. Enter it there; this page goes on by itself.</source>
        <translation>Une page ouverte dans votre navigateur vous redemande votre mot de passe, pour s’assurer qu’il s’agit bien de vous. Saisissez-le là-bas ; cette page continue toute seule.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link into your browser: the page asks for your password again, to make sure it is you. This page goes on by itself.</source>
        <translation>Aucun navigateur n’a pu être ouvert. Copiez le lien dans votre navigateur : la page vous redemande votre mot de passe, pour s’assurer qu’il s’agit bien de vous. Cette page continue toute seule.</translation>
    </message>
    <message>
        <source>Your account will be deleted on %1.</source>
        <extracomment>%1 is the date of the deletion; a sentence counting the days left follows.</extracomment>
        <translation>Votre compte sera supprimé le %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to change your mind.</source>
        <translation><numerusform>Il vous reste %n jour pour changer d’avis.</numerusform><numerusform>Il vous reste %n jours pour changer d’avis.</numerusform></translation>
    </message>
    <message>
        <source>Marketing messages were stopped on %1.</source>
        <extracomment>%1 is the date on which the user asked for the closure.</extracomment>
        <translation>Les messages marketing ont été arrêtés le %1.</translation>
    </message>
    <message>
        <source>Your marketing choices were left as they were; you can change them in Communications.</source>
        <translation>Vos choix marketing sont restés tels quels ; vous pouvez les modifier dans Communications.</translation>
    </message>
    <message>
        <source>Your account works as usual: you can sign in, use Facturos, keep your mailboxes connected and download your data.</source>
        <translation>Votre compte fonctionne normalement : vous pouvez vous connecter, utiliser Facturos, garder vos boîtes mail reliées et télécharger vos données.</translation>
    </message>
    <message>
        <source>Signing in again does not cancel the closure. To keep your account, choose Cancel closure.</source>
        <translation>Vous reconnecter n’annule pas la fermeture. Pour garder votre compte, choisissez Annuler la fermeture.</translation>
    </message>
    <message>
        <source>On %1, your personal data is deleted for good and every device is signed out; only the invoices the law requires are kept, without your name.</source>
        <extracomment>%1 is the date of the deletion.</extracomment>
        <translation>Le %1, vos données personnelles sont supprimées définitivement et chaque appareil est déconnecté ; seules les factures exigées par la loi sont conservées, sans votre nom.</translation>
    </message>
    <message>
        <source>Close your account?</source>
        <translation>Fermer votre compte ?</translation>
    </message>
    <message>
        <source>Your account will be deleted on %1. Until then you can cancel from the Close account page; after that date, your personal data is gone for good.</source>
        <extracomment>%1 is the date of the deletion, 30 days from today.</extracomment>
        <translation>Votre compte sera supprimé le %1. D’ici là, vous pouvez annuler depuis la page Fermer le compte ; après cette date, vos données personnelles auront disparu définitivement.</translation>
    </message>
    <message>
        <source>Deleted: your profile, choices, mailboxes and their access, sessions and activity.</source>
        <translation>Supprimés : votre profil, vos choix, vos boîtes mail et leurs accès, vos sessions et votre activité.</translation>
    </message>
    <message>
        <source>Kept for 10 years as the law requires: your subscription's invoices, without your name.</source>
        <translation>Conservées 10 ans comme la loi l’impose : les factures de votre abonnement, sans votre nom.</translation>
    </message>
    <message>
        <source>Close my account</source>
        <translation>Fermer mon compte</translation>
    </message>
    <message>
        <source>Link copied. Paste it into your browser's address bar.</source>
        <translation>Lien copié. Collez-le dans la barre d’adresse de votre navigateur.</translation>
    </message>
    <message>
        <source>Closure cancelled: your account stays open and nothing will be deleted.</source>
        <translation>Fermeture annulée : votre compte reste ouvert et rien ne sera supprimé.</translation>
    </message>
    <message>
        <source>Marketing stays off; you can turn it back on in Communications.</source>
        <translation>Le marketing reste désactivé ; vous pouvez le réactiver dans Communications.</translation>
    </message>
    <message>
        <source>The closure had already been cancelled, on another device or in your browser: your account stays open and nothing will be deleted.</source>
        <translation>La fermeture avait déjà été annulée, sur un autre appareil ou dans votre navigateur : votre compte reste ouvert et rien ne sera supprimé.</translation>
    </message>
</context>
<context>
    <name>facturos::pages::CommunicationsPage</name>
    <message>
        <source>Always on: messages about your account, security, invoices and legal changes are needed to provide the service, so they cannot be turned off.</source>
        <translation>Toujours activés : les messages sur votre compte, la sécurité, les factures et les changements légaux sont nécessaires pour fournir le service ; ils ne peuvent donc pas être désactivés.</translation>
    </message>
</context>
<context>
    <name>facturos::pages::ConflictDialog</name>
    <message>
        <source>same as delivery</source>
        <translation>identique à la livraison</translation>
    </message>
    <message>
        <source>a separate address</source>
        <translation>une adresse distincte</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>SIRET number</source>
        <translation>Numéro SIRET</translation>
    </message>
    <message>
        <source>Delivery address line 1</source>
        <translation>Adresse de livraison, ligne 1</translation>
    </message>
    <message>
        <source>Delivery address line 2</source>
        <translation>Adresse de livraison, ligne 2</translation>
    </message>
    <message>
        <source>Delivery postal code</source>
        <translation>Code postal de livraison</translation>
    </message>
    <message>
        <source>Delivery city</source>
        <translation>Ville de livraison</translation>
    </message>
    <message>
        <source>Delivery country</source>
        <translation>Pays de livraison</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Billing address line 1</source>
        <translation>Adresse de facturation, ligne 1</translation>
    </message>
    <message>
        <source>Billing address line 2</source>
        <translation>Adresse de facturation, ligne 2</translation>
    </message>
    <message>
        <source>Billing postal code</source>
        <translation>Code postal de facturation</translation>
    </message>
    <message>
        <source>Billing city</source>
        <translation>Ville de facturation</translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation>Pays de facturation</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <source>Changes made elsewhere</source>
        <translation>Modifications faites ailleurs</translation>
    </message>
    <message>
        <source>For each field, choose between your value and the one now saved in Facturos</source>
        <translation>Pour chaque champ, choisissez entre votre valeur et celle maintenant enregistrée dans Facturos</translation>
    </message>
    <message>
        <source>While you were editing, these fields were changed elsewhere (on another device or by someone else). Choose, for each one, which value to keep.</source>
        <translation>Pendant que vous modifiiez, ces champs ont été changés ailleurs (sur un autre appareil ou par quelqu’un d’autre). Choisissez, pour chacun, la valeur à garder.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Champ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre valeur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Value in Facturos now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valeur actuelle dans Facturos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Keep your value for %1</source>
        <extracomment>%1 is a field name such as "Phone number".</extracomment>
        <translation>Garder votre valeur pour %1</translation>
    </message>
    <message>
        <source>Saves the value you entered: %1</source>
        <translation>Enregistre la valeur que vous avez saisie : %1</translation>
    </message>
    <message>
        <source>Take the value in Facturos for %1</source>
        <translation>Prendre la valeur de Facturos pour %1</translation>
    </message>
    <message>
        <source>Keeps the value saved elsewhere: %1</source>
        <translation>Garde la valeur enregistrée ailleurs : %1</translation>
    </message>
    <message>
        <source>&amp;Apply and save</source>
        <translation>&amp;Appliquer et enregistrer</translation>
    </message>
    <message>
        <source>Apply the choices and save</source>
        <translation>Appliquer les choix et enregistrer</translation>
    </message>
    <message>
        <source>Saves your profile with the value chosen for each field</source>
        <translation>Enregistre votre profil avec la valeur choisie pour chaque champ</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Closes this window; your changes stay unsaved on the page</source>
        <translation>Ferme cette fenêtre ; vos modifications restent non enregistrées sur la page</translation>
    </message>
</context>
<context>
    <name>facturos::pages::ConnectionBanner</name>
    <message>
        <source>Trying again now…</source>
        <translation>Nouvelle tentative en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation><numerusform>Nouvelle tentative dans %n seconde.</numerusform><numerusform>Nouvelle tentative dans %n secondes.</numerusform></translation>
    </message>
</context>
<context>
    <name>facturos::pages::CookiesPage</name>
    <message>
        <source>Always on: these cookies sign you in, keep your session secure and remember the choices on this page, so the service cannot work without them. They are not used for tracking.</source>
        <translation>Toujours activés : ces cookies vous connectent, protègent votre session et retiennent les choix de cette page ; le service ne peut pas fonctionner sans eux. Ils ne servent pas au suivi.</translation>
    </message>
</context>
<context>
    <name>facturos::pages::DataPage</name>
    <message>
        <source>Your consent history could not be read. %1</source>
        <translation>Votre historique des consentements n’a pas pu être lu. %1</translation>
    </message>
    <message>
        <source>Download all my data</source>
        <translation>Télécharger toutes mes données</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Downloading… %1 of %2</source>
        <extracomment>%1 and %2 are sizes ("1.2 MB").</extracomment>
        <translation>Téléchargement… %1 sur %2</translation>
    </message>
    <message>
        <source>Downloading… %1 received</source>
        <extracomment>%1 is a size ("1.2 MB").</extracomment>
        <translation>Téléchargement… %1 reçus</translation>
    </message>
    <message>
        <source>Your data was saved to %1.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Vos données ont été enregistrées dans %1.</translation>
    </message>
    <message>
        <source>Download cancelled. No file was written.</source>
        <translation>Téléchargement annulé. Aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Your data could not be downloaded, so no file was written. %1</source>
        <extracomment>%1 is the reason, a whole sentence.</extracomment>
        <translation>Vos données n’ont pas pu être téléchargées, aucun fichier n’a donc été écrit. %1</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <extracomment>%1 is a folder.</extracomment>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>The folder could not be opened. Your file is in %1.</source>
        <translation>Le dossier n’a pas pu être ouvert. Votre fichier se trouve dans %1.</translation>
    </message>
    <message>
        <source>Your data sections</source>
        <translation>Rubriques de Vos données</translation>
    </message>
</context>
<context>
    <name>facturos::pages::DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>What the app checked about its connection, sign-in and keyring</source>
        <translation>Ce que l’application a vérifié de sa connexion, de votre identification et du trousseau</translation>
    </message>
    <message>
        <source>What the app checked. Copy this report into your message to support: it holds no password, token or e-mail address.</source>
        <translation>Ce que l’application a vérifié. Copiez ce rapport dans votre message au support : il ne contient ni mot de passe, ni jeton, ni adresse e-mail.</translation>
    </message>
    <message>
        <source>Diagnostics report</source>
        <translation>Rapport de diagnostic</translation>
    </message>
    <message>
        <source>One line per check, as it will be copied</source>
        <translation>Une ligne par vérification, telle qu’elle sera copiée</translation>
    </message>
    <message>
        <source>Copy the diagnostics report</source>
        <translation>Copier le rapport de diagnostic</translation>
    </message>
    <message>
        <source>Puts the whole report on the clipboard, to paste into a message</source>
        <translation>Place tout le rapport dans le presse-papiers, pour le coller dans un message</translation>
    </message>
    <message>
        <source>Close the diagnostics</source>
        <translation>Fermer le diagnostic</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <comment>diagnostics report</comment>
        <extracomment>Copies the diagnostics report to the clipboard.</extracomment>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>facturos::pages::ImapDialog</name>
    <message>
        <source>SSL/TLS (implicit TLS)</source>
        <translation>SSL/TLS (TLS implicite)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Connect this mailbox</source>
        <translation>Connecter cette boîte mail</translation>
    </message>
    <message>
        <source>Checks the login with the mail server, then saves the mailbox</source>
        <translation>Vérifie les identifiants auprès du serveur de messagerie, puis enregistre la boîte mail</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel adding the mailbox</source>
        <translation>Annuler l’ajout de la boîte mail</translation>
    </message>
    <message>
        <source>Closes this window; nothing more is sent</source>
        <translation>Ferme cette fenêtre ; rien de plus n’est envoyé</translation>
    </message>
    <message>
        <source>Reconnect a mailbox</source>
        <translation>Reconnecter une boîte mail</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation>Reconnecter %1</translation>
    </message>
    <message>
        <source>Cancel reconnecting the mailbox</source>
        <translation>Annuler la reconnexion de la boîte mail</translation>
    </message>
    <message>
        <source>Closes this window; the saved login stays as it is</source>
        <translation>Ferme cette fenêtre ; les identifiants enregistrés restent tels quels</translation>
    </message>
    <message>
        <source>The saved login of %1 no longer works. Type its current password (and correct the settings if they changed). Facturos checks the new login with the mail server and replaces the saved one only if it works.</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation>Les identifiants enregistrés de %1 ne fonctionnent plus. Saisissez son mot de passe actuel (et corrigez les paramètres s’ils ont changé). Facturos vérifie les nouveaux identifiants auprès du serveur de messagerie et ne remplace les anciens que s’ils fonctionnent.</translation>
    </message>
    <message>
        <source>For a Gmail address, “Connect Gmail” is simpler: there is no password to type. By IMAP, Google asks for an app password.</source>
        <translation>Pour une adresse Gmail, « Connecter Gmail » est plus simple : aucun mot de passe à saisir. En IMAP, Google demande un mot de passe d’application.</translation>
    </message>
    <message>
        <source>The server is guessed from the address. If the connection fails, look up your provider's IMAP settings.</source>
        <translation>Le serveur est deviné d’après l’adresse. Si la connexion échoue, consultez les paramètres IMAP de votre fournisseur.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.fr.</source>
        <translation>Saisissez une adresse e-mail comme nom@exemple.fr.</translation>
    </message>
    <message>
        <source>Enter a server name such as imap.example.fr.</source>
        <translation>Saisissez un nom de serveur comme imap.exemple.fr.</translation>
    </message>
    <message>
        <source>Another change to your mailboxes is in progress. Try again in a moment.</source>
        <translation>Une autre modification de vos boîtes mail est en cours. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Checking the login with %1…</source>
        <extracomment>%1 is a server name such as imap.example.fr.</extracomment>
        <translation>Vérification des identifiants auprès de %1…</translation>
    </message>
</context>
<context>
    <name>facturos::pages::MailboxCard</name>
    <message>
        <source>Connected</source>
        <translation>Connectée</translation>
    </message>
    <message>
        <source>Needs reconnection</source>
        <translation>À reconnecter</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation>Déconnexion en cours</translation>
    </message>
    <message>
        <source>Unknown state</source>
        <translation>État inconnu</translation>
    </message>
    <message>
        <source>Disconnected. Google has not yet confirmed that the access of Facturos is revoked; Facturos keeps asking and removes this mailbox from the list once Google confirms.</source>
        <translation>Déconnectée. Google n’a pas encore confirmé la révocation de l’accès de Facturos ; Facturos continue de le demander et retire cette boîte mail de la liste dès que Google confirme.</translation>
    </message>
    <message>
        <source>Google no longer accepts the access given to Facturos. Reconnect to grant it again.</source>
        <translation>Google n’accepte plus l’accès donné à Facturos. Reconnectez-la pour l’accorder de nouveau.</translation>
    </message>
    <message>
        <source>The password was refused by the mail server. Reconnect with the current password.</source>
        <translation>Le mot de passe a été refusé par le serveur de messagerie. Reconnectez-la avec le mot de passe actuel.</translation>
    </message>
    <message>
        <source>The access given to Facturos was withdrawn or has expired. Reconnect to grant it again.</source>
        <translation>L’accès donné à Facturos a été retiré ou a expiré. Reconnectez-la pour l’accorder de nouveau.</translation>
    </message>
    <message>
        <source>The mail server can no longer be found. Reconnect with the current server settings.</source>
        <translation>Le serveur de messagerie est introuvable. Reconnectez-la avec les paramètres actuels du serveur.</translation>
    </message>
    <message>
        <source>The mail server refused the connection. Reconnect with the current server settings.</source>
        <translation>Le serveur de messagerie a refusé la connexion. Reconnectez-la avec les paramètres actuels du serveur.</translation>
    </message>
    <message>
        <source>The secure connection to the mail server failed, so Facturos stopped using it. Reconnect with the current server settings.</source>
        <translation>La connexion sécurisée au serveur de messagerie a échoué, Facturos a donc cessé de l’utiliser. Reconnectez-la avec les paramètres actuels du serveur.</translation>
    </message>
    <message>
        <source>The mail server stopped answering. Reconnect when it works again.</source>
        <translation>Le serveur de messagerie ne répond plus. Reconnectez-la quand il fonctionnera de nouveau.</translation>
    </message>
    <message>
        <source>Facturos can no longer use this mailbox. Reconnect it to continue.</source>
        <translation>Facturos ne peut plus utiliser cette boîte mail. Reconnectez-la pour continuer.</translation>
    </message>
    <message>
        <source>Gmail · full access to this mailbox (%1)</source>
        <extracomment>%1 is the OAuth scope, https://mail.google.com/</extracomment>
        <translation>Gmail · accès complet à cette boîte mail (%1)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>IMAP · %1, port %2, %3</source>
        <extracomment>%1 is a server name, %2 a port number, %3 "SSL/TLS" or "STARTTLS".</extracomment>
        <translation>IMAP · %1, port %2, %3</translation>
    </message>
    <message>
        <source>Connected on %1 · last used on %2</source>
        <extracomment>%1 and %2 are dates.</extracomment>
        <translation>Connectée le %1 · dernière utilisation le %2</translation>
    </message>
    <message>
        <source>Connected on %1 · not used yet</source>
        <translation>Connectée le %1 · pas encore utilisée</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation>Reconnecter %1</translation>
    </message>
    <message>
        <source>Opens Google in your browser to grant Facturos access to this mailbox again</source>
        <translation>Ouvre Google dans votre navigateur pour accorder de nouveau à Facturos l’accès à cette boîte mail</translation>
    </message>
    <message>
        <source>Opens the settings of this mailbox, so you can type its current password</source>
        <translation>Ouvre les paramètres de cette boîte mail, pour que vous saisissiez son mot de passe actuel</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation>Déconnecter %1</translation>
    </message>
    <message>
        <source>Asks for confirmation, then deletes the access of Facturos to this mailbox</source>
        <translation>Demande confirmation, puis supprime l’accès de Facturos à cette boîte mail</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Reconnecter…</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Déconnecter…</translation>
    </message>
</context>
<context>
    <name>facturos::pages::MailboxesPage</name>
    <message>
        <source>Google will ask you to give Facturos full access to the mailbox: the scope %1 allows reading, sending and deleting all its e-mail. Facturos uses it only to send your invoices. The Facturos server keeps only the access token Google gives it, encrypted, never your Google password. You can disconnect at any time.</source>
        <extracomment>%1 is the OAuth scope, https://mail.google.com/</extracomment>
        <translation>Google vous demandera de donner à Facturos un accès complet à la boîte mail : la portée %1 permet de lire, d’envoyer et de supprimer tous ses messages. Facturos ne s’en sert que pour envoyer vos factures. Le serveur Facturos ne garde que le jeton d’accès fourni par Google, chiffré, jamais votre mot de passe Google. Vous pouvez vous déconnecter à tout moment.</translation>
    </message>
    <message>
        <source>%1 is connected. Facturos can now send your invoices from it.</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation>%1 est connectée. Facturos peut désormais envoyer vos factures depuis cette adresse.</translation>
    </message>
    <message>
        <source>Google did not confirm the connection in time, so nothing was connected. If you allowed access, choose Refresh; otherwise connect Gmail again.</source>
        <translation>Google n’a pas confirmé la connexion à temps, donc rien n’a été connecté. Si vous avez autorisé l’accès, choisissez Actualiser ; sinon, connectez Gmail à nouveau.</translation>
    </message>
    <message>
        <source>%1 is connected: the mail server accepted the login.</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation>%1 est connectée : le serveur de messagerie a accepté les identifiants.</translation>
    </message>
    <message>
        <source>%1 is disconnected: its access was deleted and Facturos no longer uses it.</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation>%1 est déconnectée : son accès a été supprimé et Facturos ne l’utilise plus.</translation>
    </message>
    <message>
        <source>The mailbox could not be connected. %1</source>
        <extracomment>%1 is the mail server's reason, a sentence.</extracomment>
        <translation>La boîte mail n’a pas pu être connectée. %1</translation>
    </message>
    <message>
        <source>Link copied. Paste it in your browser's address bar, then allow access.</source>
        <translation>Lien copié. Collez-le dans la barre d’adresse de votre navigateur, puis autorisez l’accès.</translation>
    </message>
    <message>
        <source>Stopped waiting for Google. If you had already allowed access, the mailbox appears when you choose Refresh.</source>
        <translation>Facturos n’attend plus Google. Si vous aviez déjà autorisé l’accès, la boîte mail apparaît quand vous choisissez Actualiser.</translation>
    </message>
    <message>
        <source>The mailbox</source>
        <translation>La boîte mail</translation>
    </message>
    <message>
        <source>Preparing the Google page…</source>
        <translation>Préparation de la page Google…</translation>
    </message>
    <message>
        <source>Finish in your browser: choose the Gmail account and allow access. This page updates by itself once Google confirms. If no browser window opened, copy the link and paste it in your browser.</source>
        <translation>Terminez dans votre navigateur : choisissez le compte Gmail et autorisez l’accès. Cette page se met à jour d’elle-même dès que Google confirme. Si aucune fenêtre de navigateur ne s’est ouverte, copiez le lien et collez-le dans votre navigateur.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Copy the link, paste it in your browser's address bar and allow access there. This page updates by itself once Google confirms.</source>
        <translation>Le navigateur n’a pas pu être ouvert. Copiez le lien, collez-le dans la barre d’adresse de votre navigateur et autorisez-y l’accès. Cette page se met à jour d’elle-même dès que Google confirme.</translation>
    </message>
    <message>
        <source>Another change to your mailboxes is in progress. Try again in a moment.</source>
        <translation>Une autre modification de vos boîtes mail est en cours. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation>Déconnecter %1 ?</translation>
    </message>
    <message>
        <source>Facturos will stop using %1: it will no longer read it or send invoices from it.</source>
        <translation>Facturos cessera d’utiliser %1 : il ne la lira plus et n’enverra plus de factures depuis cette adresse.</translation>
    </message>
    <message>
        <source>Deleted: the access token Google gave Facturos for this mailbox. It is also revoked at Google, so the access ends there too. Your e-mails stay in your mailbox.</source>
        <translation>Supprimé : le jeton d’accès que Google a donné à Facturos pour cette boîte mail. Il est aussi révoqué chez Google, l’accès y prend donc fin également. Vos messages restent dans votre boîte mail.</translation>
    </message>
    <message>
        <source>Deleted: the saved login of this mailbox (server settings, user name and encrypted password). Your e-mails stay in your mailbox.</source>
        <translation>Supprimés : les identifiants enregistrés de cette boîte mail (paramètres du serveur, nom d’utilisateur et mot de passe chiffré). Vos messages restent dans votre boîte mail.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
</context>
<context>
    <name>facturos::pages::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Informations personnelles</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Cookies &amp; tracking</source>
        <translation>Cookies et suivi</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Boîtes mail</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Close account</source>
        <translation>Fermer le compte</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <extracomment>The account menu's title once the account is read; %1 is the user's name. Keep the menu's Alt key.</extracomment>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation>Déclaration de confidentialité</translation>
    </message>
    <message>
        <source>The browser did not open. The privacy statement is at %1</source>
        <translation>Le navigateur ne s’est pas ouvert. La déclaration de confidentialité se trouve à l’adresse %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&lt;p&gt;For any question about your data or your account, write to us:&lt;/p&gt;&lt;p&gt;&lt;b&gt;E-mail:&lt;/b&gt; &lt;a href="mailto:%1"&gt;%1&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Post:&lt;/b&gt; %2&lt;/p&gt;</source>
        <extracomment>%1 is the e-mail address, %2 the postal address.</extracomment>
        <translation>&lt;p&gt;Pour toute question sur vos données ou votre compte, écrivez-nous :&lt;/p&gt;&lt;p&gt;&lt;b&gt;E-mail :&lt;/b&gt; &lt;a href="mailto:%1"&gt;%1&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Courrier :&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Facturos — service Confidentialité, 12 rue de la Paix, 75002 Paris</source>
        <translation>Facturos — service Confidentialité, 12 rue de la Paix, 75002 Paris</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>About Facturos Account</source>
        <translation>À propos de Compte Facturos</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Facturos Account&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Your Facturos account: personal information, privacy choices, connected mailboxes and your data.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Compte Facturos&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Votre compte Facturos : informations personnelles, choix de confidentialité, boîtes mail connectées et vos données.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close the contact details</source>
        <translation>Fermer les coordonnées de contact</translation>
    </message>
    <message>
        <source>&amp;Account: %1</source>
        <translation>&amp;Compte : %1</translation>
    </message>
</context>
<context>
    <name>facturos::pages::OverviewPage</name>
    <message>
        <source>the mail server no longer accepts the saved password</source>
        <translation>le serveur de messagerie n’accepte plus le mot de passe enregistré</translation>
    </message>
    <message>
        <source>the permission given to Facturos was withdrawn or has expired</source>
        <translation>l’autorisation donnée à Facturos a été retirée ou a expiré</translation>
    </message>
    <message>
        <source>Facturos can no longer reach it</source>
        <translation>Facturos ne parvient plus à la joindre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Closure scheduled</source>
        <translation>Fermeture programmée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>The mailbox %1 needs to be reconnected: %2.</source>
        <extracomment>%1 is a mailbox address, %2 the reason in lower case ("the mail server no longer accepts…").</extracomment>
        <translation>La boîte mail %1 doit être reconnectée : %2.</translation>
    </message>
    <message>
        <source>Open Mailboxes for %1</source>
        <translation>Ouvrir Boîtes mail pour %1</translation>
    </message>
    <message>
        <source>Shows the Mailboxes section, where you can reconnect this mailbox</source>
        <translation>Affiche la rubrique Boîtes mail, où vous pouvez reconnecter cette boîte</translation>
    </message>
    <message>
        <source>Your account will be closed on %1. Until then you can change your mind.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Votre compte sera fermé le %1. D’ici là, vous pouvez changer d’avis.</translation>
    </message>
    <message>
        <source>&amp;Cancel the closure</source>
        <translation>Annuler la &amp;fermeture</translation>
    </message>
    <message>
        <source>Cancel the account closure</source>
        <translation>Annuler la fermeture du compte</translation>
    </message>
    <message>
        <source>Keeps your account open; nothing will be deleted</source>
        <translation>Garde votre compte ouvert ; rien ne sera supprimé</translation>
    </message>
    <message>
        <source>The privacy statement was updated (version %1). Read what changed, then let us know you have seen it.</source>
        <extracomment>%1 is the statement's version, a date such as 2020-01-14.</extracomment>
        <translation>La déclaration de confidentialité a été mise à jour (version %1). Lisez ce qui a changé, puis indiquez-nous que vous en avez pris connaissance.</translation>
    </message>
    <message>
        <source>Read the privacy statement</source>
        <translation>Lire la déclaration de confidentialité</translation>
    </message>
    <message>
        <source>Opens the current privacy statement in your browser</source>
        <translation>Ouvre la déclaration de confidentialité en vigueur dans votre navigateur</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>J’en ai pris co&amp;nnaissance</translation>
    </message>
    <message>
        <source>Acknowledge the privacy statement</source>
        <translation>Confirmer la lecture de la déclaration de confidentialité</translation>
    </message>
    <message>
        <source>Records that you have seen the current privacy statement</source>
        <translation>Enregistre que vous avez pris connaissance de la déclaration de confidentialité en vigueur</translation>
    </message>
    <message>
        <source>No keyring is available on this computer: you will have to sign in again next time you open the app.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur : vous devrez vous reconnecter à la prochaine ouverture de l’application.</translation>
    </message>
    <message>
        <source>Open Mailboxes</source>
        <translation>Ouvrir Boîtes mail</translation>
    </message>
    <message>
        <source>Rea&amp;d</source>
        <comment>privacy statement</comment>
        <translation>&amp;Lire</translation>
    </message>
</context>
<context>
    <name>facturos::pages::ProfilePage</name>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Changes discarded: the saved values are shown again.</source>
        <translation>Modifications annulées : les valeurs enregistrées sont de nouveau affichées.</translation>
    </message>
    <message>
        <source>Your changes were saved.</source>
        <translation>Vos modifications ont été enregistrées.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a country name, %2 its two-letter ISO code.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting for confirmation: %1. Open the message sent to this address to start using it.</source>
        <extracomment>%1 is an e-mail address.</extracomment>
        <translation>En attente de confirmation : %1. Ouvrez le message envoyé à cette adresse pour commencer à l’utiliser.</translation>
    </message>
    <message>
        <source>Your information now matches what is saved in Facturos.</source>
        <translation>Vos informations correspondent maintenant à ce qui est enregistré dans Facturos.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Your personal information has changes that are not saved. Leave and lose them?</source>
        <translation>Vos informations personnelles comportent des modifications non enregistrées. Partir et les perdre ?</translation>
    </message>
    <message>
        <source>Choose Save on the page first if you want to keep them.</source>
        <translation>Choisissez d’abord Enregistrer sur la page si vous voulez les garder.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Your changes are not saved yet: Facturos can't be reached. They are kept here and will be sent when the connection returns.</source>
        <translation>Vos modifications ne sont pas encore enregistrées : Facturos est injoignable. Elles sont conservées ici et seront envoyées dès le retour de la connexion.</translation>
    </message>
</context>
<context>
    <name>facturos::pages::SecurityPage</name>
    <message>
        <source>This &amp;wasn't me…</source>
        <translation>Ce n’était pas &amp;moi…</translation>
    </message>
    <message>
        <source>&amp;Devices (%1)</source>
        <translation>Appare&amp;ils (%1)</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>Appare&amp;ils</translation>
    </message>
    <message>
        <source>Ad&amp;ministrators (%1)</source>
        <translation>Administrat&amp;eurs (%1)</translation>
    </message>
    <message>
        <source>Ad&amp;ministrators</source>
        <translation>Administrat&amp;eurs</translation>
    </message>
    <message>
        <source>You change your password on the Facturos sign-in site, in your browser. Once it is changed, every device signed in to your account is signed out, this one included.</source>
        <translation>Vous changez votre mot de passe sur le site de connexion Facturos, dans votre navigateur. Une fois le mot de passe changé, tous les appareils connectés à votre compte sont déconnectés, celui-ci compris.</translation>
    </message>
    <message>
        <source>Your sign-in service does not offer a password change page. Write to contact@facturos.fr to change your password.</source>
        <translation>Votre service de connexion ne propose pas de page de changement de mot de passe. Écrivez à contact@facturos.fr pour changer votre mot de passe.</translation>
    </message>
    <message>
        <source>Sign out this device?</source>
        <translation>Déconnecter cet appareil ?</translation>
    </message>
    <message>
        <source>%1, last active %2, will be signed out of your Facturos account.</source>
        <extracomment>%1 describes a device ("Firefox 145 on Windows, Lyon, France"), %2 is a date and time.</extracomment>
        <translation>%1, actif pour la dernière fois le %2, sera déconnecté de votre compte Facturos.</translation>
    </message>
    <message>
        <source>Whoever uses it will have to sign in again with your password. If you don't recognise this device, change your password too.</source>
        <translation>Quiconque l’utilise devra se reconnecter avec votre mot de passe. Si vous ne reconnaissez pas cet appareil, changez aussi votre mot de passe.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Sign out all other sessions?</source>
        <translation>Déconnecter toutes les autres sessions ?</translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) will be signed out of your Facturos account. This device stays signed in.</source>
        <translation><numerusform>%n autre session sera déconnectée de votre compte Facturos. Cet appareil reste connecté.</numerusform><numerusform>%n autres sessions seront déconnectées de votre compte Facturos. Cet appareil reste connecté.</numerusform></translation>
    </message>
    <message>
        <source>Whoever uses them will have to sign in again with your password.</source>
        <translation>Quiconque les utilise devra se reconnecter avec votre mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n session(s)</source>
        <translation><numerusform>Déconnecter %n session</numerusform><numerusform>Déconnecter %n sessions</numerusform></translation>
    </message>
    <message>
        <source>This wasn't me</source>
        <translation>Ce n’était pas moi</translation>
    </message>
    <message>
        <source>If you don't recognise this activity (%1 on %2, from %3), someone else may know your password.</source>
        <extracomment>%1 is what happened ("Signed in"), %2 a date and time, %3 an approximate place or "Unknown".</extracomment>
        <translation>Si vous ne reconnaissez pas cette activité (%1 le %2, depuis %3), quelqu’un d’autre connaît peut-être votre mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>Facturos will sign out the %n other session(s) signed in to your account, then open the password change page in your browser: choose a new password there.</source>
        <translation><numerusform>Facturos va déconnecter l’autre session ouverte sur votre compte (%n), puis ouvrir la page de changement de mot de passe dans votre navigateur : choisissez-y un nouveau mot de passe.</numerusform><numerusform>Facturos va déconnecter les %n autres sessions ouvertes sur votre compte, puis ouvrir la page de changement de mot de passe dans votre navigateur : choisissez-y un nouveau mot de passe.</numerusform></translation>
    </message>
    <message>
        <source>No other session is signed in. The password change page will open in your browser: choose a new password there.</source>
        <translation>Aucune autre session n’est connectée. La page de changement de mot de passe va s’ouvrir dans votre navigateur : choisissez-y un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Sign out others and change password</source>
        <translation>Déconnecter les autres et changer le mot de passe</translation>
    </message>
    <message>
        <source>Revoke access?</source>
        <translation>Révoquer l’accès ?</translation>
    </message>
    <message>
        <source>%1 (%2) will no longer be able to see or change your data.</source>
        <extracomment>%1 is a person or firm ("Cabinet Morel Expertise"), %2 their role ("Accountant").</extracomment>
        <translation>%1 (%2) ne pourra plus voir ni modifier vos données.</translation>
    </message>
    <message>
        <source>This takes effect at once. To give access again later, contact Facturos support.</source>
        <translation>Cela prend effet immédiatement. Pour redonner accès plus tard, contactez le support Facturos.</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Révoquer l’accès</translation>
    </message>
    <message>
        <source>%1 was signed out.</source>
        <extracomment>%1 describes a device ("Firefox 145 on Windows, Lyon, France").</extracomment>
        <translation>%1 a été déconnecté.</translation>
    </message>
    <message>
        <source>Every other session was signed out. Choose a new password on the page opened in your browser.</source>
        <translation>Toutes les autres sessions ont été déconnectées. Choisissez un nouveau mot de passe sur la page ouverte dans votre navigateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) signed out.</source>
        <translation><numerusform>%n autre session déconnectée.</numerusform><numerusform>%n autres sessions déconnectées.</numerusform></translation>
    </message>
    <message>
        <source>No other session was signed in.</source>
        <translation>Aucune autre session n’était connectée.</translation>
    </message>
    <message>
        <source>%1 no longer has access to your data.</source>
        <extracomment>%1 is a person or firm ("Cabinet Morel Expertise").</extracomment>
        <translation>%1 n’a plus accès à vos données.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>The browser did not open. Change your password at %1</source>
        <translation>Le navigateur ne s’est pas ouvert. Changez votre mot de passe à l’adresse %1</translation>
    </message>
    <message>
        <source>Security sections</source>
        <translation>Rubriques de sécurité</translation>
    </message>
    <message>
        <source>Sign-in activity actions</source>
        <translation>Actions sur l’activité de connexion</translation>
    </message>
</context>
<context>
    <name>facturos::pages::SignInPage</name>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. This window continues by itself once you are done.</source>
        <translation>Terminez la connexion dans votre navigateur. Cette fenêtre continuera toute seule une fois que ce sera fait.</translation>
    </message>
    <message>
        <source>Your browser did not open. Copy the sign-in link and paste it into your browser.</source>
        <translation>Votre navigateur ne s’est pas ouvert. Copiez le lien de connexion et collez-le dans votre navigateur.</translation>
    </message>
    <message>
        <source>Link copied. Paste it into your browser's address bar.</source>
        <translation>Lien copié. Collez-le dans la barre d’adresse de votre navigateur.</translation>
    </message>
</context>
<context>
    <name>facturos::pages::SupportSnapshotDialog</name>
    <message>
        <source>Support snapshot</source>
        <translation>Instantané pour l’assistance</translation>
    </message>
    <message>
        <source>What the support snapshot holds, before you copy or save it</source>
        <translation>Ce que contient l’instantané pour l’assistance, avant que vous ne le copiiez ou l’enregistriez</translation>
    </message>
    <message>
        <source>This is everything the support snapshot holds: what this app shows of your account, with your name, addresses, phone number, company number, e-mail addresses and network addresses replaced by made-up ones. It holds no password, token or mailbox access. Nothing is sent: copy it or save it, then give it to Facturos support yourself.</source>
        <translation>Voici tout ce que contient l’instantané pour l’assistance : ce que cette application affiche de votre compte, avec votre nom, vos adresses, votre numéro de téléphone, votre numéro d’entreprise, vos adresses e-mail et vos adresses réseau remplacés par des valeurs inventées. Il ne contient aucun mot de passe, jeton ni accès à vos boîtes mail. Rien n’est envoyé : copiez-le ou enregistrez-le, puis transmettez-le vous-même à l’assistance Facturos.</translation>
    </message>
    <message>
        <source>Reading your account</source>
        <translation>Lecture de votre compte</translation>
    </message>
    <message>
        <source>The snapshot reads every section of your account from Facturos</source>
        <translation>L’instantané lit chaque rubrique de votre compte auprès de Facturos</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <comment>support snapshot</comment>
        <extracomment>Reads the account again to take the support snapshot after a failure.</extracomment>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Take the support snapshot again</source>
        <translation>Reprendre l’instantané pour l’assistance</translation>
    </message>
    <message>
        <source>Reads your account from Facturos once more</source>
        <translation>Relit votre compte auprès de Facturos</translation>
    </message>
    <message>
        <source>Support snapshot contents</source>
        <translation>Contenu de l’instantané pour l’assistance</translation>
    </message>
    <message>
        <source>Copy the support snapshot to the clipboard</source>
        <translation>Copier l’instantané pour l’assistance dans le presse-papiers</translation>
    </message>
    <message>
        <source>Puts the whole snapshot on the clipboard, to paste into a message</source>
        <translation>Place l’instantané complet dans le presse-papiers, pour le coller dans un message</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <comment>support snapshot</comment>
        <extracomment>Saves the support snapshot to a file the user chooses.</extracomment>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save the support snapshot to a file</source>
        <translation>Enregistrer l’instantané pour l’assistance dans un fichier</translation>
    </message>
    <message>
        <source>Asks where to save the snapshot as a JSON file</source>
        <translation>Demande où enregistrer l’instantané, au format JSON</translation>
    </message>
    <message>
        <source>Close the support snapshot</source>
        <translation>Fermer l’instantané pour l’assistance</translation>
    </message>
    <message>
        <source>Reading your account…</source>
        <translation>Lecture de votre compte…</translation>
    </message>
    <message>
        <source>Read it through, then copy it or save it for support.</source>
        <translation>Relisez-le, puis copiez-le ou enregistrez-le pour l’assistance.</translation>
    </message>
    <message>
        <source>The snapshot could not be taken. %1</source>
        <extracomment>%1 says what went wrong and what to do.</extracomment>
        <translation>L’instantané n’a pas pu être pris. %1</translation>
    </message>
    <message>
        <source>Copied to the clipboard. Paste it into your message to support.</source>
        <translation>Copié dans le presse-papiers. Collez-le dans votre message à l’assistance.</translation>
    </message>
    <message>
        <source>Save the support snapshot</source>
        <translation>Enregistrer l’instantané pour l’assistance</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>The snapshot could not be saved to %1: %2. Choose another place.</source>
        <extracomment>%1 is the file, %2 the system's reason.</extracomment>
        <translation>L’instantané n’a pas pu être enregistré dans %1 : %2. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Putting the snapshot together…</source>
        <translation>Assemblage de l’instantané…</translation>
    </message>
    <message>
        <source>The whole snapshot, one line per row, exactly as it will be copied or saved; Ctrl+C copies the selected lines</source>
        <translation>L’instantané complet, une ligne par rangée, exactement tel qu’il sera copié ou enregistré ; Ctrl+C copie les lignes sélectionnées</translation>
    </message>
    <message>
        <source>C&amp;opy to clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
</context>
</TS>