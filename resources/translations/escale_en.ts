<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>AdminDialog</name>
    <message>
        <source>Administration de la borne</source>
        <translation>Kiosk administration</translation>
    </message>
    <message>
        <source>Configuration (lecture seule)</source>
        <translation>Configuration (read-only)</translation>
    </message>
    <message>
        <source>configuré</source>
        <translation>configured</translation>
    </message>
    <message>
        <source>non configuré</source>
        <translation>not configured</translation>
    </message>
    <message>
        <source>aucun (mode démonstration)</source>
        <translation>none (demo mode)</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Dossiers sur la borne</source>
        <translation>Files on the kiosk</translation>
    </message>
    <message>
        <source>Plateforme graphique</source>
        <translation>Graphics platform</translation>
    </message>
    <message>
        <source>Système</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Quitter la borne</source>
        <translation>Quit the kiosk</translation>
    </message>
</context>
<context>
    <name>AppearanceControls</name>
    <message>
        <source>Taille du texte : %1 %</source>
        <translation>Text size: %1%</translation>
    </message>
    <message>
        <source>Réduire la taille du texte</source>
        <translation>Make the text smaller</translation>
    </message>
    <message>
        <source>Agrandir la taille du texte</source>
        <translation>Make the text larger</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Texte clair sur fond noir, bordures épaisses</source>
        <translation>Light text on a black background, thick borders</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Complement</name>
    <message>
        <source>Ajouter un fichier</source>
        <translation>Add a file</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Aucun fichier pour le moment.</source>
        <translation>No file yet.</translation>
    </message>
    <message>
        <source>Retirer %1</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Votre demande est déposée</source>
        <translation>Your application has been submitted</translation>
    </message>
    <message>
        <source>Afficher la confirmation</source>
        <translation>Show the confirmation</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Enregistrer une copie…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Numéro de dossier : %1</source>
        <translation>File number: %1</translation>
    </message>
    <message>
        <source>Numéro de dépôt : %1</source>
        <translation>Submission number: %1</translation>
    </message>
    <message>
        <source>État : %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Votre demande a été transmise. Conservez la confirmation de dépôt : elle porte votre numéro de dépôt.</source>
        <translation>Your application has been sent. Keep the submission confirmation: it shows your submission number.</translation>
    </message>
    <message>
        <source>Conservez la confirmation de dépôt : elle prouve que vous avez déposé votre demande. Le numéro de dépôt définitif vous sera communiqué dès la transmission au service central.</source>
        <translation>Keep the submission confirmation: it proves that you have submitted your application. Your final submission number will be given to you as soon as the application reaches the central service.</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Je suis toujours là</source>
        <translation>I am still here</translation>
    </message>
    <message>
        <source>Sans réponse, votre session se terminera dans %1 secondes et vos informations seront effacées de l'écran.</source>
        <translation>Without an answer, your session will end in %1 seconds and your information will be erased from the screen.</translation>
    </message>
</context>
<context>
    <name>CountryEditor</name>
    <message>
        <source>Tapez les premières lettres du pays</source>
        <translation>Type the first letters of the country</translation>
    </message>
    <message>
        <source>Choisissez un pays dans la liste.</source>
        <translation>Choose a country from the list.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Scellé, en attente d'envoi</source>
        <translation>Sealed, waiting to be sent</translation>
    </message>
    <message>
        <source>Envoi en cours</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Envoyé, en attente du reçu</source>
        <translation>Sent, waiting for the receipt</translation>
    </message>
    <message>
        <source>Déposé</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Nouvel essai prévu</source>
        <translation>Retry scheduled</translation>
    </message>
    <message>
        <source>Bloqué</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Depuis</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dossiers en file d'attente</source>
        <translation>Files in the queue</translation>
    </message>
    <message>
        <source>Synchroniser maintenant</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Passer en libre-service</source>
        <translation>Switch to self-service</translation>
    </message>
    <message>
        <source>%1 en attente de scellement · %2 à envoyer · %3 bloqué(s) · %4 déposé(s)</source>
        <translation>%1 waiting to be sealed · %2 to send · %3 blocked · %4 submitted</translation>
    </message>
    <message>
        <source>Numéro de dépôt %1</source>
        <translation>Submission number %1</translation>
    </message>
    <message>
        <source>Nouvel essai à %1 (%2)</source>
        <translation>Next attempt at %1 (%2)</translation>
    </message>
    <message>
        <source>Renvoyer</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Abandonner</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Abandonner définitivement le dossier %1 ? Il ne sera jamais transmis ; cette action est enregistrée.</source>
        <translation>Permanently discard file %1? It will never be sent; this action is recorded.</translation>
    </message>
    <message>
        <source>Abandonner le dossier</source>
        <translation>Discard the file</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Cette date n'existe pas.</source>
        <translation>This date does not exist.</translation>
    </message>
    <message>
        <source>Date attendue au format JJ/MM/AAAA, par exemple 05/03/1990.</source>
        <translation>Date expected as DD/MM/YYYY, for example 05/03/1990.</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>Lire mon passeport ou mon titre de séjour</source>
        <translation>Read my passport or residence permit</translation>
    </message>
    <message>
        <source>Utiliser quand même ce document</source>
        <translation>Use this document anyway</translation>
    </message>
    <message>
        <source>✓ lu sur le document</source>
        <translation>✓ read from the document</translation>
    </message>
    <message>
        <source>Lu sur le document</source>
        <translation>Read from the document</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Votre passeport a expiré le %1. Un passeport en cours de validité est demandé.</source>
        <translation>Your passport expired on %1. A valid passport is required.</translation>
    </message>
    <message>
        <source>Ce document a expiré le %1.</source>
        <translation>This document expired on %1.</translation>
    </message>
    <message>
        <source>Votre passeport expire bientôt (le %1). Pensez à le faire renouveler.</source>
        <translation>Your passport expires soon (on %1). Remember to renew it.</translation>
    </message>
    <message>
        <source>Ce document expire bientôt (le %1).</source>
        <translation>This document expires soon (on %1).</translation>
    </message>
    <message>
        <source>Ce document semble être celui d'une autre personne : le nom ou la date de naissance ne correspond pas à ce qui a été saisi. Vos informations n'ont pas été remplacées. Montrez votre propre document, ou utilisez quand même celui-ci.</source>
        <translation>This document seems to belong to someone else: the name or date of birth does not match what was entered. Your information has not been replaced. Show your own document, or use this one anyway.</translation>
    </message>
    <message>
        <source>La nationalité inscrite sur le document n'a pas pu être reprise : choisissez-la dans la liste.</source>
        <translation>The nationality on the document could not be copied: choose it from the list.</translation>
    </message>
    <message>
        <source>Votre nom est peut-être coupé sur le document (il occupe toute la ligne) : vérifiez-le et complétez-le si besoin.</source>
        <translation>Your name may be cut off on the document (it fills the whole line): check it and complete it if needed.</translation>
    </message>
    <message>
        <source>La date de naissance n'est pas complète sur le document : saisissez-la.</source>
        <translation>The date of birth is incomplete on the document: enter it.</translation>
    </message>
    <message>
        <source>Ce nom n'a pas pu être lu avec certitude (lu : « %1 ») : vérifiez-le et saisissez-le.</source>
        <translation>This name could not be read with certainty (read: “%1”): please check it and type it in.</translation>
    </message>
    <message>
        <source>Ce numéro n'a pas pu être lu avec certitude (lu : « %1 ») : vérifiez-le et saisissez-le.</source>
        <translation>This number could not be read with certainty (read: “%1”): please check it and type it in.</translation>
    </message>
    <message>
        <source>Les noms sont recopiés tels qu'ils figurent dans la bande de lecture du document, en majuscules et sans accents. Vérifiez-les et ajoutez les accents si besoin.</source>
        <translation>Names are copied as they appear in the document's machine-readable zone, in capitals and without accents. Check them and add accents if needed.</translation>
    </message>
    <message>
        <source>Noms lus sur le document</source>
        <translation>Names read from the document</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Obligatoire</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Facultatif</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>✔ Vérifié : %1 fichier(s), %2 page(s), %3 Mo</source>
        <translation>✔ Verified: %1 file(s), %2 page(s), %3 MB</translation>
    </message>
    <message>
        <source>✔ Joint : %1 fichier(s), %2 page(s), %3 Mo</source>
        <translation>✔ Attached: %1 file(s), %2 page(s), %3 MB</translation>
    </message>
    <message>
        <source>✖ Manquant</source>
        <translation>✖ Missing</translation>
    </message>
    <message>
        <source>Aucun fichier (facultatif)</source>
        <translation>No file (optional)</translation>
    </message>
    <message>
        <source>Traduction : </source>
        <translation>Translation: </translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 page(s)</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Retirer %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Photographier</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>Ajouter un fichier</source>
        <translation>Add a file</translation>
    </message>
    <message>
        <source>Ajouter une traduction</source>
        <translation>Add a translation</translation>
    </message>
    <message>
        <source>Cette pièce est obligatoire.</source>
        <translation>This document is required.</translation>
    </message>
    <message>
        <source>Pièces manquantes</source>
        <translation>Missing documents</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>(facultatif)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Aucun pour l'instant.</source>
        <translation>None for now.</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Escale – dépôt de demande de titre de séjour</source>
        <translation>Escale – residence permit application</translation>
    </message>
    <message>
        <source>Transmission : non configurée</source>
        <translation>Transmission: not configured</translation>
    </message>
    <message>
        <source>Envoi du dossier en cours</source>
        <translation>Sending the file</translation>
    </message>
    <message>
        <source>Langue / Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Enregistrer et reprendre plus tard</source>
        <translation>Save and continue later</translation>
    </message>
    <message>
        <source>Le libre-service demande un code médiateur dans la configuration : sans lui, personne ne pourrait reprendre la main.</source>
        <translation>Self-service needs a mediator code in the configuration: without it, nobody could take back control.</translation>
    </message>
    <message>
        <source>● En ligne</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>○ Hors ligne</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <source>✖ Borne non autorisée : prévenez le service informatique</source>
        <translation>✖ Kiosk not authorised: inform the IT department</translation>
    </message>
    <message>
        <source>○ Borne non enregistrée auprès du service central</source>
        <translation>○ Kiosk not registered with the central service</translation>
    </message>
    <message>
        <source>%1 dossier(s) à transmettre</source>
        <translation>%1 file(s) to send</translation>
    </message>
    <message>
        <source>%1 bloqué(s)</source>
        <translation>%1 blocked</translation>
    </message>
    <message>
        <source>Ticket de reprise</source>
        <translation>Resume ticket</translation>
    </message>
    <message>
        <source>Étape %1/%2 : %3</source>
        <translation>Step %1/%2: %3</translation>
    </message>
    <message>
        <source>Avant de commencer</source>
        <translation>Before you start</translation>
    </message>
    <message>
        <source>Revenir à la vérification</source>
        <translation>Back to the review</translation>
    </message>
    <message>
        <source>Étape 5/5 : Confirmation</source>
        <translation>Step 5/5: Confirmation</translation>
    </message>
    <message>
        <source>Continuer malgré tout</source>
        <translation>Continue anyway</translation>
    </message>
    <message>
        <source>Le dépôt n'est pas encore possible</source>
        <translation>Submission is not possible yet</translation>
    </message>
    <message>
        <source>Choisir des fichiers</source>
        <translation>Choose files</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Liste des pièces justificatives</source>
        <translation>List of supporting documents</translation>
    </message>
    <message>
        <source>Confirmation de dépôt</source>
        <translation>Submission confirmation</translation>
    </message>
    <message>
        <source>Enregistrer la confirmation</source>
        <translation>Save the confirmation</translation>
    </message>
