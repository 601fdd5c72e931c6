<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="fr_FR">
<context>
    <name>AdminDialog</name>
    <message>
        <source>Administration de la borne</source>
        <translation>Administración del terminal</translation>
    </message>
    <message>
        <source>Configuration (lecture seule)</source>
        <translation>Configuración (solo lectura)</translation>
    </message>
    <message>
        <source>configuré</source>
        <translation>configurado</translation>
    </message>
    <message>
        <source>non configuré</source>
        <translation>no configurado</translation>
    </message>
    <message>
        <source>aucun (mode démonstration)</source>
        <translation>ninguno (modo demostración)</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Dossiers sur la borne</source>
        <translation>Expedientes en el terminal</translation>
    </message>
    <message>
        <source>Plateforme graphique</source>
        <translation>Plataforma gráfica</translation>
    </message>
    <message>
        <source>Système</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Quitter la borne</source>
        <translation>Salir del terminal</translation>
    </message>
</context>
<context>
    <name>AppearanceControls</name>
    <message>
        <source>Taille du texte : %1 %</source>
        <translation>Tamaño del texto: %1 %</translation>
    </message>
    <message>
        <source>Réduire la taille du texte</source>
        <translation>Reducir el tamaño del texto</translation>
    </message>
    <message>
        <source>Agrandir la taille du texte</source>
        <translation>Aumentar el tamaño del texto</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Texte clair sur fond noir, bordures épaisses</source>
        <translation>Texto claro sobre fondo negro, bordes gruesos</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <source>Oui</source>
        <translation>Sí</translation>
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
        <translation>Añadir un archivo</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Aucun fichier pour le moment.</source>
        <translation>Ningún archivo por ahora.</translation>
    </message>
    <message>
        <source>Retirer %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Votre demande est déposée</source>
        <translation>Su solicitud ha sido presentada</translation>
    </message>
    <message>
        <source>Afficher la confirmation</source>
        <translation>Ver la confirmación</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Enregistrer une copie…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Numéro de dossier : %1</source>
        <translation>Número de expediente: %1</translation>
    </message>
    <message>
        <source>Numéro de dépôt : %1</source>
        <translation>Número de presentación: %1</translation>
    </message>
    <message>
        <source>État : %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Votre demande a été transmise. Conservez la confirmation de dépôt : elle porte votre numéro de dépôt.</source>
        <translation>Su solicitud ha sido transmitida. Conserve la confirmación de presentación: en ella figura su número de presentación.</translation>
    </message>
    <message>
        <source>Conservez la confirmation de dépôt : elle prouve que vous avez déposé votre demande. Le numéro de dépôt définitif vous sera communiqué dès la transmission au service central.</source>
        <translation>Conserve la confirmación de presentación: demuestra que ha presentado su solicitud. El número de presentación definitivo se le comunicará en cuanto la solicitud se transmita al servicio central.</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>¿Sigue usted ahí?</translation>
    </message>
    <message>
        <source>Je suis toujours là</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <source>Sans réponse, votre session se terminera dans %1 secondes et vos informations seront effacées de l'écran.</source>
        <translation>Si no responde, su sesión terminará dentro de %1 segundos y su información se borrará de la pantalla.</translation>
    </message>
