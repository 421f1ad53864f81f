#!/usr/bin/env python3
"""Fills the French translations of facturos-account_fr.ts from the tables (FR below and fr_<page>.py) and the
English plural forms of facturos-account_en.ts (run after the update_translations target)."""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

FR = {
    # Accessible names of tab bars, menus and dialog buttons
    'Your data sections': 'Rubriques de Vos données',
    'Security sections': 'Rubriques de Sécurité',
    'Close the contact details': 'Fermer les coordonnées de contact',
    'Sign-in activity actions': 'Actions sur l’activité de connexion',
    # Connection banner and saving while offline
    'Trying again now…': 'Nouvelle tentative en cours…',
    'Next try in %n second(s).': ['Nouvelle tentative dans %n seconde.', 'Nouvelle tentative dans %n secondes.'],
    "Your changes are not saved yet: Facturos can't be reached. They are kept here and will be sent when the connection returns.": 'Vos modifications ne sont pas encore enregistrées : Facturos est injoignable. Elles sont conservées ici et seront envoyées dès le retour de la connexion.',
    # Communications page
    'Choose which messages Facturos may send you. Each switch is saved as soon as you change it.': 'Choisissez les messages que Facturos peut vous envoyer. Chaque interrupteur est enregistré dès que vous le changez.',
    'Loading your communication choices': 'Chargement de vos choix de communication',
    'Your choices are being read from Facturos': 'Vos choix sont en cours de lecture depuis Facturos',
    'Marketing': 'Marketing',
    '&Facturos newsletter': 'Lettre d’information &Facturos',
    'Facturos newsletter': 'Lettre d’information Facturos',
    'News about Facturos, about once a month. Saved as soon as you switch it.': 'Les nouvelles de Facturos, environ une fois par mois. Enregistré dès que vous le changez.',
    'News about Facturos, about once a month.': 'Les nouvelles de Facturos, environ une fois par mois.',
    '&Product offers': 'Offres &produits',
    'Product offers': 'Offres produits',
    'Offers on Facturos products and plans. Saved as soon as you switch it.': 'Offres sur les produits et formules Facturos. Enregistré dès que vous le changez.',
    'Offers on Facturos products and plans.': 'Offres sur les produits et formules Facturos.',
    'Par&tner offers': 'Offres des par&tenaires',
    'Partner offers': 'Offres des partenaires',
    'Offers from companies we work with, sent by Facturos; your address is not given to them. Saved as soon as you switch it.': 'Offres d’entreprises avec lesquelles nous travaillons, envoyées par Facturos ; votre adresse ne leur est pas communiquée. Enregistré dès que vous le changez.',
    'Offers from companies we work with, sent by Facturos; your address is not given to them.': 'Offres d’entreprises avec lesquelles nous travaillons, envoyées par Facturos ; votre adresse ne leur est pas communiquée.',
    'Sur&veys': 'En&quêtes',
    'Surveys': 'Enquêtes',
    'Occasional questions to help us improve Facturos. Saved as soon as you switch it.': 'Quelques questions de temps en temps pour nous aider à améliorer Facturos. Enregistré dès que vous le changez.',
    'Occasional questions to help us improve Facturos.': 'Quelques questions de temps en temps pour nous aider à améliorer Facturos.',
    'Service and transaction messages': 'Messages de service et de transaction',
    'Service and transaction messages (always on)': 'Messages de service et de transaction (toujours activés)',
    'Always on: these messages are needed to run your account.': 'Toujours activés : ces messages sont nécessaires au fonctionnement de votre compte.',
    '&Unsubscribe from all marketing': '&Se désabonner de tout le marketing',
    'Unsubscribe from all marketing': 'Se désabonner de tout le marketing',
    'Turns every marketing choice off in one step. Service messages stay on.': 'Désactive tous les choix marketing en une fois. Les messages de service restent activés.',
    'U&ndo': 'A&nnuler',
    'Undo the last change to your communications': 'Annuler la dernière modification de vos communications',
    'Saves back your choices from before the last change': 'Rétablit vos choix d’avant la dernière modification',
    'Saving…': 'Enregistrement…',
    'Always on: messages about your account, security, invoices and legal changes are needed to provide the service, so they cannot be turned off.': 'Toujours activés : les messages sur votre compte, la sécurité, les factures et les changements légaux sont nécessaires pour fournir le service ; ils ne peuvent donc pas être désactivés.',
    'Undoing…': 'Annulation…',
    'Saved.': 'Enregistré.',
    'Facturos Account': 'Compte Facturos',
    'You are signed in. You can close this window and return to Facturos Account.': 'Vous êtes connecté. Vous pouvez fermer cette fenêtre et revenir à Compte Facturos.',
    'The sign-in did not complete. Return to Facturos Account to try again.': "La connexion n'a pas abouti. Revenez à Compte Facturos pour réessayer.",
    'This page was opened with an invalid or outdated link.': 'Cette page a été ouverte avec un lien invalide ou périmé.',
    "Facturos can't be reached. Check your connection; we'll retry.": 'Facturos est injoignable. Vérifiez votre connexion ; nous réessaierons.',
    'Your account is already scheduled for closure. You can cancel it from the Close account page.': 'La fermeture de votre compte est déjà programmée. Vous pouvez l’annuler depuis la page Fermer le compte.',
    'Your account is not scheduled for closure any more. Nothing else to do.': "La fermeture de votre compte n'est plus programmée. Vous n'avez rien d'autre à faire.",
    'This mailbox is already connected.': 'Cette boîte mail est déjà connectée.',
    'The connection to Facturos is not secure (certificate problem). Nothing was sent. Check the date of your computer or your network, then try again.': "La connexion à Facturos n'est pas sécurisée (problème de certificat). Rien n'a été envoyé. Vérifiez la date de votre ordinateur ou votre réseau, puis réessayez.",
    'This server address does not use a secure connection, so the app refuses to use it. Use an https:// address.': "Cette adresse de serveur n'utilise pas de connexion sécurisée : l'application refuse de l'utiliser. Utilisez une adresse https://.",
    'Your sign-in has expired. Sign in again to continue.': 'Votre connexion a expiré. Reconnectez-vous pour continuer.',
    'This change needs you to confirm your password in the browser. It was not confirmed, so nothing was changed. Try again when you are ready.': "Cette modification demande de confirmer votre mot de passe dans le navigateur. Il n'a pas été confirmé : rien n'a été modifié. Réessayez quand vous êtes prêt.",
    'Facturos refused this action for your account. Contact contact@facturos.fr if you think this is a mistake.': "Facturos a refusé cette action pour votre compte. Écrivez à contact@facturos.fr si vous pensez qu'il s'agit d'une erreur.",
    'This is no longer in Facturos: it was removed elsewhere meanwhile. Reload the page to see what is there now.': "Cet élément n'est plus dans Facturos : il a été supprimé ailleurs entre-temps. Rechargez la page pour voir ce qu'elle contient maintenant.",
    'This was changed elsewhere meanwhile. Review the current values and try again.': 'Ceci a été modifié ailleurs entre-temps. Vérifiez les valeurs actuelles et réessayez.',
    'Some values were refused. Check them and try again.': 'Certaines valeurs ont été refusées. Vérifiez-les et réessayez.',
    'Some values need your attention: see the messages next to them.': 'Certaines valeurs demandent votre attention : voyez les messages à côté.',
    'Too many attempts. Wait %n second(s), then try again.': ['Trop de tentatives. Attendez %n seconde, puis réessayez.', 'Trop de tentatives. Attendez %n secondes, puis réessayez.'],
    'Too many attempts. Wait a moment, then try again.': 'Trop de tentatives. Attendez un instant, puis réessayez.',
    'Facturos has a problem right now. Your changes are kept here; try again in a few minutes.': 'Facturos rencontre un problème en ce moment. Vos modifications sont conservées ici ; réessayez dans quelques minutes.',
    'Facturos sent an answer the app does not understand. Try again; if it persists, contact contact@facturos.fr.': "Facturos a envoyé une réponse que l'application ne comprend pas. Réessayez ; si le problème persiste, écrivez à contact@facturos.fr.",
    'Cancelled. Nothing was changed.': "Annulé. Rien n'a été modifié.",
    'Required.': 'Obligatoire.',
    'This format is not valid.': "Ce format n'est pas valide.",
    'Too long.': 'Trop long.',
    'This number is not valid: check the digits.': "Ce numéro n'est pas valide : vérifiez les chiffres.",
    'Unknown country: choose one from the list.': 'Pays inconnu : choisissez-en un dans la liste.',
    'Contains characters that are not allowed.': 'Contient des caractères non autorisés.',
    'This one cannot be turned off.': 'Celui-ci ne peut pas être désactivé.',
    'Incomplete: fill in the other parts too.': 'Incomplet : remplissez aussi les autres champs.',
    'Already used by another account: choose another.': 'Déjà utilisé par un autre compte : choisissez-en un autre.',
    'This does not match.': 'Ne correspond pas.',
    'This value was refused: check it, then try again.': 'Cette valeur a été refusée : vérifiez-la, puis réessayez.',
    "Facturos can't be reached. Check your connection, then try again.": 'Facturos est injoignable. Vérifiez votre connexion, puis réessayez.',
    'The Facturos sign-in service answered unexpectedly. Try again in a few minutes.': 'Le service de connexion Facturos a répondu de façon inattendue. Réessayez dans quelques minutes.',
    'Sign-in cancelled. You can start again whenever you are ready.': 'Connexion annulée. Vous pouvez recommencer quand vous le souhaitez.',
    'The sign-in took too long and was stopped. Start again and finish it in the browser.': 'La connexion a pris trop de temps et a été interrompue. Recommencez et terminez-la dans le navigateur.',
    'The sign-in was refused in the browser. Start again to retry.': 'La connexion a été refusée dans le navigateur. Recommencez pour réessayer.',
    'The app could not receive the answer from the browser (local port unavailable). Restart the app and try again.': "L'application n'a pas pu recevoir la réponse du navigateur (port local indisponible). Redémarrez l'application et réessayez.",
    'Another account was used in the browser. Sign in with the account you use here.': 'Un autre compte a été utilisé dans le navigateur. Connectez-vous avec le compte que vous utilisez ici.',
    'Your keyring is locked, so the app cannot read your saved sign-in. Unlock it, then choose Try again.': "Votre trousseau est verrouillé : l'application ne peut pas lire votre connexion enregistrée. Déverrouillez-le, puis choisissez Réessayer.",
    'No keyring is available on this computer: you will stay signed in until you quit the app, and will have to sign in again next time.': "Aucun trousseau n'est disponible sur cet ordinateur : vous resterez connecté jusqu'à la fermeture de l'application et devrez vous reconnecter la prochaine fois.",
    '&Retry': '&Réessayer',
    'Retry connecting': 'Réessayer de se connecter',
    'Tries again to reach Facturos now': 'Essaie de joindre Facturos à nouveau maintenant',
    'Sections': 'Rubriques',
    'Choose which part of your account to show': 'Choisissez la partie de votre compte à afficher',
    '&Account': '&Compte',
    '&Account: %1': '&Compte : %1',
    '&Help': '&Aide',
    '&Sign out': '&Se déconnecter',
    '&Quit': '&Quitter',
    '&Privacy statement': 'Déclaration de &confidentialité',
    '&Contact': 'C&ontact',
    'A&bout Facturos Account': 'À &propos de Compte Facturos',
    'Overview': "Vue d'ensemble",
    'Loading your account': 'Chargement de votre compte',
    'Your account is being read from Facturos': 'Votre compte est en cours de lecture depuis Facturos',
    'Re&load': 'Rechar&ger',
    'Reload the overview': "Recharger la vue d'ensemble",
    'Reads your account from Facturos again': 'Relit votre compte depuis Facturos',
    'Account ID': 'Identifiant du compte',
    'Member since': 'Membre depuis',
    'Account status': 'État du compte',
    'Things to look at': 'À examiner',
    'Nothing needs your attention.': 'Rien ne demande votre attention.',
    'Sign-in': 'Connexion',
    'Facturos logo': 'Logo Facturos',
    'Your personal information, privacy choices and connected mailboxes for Facturos, in one place.': 'Vos informations personnelles, vos choix de confidentialité et vos boîtes mail connectées à Facturos, au même endroit.',
    '&Sign in with Facturos': '&Se connecter avec Facturos',
    'Sign in with Facturos': 'Se connecter avec Facturos',
    'Opens your web browser on the Facturos sign-in page': 'Ouvre votre navigateur sur la page de connexion Facturos',
    '&Try again': 'Réessa&yer',
    '&Try again|personal information': 'Rée&ssayer',
    'Read your personal information again': 'Relire vos informations personnelles',
    'Asks Facturos for your personal information once more': 'Redemande vos informations personnelles à Facturos',
    'Read your communication choices again': 'Relire vos choix de communication',
    'Asks Facturos for your communication choices once more': 'Redemande vos choix de communication à Facturos',
    'Read your cookie and tracking choices again': 'Relire vos choix de cookies et de suivi',
    'Asks Facturos for your cookie and tracking choices once more': 'Redemande vos choix de cookies et de suivi à Facturos',
    'Try again to read the saved sign-in': 'Relire la connexion enregistrée',
    'Reads your saved sign-in from the keyring again after you unlocked it': 'Relit votre connexion enregistrée dans le trousseau une fois celui-ci déverrouillé',
    'Waiting for the browser': 'En attente du navigateur',
    'The sign-in continues in your web browser': 'La connexion se poursuit dans votre navigateur',
    'C&opy the sign-in link': 'C&opier le lien de connexion',
    'Copy the sign-in link': 'Copier le lien de connexion',
    'Copies the address of the sign-in page, to paste it into a browser yourself': "Copie l'adresse de la page de connexion, pour la coller vous-même dans un navigateur",
    '&Cancel': 'A&nnuler',
    'Cancel the sign-in': 'Annuler la connexion',
    'Stops waiting for the browser': "Arrête d'attendre le navigateur",
    'Signing you in…': 'Connexion en cours…',
    'Signing you in': 'Connexion en cours',
    'Your saved sign-in is being checked': 'Votre connexion enregistrée est en cours de vérification',
    'Personal information': 'Informations personnelles',
    'Communications': 'Communications',
    'Cookies & tracking': 'Cookies et suivi',
    'Mailboxes': 'Boîtes mail',
    'Security': 'Sécurité',
    'Your data': 'Vos données',
    'Close account': 'Fermer le compte',
    'Privacy statement': 'Déclaration de confidentialité',
    'The browser did not open. The privacy statement is at %1': "Le navigateur ne s'est pas ouvert. La déclaration de confidentialité se trouve à l'adresse %1",
    'Contact': 'Contact',
    '<p>For any question about your data or your account, write to us:</p><p><b>E-mail:</b> <a href="mailto:%1">%1</a></p><p><b>Post:</b> %2</p>': '<p>Pour toute question sur vos données ou votre compte, écrivez-nous :</p><p><b>E-mail :</b> <a href="mailto:%1">%1</a></p><p><b>Courrier :</b> %2</p>',
    'Facturos — service Confidentialité, 12 rue de la Paix, 75002 Paris': 'Facturos — service Confidentialité, 12 rue de la Paix, 75002 Paris',
    'Contact details': 'Coordonnées',
    'About Facturos Account': 'À propos de Compte Facturos',
    '<p><b>Facturos Account</b> %1</p><p>Your Facturos account: personal information, privacy choices, connected mailboxes and your data.</p><p>Qt %2</p>': '<p><b>Compte Facturos</b> %1</p><p>Votre compte Facturos : informations personnelles, choix de confidentialité, boîtes mail connectées et vos données.</p><p>Qt %2</p>',
    'the mail server no longer accepts the saved password': "le serveur de messagerie n'accepte plus le mot de passe enregistré",
    'the permission given to Facturos was withdrawn or has expired': "l'autorisation donnée à Facturos a été retirée ou a expiré",
    'Facturos can no longer reach it': 'Facturos ne parvient plus à la joindre',
    'Name': 'Nom',
    'E-mail address': 'Adresse e-mail',
    'Closure scheduled': 'Fermeture programmée',
    'Active': 'Actif',
    'The mailbox %1 needs to be reconnected: %2.': 'La boîte mail %1 doit être reconnectée : %2.',
    'Open Mailboxes': 'Ouvrir Boîtes mail',
    'Open Mailboxes for %1': 'Ouvrir Boîtes mail pour %1',
    'Shows the Mailboxes section, where you can reconnect this mailbox': 'Affiche la rubrique Boîtes mail, où vous pouvez reconnecter cette boîte',
    'Your account will be closed on %1. Until then you can change your mind.': "Votre compte sera fermé le %1. D'ici là, vous pouvez changer d'avis.",
    '&Cancel the closure': 'Annuler la &fermeture',
    'Cancel the account closure': 'Annuler la fermeture du compte',
    'Keeps your account open; nothing will be deleted': 'Garde votre compte ouvert ; rien ne sera supprimé',
    'The privacy statement was updated (version %1). Read what changed, then let us know you have seen it.': 'La déclaration de confidentialité a été mise à jour (version %1). Lisez ce qui a changé, puis indiquez-nous que vous en avez pris connaissance.',
    'Rea&d': '&Lire',
    'Read the privacy statement': 'Lire la déclaration de confidentialité',
    'Opens the current privacy statement in your browser': 'Ouvre la déclaration de confidentialité en vigueur dans votre navigateur',
    'Ac&knowledge': "J'en ai pris co&nnaissance",
    'Acknowledge the privacy statement': 'Confirmer la lecture de la déclaration de confidentialité',
    'Records that you have seen the current privacy statement': 'Enregistre que vous avez pris connaissance de la déclaration de confidentialité en vigueur',
    'No keyring is available on this computer: you will have to sign in again next time you open the app.': "Aucun trousseau n'est disponible sur cet ordinateur : vous devrez vous reconnecter à la prochaine ouverture de l'application.",
    'Sign-in problem': 'Problème de connexion',
    'Notice': 'Information',
    'Finish signing in in your browser. This window continues by itself once you are done.': 'Terminez la connexion dans votre navigateur. Cette fenêtre continuera toute seule une fois que ce sera fait.',
    'Your browser did not open. Copy the sign-in link and paste it into your browser.': "Votre navigateur ne s'est pas ouvert. Copiez le lien de connexion et collez-le dans votre navigateur.",
    "Link copied. Paste it into your browser's address bar.": "Lien copié. Collez-le dans la barre d'adresse de votre navigateur.",
    # Personal information page and its conflict dialog
    'What Facturos knows about you and prints on your invoices. Changes are saved when you choose Save.': 'Ce que Facturos sait de vous et imprime sur vos factures. Les modifications sont enregistrées quand vous choisissez Enregistrer.',
    'Saving your information': 'Enregistrement de vos informations',
    'Your information is being sent to Facturos': 'Vos informations sont en cours d’envoi à Facturos',
    'Review the chan&ges': 'Revoir les modi&fications',
    'Review the conflicting changes': 'Revoir les modifications en conflit',
    'Shows, for each field changed elsewhere, your value and the current one, so you can choose': 'Affiche, pour chaque champ modifié ailleurs, votre valeur et la valeur actuelle, pour que vous choisissiez',
    'Identity': 'Identité',
    '&First name': '&Prénom',
    'First name': 'Prénom',
    'Your first name as it appears on your invoices': 'Votre prénom tel qu’il apparaît sur vos factures',
    '&Last name': '&Nom',
    'Last name': 'Nom',
    'Your last name as it appears on your invoices': 'Votre nom tel qu’il apparaît sur vos factures',
    '&Username': 'Nom d’&utilisateur',
    'Username': 'Nom d’utilisateur',
    'The name you can sign in with instead of your e-mail address': 'Le nom avec lequel vous pouvez vous connecter au lieu de votre adresse e-mail',
    '&E-mail address': 'Adresse &e-mail',
    'A new address must be verified before it is used; changing it asks you to sign in again': 'Une nouvelle adresse doit être vérifiée avant d’être utilisée ; la modifier vous demande de vous reconnecter',
    'A new address is used only once you confirm it from the message we send there. Changing it asks you to sign in again.': 'Une nouvelle adresse n’est utilisée qu’une fois confirmée depuis le message que nous y envoyons. La modifier vous demande de vous reconnecter.',
    '&Phone': '&Téléphone',
    'Phone number': 'Numéro de téléphone',
    'A French number such as 06 12 34 56 78, or an international number starting with +': 'Un numéro français comme 06 12 34 56 78, ou un numéro international commençant par +',
    'Company': 'Entreprise',
    'Co&mpany name': 'Nom de l’entreprise (&m)',
    'Company name': 'Nom de l’entreprise',
    'The name of your business, printed on your invoices': 'Le nom de votre entreprise, imprimé sur vos factures',
    'S&IRET': 'S&IRET',
    'SIRET number': 'Numéro SIRET',
    'The 14-digit identification number of your establishment': 'Le numéro d’identification à 14 chiffres de votre établissement',
    'Delivery address': 'Adresse de livraison',
    'Address line &1': 'Adresse, ligne &1',
    'Delivery address line 1': 'Adresse de livraison, ligne 1',
    'Street and number of the delivery address': 'Numéro et rue de l’adresse de livraison',
    'Address line &2': 'Adresse, ligne &2',
    'Delivery address line 2': 'Adresse de livraison, ligne 2',
    'Building, floor or other details of the delivery address (optional)': 'Bâtiment, étage ou autres précisions de l’adresse de livraison (facultatif)',
    'P&ostal code': 'C&ode postal',
    'Delivery postal code': 'Code postal de livraison',
    'Postal code of the delivery address': 'Code postal de l’adresse de livraison',
    '&City': '&Ville',
    'Delivery city': 'Ville de livraison',
    'City of the delivery address': 'Ville de l’adresse de livraison',
    'Cou&ntry': 'Pa&ys',
    'Delivery country': 'Pays de livraison',
    'Country of the delivery address': 'Pays de l’adresse de livraison',
    'Billing address': 'Adresse de facturation',
    'Same as deli&very address': 'Identique à l’adresse de &livraison',
    'Billing address same as delivery': 'Adresse de facturation identique à la livraison',
    'When checked, invoices use the delivery address': 'Si la case est cochée, les factures utilisent l’adresse de livraison',
    'Address line 1': 'Adresse, ligne 1',
    'Billing address line 1': 'Adresse de facturation, ligne 1',
    'Street and number of the billing address': 'Numéro et rue de l’adresse de facturation',
    'Address line 2': 'Adresse, ligne 2',
    'Billing address line 2': 'Adresse de facturation, ligne 2',
    'Building, floor or other details of the billing address (optional)': 'Bâtiment, étage ou autres précisions de l’adresse de facturation (facultatif)',
    'Postal code': 'Code postal',
    'Billing postal code': 'Code postal de facturation',
    'Postal code of the billing address': 'Code postal de l’adresse de facturation',
    'City': 'Ville',
    'Billing city': 'Ville de facturation',
    'City of the billing address': 'Ville de l’adresse de facturation',
    'Country': 'Pays',
    'Billing country': 'Pays de facturation',
    'Country of the billing address': 'Pays de l’adresse de facturation',
    '&Discard': 'Annuler les mo&difications',
    'Discard the changes': 'Annuler les modifications',
    'Puts back the values saved in Facturos': 'Rétablit les valeurs enregistrées dans Facturos',
    '&Save': 'Enre&gistrer',
    'Save the changes': 'Enregistrer les modifications',
    'Sends your changes to Facturos': 'Envoie vos modifications à Facturos',
    'same as delivery': 'identique à la livraison',
    'a separate address': 'une adresse distincte',
    '(empty)': '(vide)',
    'Changed elsewhere': 'Modifié ailleurs',
    'Changes made elsewhere': 'Modifications faites ailleurs',
    'For each field, choose between your value and the one now saved in Facturos': 'Pour chaque champ, choisissez entre votre valeur et celle maintenant enregistrée dans Facturos',
    'While you were editing, these fields were changed elsewhere (on another device or by someone else). Choose, for each one, which value to keep.': 'Pendant que vous modifiiez, ces champs ont été changés ailleurs (sur un autre appareil ou par quelqu’un d’autre). Choisissez, pour chacun, la valeur à garder.',
    '<b>Field</b>': '<b>Champ</b>',
    '<b>Your value</b>': '<b>Votre valeur</b>',
    '<b>Value in Facturos now</b>': '<b>Valeur actuelle dans Facturos</b>',
    'Keep your value for %1': 'Garder votre valeur pour %1',
    'Saves the value you entered: %1': 'Enregistre la valeur que vous avez saisie : %1',
    'Take the value in Facturos for %1': 'Prendre la valeur de Facturos pour %1',
    'Keeps the value saved elsewhere: %1': 'Garde la valeur enregistrée ailleurs : %1',
    '&Apply and save': '&Appliquer et enregistrer',
    'Apply the choices and save': 'Appliquer les choix et enregistrer',
    'Saves your profile with the value chosen for each field': 'Enregistre votre profil avec la valeur choisie pour chaque champ',
    '&Not now': 'Pas &maintenant',
    'Decide later': 'Décider plus tard',
    'Closes this window; your changes stay unsaved on the page': 'Ferme cette fenêtre ; vos modifications restent non enregistrées sur la page',
    'France': 'France',
    'Belgium': 'Belgique',
    'Switzerland': 'Suisse',
    'Luxembourg': 'Luxembourg',
    'Monaco': 'Monaco',
    'Germany': 'Allemagne',
    'Spain': 'Espagne',
    'Italy': 'Italie',
    'Netherlands': 'Pays-Bas',
    'Portugal': 'Portugal',
    'United Kingdom': 'Royaume-Uni',
    'United States': 'États-Unis',
    'Canada': 'Canada',
    'Changes discarded: the saved values are shown again.': 'Modifications annulées : les valeurs enregistrées sont de nouveau affichées.',
    'Your changes were saved.': 'Vos modifications ont été enregistrées.',
    '%1 (%2)': '%1 (%2)',
    'Waiting for confirmation: %1. Open the message sent to this address to start using it.': 'En attente de confirmation : %1. Ouvrez le message envoyé à cette adresse pour commencer à l’utiliser.',
    'Your information now matches what is saved in Facturos.': 'Vos informations correspondent maintenant à ce qui est enregistré dans Facturos.',
    'Unsaved changes': 'Modifications non enregistrées',
    'Your personal information has changes that are not saved. Leave and lose them?': 'Vos informations personnelles comportent des modifications non enregistrées. Partir et les perdre ?',
    'Choose Save on the page first if you want to keep them.': 'Choisissez d’abord Enregistrer sur la page si vous voulez les garder.',
    'Discard changes': 'Annuler les modifications',
    # Cookies & tracking page
    'Choose what Facturos and its vendors may measure, show or share. Each switch is saved as soon as you change it, and every change is recorded in your consent history (Your data).': 'Choisissez ce que Facturos et ses prestataires peuvent mesurer, afficher ou partager. Chaque interrupteur est enregistré dès que vous le changez, et chaque modification est consignée dans votre historique des consentements (Vos données).',
    'Loading your cookie and tracking choices': 'Chargement de vos choix de cookies et de suivi',
    'Categories': 'Catégories',
    'Strictly necessary': 'Strictement nécessaires',
    'Strictly necessary cookies (always on)': 'Cookies strictement nécessaires (toujours activés)',
    'Always on: needed to sign you in and keep your account secure.': 'Toujours activés : nécessaires pour vous connecter et protéger votre compte.',
    'Anal&ytics': '&Mesure d’audience',
    'Analytics': 'Mesure d’audience',
    'Anonymous measurement of how the service is used, by Google Analytics and Flurry. Saved as soon as you switch it.': 'Mesure anonyme de l’utilisation du service, par Google Analytics et Flurry. Enregistré dès que vous le changez.',
    'Anonymous measurement of how the service is used, to improve it. Vendors: Google Analytics, Flurry.': 'Mesure anonyme de l’utilisation du service, pour l’améliorer. Prestataires : Google Analytics, Flurry.',
    'Interest-based a&dvertising': 'Publicité basée sur vos &intérêts',
    'Interest-based advertising': 'Publicité basée sur vos intérêts',
    'Ads chosen from your interests by advertising networks that are members of the DAA and NAI. Saved as soon as you switch it.': 'Publicités choisies selon vos intérêts par des réseaux publicitaires membres de la DAA et de la NAI. Enregistré dès que vous le changez.',
    'Ads chosen from your interests by advertising networks that are members of the DAA and NAI.': 'Publicités choisies selon vos intérêts par des réseaux publicitaires membres de la DAA et de la NAI.',
    '&Social-media features': 'Fonctions de ré&seaux sociaux',
    'Social-media features': 'Fonctions de réseaux sociaux',
    'Share buttons for social networks such as Facebook, which can then see your visit. Saved as soon as you switch it.': 'Boutons de partage vers des réseaux sociaux comme Facebook, qui peuvent alors voir votre visite. Enregistré dès que vous le changez.',
    'Share buttons for social networks such as Facebook; the network can then see your visit.': 'Boutons de partage vers des réseaux sociaux comme Facebook ; le réseau peut alors voir votre visite.',
    '&Location services': 'Services de &localisation',
    'Location services': 'Services de localisation',
    'Use of your device location (GPS) to adapt the service. Saved as soon as you switch it.': 'Utilisation de la position de votre appareil (GPS) pour adapter le service. Enregistré dès que vous le changez.',
    'Use of your device location (GPS) to adapt the service, for example the nearest office.': 'Utilisation de la position de votre appareil (GPS) pour adapter le service, par exemple l’agence la plus proche.',
    'Sharing with &partners': 'Partage avec les &partenaires',
    'Sharing with partners': 'Partage avec les partenaires',
    'Sharing data about your use of the service with companies we work with. Saved as soon as you switch it.': 'Partage de données sur votre utilisation du service avec des entreprises avec lesquelles nous travaillons. Enregistré dès que vous le changez.',
    'Sharing data about your use of the service with companies we work with.': 'Partage de données sur votre utilisation du service avec des entreprises avec lesquelles nous travaillons.',
    'A&ccept all': '&Tout accepter',
    'Accept all': 'Tout accepter',
    'Turns every optional category on in one step. Do Not Track stays as it is.': 'Active toutes les catégories facultatives en une fois. Le réglage Do Not Track reste tel quel.',
    'Re&fuse all': 'Tout r&efuser',
    'Refuse all': 'Tout refuser',
    'Turns every optional category off in one step. Do Not Track stays as it is.': 'Désactive toutes les catégories facultatives en une fois. Le réglage Do Not Track reste tel quel.',
    'Do Not Track and Global Privacy Control': 'Do Not Track et Global Privacy Control',
    "Treat my &browser's Do Not Track or GPC signal as a refusal": 'Traiter le signal Do Not Track ou GPC de mon navi&gateur comme un refus',
    "Treat my browser's Do Not Track or GPC signal as a refusal": 'Traiter le signal Do Not Track ou GPC de mon navigateur comme un refus',
    "Asks Facturos to treat your browser's signal as a refusal of optional tracking. Saved as soon as you switch it.": 'Demande à Facturos de traiter le signal de votre navigateur comme un refus du suivi facultatif. Enregistré dès que vous le changez.',
    "Our privacy statement says the service does not respond to Do Not Track signals. Switching this on asks Facturos to treat your browser's signal as a refusal.": 'Notre déclaration de confidentialité indique que le service ne répond pas aux signaux Do Not Track. Activer ce choix demande à Facturos de traiter le signal de votre navigateur comme un refus.',
    'Undo the last change to your cookie and tracking choices': 'Annuler la dernière modification de vos choix de cookies et de suivi',
    'Always on: these cookies sign you in, keep your session secure and remember the choices on this page, so the service cannot work without them. They are not used for tracking.': 'Toujours activés : ces cookies vous connectent, protègent votre session et retiennent les choix de cette page ; le service ne peut pas fonctionner sans eux. Ils ne servent pas au suivi.',
}