</context>
<context>
    <name>Online</name>
    <message>
        <source>numéro étranger</source>
        <translation>foreign national number</translation>
    </message>
    <message>
        <source>numéro du document</source>
        <translation>document number</translation>
    </message>
    <message>
        <source>adresse électronique</source>
        <translation>email address</translation>
    </message>
    <message>
        <source>code reçu par courriel</source>
        <translation>code received by email</translation>
    </message>
    <message>
        <source>mot de passe</source>
        <translation>password</translation>
    </message>
    <message>
        <source>Le service de la préfecture a refusé la demande. Adressez-vous à l'accueil.</source>
        <translation>The prefecture's service refused the request. Please ask at the reception desk.</translation>
    </message>
    <message>
        <source>Cette étape a besoin d'internet et le service de la préfecture ne répond pas. Réessayez dans quelques minutes. Le dépôt d'une demande reste possible sans connexion.</source>
        <translation>This step needs the internet and the prefecture's service is not responding. Try again in a few minutes. You can still submit an application without a connection.</translation>
    </message>
    <message>
        <source>Cette borne n'est pas encore reliée au service de la préfecture. Adressez-vous à l'accueil.</source>
        <translation>This kiosk is not yet connected to the prefecture's service. Please ask at the reception desk.</translation>
    </message>
    <message>
        <source>Impossible pour le moment</source>
        <translation>Not possible at the moment</translation>
    </message>
    <message>
        <source>Mon espace</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>Connectez-vous pour lire les messages de la préfecture sur votre demande : pièces complémentaires demandées, décision.</source>
        <translation>Log in to read the prefecture's messages about your application: additional documents requested, decision.</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>Foreign national number</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Créer mon compte</source>
        <translation>Create my account</translation>
    </message>
    <message>
        <source>Retour à l'accueil</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>Vous recevrez un code par courriel pour choisir votre mot de passe.</source>
        <translation>You will receive a code by email to choose your password.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Numéro du document</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Recevoir mon code</source>
        <translation>Get my code</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Choisir mon mot de passe</source>
        <translation>Choose my password</translation>
    </message>
    <message>
        <source>Code reçu par courriel</source>
        <translation>Code received by email</translation>
    </message>
    <message>
        <source>Nouveau mot de passe</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Le même mot de passe</source>
        <translation>The same password again</translation>
    </message>
    <message>
        <source>Activer mon compte</source>
        <translation>Activate my account</translation>
    </message>
    <message>
        <source>Messages de la préfecture</source>
        <translation>Messages from the prefecture</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Me déconnecter</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Envoyer les pièces demandées</source>
        <translation>Send the requested documents</translation>
    </message>
    <message>
        <source>Ajoutez un fichier pour chaque pièce demandée, puis envoyez. Vos pièces sont enregistrées sur la borne et transmises dès que la connexion le permet.</source>
        <translation>Add a file for each requested document, then send. Your documents are saved on the kiosk and sent as soon as the connection allows.</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pièces enregistrées</source>
        <translation>Documents saved</translation>
    </message>
    <message>
        <source>Vérifiez : %1.</source>
        <translation>Check: %1.</translation>
    </message>
    <message>
        <source>10 chiffres, sur votre titre de séjour</source>
        <translation>10 digits, on your residence permit</translation>
    </message>
    <message>
        <source>Code envoyé</source>
        <translation>Code sent</translation>
    </message>
    <message>
        <source>au moins 10 caractères</source>
        <translation>at least 10 characters</translation>
    </message>
    <message>
        <source>Compte activé</source>
        <translation>Account activated</translation>
    </message>
    <message>
        <source>Afficher l'attestation</source>
        <translation>Show the certificate</translation>
    </message>
    <message>
        <source>Imprimer l'attestation</source>
        <translation>Print the certificate</translation>
    </message>
    <message>
        <source>Vos pièces sont enregistrées sur la borne. Elles seront transmises à la préfecture dès que possible ; un message vous le confirmera ici.</source>
        <translation>Your documents are saved on the kiosk. They will be sent to the prefecture as soon as possible; a message here will confirm it.</translation>
    </message>
    <message>
        <source>Vérifiez : %1. Le mot de passe doit compter au moins 10 caractères.</source>
        <translation>Check: %1. The password must have at least 10 characters.</translation>
    </message>
    <message>
        <source>Un code à 8 chiffres a été envoyé à votre adresse électronique. Il est valable 15 minutes.</source>
        <translation>An 8-digit code has been sent to your email address. It is valid for 15 minutes.</translation>
    </message>
    <message>
        <source>Les deux mots de passe sont différents.</source>
        <translation>The two passwords are different.</translation>
    </message>
    <message>
        <source>Votre compte est actif. Connectez-vous avec votre numéro étranger et votre mot de passe.</source>
        <translation>Your account is active. Log in with your foreign national number and your password.</translation>
    </message>
    <message>
        <source>Aucun message pour le moment.</source>
        <translation>No messages for now.</translation>
    </message>
    <message>
        <source>Attestation de décision favorable</source>
        <translation>Certificate of favourable decision</translation>
    </message>
    <message>
        <source>Demande n° %1</source>
        <translation>Application no. %1</translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Pièces demandées :</source>
        <translation>Documents requested:</translation>
    </message>
