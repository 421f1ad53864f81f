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
        <source>P&amp;artner offers</source>
        <translation>Offres des p&amp;artenaires</translation>
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
        <source>This item no longer exists. The page has been refreshed.</source>
        <translation>Cet élément n’existe plus. La page a été actualisée.</translation>
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
        <source>Unknown country.</source>
        <translation>Pays inconnu.</translation>
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
        <source>Already used by another account.</source>
        <translation>Déjà utilisé par un autre compte.</translation>
    </message>
    <message>
        <source>This does not match.</source>
        <translation>Ne correspond pas.</translation>
    </message>
    <message>
        <source>This value was refused.</source>
        <translation>Cette valeur a été refusée.</translation>
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
        <translation>&amp;Recharger</translation>
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
        <source>&amp;Review the changes</source>
        <translation>&amp;Revoir les modifications</translation>
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
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
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
        <translation>P&amp;ays</translation>
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
        <source>Add&amp;ress line 1</source>
        <translation>Ad&amp;resse, ligne 1</translation>
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
        <source>&amp;Address line 2</source>
        <translation>&amp;Adresse, ligne 2</translation>
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
        <source>&amp;Postal code</source>
        <translation>Code posta&amp;l</translation>
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
        <source>Ci&amp;ty</source>
        <translation>Vill&amp;e</translation>
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
        <source>Countr&amp;y</source>
        <translation>Pa&amp;ys</translation>
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
        <translation>A&amp;nnuler les modifications</translation>
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
        <translation>&amp;Réessayer</translation>
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
        <translation>&amp;Annuler</translation>
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
        <source>Open &amp;Mailboxes</source>
        <translation>Ouvrir &amp;Boîtes mail</translation>
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
        <translation>&amp;Annuler la fermeture</translation>
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
        <source>&amp;Read</source>
        <comment>privacy statement</comment>
        <translation>&amp;Lire</translation>
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
        <translation>J’en ai pris &amp;connaissance</translation>
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
</TS>