def load_tables():
    """FR above plus the FR table of every translations/fr_<page>.py (one file per page keeps edits apart)."""
    table = dict(FR)
    for module in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fr_*.py'))):
        scope = {}
        with open(module, encoding='utf-8') as source:
            exec(compile(source.read(), module, 'exec'), scope)
        table.update(scope['FR'])
    return table


def typographic(text):
    """French typography: the apostrophe between letters is ’ (U+2019), whatever the table was typed with."""
    return re.sub(r"(?<=\w)'(?=\w)", '’', text)


def english_forms(source):
    """English plurals of a numerus source: "%n second(s)" -> ["%n second", "%n seconds"]."""
    return [source.replace('(s)', ''), source.replace('(s)', 's')]


def main(path):
    english = path.endswith('_en.ts')
    FR = {} if english else load_tables()
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        if translation.get('type') in ('vanished', 'obsolete'):
            continue
        # "source|disambiguation" first: one English text may need another French Alt key on another screen.
        comment = message.find('comment')
        french = FR.get(f'{source}|{comment.text}') if comment is not None else None
        if french is None:
            french = english_forms(source) if english and message.get('numerus') == 'yes' else FR.get(source)
        if english and french is None:
            continue  # English needs only its plural forms; the source text is shown as it is
        if french is None:
            if translation.get('type') != 'unfinished' and (translation.text or list(translation)):
                continue  # translated by hand in the .ts already
            missing.append(source)
            continue
        if not english:
            french = [typographic(form) for form in french] if isinstance(french, list) else typographic(french)
        for child in list(translation):
            translation.remove(child)
        if message.get('numerus') == 'yes':
            translation.text = None
            for form in (french if isinstance(french, list) else [french, french]):
                ET.SubElement(translation, 'numerusform').text = form
        else:
            translation.text = french
        translation.attrib.pop('type', None)
    with open(path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
    for source in missing:
        print('untranslated:', source, file=sys.stderr)
    return 1 if missing else 0

if __name__ == '__main__':
    if len(sys.argv) > 1:
        sys.exit(main(sys.argv[1]))
    here = os.path.dirname(os.path.abspath(__file__))
    results = [main(os.path.join(here, name)) for name in ('facturos-account_fr.ts', 'facturos-account_en.ts')]
    sys.exit(max(results))