</context>
<context>
    <name>PageCapture</name>
    <message>
        <source>2D-Doc vérifié : toutes les vérifications sont bonnes.</source>
        <translation>2D-Doc verified: every check passed.</translation>
    </message>
    <message>
        <source>2D-Doc lu : le justificatif devra être vérifié par un agent.</source>
        <translation>2D-Doc read: the document will have to be checked by an officer.</translation>
    </message>
    <message>
        <source>✖ Signature du code 2D-Doc invalide : le document a pu être modifié.</source>
        <translation>✖ Invalid 2D-Doc signature: the document may have been altered.</translation>
    </message>
    <message>
        <source>Ce document n'est pas un justificatif de domicile.</source>
        <translation>This document is not a proof of address.</translation>
    </message>
    <message>
        <source>✔ Signature du code 2D-Doc valide.</source>
        <translation>✔ Valid 2D-Doc signature.</translation>
    </message>
    <message>
        <source>✖ Signature non vérifiable : le certificat du code 2D-Doc est inconnu.</source>
        <translation>✖ Signature cannot be verified: the 2D-Doc certificate is unknown.</translation>
    </message>
    <message>
        <source>Le nom correspond au demandeur.</source>
        <translation>The name matches the applicant.</translation>
    </message>
    <message>
        <source>Le nom ne correspond pas au demandeur.</source>
        <translation>The name does not match the applicant.</translation>
    </message>
    <message>
        <source>Le code ne contient pas de nom.</source>
        <translation>The code contains no name.</translation>
    </message>
    <message>
        <source>L'adresse correspond à l'adresse déclarée.</source>
        <translation>The address matches the declared address.</translation>
    </message>
    <message>
        <source>L'adresse ne correspond pas à l'adresse déclarée.</source>
        <translation>The address does not match the declared address.</translation>
    </message>
    <message>
        <source>Le code ne contient pas d'adresse.</source>
        <translation>The code contains no address.</translation>
    </message>
    <message>
        <source>Document du %1 : moins de 6 mois.</source>
        <translation>Document dated %1: less than 6 months old.</translation>
    </message>
    <message>
        <source>Document du %1 : plus de 6 mois, ou daté dans le futur.</source>
        <translation>Document dated %1: more than 6 months old, or dated in the future.</translation>
    </message>
    <message>
        <source>Le code ne contient pas de date.</source>
        <translation>The code contains no date.</translation>
    </message>
</context>
<context>
    <name>PageCaptureDialog</name>
    <message>
        <source>Photographier le document</source>
        <translation>Photograph the document</translation>
    </message>
    <message>
        <source>Image de la caméra, avec la feuille repérée</source>
        <translation>Camera image, with the detected sheet</translation>
    </message>
    <message>
        <source>Pages photographiées</source>
        <translation>Pages photographed</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Retake</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>Take the photo</translation>
    </message>
    <message>
        <source>Importer un fichier</source>
        <translation>Import a file</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Posez la feuille à plat sous la caméra</source>
        <translation>Lay the sheet flat under the camera</translation>
    </message>
    <message>
        <source>La feuille est coupée : montrez-la en entier</source>
        <translation>The sheet is cut off: show all of it</translation>
    </message>
    <message>
        <source>Rapprochez la feuille de la caméra</source>
        <translation>Move the sheet closer to the camera</translation>
    </message>
    <message>
        <source>L'image est trop sombre : éclairez davantage la feuille</source>
        <translation>The image is too dark: light the sheet better</translation>
    </message>
    <message>
        <source>Un reflet cache le texte : inclinez un peu la feuille</source>
        <translation>Glare hides the text: tilt the sheet a little</translation>
    </message>
    <message>
        <source>L'image est floue : ne bougez plus la feuille</source>
        <translation>The image is blurred: keep the sheet still</translation>
    </message>
    <message>
        <source>Ne bougez plus : la page %1 va être reprise</source>
        <translation>Hold still: page %1 is about to be retaken</translation>
    </message>
    <message>
        <source>Ne bougez plus : photo en cours…</source>
        <translation>Hold still: taking the photo…</translation>
    </message>
    <message>
        <source>Caméra indisponible</source>
        <translation>Camera unavailable</translation>
    </message>
    <message>
        <source>La caméra ne répond pas. Vous pouvez importer un fichier avec le bouton « Importer un fichier ».</source>
        <translation>The camera is not responding. You can import a file with the “Import a file” button.</translation>
    </message>
    <message>
        <source>Aucune image de la caméra pour l'instant.</source>
        <translation>No camera image yet.</translation>
    </message>
    <message>
        <source>Lecture du fichier…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Le document n'a pas pu être préparé. Réessayez.</source>
        <translation>The document could not be prepared. Try again.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 page(s)</translation>
    </message>
    <message>
        <source>Préparation du document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>Choisir un fichier</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Annexe 1 — Liste des pièces justificatives</source>
        <translation>Annex 1 — List of supporting documents</translation>
    </message>
    <message>
        <source>Tout document rédigé en langue étrangère doit être accompagné de sa traduction par un traducteur agréé/assermenté.</source>
        <translation>Any document written in a foreign language must come with its translation by an approved/sworn translator.</translation>
    </message>
    <message>
        <source>Cochez chaque pièce une fois réunie. Les pièces « Obligatoire » sont nécessaires au dépôt ; les pièces « Facultatif » peuvent compléter votre dossier ; les pièces « Selon votre situation » sont demandées dans le cas indiqué.</source>
        <translation>Tick each document once you have it. “Required” documents are needed to apply; “Optional” documents can complete your file; documents marked “Depending on your situation” are requested in the case stated.</translation>
    </message>
    <message>
        <source>Obligatoire</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Facultatif</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Selon votre situation</source>
        <translation>Depending on your situation</translation>
    </message>
    <message>
        <source>Aucune pièce justificative n'est demandée.</source>
        <translation>No supporting document is requested.</translation>
    </message>
    <message>
        <source>Important :</source>
        <translation>Important:</translation>
    </message>
    <message>
        <source>Escale — liste établie le %1</source>
        <translation>Escale — list made on %1</translation>
    </message>
    <message>
        <source>Établie le %1</source>
        <translation>Made on %1</translation>
    </message>
    <message>
        <source>pour %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <source>version de la procédure : %1</source>
        <translation>procedure version: %1</translation>
    </message>
    <message>
        <source>Confirmation de dépôt</source>
        <translation>Submission confirmation</translation>
    </message>
    <message>
        <source>Ce document confirme le dépôt de votre demande ; il ne constitue pas un titre de séjour. Conservez-le et indiquez le numéro de dossier dans vos échanges avec la préfecture.</source>
        <translation>This document confirms that your application was submitted; it is not a residence permit. Keep it and quote the file number whenever you contact the prefecture.</translation>
    </message>
    <message>
        <source>Déposé le</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Numéro de dossier</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Numéro de dépôt</source>
        <translation>Submission number</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lieu de dépôt</source>
        <translation>Place of submission</translation>
    </message>
    <message>
        <source>Code QR du dossier</source>
        <translation>File QR code</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Pièces déposées</source>
        <translation>Documents submitted</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Nom d'usage</source>
        <translation>Name in use</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>Foreign national number</translation>
    </message>
    <message>
        <source>Pièce justificative</source>
        <translation>Supporting document</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Aucun fichier</source>
        <translation>No file</translation>
    </message>
    <message>
        <source>Aucune pièce déposée.</source>
        <translation>No document submitted.</translation>
    </message>
    <message>
        <source>Traduction :</source>
        <translation>Translation:</translation>
    </message>
    <message>
        <source>%1 pièce(s), %2 fichier(s), dont %3 traduction(s)</source>
        <translation>%1 document(s), %2 file(s), including %3 translation(s)</translation>
    </message>
    <message>
        <source>Ticket de reprise de votre demande</source>
        <translation>Ticket to resume your application</translation>
    </message>
    <message>
        <source>Votre demande en cours est enregistrée sur cette borne. Avec ce code, vous la reprendrez là où vous vous êtes arrêté(e).</source>
        <translation>Your application in progress is saved on this kiosk. With this code, you can continue where you stopped.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>Resume code</translation>
    </message>
    <message>
        <source>Valable jusqu'au</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>inclus</source>
        <translation>inclusive</translation>
    </message>
    <message>
        <source>À présenter à la caméra de la borne</source>
        <translation>Show this to the kiosk camera</translation>
    </message>
    <message>
        <source>Pour reprendre votre demande</source>
        <translation>To resume your application</translation>
    </message>
    <message>
        <source>Revenez à une borne Escale de ce lieu avant la fin de validité du code.</source>
        <translation>Come back to an Escale kiosk at this place before the code expires.</translation>
    </message>
    <message>
        <source>Sur l'écran d'accueil, touchez « Reprendre avec un code ».</source>
        <translation>On the home screen, touch “Resume with a code”.</translation>
    </message>
    <message>
        <source>Tapez le code ci-dessus, ou présentez ce ticket à la caméra (« Scanner le ticket »).</source>
        <translation>Type the code above, or show this ticket to the camera (“Scan the ticket”).</translation>
    </message>
    <message>
        <source>Gardez ce ticket pour vous : toute personne qui a ce code peut ouvrir votre demande. Le code ne sert qu'une fois ; si vous enregistrez de nouveau, vous recevrez un nouveau ticket.</source>
        <translation>Keep this ticket to yourself: anyone who has this code can open your application. The code works only once; if you save again, you will get a new ticket.</translation>
    </message>
    <message>
        <source>Après cette date, la demande enregistrée est supprimée : il faudra la recommencer.</source>
        <translation>After this date, the saved application is deleted: you will have to start it again.</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Code administrateur</source>
        <translation>Administrator code</translation>
    </message>
    <message>
        <source>Code médiateur</source>
        <translation>Mediator code</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Vérification impossible. Réessayez ou prévenez le service informatique.</source>
        <translation>Unable to verify. Try again or inform the IT department.</translation>
    </message>
    <message>
        <source>Aucun code n'est configuré pour cet accès.</source>
        <translation>No code is configured for this access.</translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>Incorrect code.</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 secondes.</source>
        <translation>You can try again in %1 seconds.</translation>
    </message>