</context>
<context>
    <name>CountryEditor</name>
    <message>
        <source>Tapez les premières lettres du pays</source>
        <translation>Escriba las primeras letras del país</translation>
    </message>
    <message>
        <source>Choisissez un pays dans la liste.</source>
        <translation>Elija un país de la lista.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Scellé, en attente d'envoi</source>
        <translation>Sellado, pendiente de envío</translation>
    </message>
    <message>
        <source>Envoi en cours</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Envoyé, en attente du reçu</source>
        <translation>Enviado, pendiente del acuse de recibo</translation>
    </message>
    <message>
        <source>Déposé</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Nouvel essai prévu</source>
        <translation>Nuevo intento previsto</translation>
    </message>
    <message>
        <source>Bloqué</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Depuis</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Dossiers en file d'attente</source>
        <translation>Expedientes en cola</translation>
    </message>
    <message>
        <source>Synchroniser maintenant</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Passer en libre-service</source>
        <translation>Pasar a autoservicio</translation>
    </message>
    <message>
        <source>%1 en attente de scellement · %2 à envoyer · %3 bloqué(s) · %4 déposé(s)</source>
        <translation>%1 pendiente(s) de sellado · %2 por enviar · %3 bloqueado(s) · %4 presentado(s)</translation>
    </message>
    <message>
        <source>Numéro de dépôt %1</source>
        <translation>Número de presentación %1</translation>
    </message>
    <message>
        <source>Nouvel essai à %1 (%2)</source>
        <translation>Nuevo intento a las %1 (%2)</translation>
    </message>
    <message>
        <source>Renvoyer</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Abandonner</source>
        <translation>Abandonar</translation>
    </message>
    <message>
        <source>Abandonner définitivement le dossier %1 ? Il ne sera jamais transmis ; cette action est enregistrée.</source>
        <translation>¿Abandonar definitivamente el expediente %1? Nunca se transmitirá; esta acción queda registrada.</translation>
    </message>
    <message>
        <source>Abandonner le dossier</source>
        <translation>Abandonar el expediente</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <source>Cette date n'existe pas.</source>
        <translation>Esta fecha no existe.</translation>
    </message>
    <message>
        <source>Date attendue au format JJ/MM/AAAA, par exemple 05/03/1990.</source>
        <translation>Fecha en formato DD/MM/AAAA, por ejemplo 05/03/1990.</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>Lire mon passeport ou mon titre de séjour</source>
        <translation>Leer mi pasaporte o mi permiso de residencia</translation>
    </message>
    <message>
        <source>Utiliser quand même ce document</source>
        <translation>Usar este documento de todos modos</translation>
    </message>
    <message>
        <source>✓ lu sur le document</source>
        <translation>✓ leído en el documento</translation>
    </message>
    <message>
        <source>Lu sur le document</source>
        <translation>Leído en el documento</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Votre passeport a expiré le %1. Un passeport en cours de validité est demandé.</source>
        <translation>Su pasaporte caducó el %1. Se requiere un pasaporte en vigor.</translation>
    </message>
    <message>
        <source>Ce document a expiré le %1.</source>
        <translation>Este documento caducó el %1.</translation>
    </message>
    <message>
        <source>Votre passeport expire bientôt (le %1). Pensez à le faire renouveler.</source>
        <translation>Su pasaporte caduca pronto (el %1). Recuerde renovarlo.</translation>
    </message>
    <message>
        <source>Ce document expire bientôt (le %1).</source>
        <translation>Este documento caduca pronto (el %1).</translation>
    </message>
    <message>
        <source>Ce document semble être celui d'une autre personne : le nom ou la date de naissance ne correspond pas à ce qui a été saisi. Vos informations n'ont pas été remplacées. Montrez votre propre document, ou utilisez quand même celui-ci.</source>
        <translation>Este documento parece ser de otra persona: el nombre o la fecha de nacimiento no coinciden con lo introducido. Sus datos no se han sustituido. Muestre su propio documento o use este de todos modos.</translation>
    </message>
    <message>
        <source>La nationalité inscrite sur le document n'a pas pu être reprise : choisissez-la dans la liste.</source>
        <translation>No se ha podido copiar la nacionalidad del documento: elíjala en la lista.</translation>
    </message>
    <message>
        <source>Votre nom est peut-être coupé sur le document (il occupe toute la ligne) : vérifiez-le et complétez-le si besoin.</source>
        <translation>Es posible que su apellido esté cortado en el documento (ocupa toda la línea): compruébelo y complételo si es necesario.</translation>
    </message>
    <message>
        <source>La date de naissance n'est pas complète sur le document : saisissez-la.</source>
        <translation>La fecha de nacimiento está incompleta en el documento: introdúzcala.</translation>
    </message>
    <message>
        <source>Ce nom n'a pas pu être lu avec certitude (lu : « %1 ») : vérifiez-le et saisissez-le.</source>
        <translation>No se ha podido leer este nombre con seguridad (leído: «%1»): compruébelo y escríbalo.</translation>
    </message>
    <message>
        <source>Ce numéro n'a pas pu être lu avec certitude (lu : « %1 ») : vérifiez-le et saisissez-le.</source>
        <translation>Este número no se ha podido leer con certeza (leído: «%1»): compruébelo y escríbalo.</translation>
    </message>
    <message>
        <source>Les noms sont recopiés tels qu'ils figurent dans la bande de lecture du document, en majuscules et sans accents. Vérifiez-les et ajoutez les accents si besoin.</source>
        <translation>Los nombres se copian tal como figuran en la banda de lectura mecánica del documento, en mayúsculas y sin tildes. Compruébelos y añada las tildes si es necesario.</translation>
    </message>
    <message>
        <source>Noms lus sur le document</source>
        <translation>Nombres leídos en el documento</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Obligatoire</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Facultatif</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>✔ Vérifié : %1 fichier(s), %2 page(s), %3 Mo</source>
        <translation>✔ Verificado: %1 archivo(s), %2 página(s), %3 MB</translation>
    </message>
    <message>
        <source>✔ Joint : %1 fichier(s), %2 page(s), %3 Mo</source>
        <translation>✔ Adjunto: %1 archivo(s), %2 página(s), %3 MB</translation>
    </message>
    <message>
        <source>✖ Manquant</source>
        <translation>✖ Falta</translation>
    </message>
    <message>
        <source>Aucun fichier (facultatif)</source>
        <translation>Ningún archivo (opcional)</translation>
    </message>
    <message>
        <source>Traduction : </source>
        <translation>Traducción: </translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 página(s)</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Retirer %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Photographier</source>
        <translation>Fotografiar</translation>
    </message>
    <message>
        <source>Ajouter un fichier</source>
        <translation>Añadir un archivo</translation>
    </message>
    <message>
        <source>Ajouter une traduction</source>
        <translation>Añadir una traducción</translation>
    </message>
    <message>
        <source>Cette pièce est obligatoire.</source>
        <translation>Este documento es obligatorio.</translation>
    </message>
    <message>
        <source>Pièces manquantes</source>
        <translation>Documentos que faltan</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>(facultatif)</source>
        <translation>(opcional)</translation>
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
        <translation>Ninguno por ahora.</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Escale – dépôt de demande de titre de séjour</source>
        <translation>Escale – presentación de solicitud de permiso de residencia</translation>
    </message>
    <message>
        <source>Transmission : non configurée</source>
        <translation>Transmisión: no configurada</translation>
    </message>
    <message>
        <source>Envoi du dossier en cours</source>
        <translation>Enviando el expediente</translation>
    </message>
    <message>
        <source>Langue / Language</source>
        <translation>Idioma / Language</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Enregistrer et reprendre plus tard</source>
        <translation>Guardar y continuar más tarde</translation>
    </message>
    <message>
        <source>Le libre-service demande un code médiateur dans la configuration : sans lui, personne ne pourrait reprendre la main.</source>
        <translation>El autoservicio requiere un código de mediador en la configuración: sin él, nadie podría retomar el control.</translation>
    </message>
    <message>
        <source>● En ligne</source>
        <translation>● En línea</translation>
    </message>
    <message>
        <source>○ Hors ligne</source>
        <translation>○ Sin conexión</translation>
    </message>
    <message>
        <source>✖ Borne non autorisée : prévenez le service informatique</source>
        <translation>✖ Terminal no autorizado: avise al servicio informático</translation>
    </message>
    <message>
        <source>○ Borne non enregistrée auprès du service central</source>
        <translation>○ Terminal no registrado en el servicio central</translation>
    </message>
    <message>
        <source>%1 dossier(s) à transmettre</source>
        <translation>%1 expediente(s) por transmitir</translation>
    </message>
    <message>
        <source>%1 bloqué(s)</source>
        <translation>%1 bloqueado(s)</translation>
    </message>
    <message>
        <source>Ticket de reprise</source>
        <translation>Ticket de reanudación</translation>
    </message>
    <message>
        <source>Étape %1/%2 : %3</source>
        <translation>Paso %1/%2: %3</translation>
    </message>
    <message>
        <source>Avant de commencer</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Revenir à la vérification</source>
        <translation>Volver a la verificación</translation>
    </message>
    <message>
        <source>Étape 5/5 : Confirmation</source>
        <translation>Paso 5/5: Confirmación</translation>
    </message>
    <message>
        <source>Continuer malgré tout</source>
        <translation>Continuar de todos modos</translation>
    </message>
    <message>
        <source>Le dépôt n'est pas encore possible</source>
        <translation>Todavía no es posible presentar la solicitud</translation>
    </message>
    <message>
        <source>Choisir des fichiers</source>
        <translation>Elegir archivos</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documentos (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Liste des pièces justificatives</source>
        <translation>Lista de documentos justificativos</translation>
    </message>
    <message>
        <source>Confirmation de dépôt</source>
        <translation>Confirmación de presentación</translation>
    </message>
    <message>
        <source>Enregistrer la confirmation</source>
        <translation>Guardar la confirmación</translation>
    </message>
</context>
<context>
    <name>Online</name>
    <message>
        <source>numéro étranger</source>
        <translation>número de extranjero</translation>
    </message>
    <message>
        <source>numéro du document</source>
        <translation>número del documento</translation>
    </message>
    <message>
        <source>adresse électronique</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>code reçu par courriel</source>
        <translation>código recibido por correo electrónico</translation>
    </message>
    <message>
        <source>mot de passe</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>Le service de la préfecture a refusé la demande. Adressez-vous à l'accueil.</source>
        <translation>El servicio de la prefectura ha rechazado la solicitud. Diríjase a la recepción.</translation>
    </message>
    <message>
        <source>Cette étape a besoin d'internet et le service de la préfecture ne répond pas. Réessayez dans quelques minutes. Le dépôt d'une demande reste possible sans connexion.</source>
        <translation>Este paso necesita internet y el servicio de la prefectura no responde. Vuelva a intentarlo dentro de unos minutos. Sigue siendo posible presentar una solicitud sin conexión.</translation>
    </message>
    <message>
        <source>Cette borne n'est pas encore reliée au service de la préfecture. Adressez-vous à l'accueil.</source>
        <translation>Este terminal aún no está conectado al servicio de la prefectura. Diríjase a la recepción.</translation>
    </message>
    <message>
        <source>Impossible pour le moment</source>
        <translation>No es posible por el momento</translation>
    </message>
    <message>
        <source>Mon espace</source>
        <translation>Mi espacio</translation>
    </message>
    <message>
        <source>Connectez-vous pour lire les messages de la préfecture sur votre demande : pièces complémentaires demandées, décision.</source>
        <translation>Inicie sesión para leer los mensajes de la prefectura sobre su solicitud: documentos adicionales solicitados, decisión.</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>Número de extranjero</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Créer mon compte</source>
        <translation>Crear mi cuenta</translation>
    </message>
    <message>
        <source>Retour à l'accueil</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <source>Vous recevrez un code par courriel pour choisir votre mot de passe.</source>
        <translation>Recibirá un código por correo electrónico para elegir su contraseña.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <translation>Permiso de residencia</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visado</translation>
    </message>
    <message>
        <source>Numéro du document</source>
        <translation>Número del documento</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Recevoir mon code</source>
        <translation>Recibir mi código</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Choisir mon mot de passe</source>
        <translation>Elegir mi contraseña</translation>
    </message>
    <message>
        <source>Code reçu par courriel</source>
        <translation>Código recibido por correo electrónico</translation>
    </message>
    <message>
        <source>Nouveau mot de passe</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Le même mot de passe</source>
        <translation>La misma contraseña</translation>
    </message>
    <message>
        <source>Activer mon compte</source>
        <translation>Activar mi cuenta</translation>
    </message>
    <message>
        <source>Messages de la préfecture</source>
        <translation>Mensajes de la prefectura</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Me déconnecter</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Envoyer les pièces demandées</source>
        <translation>Enviar los documentos solicitados</translation>
    </message>
    <message>
        <source>Ajoutez un fichier pour chaque pièce demandée, puis envoyez. Vos pièces sont enregistrées sur la borne et transmises dès que la connexion le permet.</source>
        <translation>Añada un archivo por cada documento solicitado y luego envíe. Sus documentos se guardan en el terminal y se transmiten en cuanto la conexión lo permite.</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Pièces enregistrées</source>
        <translation>Documentos guardados</translation>
    </message>
    <message>
        <source>Vérifiez : %1.</source>
        <translation>Compruebe: %1.</translation>
    </message>
    <message>
        <source>10 chiffres, sur votre titre de séjour</source>
        <translation>10 cifras, en su permiso de residencia</translation>
    </message>
    <message>
        <source>Code envoyé</source>
        <translation>Código enviado</translation>
    </message>
    <message>
        <source>au moins 10 caractères</source>
        <translation>al menos 10 caracteres</translation>
    </message>
    <message>
        <source>Compte activé</source>
        <translation>Cuenta activada</translation>
    </message>
    <message>
        <source>Afficher l'attestation</source>
        <translation>Ver el certificado</translation>
    </message>
    <message>
        <source>Imprimer l'attestation</source>
        <translation>Imprimir el certificado</translation>
    </message>
    <message>
        <source>Vos pièces sont enregistrées sur la borne. Elles seront transmises à la préfecture dès que possible ; un message vous le confirmera ici.</source>
        <translation>Sus documentos están guardados en el terminal. Se transmitirán a la prefectura lo antes posible; un mensaje se lo confirmará aquí.</translation>
    </message>
    <message>
        <source>Vérifiez : %1. Le mot de passe doit compter au moins 10 caractères.</source>
        <translation>Compruebe: %1. La contraseña debe tener al menos 10 caracteres.</translation>
    </message>
    <message>
        <source>Un code à 8 chiffres a été envoyé à votre adresse électronique. Il est valable 15 minutes.</source>
        <translation>Se ha enviado un código de 8 cifras a su correo electrónico. Es válido durante 15 minutos.</translation>
    </message>
    <message>
        <source>Les deux mots de passe sont différents.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Votre compte est actif. Connectez-vous avec votre numéro étranger et votre mot de passe.</source>
        <translation>Su cuenta está activa. Inicie sesión con su número de extranjero y su contraseña.</translation>
    </message>
    <message>
        <source>Aucun message pour le moment.</source>
        <translation>Ningún mensaje por el momento.</translation>
    </message>
    <message>
        <source>Attestation de décision favorable</source>
        <translation>Certificado de resolución favorable</translation>
    </message>
    <message>
        <source>Demande n° %1</source>
        <translation>Solicitud n.º %1</translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Pièces demandées :</source>
        <translation>Documentos solicitados:</translation>
    </message>
</context>
<context>
    <name>PageCapture</name>
    <message>
        <source>2D-Doc vérifié : toutes les vérifications sont bonnes.</source>
        <translation>2D-Doc verificado: todas las comprobaciones son correctas.</translation>
    </message>
    <message>
        <source>2D-Doc lu : le justificatif devra être vérifié par un agent.</source>
        <translation>2D-Doc leído: un agente deberá comprobar el justificante.</translation>
    </message>
    <message>
        <source>✖ Signature du code 2D-Doc invalide : le document a pu être modifié.</source>
        <translation>✖ Firma del código 2D-Doc no válida: el documento puede haber sido modificado.</translation>
    </message>
    <message>
        <source>Ce document n'est pas un justificatif de domicile.</source>
        <translation>Este documento no es un justificante de domicilio.</translation>
    </message>
    <message>
        <source>✔ Signature du code 2D-Doc valide.</source>
        <translation>✔ Firma del código 2D-Doc válida.</translation>
    </message>
    <message>
        <source>✖ Signature non vérifiable : le certificat du code 2D-Doc est inconnu.</source>
        <translation>✖ Firma no verificable: el certificado del código 2D-Doc es desconocido.</translation>
    </message>
    <message>
        <source>Le nom correspond au demandeur.</source>
        <translation>El nombre coincide con el del solicitante.</translation>
    </message>
    <message>
        <source>Le nom ne correspond pas au demandeur.</source>
        <translation>El nombre no coincide con el del solicitante.</translation>
    </message>
    <message>
        <source>Le code ne contient pas de nom.</source>
        <translation>El código no contiene ningún nombre.</translation>
    </message>
    <message>
        <source>L'adresse correspond à l'adresse déclarée.</source>
        <translation>La dirección coincide con la declarada.</translation>
    </message>
    <message>
        <source>L'adresse ne correspond pas à l'adresse déclarée.</source>
        <translation>La dirección no coincide con la declarada.</translation>
    </message>
    <message>
        <source>Le code ne contient pas d'adresse.</source>
        <translation>El código no contiene ninguna dirección.</translation>
    </message>
    <message>
        <source>Document du %1 : moins de 6 mois.</source>
        <translation>Documento del %1: menos de 6 meses.</translation>
    </message>
    <message>
        <source>Document du %1 : plus de 6 mois, ou daté dans le futur.</source>
        <translation>Documento del %1: más de 6 meses, o con fecha futura.</translation>
    </message>
    <message>
        <source>Le code ne contient pas de date.</source>
        <translation>El código no contiene ninguna fecha.</translation>
    </message>
</context>
<context>
    <name>PageCaptureDialog</name>
    <message>
        <source>Photographier le document</source>
        <translation>Fotografiar el documento</translation>
    </message>
    <message>
        <source>Image de la caméra, avec la feuille repérée</source>
        <translation>Imagen de la cámara, con la hoja detectada</translation>
    </message>
    <message>
        <source>Pages photographiées</source>
        <translation>Páginas fotografiadas</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>Tomar la foto</translation>
    </message>
    <message>
        <source>Importer un fichier</source>
        <translation>Importar un archivo</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Posez la feuille à plat sous la caméra</source>
        <translation>Coloque la hoja plana bajo la cámara</translation>
    </message>
    <message>
        <source>La feuille est coupée : montrez-la en entier</source>
        <translation>La hoja está cortada: muéstrela entera</translation>
    </message>
    <message>
        <source>Rapprochez la feuille de la caméra</source>
        <translation>Acerque la hoja a la cámara</translation>
    </message>
    <message>
        <source>L'image est trop sombre : éclairez davantage la feuille</source>
        <translation>La imagen es demasiado oscura: ilumine más la hoja</translation>
    </message>
    <message>
        <source>Un reflet cache le texte : inclinez un peu la feuille</source>
        <translation>Un reflejo oculta el texto: incline un poco la hoja</translation>
    </message>
    <message>
        <source>L'image est floue : ne bougez plus la feuille</source>
        <translation>La imagen está borrosa: no mueva la hoja</translation>
    </message>
    <message>
        <source>Ne bougez plus : la page %1 va être reprise</source>
        <translation>No se mueva: se va a repetir la página %1</translation>
    </message>
    <message>
        <source>Ne bougez plus : photo en cours…</source>
        <translation>No se mueva: tomando la foto…</translation>
    </message>
    <message>
        <source>Caméra indisponible</source>
        <translation>Cámara no disponible</translation>
    </message>
    <message>
        <source>La caméra ne répond pas. Vous pouvez importer un fichier avec le bouton « Importer un fichier ».</source>
        <translation>La cámara no responde. Puede importar un archivo con el botón «Importar un archivo».</translation>
    </message>
    <message>
        <source>Aucune image de la caméra pour l'instant.</source>
        <translation>Todavía no hay imagen de la cámara.</translation>
    </message>
    <message>
        <source>Lecture du fichier…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Le document n'a pas pu être préparé. Réessayez.</source>
        <translation>No se ha podido preparar el documento. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 página(s)</translation>
    </message>
    <message>
        <source>Préparation du document…</source>
        <translation>Preparando el documento…</translation>
    </message>
    <message>
        <source>Choisir un fichier</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Annexe 1 — Liste des pièces justificatives</source>
        <translation>Anexo 1 — Lista de documentos justificativos</translation>
    </message>
    <message>
        <source>Tout document rédigé en langue étrangère doit être accompagné de sa traduction par un traducteur agréé/assermenté.</source>
        <translation>Todo documento redactado en lengua extranjera debe ir acompañado de su traducción realizada por un traductor autorizado/jurado.</translation>
    </message>
    <message>
        <source>Cochez chaque pièce une fois réunie. Les pièces « Obligatoire » sont nécessaires au dépôt ; les pièces « Facultatif » peuvent compléter votre dossier ; les pièces « Selon votre situation » sont demandées dans le cas indiqué.</source>
        <translation>Marque cada documento una vez reunido. Los documentos «Obligatorio» son necesarios para presentar la solicitud; los «Opcional» pueden completar su expediente; los «Según su situación» se piden en el caso indicado.</translation>
    </message>
    <message>
        <source>Obligatoire</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Facultatif</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Selon votre situation</source>
        <translation>Según su situación</translation>
    </message>
    <message>
        <source>Aucune pièce justificative n'est demandée.</source>
        <translation>No se solicita ningún documento justificativo.</translation>
    </message>
    <message>
        <source>Important :</source>
        <translation>Importante:</translation>
    </message>
    <message>
        <source>Escale — liste établie le %1</source>
        <translation>Escale — lista elaborada el %1</translation>
    </message>
    <message>
        <source>Établie le %1</source>
        <translation>Elaborada el %1</translation>
    </message>
    <message>
        <source>pour %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>version de la procédure : %1</source>
        <translation>versión del trámite: %1</translation>
    </message>
    <message>
        <source>Confirmation de dépôt</source>
        <translation>Confirmación de presentación</translation>
    </message>
    <message>
        <source>Ce document confirme le dépôt de votre demande ; il ne constitue pas un titre de séjour. Conservez-le et indiquez le numéro de dossier dans vos échanges avec la préfecture.</source>
        <translation>Este documento confirma la presentación de su solicitud; no es un permiso de residencia. Consérvelo e indique el número de expediente en sus comunicaciones con la prefectura.</translation>
    </message>
    <message>
        <source>Déposé le</source>
        <translation>Presentado el</translation>
    </message>
    <message>
        <source>Numéro de dossier</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Numéro de dépôt</source>
        <translation>Número de presentación</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lieu de dépôt</source>
        <translation>Lugar de presentación</translation>
    </message>
    <message>
        <source>Code QR du dossier</source>
        <translation>Código QR del expediente</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Pièces déposées</source>
        <translation>Documentos presentados</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Nom d'usage</source>
        <translation>Nombre de uso</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>Número de extranjero</translation>
    </message>
    <message>
        <source>Pièce justificative</source>
        <translation>Documento justificativo</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Aucun fichier</source>
        <translation>Ningún archivo</translation>
    </message>
    <message>
        <source>Aucune pièce déposée.</source>
        <translation>Ningún documento presentado.</translation>
    </message>
    <message>
        <source>Traduction :</source>
        <translation>Traducción:</translation>
    </message>
    <message>
        <source>%1 pièce(s), %2 fichier(s), dont %3 traduction(s)</source>
        <translation>%1 documento(s), %2 archivo(s), de ellos %3 traducción(es)</translation>
    </message>
    <message>
        <source>Ticket de reprise de votre demande</source>
        <translation>Ticket para reanudar su solicitud</translation>
    </message>
    <message>
        <source>Votre demande en cours est enregistrée sur cette borne. Avec ce code, vous la reprendrez là où vous vous êtes arrêté(e).</source>
        <translation>Su solicitud en curso está guardada en este terminal. Con este código, la continuará donde lo dejó.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>Código de reanudación</translation>
    </message>
    <message>
        <source>Valable jusqu'au</source>
        <translation>Válido hasta el</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>inclus</source>
        <translation>incluido</translation>
    </message>
    <message>
        <source>À présenter à la caméra de la borne</source>
        <translation>Para mostrar a la cámara del terminal</translation>
    </message>
    <message>
        <source>Pour reprendre votre demande</source>
        <translation>Para reanudar su solicitud</translation>
    </message>
    <message>
        <source>Revenez à une borne Escale de ce lieu avant la fin de validité du code.</source>
        <translation>Vuelva a un terminal Escale de este lugar antes de que caduque el código.</translation>
    </message>
    <message>
        <source>Sur l'écran d'accueil, touchez « Reprendre avec un code ».</source>
        <translation>En la pantalla de inicio, toque «Reanudar con un código».</translation>
    </message>
    <message>
        <source>Tapez le code ci-dessus, ou présentez ce ticket à la caméra (« Scanner le ticket »).</source>
        <translation>Escriba el código de arriba o muestre este ticket a la cámara («Escanear el ticket»).</translation>
    </message>
    <message>
        <source>Gardez ce ticket pour vous : toute personne qui a ce code peut ouvrir votre demande. Le code ne sert qu'une fois ; si vous enregistrez de nouveau, vous recevrez un nouveau ticket.</source>
        <translation>Guarde este ticket para usted: cualquier persona que tenga este código puede abrir su solicitud. El código solo sirve una vez; si vuelve a guardar, recibirá un ticket nuevo.</translation>
    </message>
    <message>
        <source>Après cette date, la demande enregistrée est supprimée : il faudra la recommencer.</source>
        <translation>Después de esta fecha, la solicitud guardada se elimina: tendrá que empezarla de nuevo.</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Imprimer</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Code administrateur</source>
        <translation>Código de administrador</translation>
    </message>
    <message>
        <source>Code médiateur</source>
        <translation>Código de mediador</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Vérification impossible. Réessayez ou prévenez le service informatique.</source>
        <translation>No se ha podido verificar. Vuelva a intentarlo o avise al servicio informático.</translation>
    </message>
    <message>
        <source>Aucun code n'est configuré pour cet accès.</source>
        <translation>No hay ningún código configurado para este acceso.</translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>Código incorrecto.</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 secondes.</source>
        <translation>Podrá volver a intentarlo dentro de %1 segundos.</translation>
    </message>
</context>
<context>
    <name>PreambleScreen</name>
    <message>
        <source>Liste des pièces justificatives</source>
        <translation>Lista de documentos justificativos</translation>
    </message>
    <message>
        <source>Afficher la liste (PDF)</source>
        <translation>Ver la lista (PDF)</translation>
    </message>
    <message>
        <source>Imprimer la liste</source>
        <translation>Imprimir la lista</translation>
    </message>
    <message>
        <source>obligatoire</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>facultatif</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>selon votre situation</source>
        <translation>según su situación</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Renouvellement de titre de séjour – Membre de famille de ressortissant UE/EEE/Suisse</source>
        <translation>Renovación del permiso de residencia – Familiar de ciudadano de la UE/EEE/Suiza</translation>
    </message>
    <message>
        <source>Carte « CE – Séjour permanent – Toutes activités professionnelles » (10 ans, gratuite)</source>
        <translation>Tarjeta «CE – Séjour permanent – Toutes activités professionnelles» (residencia permanente, todas las actividades profesionales; 10 años, gratuita)</translation>
    </message>
    <message>
        <source>Tout document rédigé en langue étrangère doit être accompagné de sa traduction par un traducteur assermenté.</source>
        <translation>Todo documento redactado en lengua extranjera debe ir acompañado de su traducción realizada por un traductor jurado.</translation>
    </message>
    <message>
        <source>Informations personnelles</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>Modalités du séjour</source>
        <translation>Condiciones de la estancia</translation>
    </message>
    <message>
        <source>Pièces justificatives</source>
        <translation>Documentos justificativos</translation>
    </message>
    <message>
        <source>Vérification et dépôt</source>
        <translation>Verificación y presentación</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>Séjour dans un autre État</source>
        <translation>Estancia en otro Estado</translation>
    </message>
    <message>
        <source>Liens personnels et familiaux</source>
        <translation>Vínculos personales y familiares</translation>
    </message>
    <message>
        <source>Motif du séjour</source>
        <translation>Motivo de la estancia</translation>
    </message>
    <message>
        <source>Ressources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Je sollicite le renouvellement de ce titre</source>
        <translation>Solicito la renovación de este permiso</translation>
    </message>
    <message>
        <source>Indiquez le titre de séjour que vous détenez aujourd'hui. Le renouvellement se demande entre 4 et 2 mois avant la date d'expiration de ce titre.</source>
        <translation>Indique el permiso de residencia que tiene actualmente. La renovación se solicita entre 4 y 2 meses antes de la fecha de caducidad de este permiso.</translation>
    </message>
    <message>
        <source>Catégorie de votre titre de séjour actuel</source>
        <translation>Categoría de su permiso de residencia actual</translation>
    </message>
    <message>
        <source>Membre de famille de ressortissant UE/EEE/Suisse</source>
        <translation>Familiar de ciudadano de la UE/EEE/Suiza</translation>
    </message>
    <message>
        <source>Autre catégorie de titre de séjour</source>
        <translation>Otra categoría de permiso de residencia</translation>
    </message>
    <message>
        <source>Date d'expiration de votre titre actuel</source>
        <translation>Fecha de caducidad de su permiso actual</translation>
    </message>
    <message>
        <source>Elle figure au recto du titre, après « Date d'expiration ».</source>
        <translation>Figura en el anverso del permiso, después de «Date d'expiration».</translation>
    </message>
    <message>
        <source>Démarche réservée</source>
        <translation>Trámite reservado</translation>
    </message>
    <message>
        <source>Cette démarche est réservée aux personnes reconnues « Membre de famille de ressortissant UE/EEE/Suisse ». Elle mène à la carte « CE – Séjour permanent – Toutes activités professionnelles », valable 10 ans et délivrée gratuitement.</source>
        <translation>Este trámite está reservado a las personas reconocidas como «Familiar de ciudadano de la UE/EEE/Suiza». Conduce a la tarjeta «CE – Séjour permanent – Toutes activités professionnelles» (residencia permanente, todas las actividades profesionales), válida 10 años y expedida gratuitamente.</translation>
    </message>
    <message>
        <source>Avant de commencer</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>La demande se fait en 5 étapes : vos informations personnelles, les modalités de votre séjour, les pièces justificatives, la vérification et le dépôt, puis la confirmation. Préparez les pièces de la liste ci-dessous : vous pouvez l'afficher ou l'imprimer. Elle se précise au fil de vos réponses.</source>
        <translation>La solicitud se hace en 5 pasos: sus datos personales, las condiciones de su estancia, los documentos justificativos, la verificación y la presentación, y la confirmación. Prepare los documentos de la lista siguiente: puede verla o imprimirla. Se irá precisando con sus respuestas.</translation>
    </message>
    <message>
        <source>Vérifier les informations personnelles (1/2)</source>
        <translation>Verificar los datos personales (1/2)</translation>
    </message>
    <message>
        <source>Vérifiez votre identité telle qu'elle figure sur votre passeport. Un nom d'usage peut être ajouté si nécessaire.</source>
        <translation>Compruebe su identidad tal como figura en su pasaporte. Puede añadir un nombre de uso si es necesario.</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>Nombre de nacimiento</translation>
    </message>
    <message>
        <source>Prénom(s)</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <source>Nom d'usage</source>
        <translation>Nombre de uso</translation>
    </message>
    <message>
        <source>Par exemple le nom de votre conjoint, si vous l'utilisez.</source>
        <translation>Por ejemplo, el apellido de su cónyuge, si lo utiliza.</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Féminin</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Non spécifié (X)</source>
        <translation>No especificado (X)</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>Número de extranjero</translation>
    </message>
    <message>
        <source>10 chiffres (parfois 9), au recto de votre titre de séjour.</source>
        <translation>10 cifras (a veces 9), en el anverso de su permiso de residencia.</translation>
    </message>
    <message>
        <source>Numéro de passeport</source>
        <translation>Número de pasaporte</translation>
    </message>
    <message>
        <source>Date d'expiration du passeport</source>
        <translation>Fecha de caducidad del pasaporte</translation>
    </message>
    <message>
        <source>Vérifier les informations personnelles (2/2)</source>
        <translation>Verificar los datos personales (2/2)</translation>
    </message>
    <message>
        <source>Vérifiez votre adresse et indiquez un numéro de téléphone pour vous contacter.</source>
        <translation>Compruebe su dirección e indique un número de teléfono de contacto.</translation>
    </message>
    <message>
        <source>J'ai déménagé depuis mon dernier titre</source>
        <translation>Me he mudado desde mi último permiso</translation>
    </message>
    <message>
        <source>Adresse en France</source>
        <translation>Dirección en Francia</translation>
    </message>
    <message>
        <source>Numéro et voie</source>
        <translation>Número y calle</translation>
    </message>
    <message>
        <source>Complément d'adresse</source>
        <translation>Complemento de dirección</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Un numéro français (06 12 34 56 78) ou international (+33 6 12 34 56 78).</source>
        <translation>Un número francés (06 12 34 56 78) o internacional (+33 6 12 34 56 78).</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Pour recevoir la confirmation de dépôt et les notifications.</source>
        <translation>Para recibir la confirmación de presentación y las notificaciones.</translation>
    </message>
    <message>
        <source>Code e-photo</source>
        <translation>Código e-photo</translation>
    </message>
    <message>
        <source>Code à 22 caractères imprimé sur la planche de la cabine photo agréée ANTS.</source>
        <translation>Código de 22 caracteres impreso en la hoja de fotos de una cabina fotográfica autorizada por la ANTS.</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (1/9)</source>
        <translation>Verificar las condiciones de la estancia (1/9)</translation>
    </message>
    <message>
        <source>Vérifiez le motif et la durée de votre séjour.</source>
        <translation>Compruebe el motivo y la duración de su estancia.</translation>
    </message>
    <message>
        <source>Ma présence en France est supérieure à 5 ans</source>
        <translation>Llevo más de 5 años en Francia</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (2/9)</source>
        <translation>Verificar las condiciones de la estancia (2/9)</translation>
    </message>
    <message>
        <source>Indiquez l'activité de l'accueillant, le ressortissant UE/EEE/Suisse ou français dont vous êtes membre de famille.</source>
        <translation>Indique la actividad de su ciudadano de referencia: el ciudadano de la UE/EEE/Suiza o francés del que es usted familiar.</translation>
    </message>
    <message>
        <source>Activité de l'accueillant en France</source>
        <translation>Actividad del ciudadano de referencia en Francia</translation>
    </message>
    <message>
        <source>Étudiant</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Salarié</source>
        <translation>Asalariado</translation>
    </message>
    <message>
        <source>Non salarié</source>
        <translation>Trabajador por cuenta propia</translation>
    </message>
    <message>
        <source>Salarié ou non salarié en cessation involontaire d'activité</source>
        <translation>Asalariado o por cuenta propia en cese involuntario de actividad</translation>
    </message>
    <message>
        <source>Retraité ou inactif</source>
        <translation>Jubilado o inactivo</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (3/9)</source>
        <translation>Verificar las condiciones de la estancia (3/9)</translation>
    </message>
    <message>
        <source>Indiquez qui est votre accueillant.</source>
        <translation>Indique quién es su ciudadano de referencia.</translation>
    </message>
    <message>
        <source>Mon accueillant est</source>
        <translation>Mi ciudadano de referencia es</translation>
    </message>
    <message>
        <source>Européen titulaire d'un titre de séjour</source>
        <translation>Europeo con permiso de residencia</translation>
    </message>
    <message>
        <source>Européen sans titre de séjour</source>
        <translation>Europeo sin permiso de residencia</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Numéro étranger de l'accueillant</source>
        <translation>Número de extranjero del ciudadano de referencia</translation>
    </message>
    <message>
        <source>Titre de séjour de l'accueillant</source>
        <translation>Permiso de residencia del ciudadano de referencia</translation>
    </message>
    <message>
        <source>Titre de séjour permanent (10 ans)</source>
        <translation>Permiso de residencia permanente (10 años)</translation>
    </message>
    <message>
        <source>Titre de séjour « Citoyen UE/EEE/Suisse »</source>
        <translation>Permiso de residencia «Citoyen UE/EEE/Suisse» (ciudadano UE/EEE/Suiza)</translation>
    </message>
    <message>
        <source>Autre titre</source>
        <translation>Otro permiso</translation>
    </message>
    <message>
        <source>Début de validité du titre de l'accueillant</source>
        <translation>Inicio de validez del permiso del ciudadano de referencia</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (4/9)</source>
        <translation>Verificar las condiciones de la estancia (4/9)</translation>
    </message>
    <message>
        <source>Indiquez l'identité de votre accueillant.</source>
        <translation>Indique la identidad de su ciudadano de referencia.</translation>
    </message>
    <message>
        <source>Nom de l'accueillant</source>
        <translation>Apellido del ciudadano de referencia</translation>
    </message>
    <message>
        <source>Prénom(s) de l'accueillant</source>
        <translation>Nombre(s) del ciudadano de referencia</translation>
    </message>
    <message>
        <source>Date de naissance de l'accueillant</source>
        <translation>Fecha de nacimiento del ciudadano de referencia</translation>
    </message>
    <message>
        <source>Nationalité de l'accueillant</source>
        <translation>Nacionalidad del ciudadano de referencia</translation>
    </message>
    <message>
        <source>Je confirme l'identité de mon accueillant</source>
        <translation>Confirmo la identidad de mi ciudadano de referencia</translation>
    </message>
    <message>
        <source>Votre accueillant a un numéro étranger : vérifiez son identité puis confirmez-la.</source>
        <translation>Su ciudadano de referencia tiene número de extranjero: compruebe su identidad y confírmela.</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (5/9)</source>
        <translation>Verificar las condiciones de la estancia (5/9)</translation>
    </message>
    <message>
        <source>Indiquez votre situation vis-à-vis de l'accueillant.</source>
        <translation>Indique su relación con el ciudadano de referencia.</translation>
    </message>
    <message>
        <source>Je suis</source>
        <translation>Soy</translation>
    </message>
    <message>
        <source>Conjoint, concubin ou partenaire enregistré</source>
        <translation>Cónyuge, pareja de hecho o pareja registrada</translation>
    </message>
    <message>
        <source>Descendant</source>
        <translation>Descendiente</translation>
    </message>
    <message>
        <source>Ascendant</source>
        <translation>Ascendiente</translation>
    </message>
    <message>
        <source>Personne à charge</source>
        <translation>Persona a cargo</translation>
    </message>
    <message>
        <source>De qui ?</source>
        <translation>¿De quién?</translation>
    </message>
    <message>
        <source>De l'accueillant</source>
        <translation>Del ciudadano de referencia</translation>
    </message>
    <message>
        <source>Du conjoint de l'accueillant</source>
        <translation>Del cónyuge del ciudadano de referencia</translation>
    </message>
    <message>
        <source>Lien de parenté</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Père</source>
        <translation>Padre</translation>
    </message>
    <message>
        <source>Mère</source>
        <translation>Madre</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Je suis à la charge de l'accueillant</source>
        <translation>Estoy a cargo del ciudadano de referencia</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (6/9)</source>
        <translation>Verificar las condiciones de la estancia (6/9)</translation>
    </message>
    <message>
        <source>Déclarez les enfants mineurs à votre charge ou à celle de votre conjoint. Vous pouvez en déclarer plusieurs, ou aucun.</source>
        <translation>Declare los hijos menores a su cargo o al de su cónyuge. Puede declarar varios o ninguno.</translation>
    </message>
    <message>
        <source>Enfants à charge</source>
        <translation>Hijos a cargo</translation>
    </message>
    <message>
        <source>Enfant</source>
        <translation>Hijo/a</translation>
    </message>
    <message>
        <source>Ajouter un enfant</source>
        <translation>Añadir un hijo</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (7/9)</source>
        <translation>Verificar las condiciones de la estancia (7/9)</translation>
    </message>
    <message>
        <source>Indiquez votre situation familiale.</source>
        <translation>Indique su situación familiar.</translation>
    </message>
    <message>
        <source>Situation familiale</source>
        <translation>Situación familiar</translation>
    </message>
    <message>
        <source>Marié(e)</source>
        <translation>Casado/a</translation>
    </message>
    <message>
        <source>Pacsé(e) / partenariat enregistré</source>
        <translation>PACS / pareja registrada</translation>
    </message>
    <message>
        <source>En concubinage</source>
        <translation>En pareja de hecho</translation>
    </message>
    <message>
        <source>Divorcé(e)</source>
        <translation>Divorciado/a</translation>
    </message>
    <message>
        <source>Séparé(e)</source>
        <translation>Separado/a</translation>
    </message>
    <message>
        <source>Veuf / veuve</source>
        <translation>Viudo/a</translation>
    </message>
    <message>
        <source>Célibataire</source>
        <translation>Soltero/a</translation>
    </message>
    <message>
        <source>Date de l'union</source>
        <translation>Fecha de la unión</translation>
    </message>
    <message>
        <source>Pays de l'union</source>
        <translation>País de la unión</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (8/9)</source>
        <translation>Verificar las condiciones de la estancia (8/9)</translation>
    </message>
    <message>
        <source>Vous êtes marié(e) à un Français et en France depuis moins de 5 ans : indiquez si vous avez séjourné avec lui dans un autre État de l'UE, de l'EEE ou en Suisse.</source>
        <translation>Está casado/a con un ciudadano francés y lleva menos de 5 años en Francia: indique si ha residido con él/ella en otro Estado de la UE, del EEE o en Suiza.</translation>
    </message>
    <message>
        <source>J'ai séjourné avec mon conjoint dans un autre État de l'UE, de l'EEE ou en Suisse</source>
        <translation>He residido con mi cónyuge en otro Estado de la UE, del EEE o en Suiza</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (9/9)</source>
        <translation>Verificar las condiciones de la estancia (9/9)</translation>
    </message>
    <message>
        <source>Indiquez le séjour dans cet autre État.</source>
        <translation>Indique los datos de la estancia en ese otro Estado.</translation>
    </message>
    <message>
        <source>État de séjour</source>
        <translation>Estado de la estancia</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>L'autre État m'a délivré une carte de séjour</source>
        <translation>El otro Estado me expidió una tarjeta de residencia</translation>
    </message>
    <message>
        <source>Si vous n'en avez pas, vous joindrez d'autres justificatifs de ce séjour.</source>
        <translation>Si no la tiene, adjuntará otros justificantes de esa estancia.</translation>
    </message>
    <message>
        <source>La date de fin du séjour doit être postérieure à sa date de début.</source>
        <translation>La fecha de fin de la estancia debe ser posterior a la de inicio.</translation>
    </message>
    <message>
        <source>Transmettre les pièces justificatives</source>
        <translation>Enviar los documentos justificativos</translation>
    </message>
    <message>
        <source>Joignez chaque pièce demandée. Les pièces facultatives peuvent compléter votre dossier.</source>
        <translation>Adjunte cada documento solicitado. Los documentos opcionales pueden completar su expediente.</translation>
    </message>
    <message>
        <source>Vérifier et déposer la demande</source>
        <translation>Verificar y presentar la solicitud</translation>
    </message>
    <message>
        <source>Relisez vos réponses. Vous pouvez revenir sur chaque partie pour la modifier.</source>
        <translation>Vuelva a leer sus respuestas. Puede volver a cada parte para modificarla.</translation>
    </message>
    <message>
        <source>Cette démarche est réservée aux membres de famille de ressortissant UE/EEE/Suisse.</source>
        <translation>Este trámite está reservado a los familiares de ciudadanos de la UE/EEE/Suiza.</translation>
    </message>
    <message>
        <source>Choisissez la démarche qui correspond à votre titre actuel, ou demandez conseil au médiateur.</source>
        <translation>Elija el trámite que corresponde a su permiso actual o pida consejo al mediador.</translation>
    </message>
    <message>
        <source>Vous avez déménagé : vous devez d'abord déclarer votre changement d'adresse.</source>
        <translation>Se ha mudado: primero debe declarar su cambio de dirección.</translation>
    </message>
    <message>
        <source>Déclarez votre nouvelle adresse sur l'ANEF, puis revenez demander le renouvellement.</source>
        <translation>Declare su nueva dirección en la plataforma ANEF y luego vuelva a solicitar la renovación.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est étudiant, un ascendant ne peut pas bénéficier de ce titre.</source>
        <translation>Cuando el ciudadano de referencia es estudiante, un ascendiente no puede obtener este permiso.</translation>
    </message>
    <message>
        <source>Seuls le conjoint et les descendants à charge d'un étudiant sont concernés. Adressez-vous à la préfecture.</source>
        <translation>Solo se refiere al cónyuge y a los descendientes a cargo de un estudiante. Diríjase a la prefectura.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est étudiant, un descendant doit être à sa charge.</source>
        <translation>Cuando el ciudadano de referencia es estudiante, el descendiente debe estar a su cargo.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est Français, seul son conjoint peut faire cette demande.</source>
        <translation>Cuando el ciudadano de referencia es francés, solo su cónyuge puede presentar esta solicitud.</translation>
    </message>
    <message>
        <source>Adressez-vous à la préfecture pour connaître la démarche qui vous correspond.</source>
        <translation>Diríjase a la prefectura para saber qué trámite le corresponde.</translation>
    </message>
    <message>
        <source>Sans séjour de plus de 3 mois avec votre conjoint dans un autre État de l'UE, de l'EEE ou en Suisse, cette démarche ne vous concerne pas.</source>
        <translation>Si no ha residido más de 3 meses con su cónyuge en otro Estado de la UE, del EEE o en Suiza, este trámite no le corresponde.</translation>
    </message>
    <message>
        <source>Utilisez la démarche « Conjoint de Français » ou contactez votre préfecture.</source>
        <translation>Utilice el trámite «Conjoint de Français» (cónyuge de francés) o póngase en contacto con su prefectura.</translation>
    </message>
    <message>
        <source>L'identité de votre accueillant doit être confirmée.</source>
        <translation>Debe confirmarse la identidad de su ciudadano de referencia.</translation>
    </message>
    <message>
        <source>Vérifiez l'identité de votre accueillant puis cochez la case de confirmation.</source>
        <translation>Compruebe la identidad de su ciudadano de referencia y marque la casilla de confirmación.</translation>
    </message>
    <message>
        <source>Il est tôt : le renouvellement se demande entre 4 et 2 mois avant l'expiration de votre titre.</source>
        <translation>Es pronto: la renovación se solicita entre 4 y 2 meses antes de la caducidad de su permiso.</translation>
    </message>
    <message>
        <source>Votre titre expire dans moins de 2 mois : déposez votre demande sans attendre.</source>
        <translation>Su permiso caduca en menos de 2 meses: presente su solicitud sin demora.</translation>
    </message>
    <message>
        <source>Votre titre a expiré : déposez votre demande et conservez la confirmation de dépôt.</source>
        <translation>Su permiso ha caducado: presente su solicitud y conserve la confirmación de presentación.</translation>
    </message>
    <message>
        <source>Passeport en cours de validité</source>
        <translation>Pasaporte en vigor</translation>
    </message>
    <message>
        <source>Les pages d'identité et de validité.</source>
        <translation>Las páginas de identidad y de validez.</translation>
    </message>
    <message>
        <source>Justificatif de domicile de moins de 6 mois</source>
        <translation>Justificante de domicilio de menos de 6 meses</translation>
    </message>
    <message>
        <source>Facture d'électricité, de gaz, d'eau ou de téléphone, quittance de loyer, avis d'imposition…</source>
        <translation>Factura de electricidad, gas, agua o teléfono, recibo de alquiler, notificación de impuestos…</translation>
    </message>
    <message>
        <source>Carte de séjour délivrée par l'autre État</source>
        <translation>Tarjeta de residencia expedida por el otro Estado</translation>
    </message>
    <message>
        <source>si vous avez séjourné dans un autre État et y avez reçu une carte de séjour</source>
        <translation>si ha residido en otro Estado y allí recibió una tarjeta de residencia</translation>
    </message>
    <message>
        <source>Justificatifs du séjour de plus de 3 mois dans l'autre État</source>
        <translation>Justificantes de la estancia de más de 3 meses en el otro Estado</translation>
    </message>
    <message>
        <source>si vous avez séjourné dans un autre État sans y recevoir de carte de séjour</source>
        <translation>si ha residido en otro Estado sin recibir allí una tarjeta de residencia</translation>
    </message>
    <message>
        <source>Acte de mariage</source>
        <translation>Certificado de matrimonio</translation>
    </message>
    <message>
        <source>si vous êtes marié(e)</source>
        <translation>si está casado/a</translation>
    </message>
    <message>
        <source>Attestation de PACS ou de partenariat enregistré</source>
        <translation>Certificado de PACS o de pareja registrada</translation>
    </message>
    <message>
        <source>si vous êtes pacsé(e)</source>
        <translation>si ha firmado un PACS (pareja civil)</translation>
    </message>
    <message>
        <source>Justificatifs de vie commune</source>
        <translation>Justificantes de convivencia</translation>
    </message>
    <message>
        <source>si vous vivez en concubinage</source>
        <translation>si vive en pareja de hecho</translation>
    </message>
    <message>
        <source>Pièce d'identité de l'accueillant</source>
        <translation>Documento de identidad del ciudadano de referencia</translation>
    </message>
    <message>
        <source>si votre accueillant est Français ou Européen sans titre de séjour</source>
        <translation>si su ciudadano de referencia es francés o europeo sin permiso de residencia</translation>
    </message>
    <message>
        <source>Justificatifs de prise en charge / de dépendance</source>
        <translation>Justificantes de manutención / dependencia</translation>
    </message>
    <message>
        <source>si vous êtes ascendant, personne à charge, ou descendant de 21 ans ou plus ou d'un étudiant</source>
        <translation>si es ascendiente, persona a cargo o descendiente de 21 años o más o de un estudiante</translation>
    </message>
    <message>
        <source>Acte de naissance établissant le lien avec l'accueillant ou son conjoint</source>
        <translation>Partida de nacimiento que acredite el vínculo con el ciudadano de referencia o su cónyuge</translation>
    </message>
    <message>
        <source>si vous êtes ascendant de l'accueillant ou de son conjoint</source>
        <translation>si es ascendiente del ciudadano de referencia o de su cónyuge</translation>
    </message>
    <message>
        <source>Acte de naissance avec filiation</source>
        <translation>Partida de nacimiento con filiación</translation>
    </message>
    <message>
        <source>si vous êtes descendant de l'accueillant ou de son conjoint</source>
        <translation>si es descendiente del ciudadano de referencia o de su cónyuge</translation>
    </message>
    <message>
        <source>Justificatifs du droit au séjour de l'accueillant pendant les 5 années précédentes</source>
        <translation>Justificantes del derecho de residencia del ciudadano de referencia durante los 5 años anteriores</translation>
    </message>
    <message>
        <source>Un titre « Citoyen UE » de 7 mois au plus couvre la période de sa validité.</source>
        <translation>Un permiso «Citoyen UE» (ciudadano UE) de 7 meses como máximo cubre el periodo de su validez.</translation>
    </message>
    <message>
        <source>si votre accueillant est Européen sans titre permanent</source>
        <translation>si su ciudadano de referencia es europeo sin permiso permanente</translation>
    </message>
    <message>
        <source>Justificatifs de continuité de séjour sur 5 ans</source>
        <translation>Justificantes de residencia continuada durante 5 años</translation>
    </message>
    <message>
        <source>si vous êtes en France depuis plus de 5 ans</source>
        <translation>si lleva más de 5 años en Francia</translation>
    </message>
    <message>
        <source>Preuve de résidence en France du conjoint français</source>
        <translation>Prueba de residencia en Francia del cónyuge francés</translation>
    </message>
    <message>
        <source>Quittances de loyer ou de charges, factures, document administratif…</source>
        <translation>Recibos de alquiler o de gastos, facturas, documento administrativo…</translation>
    </message>
    <message>
        <source>si votre accueillant est Français</source>
        <translation>si su ciudadano de referencia es francés</translation>
    </message>
    <message>
        <source>Attestation sur l'honneur de l'accueillant : pas d'absence de plus de 2 années consécutives</source>
        <translation>Declaración jurada del ciudadano de referencia: ninguna ausencia de más de 2 años consecutivos</translation>
    </message>
    <message>
        <source>si votre accueillant a un titre de séjour permanent</source>
        <translation>si su ciudadano de referencia tiene un permiso de residencia permanente</translation>
    </message>
    <message>
        <source>Certificat de scolarité de l'accueillant</source>
        <translation>Certificado de matrícula del ciudadano de referencia</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant</source>
        <translation>si su ciudadano de referencia europeo es estudiante</translation>
    </message>
    <message>
        <source>Justificatif de prise en charge</source>
        <translation>Justificante de manutención</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant, ou salarié et vous n'êtes ni son conjoint ni un descendant de moins de 21 ans</source>
        <translation>si su ciudadano de referencia europeo es estudiante, o asalariado y usted no es su cónyuge ni un descendiente menor de 21 años</translation>
    </message>
    <message>
        <source>Contrat de travail, attestation de l'employeur ou bulletins de salaire de l'accueillant</source>
        <translation>Contrato de trabajo, certificado del empleador o nóminas del ciudadano de referencia</translation>
    </message>
    <message>
        <source>si votre accueillant européen est salarié</source>
        <translation>si su ciudadano de referencia europeo es asalariado</translation>
    </message>
    <message>
        <source>Justificatif d'activité non salariée de l'accueillant</source>
        <translation>Justificante de actividad por cuenta propia del ciudadano de referencia</translation>
    </message>
    <message>
        <source>si votre accueillant européen est non salarié</source>
        <translation>si su ciudadano de referencia europeo trabaja por cuenta propia</translation>
    </message>
    <message>
        <source>Attestation de maintien de droit ou d'inscription comme demandeur d'emploi</source>
        <translation>Certificado de mantenimiento de derechos o de inscripción como demandante de empleo</translation>
    </message>
    <message>
        <source>si votre accueillant européen est en cessation involontaire d'activité</source>
        <translation>si su ciudadano de referencia europeo está en cese involuntario de actividad</translation>
    </message>
    <message>
        <source>Attestation d'assurance maladie de l'accueillant</source>
        <translation>Certificado de seguro de enfermedad del ciudadano de referencia</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant, retraité ou inactif, sans titre permanent ni titre récent</source>
        <translation>si su ciudadano de referencia europeo es estudiante, jubilado o inactivo, sin permiso permanente ni permiso reciente</translation>
    </message>
    <message>
        <source>Justificatifs de ressources de l'accueillant</source>
        <translation>Justificantes de recursos del ciudadano de referencia</translation>
    </message>
    <message>
        <source>facultatif, si votre accueillant européen est retraité ou inactif, sans titre permanent ni titre récent</source>
        <translation>opcional, si su ciudadano de referencia europeo es jubilado o inactivo, sin permiso permanente ni permiso reciente</translation>
    </message>
    <message>
        <source>Déposé au guichet, en attente de transmission</source>
        <translation>Presentado en el terminal, pendiente de transmisión</translation>
    </message>
    <message>
        <source>Transmission en cours</source>
        <translation>Transmisión en curso</translation>
    </message>
    <message>
        <source>Transmission suspendue : le médiateur est prévenu</source>
        <translation>Transmisión suspendida: se ha avisado al mediador</translation>
    </message>
    <message>
        <source>Transmis au service instructeur</source>
        <translation>Transmitido al servicio de tramitación</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Confirmé</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Non confirmé</source>
        <translation>No confirmado</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Lire à voix haute</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Lit à voix haute le titre et les questions de cet écran</source>
        <translation>Lee en voz alta el título y las preguntas de esta pantalla</translation>
    </message>
</context>
<context>
    <name>ResumeCodeDialog</name>
    <message>
        <source>Reprendre avec un code</source>
        <translation>Reanudar con un código</translation>
    </message>
    <message>
        <source>Reprendre une demande enregistrée</source>
        <translation>Reanudar una solicitud guardada</translation>
    </message>
    <message>
        <source>Tapez le code de reprise imprimé sur votre ticket (15 caractères, par exemple K7QM4-XPDR9-TWAB3). Les tirets et les espaces ne comptent pas.</source>
        <translation>Escriba el código de reanudación impreso en su ticket (15 caracteres, por ejemplo K7QM4-XPDR9-TWAB3). Los guiones y los espacios no cuentan.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>Código de reanudación</translation>
    </message>
    <message>
        <source>Scanner le ticket</source>
        <translation>Escanear el ticket</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reprendre ma demande</source>
        <translation>Reanudar mi solicitud</translation>
    </message>
    <message>
        <source>Recherche de votre demande…</source>
        <translation>Buscando su solicitud…</translation>
    </message>
    <message>
        <source>La demande n'a pas pu être ouverte. Réessayez, ou demandez de l'aide à l'accueil.</source>
        <translation>No se ha podido abrir la solicitud. Vuelva a intentarlo o pida ayuda en la recepción.</translation>
    </message>
    <message>
        <source>Le code de reprise compte 15 caractères (trois groupes de cinq). Vérifiez qu'il est complet.</source>
        <translation>El código de reanudación tiene 15 caracteres (tres grupos de cinco). Compruebe que está completo.</translation>
    </message>
    <message>
        <source>Ce code contient un caractère qui n'existe pas dans les codes de reprise : ils n'utilisent que les chiffres 2 à 9 et les lettres sauf I et O.</source>
        <translation>Este código contiene un carácter que no existe en los códigos de reanudación: solo usan las cifras del 2 al 9 y las letras excepto la I y la O.</translation>
    </message>
    <message>
        <source>Ce code contient une faute de frappe. Comparez chaque caractère avec votre ticket.</source>
        <translation>Este código tiene un error de escritura. Compare cada carácter con su ticket.</translation>
    </message>
    <message>
        <source>Aucune demande enregistrée ne correspond à ce code. Vérifiez-le avec votre ticket.</source>
        <translation>Ninguna solicitud guardada corresponde a este código. Compruébelo con su ticket.</translation>
    </message>
    <message>
        <source>Ce code a expiré : il était valable jusqu'au %1. La demande enregistrée a été supprimée ; vous pouvez commencer une nouvelle demande.</source>
        <translation>Este código ha caducado: era válido hasta el %1. La solicitud guardada se ha eliminado; puede empezar una nueva solicitud.</translation>
    </message>
    <message>
        <source>Ce code a déjà servi : un ticket ne permet de reprendre une demande qu'une fois. Demandez de l'aide à l'accueil si besoin.</source>
        <translation>Este código ya se ha utilizado: un ticket solo permite reanudar una solicitud una vez. Pida ayuda en la recepción si es necesario.</translation>
    </message>
    <message>
        <source>Trop d'essais avec un code erroné. Réessayez dans %1 secondes.</source>
        <translation>Demasiados intentos con un código erróneo. Vuelva a intentarlo dentro de %1 segundos.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Modifier</source>
        <translation>Modificar</translation>
    </message>
    <message>
        <source>Modifier : </source>
        <translation>Modificar: </translation>
    </message>
    <message>
        <source>Pièces justificatives</source>
        <translation>Documentos justificativos</translation>
    </message>
    <message>
        <source>Modifier : pièces justificatives</source>
        <translation>Modificar: documentos justificativos</translation>
    </message>
    <message>
        <source>MANQUANT</source>
        <translation>FALTA</translation>
    </message>
    <message>
        <source>aucun fichier</source>
        <translation>ningún archivo</translation>
    </message>
</context>
<context>
    <name>SaveForLaterDialog</name>
    <message>
        <source>Enregistrer et reprendre plus tard</source>
        <translation>Guardar y continuar más tarde</translation>
    </message>
    <message>
        <source>Enregistrer votre demande pour la reprendre plus tard ?</source>
        <translation>¿Guardar su solicitud para continuarla más tarde?</translation>
    </message>
    <message>
        <source>Votre demande sera gardée sur cette borne, chiffrée, sous un code de reprise que vous recevrez sur un ticket. Sans ce code, personne ne pourra la rouvrir, pas même l'accueil. Vous pourrez revenir la reprendre là où vous vous êtes arrêté(e).</source>
        <translation>Su solicitud se guardará cifrada en este terminal, con un código de reanudación que recibirá en un ticket. Sin este código, nadie podrá volver a abrirla, ni siquiera la recepción. Podrá volver y continuar donde lo dejó.</translation>
    </message>
    <message>
        <source>Continuer ma demande</source>
        <translation>Continuar mi solicitud</translation>
    </message>
    <message>
        <source>Enregistrer et recevoir un code</source>
        <translation>Guardar y recibir un código</translation>
    </message>
    <message>
        <source>Enregistrement en cours…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>La demande n'a pas pu être enregistrée. Elle est toujours ouverte : vous pouvez la continuer, ou demander de l'aide à l'accueil.</source>
        <translation>No se ha podido guardar la solicitud. Sigue abierta: puede continuarla o pedir ayuda en la recepción.</translation>
    </message>
    <message>
        <source>Votre demande est enregistrée</source>
        <translation>Su solicitud se ha guardado</translation>
    </message>
    <message>
        <source>Pour la reprendre, touchez « Reprendre avec un code » sur l'écran d'accueil et tapez ce code, ou présentez le ticket à la caméra. Imprimez le ticket ou notez le code : il ne sera plus jamais affiché.</source>
        <translation>Para reanudarla, toque «Reanudar con un código» en la pantalla de inicio y escriba este código, o muestre el ticket a la cámara. Imprima el ticket o apunte el código: no se volverá a mostrar nunca.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>Código de reanudación</translation>
    </message>
    <message>
        <source>Code de reprise : %1</source>
        <translation>Código de reanudación: %1</translation>
    </message>
    <message>
        <source>Valable jusqu'au %1 inclus. Après cette date, la demande enregistrée sera supprimée.</source>
        <translation>Válido hasta el %1 incluido. Después de esta fecha, la solicitud guardada se eliminará.</translation>
    </message>
    <message>
        <source>Code QR du ticket de reprise</source>
        <translation>Código QR del ticket de reanudación</translation>
    </message>
    <message>
        <source>Imprimer le ticket</source>
        <translation>Imprimir el ticket</translation>
    </message>
    <message>
        <source>Afficher le ticket</source>
        <translation>Mostrar el ticket</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Lire votre document</source>
        <translation>Leer su documento</translation>
    </message>
    <message>
        <source>Lire votre passeport ou votre titre de séjour</source>
        <translation>Leer su pasaporte o su permiso de residencia</translation>
    </message>
    <message>
        <source>Image de la caméra, avec le cadre où placer le document</source>
        <translation>Imagen de la cámara, con el marco donde colocar el documento</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>Tomar la foto</translation>
    </message>
    <message>
        <source>Importer une image</source>
        <translation>Importar una imagen</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Placez la page de votre document avec la photo dans le cadre, les lignes de caractères en bas</source>
        <translation>Coloque la página del documento con la foto dentro del marco, con las líneas de caracteres abajo</translation>
    </message>
    <message>
        <source>Approchez le document de la caméra</source>
        <translation>Acerque el documento a la cámara</translation>
    </message>
    <message>
        <source>Évitez les reflets : inclinez un peu le document</source>
        <translation>Evite los reflejos: incline un poco el documento</translation>
    </message>
    <message>
        <source>Tenez le document immobile</source>
        <translation>Mantenga el documento quieto</translation>
    </message>
    <message>
        <source>Ne bougez plus, lecture en cours…</source>
        <translation>No se mueva, leyendo…</translation>
    </message>
    <message>
        <source>Ne présentez qu'un seul document à la fois</source>
        <translation>Muestre un solo documento a la vez</translation>
    </message>
    <message>
        <source>Document lu</source>
        <translation>Documento leído</translation>
    </message>
    <message>
        <source>Document bien placé</source>
        <translation>Documento bien colocado</translation>
    </message>
    <message>
        <source>Aucune bande de lecture n'a été trouvée sur cette image (les deux ou trois lignes de caractères en bas de la page du passeport ou au dos du titre de séjour). Essayez une autre photo, ou saisissez vos informations à la main.</source>
        <translation>No se ha encontrado ninguna banda de lectura mecánica en esta imagen (las dos o tres líneas de caracteres en la parte inferior de la página del pasaporte o en el reverso del permiso de residencia). Pruebe con otra foto o introduzca sus datos a mano.</translation>
    </message>
    <message>
        <source>La bande de lecture a été trouvée mais n'a pas pu être lue sans erreur. Reprenez la photo bien à plat, nette et sans reflet, ou saisissez vos informations à la main.</source>
        <translation>Se ha encontrado la banda de lectura, pero no se ha podido leer sin errores. Repita la foto con el documento plano, nítido y sin reflejos, o introduzca sus datos a mano.</translation>
    </message>
    <message>
        <source>La bande de lecture est trop petite sur cette image pour être lue sans erreur. Rapprochez le document de l'appareil (la page doit remplir la photo) et reprenez la photo, ou saisissez vos informations à la main.</source>
        <translation>La banda de lectura es demasiado pequeña en esta imagen para leerse sin errores. Acerque el documento a la cámara (la página debe llenar la foto) y vuelva a tomar la foto, o introduzca sus datos a mano.</translation>
    </message>
    <message>
        <source>Plusieurs documents apparaissent sur l'image : ne montrez qu'un seul document.</source>
        <translation>Aparecen varios documentos en la imagen: muestre un solo documento.</translation>
    </message>
    <message>
        <source>La lecture automatique des documents n'est pas disponible sur cette borne. Saisissez vos informations à la main.</source>
        <translation>La lectura automática de documentos no está disponible en este terminal. Introduzca sus datos a mano.</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas une image lisible.</source>
        <translation>Este archivo no es una imagen legible.</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas une image lisible (JPEG ou PNG attendu).</source>
        <translation>Este archivo no es una imagen legible (se espera JPEG o PNG).</translation>
    </message>
    <message>
        <source>La caméra n'est pas disponible. Vous pouvez importer une photo de votre document avec le bouton « Importer une image ».</source>
        <translation>La cámara no está disponible. Puede importar una foto de su documento con el botón «Importar una imagen».</translation>
    </message>
    <message>
        <source>La caméra ne répond plus. Vous pouvez importer une photo de votre document avec le bouton « Importer une image ».</source>
        <translation>La cámara ya no responde. Puede importar una foto de su documento con el botón «Importar una imagen».</translation>
    </message>
    <message>
        <source>Le document n'a pas pu être lu.</source>
        <translation>No se ha podido leer el documento.</translation>
    </message>
    <message>
        <source>Caméra indisponible</source>
        <translation>Cámara no disponible</translation>
    </message>
    <message>
        <source>Aucune image de la caméra pour l'instant.</source>
        <translation>Todavía no hay imagen de la cámara.</translation>
    </message>
    <message>
        <source>Lecture de la photo…</source>
        <translation>Leyendo la foto…</translation>
    </message>
    <message>
        <source>Lecture de l'image…</source>
        <translation>Leyendo la imagen…</translation>
    </message>
    <message>
        <source>Choisir une photo du document</source>
        <translation>Elegir una foto del documento</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Continuer</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Que faire : </source>
        <translation>Qué hacer: </translation>
    </message>
    <message>
        <source>Vous ne pouvez pas continuer cette démarche</source>
        <translation>No puede continuar este trámite</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>J'ai compris</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Je commence</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Je continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Déposer ma demande</source>
        <translation>Presentar mi solicitud</translation>
    </message>
</context>
<context>
    <name>TicketScanDialog</name>
    <message>
        <source>Scanner le ticket</source>
        <translation>Escanear el ticket</translation>
    </message>
    <message>
        <source>Présentez le code QR de votre ticket devant la caméra</source>
        <translation>Muestre el código QR de su ticket delante de la cámara</translation>
    </message>
    <message>
        <source>Image de la caméra</source>
        <translation>Imagen de la cámara</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>La caméra n'est pas disponible. Tapez le code imprimé sur votre ticket.</source>
        <translation>La cámara no está disponible. Escriba el código impreso en su ticket.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Bienvenue</source>
        <translation>Bienvenido/a</translation>
    </message>
    <message>
        <source>Cette borne vous permet de déposer votre demande de titre de séjour, même sans connexion internet. Munissez-vous de votre passeport, de votre titre de séjour actuel et de vos pièces justificatives.</source>
        <translation>Este terminal le permite presentar su solicitud de permiso de residencia, incluso sin conexión a internet. Tenga a mano su pasaporte, su permiso de residencia actual y sus documentos justificativos.</translation>
    </message>
    <message>
        <source>Je demande le renouvellement de mon titre de séjour</source>
        <translation>Solicito la renovación de mi permiso de residencia</translation>
    </message>
    <message>
        <source>Reprendre ce dossier</source>
        <translation>Reanudar este expediente</translation>
    </message>
    <message>
        <source>Abandonner ce dossier</source>
        <translation>Abandonar este expediente</translation>
    </message>
    <message>
        <source>Reprendre avec un code</source>
        <translation>Reanudar con un código</translation>
    </message>
    <message>
        <source>Mon espace : messages de la préfecture sur ma demande</source>
        <translation>Mi espacio: mensajes de la prefectura sobre mi solicitud</translation>
    </message>
    <message>
        <source>Espace médiateur : dossiers en file d'attente</source>
        <translation>Espacio del mediador: expedientes en cola</translation>
    </message>
    <message>
        <source>Un dossier commencé sur cette borne n'est pas terminé (dernière modification : %1).</source>
        <translation>Un expediente iniciado en este terminal no está terminado (última modificación: %1).</translation>
    </message>
</context>
</TS>