</context>
<context>
    <name>PreambleScreen</name>
    <message>
        <source>Liste des pièces justificatives</source>
        <translation>List of supporting documents</translation>
    </message>
    <message>
        <source>Afficher la liste (PDF)</source>
        <translation>Show the list (PDF)</translation>
    </message>
    <message>
        <source>Imprimer la liste</source>
        <translation>Print the list</translation>
    </message>
    <message>
        <source>obligatoire</source>
        <translation>required</translation>
    </message>
    <message>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>selon votre situation</source>
        <translation>depending on your situation</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Renouvellement de titre de séjour – Membre de famille de ressortissant UE/EEE/Suisse</source>
        <translation>Residence permit renewal – Family member of an EU/EEA/Swiss citizen</translation>
    </message>
    <message>
        <source>Carte « CE – Séjour permanent – Toutes activités professionnelles » (10 ans, gratuite)</source>
        <translation>“CE – Séjour permanent – Toutes activités professionnelles” card (EU permanent residence, all occupations; 10 years, free of charge)</translation>
    </message>
    <message>
        <source>Tout document rédigé en langue étrangère doit être accompagné de sa traduction par un traducteur assermenté.</source>
        <translation>Any document written in a foreign language must come with its translation by a sworn translator.</translation>
    </message>
    <message>
        <source>Informations personnelles</source>
        <translation>Personal information</translation>
    </message>
    <message>
        <source>Modalités du séjour</source>
        <translation>Details of your stay</translation>
    </message>
    <message>
        <source>Pièces justificatives</source>
        <translation>Supporting documents</translation>
    </message>
    <message>
        <source>Vérification et dépôt</source>
        <translation>Review and submission</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Séjour dans un autre État</source>
        <translation>Stay in another State</translation>
    </message>
    <message>
        <source>Liens personnels et familiaux</source>
        <translation>Personal and family ties</translation>
    </message>
    <message>
        <source>Motif du séjour</source>
        <translation>Reason for the stay</translation>
    </message>
    <message>
        <source>Ressources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Je sollicite le renouvellement de ce titre</source>
        <translation>I am applying to renew this permit</translation>
    </message>
    <message>
        <source>Indiquez le titre de séjour que vous détenez aujourd'hui. Le renouvellement se demande entre 4 et 2 mois avant la date d'expiration de ce titre.</source>
        <translation>Tell us which residence permit you hold today. Renewal is requested between 4 and 2 months before this permit's expiry date.</translation>
    </message>
    <message>
        <source>Catégorie de votre titre de séjour actuel</source>
        <translation>Category of your current residence permit</translation>
    </message>
    <message>
        <source>Membre de famille de ressortissant UE/EEE/Suisse</source>
        <translation>Family member of an EU/EEA/Swiss citizen</translation>
    </message>
    <message>
        <source>Autre catégorie de titre de séjour</source>
        <translation>Another category of residence permit</translation>
    </message>
    <message>
        <source>Date d'expiration de votre titre actuel</source>
        <translation>Expiry date of your current permit</translation>
    </message>
    <message>
        <source>Elle figure au recto du titre, après « Date d'expiration ».</source>
        <translation>It is on the front of the permit, after “Date d'expiration”.</translation>
    </message>
    <message>
        <source>Démarche réservée</source>
        <translation>Restricted procedure</translation>
    </message>
    <message>
        <source>Cette démarche est réservée aux personnes reconnues « Membre de famille de ressortissant UE/EEE/Suisse ». Elle mène à la carte « CE – Séjour permanent – Toutes activités professionnelles », valable 10 ans et délivrée gratuitement.</source>
        <translation>This procedure is only for people recognised as “Family member of an EU/EEA/Swiss citizen”. It leads to the “CE – Séjour permanent – Toutes activités professionnelles” card (EU permanent residence, all occupations), valid for 10 years and issued free of charge.</translation>
    </message>
    <message>
        <source>Avant de commencer</source>
        <translation>Before you start</translation>
    </message>
    <message>
        <source>La demande se fait en 5 étapes : vos informations personnelles, les modalités de votre séjour, les pièces justificatives, la vérification et le dépôt, puis la confirmation. Préparez les pièces de la liste ci-dessous : vous pouvez l'afficher ou l'imprimer. Elle se précise au fil de vos réponses.</source>
        <translation>The application has 5 steps: your personal information, the details of your stay, the supporting documents, review and submission, then confirmation. Prepare the documents in the list below: you can show it or print it. It becomes more precise as you answer.</translation>
    </message>
    <message>
        <source>Vérifier les informations personnelles (1/2)</source>
        <translation>Check your personal information (1/2)</translation>
    </message>
    <message>
        <source>Vérifiez votre identité telle qu'elle figure sur votre passeport. Un nom d'usage peut être ajouté si nécessaire.</source>
        <translation>Check your identity as it appears on your passport. A name in use can be added if needed.</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>Surname at birth</translation>
    </message>
    <message>
        <source>Prénom(s)</source>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <source>Nom d'usage</source>
        <translation>Name in use</translation>
    </message>
    <message>
        <source>Par exemple le nom de votre conjoint, si vous l'utilisez.</source>
        <translation>For example your spouse's surname, if you use it.</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Féminin</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Non spécifié (X)</source>
        <translation>Unspecified (X)</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>Foreign national number</translation>
    </message>
    <message>
        <source>10 chiffres (parfois 9), au recto de votre titre de séjour.</source>
        <translation>10 digits (sometimes 9), on the front of your residence permit.</translation>
    </message>
    <message>
        <source>Numéro de passeport</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <source>Date d'expiration du passeport</source>
        <translation>Passport expiry date</translation>
    </message>
    <message>
        <source>Vérifier les informations personnelles (2/2)</source>
        <translation>Check your personal information (2/2)</translation>
    </message>
    <message>
        <source>Vérifiez votre adresse et indiquez un numéro de téléphone pour vous contacter.</source>
        <translation>Check your address and give a phone number where you can be reached.</translation>
    </message>
    <message>
        <source>J'ai déménagé depuis mon dernier titre</source>
        <translation>I have moved since my last permit</translation>
    </message>
    <message>
        <source>Adresse en France</source>
        <translation>Address in France</translation>
    </message>
    <message>
        <source>Numéro et voie</source>
        <translation>Number and street</translation>
    </message>
    <message>
        <source>Complément d'adresse</source>
        <translation>Additional address details</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Un numéro français (06 12 34 56 78) ou international (+33 6 12 34 56 78).</source>
        <translation>A French number (06 12 34 56 78) or an international one (+33 6 12 34 56 78).</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Pour recevoir la confirmation de dépôt et les notifications.</source>
        <translation>To receive the submission confirmation and notifications.</translation>
    </message>
    <message>
        <source>Code e-photo</source>
        <translation>e-photo code</translation>
    </message>
    <message>
        <source>Code à 22 caractères imprimé sur la planche de la cabine photo agréée ANTS.</source>
        <translation>22-character code printed on the sheet from an ANTS-approved photo booth.</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (1/9)</source>
        <translation>Check the details of your stay (1/9)</translation>
    </message>
    <message>
        <source>Vérifiez le motif et la durée de votre séjour.</source>
        <translation>Check the reason for and length of your stay.</translation>
    </message>
    <message>
        <source>Ma présence en France est supérieure à 5 ans</source>
        <translation>I have been in France for more than 5 years</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (2/9)</source>
        <translation>Check the details of your stay (2/9)</translation>
    </message>
    <message>
        <source>Indiquez l'activité de l'accueillant, le ressortissant UE/EEE/Suisse ou français dont vous êtes membre de famille.</source>
        <translation>Give the activity of your host: the EU/EEA/Swiss or French citizen whose family member you are.</translation>
    </message>
    <message>
        <source>Activité de l'accueillant en France</source>
        <translation>Your host's activity in France</translation>
    </message>
    <message>
        <source>Étudiant</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Salarié</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Non salarié</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>Salarié ou non salarié en cessation involontaire d'activité</source>
        <translation>Employee or self-employed who involuntarily stopped working</translation>
    </message>
    <message>
        <source>Retraité ou inactif</source>
        <translation>Retired or not working</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (3/9)</source>
        <translation>Check the details of your stay (3/9)</translation>
    </message>
    <message>
        <source>Indiquez qui est votre accueillant.</source>
        <translation>Tell us who your host is.</translation>
    </message>
    <message>
        <source>Mon accueillant est</source>
        <translation>My host is</translation>
    </message>
    <message>
        <source>Européen titulaire d'un titre de séjour</source>
        <translation>A European with a residence permit</translation>
    </message>
    <message>
        <source>Européen sans titre de séjour</source>
        <translation>A European without a residence permit</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Numéro étranger de l'accueillant</source>
        <translation>Your host's foreign national number</translation>
    </message>
    <message>
        <source>Titre de séjour de l'accueillant</source>
        <translation>Your host's residence permit</translation>
    </message>
    <message>
        <source>Titre de séjour permanent (10 ans)</source>
        <translation>Permanent residence permit (10 years)</translation>
    </message>
    <message>
        <source>Titre de séjour « Citoyen UE/EEE/Suisse »</source>
        <translation>“Citoyen UE/EEE/Suisse” residence permit (EU/EEA/Swiss citizen)</translation>
    </message>
    <message>
        <source>Autre titre</source>
        <translation>Another permit</translation>
    </message>
    <message>
        <source>Début de validité du titre de l'accueillant</source>
        <translation>Start of validity of your host's permit</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (4/9)</source>
        <translation>Check the details of your stay (4/9)</translation>
    </message>
    <message>
        <source>Indiquez l'identité de votre accueillant.</source>
        <translation>Give your host's identity.</translation>
    </message>
    <message>
        <source>Nom de l'accueillant</source>
        <translation>Host's surname</translation>
    </message>
    <message>
        <source>Prénom(s) de l'accueillant</source>
        <translation>Host's given name(s)</translation>
    </message>
    <message>
        <source>Date de naissance de l'accueillant</source>
        <translation>Host's date of birth</translation>
    </message>
    <message>
        <source>Nationalité de l'accueillant</source>
        <translation>Host's nationality</translation>
    </message>
    <message>
        <source>Je confirme l'identité de mon accueillant</source>
        <translation>I confirm my host's identity</translation>
    </message>
    <message>
        <source>Votre accueillant a un numéro étranger : vérifiez son identité puis confirmez-la.</source>
        <translation>Your host has a foreign national number: check their identity, then confirm it.</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (5/9)</source>
        <translation>Check the details of your stay (5/9)</translation>
    </message>
    <message>
        <source>Indiquez votre situation vis-à-vis de l'accueillant.</source>
        <translation>Tell us how you are related to your host.</translation>
    </message>
    <message>
        <source>Je suis</source>
        <translation>I am</translation>
    </message>
    <message>
        <source>Conjoint, concubin ou partenaire enregistré</source>
        <translation>Spouse, unmarried partner or registered partner</translation>
    </message>
    <message>
        <source>Descendant</source>
        <translation>Descendant (child, grandchild)</translation>
    </message>
    <message>
        <source>Ascendant</source>
        <translation>Ascendant (parent, grandparent)</translation>
    </message>
    <message>
        <source>Personne à charge</source>
        <translation>Dependent person</translation>
    </message>
    <message>
        <source>De qui ?</source>
        <translation>Of whom?</translation>
    </message>
    <message>
        <source>De l'accueillant</source>
        <translation>Of my host</translation>
    </message>
    <message>
        <source>Du conjoint de l'accueillant</source>
        <translation>Of my host's spouse</translation>
    </message>
    <message>
        <source>Lien de parenté</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Père</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Mère</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Je suis à la charge de l'accueillant</source>
        <translation>I am dependent on my host</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (6/9)</source>
        <translation>Check the details of your stay (6/9)</translation>
    </message>
    <message>
        <source>Déclarez les enfants mineurs à votre charge ou à celle de votre conjoint. Vous pouvez en déclarer plusieurs, ou aucun.</source>
        <translation>Declare the minor children who depend on you or on your spouse. You can declare several, or none.</translation>
    </message>
    <message>
        <source>Enfants à charge</source>
        <translation>Dependent children</translation>
    </message>
    <message>
        <source>Enfant</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Ajouter un enfant</source>
        <translation>Add a child</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (7/9)</source>
        <translation>Check the details of your stay (7/9)</translation>
    </message>
    <message>
        <source>Indiquez votre situation familiale.</source>
        <translation>Give your family situation.</translation>
    </message>
    <message>
        <source>Situation familiale</source>
        <translation>Family situation</translation>
    </message>
    <message>
        <source>Marié(e)</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Pacsé(e) / partenariat enregistré</source>
        <translation>PACS / registered partnership</translation>
    </message>
    <message>
        <source>En concubinage</source>
        <translation>Living together (unmarried)</translation>
    </message>
    <message>
        <source>Divorcé(e)</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Séparé(e)</source>
        <translation>Separated</translation>
    </message>
    <message>
        <source>Veuf / veuve</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <source>Célibataire</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>Date de l'union</source>
        <translation>Date of the marriage or partnership</translation>
    </message>
    <message>
        <source>Pays de l'union</source>
        <translation>Country of the marriage or partnership</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (8/9)</source>
        <translation>Check the details of your stay (8/9)</translation>
    </message>
    <message>
        <source>Vous êtes marié(e) à un Français et en France depuis moins de 5 ans : indiquez si vous avez séjourné avec lui dans un autre État de l'UE, de l'EEE ou en Suisse.</source>
        <translation>You are married to a French citizen and have been in France for less than 5 years: tell us whether you lived with them in another EU or EEA State or in Switzerland.</translation>
    </message>
    <message>
        <source>J'ai séjourné avec mon conjoint dans un autre État de l'UE, de l'EEE ou en Suisse</source>
        <translation>I lived with my spouse in another EU or EEA State or in Switzerland</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (9/9)</source>
        <translation>Check the details of your stay (9/9)</translation>
    </message>
    <message>
        <source>Indiquez le séjour dans cet autre État.</source>
        <translation>Give the details of your stay in that other State.</translation>
    </message>
    <message>
        <source>État de séjour</source>
        <translation>State of the stay</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <source>L'autre État m'a délivré une carte de séjour</source>
        <translation>The other State issued me a residence card</translation>
    </message>
    <message>
        <source>Si vous n'en avez pas, vous joindrez d'autres justificatifs de ce séjour.</source>
        <translation>If you do not have one, you will attach other proof of this stay.</translation>
    </message>
    <message>
        <source>La date de fin du séjour doit être postérieure à sa date de début.</source>
        <translation>The end date of the stay must be after its start date.</translation>
    </message>
    <message>
        <source>Transmettre les pièces justificatives</source>
        <translation>Send the supporting documents</translation>
    </message>
    <message>
        <source>Joignez chaque pièce demandée. Les pièces facultatives peuvent compléter votre dossier.</source>
        <translation>Attach each document requested. Optional documents can complete your file.</translation>
    </message>
    <message>
        <source>Vérifier et déposer la demande</source>
        <translation>Review and submit the application</translation>
    </message>
    <message>
        <source>Relisez vos réponses. Vous pouvez revenir sur chaque partie pour la modifier.</source>
        <translation>Read your answers again. You can go back to any part to change it.</translation>
    </message>
    <message>
        <source>Cette démarche est réservée aux membres de famille de ressortissant UE/EEE/Suisse.</source>
        <translation>This procedure is only for family members of EU/EEA/Swiss citizens.</translation>
    </message>
    <message>
        <source>Choisissez la démarche qui correspond à votre titre actuel, ou demandez conseil au médiateur.</source>
        <translation>Choose the procedure that matches your current permit, or ask the mediator for advice.</translation>
    </message>
    <message>
        <source>Vous avez déménagé : vous devez d'abord déclarer votre changement d'adresse.</source>
        <translation>You have moved: you must first declare your change of address.</translation>
    </message>
    <message>
        <source>Déclarez votre nouvelle adresse sur l'ANEF, puis revenez demander le renouvellement.</source>
        <translation>Declare your new address on the ANEF website, then come back to apply for renewal.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est étudiant, un ascendant ne peut pas bénéficier de ce titre.</source>
        <translation>When the host is a student, an ascendant (parent, grandparent) cannot obtain this permit.</translation>
    </message>
    <message>
        <source>Seuls le conjoint et les descendants à charge d'un étudiant sont concernés. Adressez-vous à la préfecture.</source>
        <translation>Only a student's spouse and dependent descendants are concerned. Contact the prefecture.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est étudiant, un descendant doit être à sa charge.</source>
        <translation>When the host is a student, a descendant must be dependent on them.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est Français, seul son conjoint peut faire cette demande.</source>
        <translation>When the host is French, only their spouse can make this application.</translation>
    </message>
    <message>
        <source>Adressez-vous à la préfecture pour connaître la démarche qui vous correspond.</source>
        <translation>Contact the prefecture to find out which procedure applies to you.</translation>
    </message>
    <message>
        <source>Sans séjour de plus de 3 mois avec votre conjoint dans un autre État de l'UE, de l'EEE ou en Suisse, cette démarche ne vous concerne pas.</source>
        <translation>Without a stay of more than 3 months with your spouse in another EU or EEA State or in Switzerland, this procedure does not apply to you.</translation>
    </message>
    <message>
        <source>Utilisez la démarche « Conjoint de Français » ou contactez votre préfecture.</source>
        <translation>Use the “Conjoint de Français” (spouse of a French citizen) procedure or contact your prefecture.</translation>
    </message>
    <message>
        <source>L'identité de votre accueillant doit être confirmée.</source>
        <translation>Your host's identity must be confirmed.</translation>
    </message>
    <message>
        <source>Vérifiez l'identité de votre accueillant puis cochez la case de confirmation.</source>
        <translation>Check your host's identity, then tick the confirmation box.</translation>
    </message>
    <message>
        <source>Il est tôt : le renouvellement se demande entre 4 et 2 mois avant l'expiration de votre titre.</source>
        <translation>It is early: renewal is requested between 4 and 2 months before your permit expires.</translation>
    </message>
    <message>
        <source>Votre titre expire dans moins de 2 mois : déposez votre demande sans attendre.</source>
        <translation>Your permit expires in less than 2 months: submit your application without delay.</translation>
    </message>
    <message>
        <source>Votre titre a expiré : déposez votre demande et conservez la confirmation de dépôt.</source>
        <translation>Your permit has expired: submit your application and keep the submission confirmation.</translation>
    </message>
    <message>
        <source>Passeport en cours de validité</source>
        <translation>Valid passport</translation>
    </message>
    <message>
        <source>Les pages d'identité et de validité.</source>
        <translation>The identity and validity pages.</translation>
    </message>
    <message>
        <source>Justificatif de domicile de moins de 6 mois</source>
        <translation>Proof of address less than 6 months old</translation>
    </message>
    <message>
        <source>Facture d'électricité, de gaz, d'eau ou de téléphone, quittance de loyer, avis d'imposition…</source>
        <translation>Electricity, gas, water or phone bill, rent receipt, tax notice…</translation>
    </message>
    <message>
        <source>Carte de séjour délivrée par l'autre État</source>
        <translation>Residence card issued by the other State</translation>
    </message>
    <message>
        <source>si vous avez séjourné dans un autre État et y avez reçu une carte de séjour</source>
        <translation>if you lived in another State and received a residence card there</translation>
    </message>
    <message>
        <source>Justificatifs du séjour de plus de 3 mois dans l'autre État</source>
        <translation>Proof of the stay of more than 3 months in the other State</translation>
    </message>
    <message>
        <source>si vous avez séjourné dans un autre État sans y recevoir de carte de séjour</source>
        <translation>if you lived in another State without receiving a residence card there</translation>
    </message>
    <message>
        <source>Acte de mariage</source>
        <translation>Marriage certificate</translation>
    </message>
    <message>
        <source>si vous êtes marié(e)</source>
        <translation>if you are married</translation>
    </message>
    <message>
        <source>Attestation de PACS ou de partenariat enregistré</source>
        <translation>Certificate of PACS or registered partnership</translation>
    </message>
    <message>
        <source>si vous êtes pacsé(e)</source>
        <translation>if you are in a PACS (civil partnership)</translation>
    </message>
    <message>
        <source>Justificatifs de vie commune</source>
        <translation>Proof of living together</translation>
    </message>
    <message>
        <source>si vous vivez en concubinage</source>
        <translation>if you live together without being married</translation>
    </message>
    <message>
        <source>Pièce d'identité de l'accueillant</source>
        <translation>Host's identity document</translation>
    </message>
    <message>
        <source>si votre accueillant est Français ou Européen sans titre de séjour</source>
        <translation>if your host is French, or European without a residence permit</translation>
    </message>
    <message>
        <source>Justificatifs de prise en charge / de dépendance</source>
        <translation>Proof of support / dependency</translation>
    </message>
    <message>
        <source>si vous êtes ascendant, personne à charge, ou descendant de 21 ans ou plus ou d'un étudiant</source>
        <translation>if you are an ascendant, a dependent person, or a descendant aged 21 or over or of a student</translation>
    </message>
    <message>
        <source>Acte de naissance établissant le lien avec l'accueillant ou son conjoint</source>
        <translation>Birth certificate showing the link with your host or their spouse</translation>
    </message>
    <message>
        <source>si vous êtes ascendant de l'accueillant ou de son conjoint</source>
        <translation>if you are an ascendant of your host or of their spouse</translation>
    </message>
    <message>
        <source>Acte de naissance avec filiation</source>
        <translation>Birth certificate showing parentage</translation>
    </message>
    <message>
        <source>si vous êtes descendant de l'accueillant ou de son conjoint</source>
        <translation>if you are a descendant of your host or of their spouse</translation>
    </message>
    <message>
        <source>Justificatifs du droit au séjour de l'accueillant pendant les 5 années précédentes</source>
        <translation>Proof of your host's right of residence during the previous 5 years</translation>
    </message>
    <message>
        <source>Un titre « Citoyen UE » de 7 mois au plus couvre la période de sa validité.</source>
        <translation>A “Citoyen UE” (EU citizen) permit no more than 7 months old covers the period of its validity.</translation>
    </message>
    <message>
        <source>si votre accueillant est Européen sans titre permanent</source>
        <translation>if your host is European without a permanent permit</translation>
    </message>
    <message>
        <source>Justificatifs de continuité de séjour sur 5 ans</source>
        <translation>Proof of continuous residence over 5 years</translation>
    </message>
    <message>
        <source>si vous êtes en France depuis plus de 5 ans</source>
        <translation>if you have been in France for more than 5 years</translation>
    </message>
    <message>
        <source>Preuve de résidence en France du conjoint français</source>
        <translation>Proof that your French spouse lives in France</translation>
    </message>
    <message>
        <source>Quittances de loyer ou de charges, factures, document administratif…</source>
        <translation>Rent or service charge receipts, bills, official documents…</translation>
    </message>
    <message>
        <source>si votre accueillant est Français</source>
        <translation>if your host is French</translation>
    </message>
    <message>
        <source>Attestation sur l'honneur de l'accueillant : pas d'absence de plus de 2 années consécutives</source>
        <translation>Host's sworn statement: no absence of more than 2 consecutive years</translation>
    </message>
    <message>
        <source>si votre accueillant a un titre de séjour permanent</source>
        <translation>if your host has a permanent residence permit</translation>
    </message>
    <message>
        <source>Certificat de scolarité de l'accueillant</source>
        <translation>Host's certificate of enrolment</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant</source>
        <translation>if your European host is a student</translation>
    </message>
    <message>
        <source>Justificatif de prise en charge</source>
        <translation>Proof of financial support</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant, ou salarié et vous n'êtes ni son conjoint ni un descendant de moins de 21 ans</source>
        <translation>if your European host is a student, or an employee and you are neither their spouse nor a descendant under 21</translation>
    </message>
    <message>
        <source>Contrat de travail, attestation de l'employeur ou bulletins de salaire de l'accueillant</source>
        <translation>Host's employment contract, employer's certificate or payslips</translation>
    </message>
    <message>
        <source>si votre accueillant européen est salarié</source>
        <translation>if your European host is an employee</translation>
    </message>
    <message>
        <source>Justificatif d'activité non salariée de l'accueillant</source>
        <translation>Proof of your host's self-employment</translation>
    </message>
    <message>
        <source>si votre accueillant européen est non salarié</source>
        <translation>if your European host is self-employed</translation>
    </message>
    <message>
        <source>Attestation de maintien de droit ou d'inscription comme demandeur d'emploi</source>
        <translation>Certificate of continued rights or of registration as a jobseeker</translation>
    </message>
    <message>
        <source>si votre accueillant européen est en cessation involontaire d'activité</source>
        <translation>if your European host involuntarily stopped working</translation>
    </message>
    <message>
        <source>Attestation d'assurance maladie de l'accueillant</source>
        <translation>Host's health insurance certificate</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant, retraité ou inactif, sans titre permanent ni titre récent</source>
        <translation>if your European host is a student, retired or not working, with neither a permanent nor a recent permit</translation>
    </message>
    <message>
        <source>Justificatifs de ressources de l'accueillant</source>
        <translation>Proof of your host's resources</translation>
    </message>
    <message>
        <source>facultatif, si votre accueillant européen est retraité ou inactif, sans titre permanent ni titre récent</source>
        <translation>optional, if your European host is retired or not working, with neither a permanent nor a recent permit</translation>
    </message>
    <message>
        <source>Déposé au guichet, en attente de transmission</source>
        <translation>Submitted at the kiosk, waiting to be sent</translation>
    </message>
    <message>
        <source>Transmission en cours</source>
        <translation>Being sent</translation>
    </message>
    <message>
        <source>Transmission suspendue : le médiateur est prévenu</source>
        <translation>Sending paused: the mediator has been told</translation>
    </message>
    <message>
        <source>Transmis au service instructeur</source>
        <translation>Sent to the processing department</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Confirmé</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Non confirmé</source>
        <translation>Not confirmed</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Lire à voix haute</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Lit à voix haute le titre et les questions de cet écran</source>
        <translation>Reads the title and the questions on this screen aloud</translation>
    </message>
</context>
<context>
    <name>ResumeCodeDialog</name>
    <message>
        <source>Reprendre avec un code</source>
        <translation>Resume with a code</translation>
    </message>
    <message>
        <source>Reprendre une demande enregistrée</source>
        <translation>Resume a saved application</translation>
    </message>
    <message>
        <source>Tapez le code de reprise imprimé sur votre ticket (15 caractères, par exemple K7QM4-XPDR9-TWAB3). Les tirets et les espaces ne comptent pas.</source>
        <translation>Type the resume code printed on your ticket (15 characters, for example K7QM4-XPDR9-TWAB3). Dashes and spaces do not matter.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>Resume code</translation>
    </message>
    <message>
        <source>Scanner le ticket</source>
        <translation>Scan the ticket</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reprendre ma demande</source>
        <translation>Resume my application</translation>
    </message>
    <message>
        <source>Recherche de votre demande…</source>
        <translation>Looking for your application…</translation>
    </message>
    <message>
        <source>La demande n'a pas pu être ouverte. Réessayez, ou demandez de l'aide à l'accueil.</source>
        <translation>The application could not be opened. Try again, or ask for help at the reception desk.</translation>
    </message>
    <message>
        <source>Le code de reprise compte 15 caractères (trois groupes de cinq). Vérifiez qu'il est complet.</source>
        <translation>The resume code has 15 characters (three groups of five). Check that it is complete.</translation>
    </message>
    <message>
        <source>Ce code contient un caractère qui n'existe pas dans les codes de reprise : ils n'utilisent que les chiffres 2 à 9 et les lettres sauf I et O.</source>
        <translation>This code contains a character that resume codes never use: they only use the digits 2 to 9 and the letters except I and O.</translation>
    </message>
    <message>
        <source>Ce code contient une faute de frappe. Comparez chaque caractère avec votre ticket.</source>
        <translation>This code contains a typing mistake. Compare each character with your ticket.</translation>
    </message>
    <message>
        <source>Aucune demande enregistrée ne correspond à ce code. Vérifiez-le avec votre ticket.</source>
        <translation>No saved application matches this code. Check it against your ticket.</translation>
    </message>
    <message>
        <source>Ce code a expiré : il était valable jusqu'au %1. La demande enregistrée a été supprimée ; vous pouvez commencer une nouvelle demande.</source>
        <translation>This code has expired: it was valid until %1. The saved application has been deleted; you can start a new application.</translation>
    </message>
    <message>
        <source>Ce code a déjà servi : un ticket ne permet de reprendre une demande qu'une fois. Demandez de l'aide à l'accueil si besoin.</source>
        <translation>This code has already been used: a ticket can only be used once to resume an application. Ask for help at the reception desk if needed.</translation>
    </message>
    <message>
        <source>Trop d'essais avec un code erroné. Réessayez dans %1 secondes.</source>
        <translation>Too many attempts with a wrong code. Try again in %1 seconds.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Modifier</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Modifier : </source>
        <translation>Change: </translation>
    </message>
    <message>
        <source>Pièces justificatives</source>
        <translation>Supporting documents</translation>
    </message>
    <message>
        <source>Modifier : pièces justificatives</source>
        <translation>Change: supporting documents</translation>
    </message>
    <message>
        <source>MANQUANT</source>
        <translation>MISSING</translation>
    </message>
    <message>
        <source>aucun fichier</source>
        <translation>no file</translation>
    </message>
</context>
<context>
    <name>SaveForLaterDialog</name>
    <message>
        <source>Enregistrer et reprendre plus tard</source>
        <translation>Save and continue later</translation>
    </message>
    <message>
        <source>Enregistrer votre demande pour la reprendre plus tard ?</source>
        <translation>Save your application to continue it later?</translation>
    </message>
    <message>
        <source>Votre demande sera gardée sur cette borne, chiffrée, sous un code de reprise que vous recevrez sur un ticket. Sans ce code, personne ne pourra la rouvrir, pas même l'accueil. Vous pourrez revenir la reprendre là où vous vous êtes arrêté(e).</source>
        <translation>Your application will be kept on this kiosk, encrypted, under a resume code that you will receive on a ticket. Without this code, nobody can open it again, not even the reception desk. You can come back and continue where you stopped.</translation>
    </message>
    <message>
        <source>Continuer ma demande</source>
        <translation>Continue my application</translation>
    </message>
    <message>
        <source>Enregistrer et recevoir un code</source>
        <translation>Save and get a code</translation>
    </message>
    <message>
        <source>Enregistrement en cours…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>La demande n'a pas pu être enregistrée. Elle est toujours ouverte : vous pouvez la continuer, ou demander de l'aide à l'accueil.</source>
        <translation>The application could not be saved. It is still open: you can continue it, or ask for help at the reception desk.</translation>
    </message>
    <message>
        <source>Votre demande est enregistrée</source>
        <translation>Your application has been saved</translation>
    </message>
    <message>
        <source>Pour la reprendre, touchez « Reprendre avec un code » sur l'écran d'accueil et tapez ce code, ou présentez le ticket à la caméra. Imprimez le ticket ou notez le code : il ne sera plus jamais affiché.</source>
        <translation>To resume it, touch “Resume with a code” on the home screen and type this code, or show the ticket to the camera. Print the ticket or write down the code: it will never be shown again.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>Resume code</translation>
    </message>
    <message>
        <source>Code de reprise : %1</source>
        <translation>Resume code: %1</translation>
    </message>
    <message>
        <source>Valable jusqu'au %1 inclus. Après cette date, la demande enregistrée sera supprimée.</source>
        <translation>Valid up to and including %1. After this date, the saved application will be deleted.</translation>
    </message>
    <message>
        <source>Code QR du ticket de reprise</source>
        <translation>QR code of the resume ticket</translation>
    </message>
    <message>
        <source>Imprimer le ticket</source>
        <translation>Print the ticket</translation>
    </message>
    <message>
        <source>Afficher le ticket</source>
        <translation>Show the ticket</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Lire votre document</source>
        <translation>Read your document</translation>
    </message>
    <message>
        <source>Lire votre passeport ou votre titre de séjour</source>
        <translation>Read your passport or residence permit</translation>
    </message>
    <message>
        <source>Image de la caméra, avec le cadre où placer le document</source>
        <translation>Camera image, with the frame where to place the document</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>Take the photo</translation>
    </message>
    <message>
        <source>Importer une image</source>
        <translation>Import an image</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Placez la page de votre document avec la photo dans le cadre, les lignes de caractères en bas</source>
        <translation>Place the photo page of your document in the frame, with the lines of characters at the bottom</translation>
    </message>
    <message>
        <source>Approchez le document de la caméra</source>
        <translation>Move the document closer to the camera</translation>
    </message>
    <message>
        <source>Évitez les reflets : inclinez un peu le document</source>
        <translation>Avoid glare: tilt the document a little</translation>
    </message>
    <message>
        <source>Tenez le document immobile</source>
        <translation>Hold the document still</translation>
    </message>
    <message>
        <source>Ne bougez plus, lecture en cours…</source>
        <translation>Hold still, reading…</translation>
    </message>
    <message>
        <source>Ne présentez qu'un seul document à la fois</source>
        <translation>Show only one document at a time</translation>
    </message>
    <message>
        <source>Document lu</source>
        <translation>Document read</translation>
    </message>
    <message>
        <source>Document bien placé</source>
        <translation>Document well placed</translation>
    </message>
    <message>
        <source>Aucune bande de lecture n'a été trouvée sur cette image (les deux ou trois lignes de caractères en bas de la page du passeport ou au dos du titre de séjour). Essayez une autre photo, ou saisissez vos informations à la main.</source>
        <translation>No machine-readable zone was found on this image (the two or three lines of characters at the bottom of the passport page or on the back of the residence permit). Try another photo, or enter your information by hand.</translation>
    </message>
    <message>
        <source>La bande de lecture a été trouvée mais n'a pas pu être lue sans erreur. Reprenez la photo bien à plat, nette et sans reflet, ou saisissez vos informations à la main.</source>
        <translation>The machine-readable zone was found but could not be read without errors. Take the photo again, flat, sharp and without glare, or enter your information by hand.</translation>
    </message>
    <message>
        <source>La bande de lecture est trop petite sur cette image pour être lue sans erreur. Rapprochez le document de l'appareil (la page doit remplir la photo) et reprenez la photo, ou saisissez vos informations à la main.</source>
        <translation>The reading strip is too small in this picture to be read without errors. Bring the document closer to the camera (the page should fill the photo) and take the photo again, or enter your details by hand.</translation>
    </message>
    <message>
        <source>Plusieurs documents apparaissent sur l'image : ne montrez qu'un seul document.</source>
        <translation>Several documents appear in the image: show only one document.</translation>
    </message>
    <message>
        <source>La lecture automatique des documents n'est pas disponible sur cette borne. Saisissez vos informations à la main.</source>
        <translation>Automatic document reading is not available on this kiosk. Enter your information by hand.</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas une image lisible.</source>
        <translation>This file is not a readable image.</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas une image lisible (JPEG ou PNG attendu).</source>
        <translation>This file is not a readable image (JPEG or PNG expected).</translation>
    </message>
    <message>
        <source>La caméra n'est pas disponible. Vous pouvez importer une photo de votre document avec le bouton « Importer une image ».</source>
        <translation>The camera is not available. You can import a photo of your document with the “Import an image” button.</translation>
    </message>
    <message>
        <source>La caméra ne répond plus. Vous pouvez importer une photo de votre document avec le bouton « Importer une image ».</source>
        <translation>The camera is no longer responding. You can import a photo of your document with the “Import an image” button.</translation>
    </message>
    <message>
        <source>Le document n'a pas pu être lu.</source>
        <translation>The document could not be read.</translation>
    </message>
    <message>
        <source>Caméra indisponible</source>
        <translation>Camera unavailable</translation>
    </message>
    <message>
        <source>Aucune image de la caméra pour l'instant.</source>
        <translation>No camera image yet.</translation>
    </message>
    <message>
        <source>Lecture de la photo…</source>
        <translation>Reading the photo…</translation>
    </message>
    <message>
        <source>Lecture de l'image…</source>
        <translation>Reading the image…</translation>
    </message>
    <message>
        <source>Choisir une photo du document</source>
        <translation>Choose a photo of the document</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Que faire : </source>
        <translation>What to do: </translation>
    </message>
    <message>
        <source>Vous ne pouvez pas continuer cette démarche</source>
        <translation>You cannot continue this procedure</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>J'ai compris</source>
        <translation>I understand</translation>
    </message>
    <message>
        <source>Je commence</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Je continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Déposer ma demande</source>
        <translation>Submit my application</translation>
    </message>
</context>
<context>
    <name>TicketScanDialog</name>
    <message>
        <source>Scanner le ticket</source>
        <translation>Scan the ticket</translation>
    </message>
    <message>
        <source>Présentez le code QR de votre ticket devant la caméra</source>
        <translation>Hold the QR code of your ticket in front of the camera</translation>
    </message>
    <message>
        <source>Image de la caméra</source>
        <translation>Camera image</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>La caméra n'est pas disponible. Tapez le code imprimé sur votre ticket.</source>
        <translation>The camera is not available. Type the code printed on your ticket.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Bienvenue</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Cette borne vous permet de déposer votre demande de titre de séjour, même sans connexion internet. Munissez-vous de votre passeport, de votre titre de séjour actuel et de vos pièces justificatives.</source>
        <translation>This kiosk lets you submit your residence permit application, even without an internet connection. Have your passport, your current residence permit and your supporting documents with you.</translation>
    </message>
    <message>
        <source>Je demande le renouvellement de mon titre de séjour</source>
        <translation>I am applying to renew my residence permit</translation>
    </message>
    <message>
        <source>Reprendre ce dossier</source>
        <translation>Resume this application</translation>
    </message>
    <message>
        <source>Abandonner ce dossier</source>
        <translation>Discard this application</translation>
    </message>
    <message>
        <source>Reprendre avec un code</source>
        <translation>Resume with a code</translation>
    </message>
    <message>
        <source>Mon espace : messages de la préfecture sur ma demande</source>
        <translation>My account: messages from the prefecture about my application</translation>
    </message>
    <message>
        <source>Espace médiateur : dossiers en file d'attente</source>
        <translation>Mediator area: files in the queue</translation>
    </message>
    <message>
        <source>Un dossier commencé sur cette borne n'est pas terminé (dernière modification : %1).</source>
        <translation>An application started on this kiosk has not been finished (last change: %1).</translation>
    </message>
</context>
</TS>
