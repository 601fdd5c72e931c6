<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="fr_FR">
<context>
    <name>AdminDialog</name>
    <message>
        <source>Administration de la borne</source>
        <translation>Administração do terminal</translation>
    </message>
    <message>
        <source>Configuration (lecture seule)</source>
        <translation>Configuração (só leitura)</translation>
    </message>
    <message>
        <source>configuré</source>
        <translation>configurado</translation>
    </message>
    <message>
        <source>non configuré</source>
        <translation>não configurado</translation>
    </message>
    <message>
        <source>aucun (mode démonstration)</source>
        <translation>nenhum (modo de demonstração)</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Dossiers sur la borne</source>
        <translation>Processos no terminal</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Quitter la borne</source>
        <translation>Sair do terminal</translation>
    </message>
</context>
<context>
    <name>AppearanceControls</name>
    <message>
        <source>Taille du texte : %1 %</source>
        <translation>Tamanho do texto: %1 %</translation>
    </message>
    <message>
        <source>Réduire la taille du texte</source>
        <translation>Diminuir o tamanho do texto</translation>
    </message>
    <message>
        <source>Agrandir la taille du texte</source>
        <translation>Aumentar o tamanho do texto</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Texte clair sur fond noir, bordures épaisses</source>
        <translation>Texto claro sobre fundo preto, contornos grossos</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <source>Oui</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>Complement</name>
    <message>
        <source>Ajouter un fichier</source>
        <translation>Adicionar um ficheiro</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Aucun fichier pour le moment.</source>
        <translation>Nenhum ficheiro por agora.</translation>
    </message>
    <message>
        <source>Retirer %1</source>
        <translation>Remover %1</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Votre demande est déposée</source>
        <translation>O seu pedido foi apresentado</translation>
    </message>
    <message>
        <source>Afficher la confirmation</source>
        <translation>Ver a confirmação</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Enregistrer une copie…</source>
        <translation>Guardar uma cópia…</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Numéro de dossier : %1</source>
        <translation>Número do processo: %1</translation>
    </message>
    <message>
        <source>Numéro de dépôt : %1</source>
        <translation>Número de apresentação: %1</translation>
    </message>
    <message>
        <source>État : %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Votre demande a été transmise. Conservez la confirmation de dépôt : elle porte votre numéro de dépôt.</source>
        <translation>O seu pedido foi transmitido. Guarde a confirmação de apresentação: ela contém o seu número de apresentação.</translation>
    </message>
    <message>
        <source>Conservez la confirmation de dépôt : elle prouve que vous avez déposé votre demande. Le numéro de dépôt définitif vous sera communiqué dès la transmission au service central.</source>
        <translation>Guarde a confirmação de apresentação: ela prova que apresentou o seu pedido. O número de apresentação definitivo ser-lhe-á comunicado assim que o pedido for transmitido ao serviço central.</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>Ainda está aí?</translation>
    </message>
    <message>
        <source>Je suis toujours là</source>
        <translation>Ainda estou aqui</translation>
    </message>
    <message>
        <source>Sans réponse, votre session se terminera dans %1 secondes et vos informations seront effacées de l'écran.</source>
        <translation>Sem resposta, a sua sessão terminará dentro de %1 segundos e as suas informações serão apagadas do ecrã.</translation>
    </message>
</context>
<context>
    <name>CountryEditor</name>
    <message>
        <source>Tapez les premières lettres du pays</source>
        <translation>Escreva as primeiras letras do país</translation>
    </message>
    <message>
        <source>Choisissez un pays dans la liste.</source>
        <translation>Escolha um país da lista.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Scellé, en attente d'envoi</source>
        <translation>Selado, a aguardar envio</translation>
    </message>
    <message>
        <source>Envoi en cours</source>
        <translation>A enviar</translation>
    </message>
    <message>
        <source>Envoyé, en attente du reçu</source>
        <translation>Enviado, a aguardar o recibo</translation>
    </message>
    <message>
        <source>Déposé</source>
        <translation>Apresentado</translation>
    </message>
    <message>
        <source>Nouvel essai prévu</source>
        <translation>Nova tentativa prevista</translation>
    </message>
    <message>
        <source>Bloqué</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Processo</translation>
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
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Dossiers en file d'attente</source>
        <translation>Processos em fila de espera</translation>
    </message>
    <message>
        <source>Synchroniser maintenant</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Passer en libre-service</source>
        <translation>Passar a self-service</translation>
    </message>
    <message>
        <source>%1 en attente de scellement · %2 à envoyer · %3 bloqué(s) · %4 déposé(s)</source>
        <translation>%1 a aguardar selagem · %2 por enviar · %3 bloqueado(s) · %4 apresentado(s)</translation>
    </message>
    <message>
        <source>Numéro de dépôt %1</source>
        <translation>Número de apresentação %1</translation>
    </message>
    <message>
        <source>Nouvel essai à %1 (%2)</source>
        <translation>Nova tentativa às %1 (%2)</translation>
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
        <translation>Abandonar definitivamente o processo %1? Nunca será transmitido; esta ação fica registada.</translation>
    </message>
    <message>
        <source>Abandonner le dossier</source>
        <translation>Abandonar o processo</translation>
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
        <translation>Esta data não existe.</translation>
    </message>
    <message>
        <source>Date attendue au format JJ/MM/AAAA, par exemple 05/03/1990.</source>
        <translation>Data no formato DD/MM/AAAA, por exemplo 05/03/1990.</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>Lire mon passeport ou mon titre de séjour</source>
        <translation>Ler o meu passaporte ou a minha autorização de residência</translation>
    </message>
    <message>
        <source>Utiliser quand même ce document</source>
        <translation>Usar este documento mesmo assim</translation>
    </message>
    <message>
        <source>✓ lu sur le document</source>
        <translation>✓ lido no documento</translation>
    </message>
    <message>
        <source>Lu sur le document</source>
        <translation>Lido no documento</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atenção</translation>
    </message>
    <message>
        <source>Votre passeport a expiré le %1. Un passeport en cours de validité est demandé.</source>
        <translation>O seu passaporte expirou em %1. É exigido um passaporte válido.</translation>
    </message>
    <message>
        <source>Ce document a expiré le %1.</source>
        <translation>Este documento expirou em %1.</translation>
    </message>
    <message>
        <source>Votre passeport expire bientôt (le %1). Pensez à le faire renouveler.</source>
        <translation>O seu passaporte expira em breve (em %1). Lembre-se de o renovar.</translation>
    </message>
    <message>
        <source>Ce document expire bientôt (le %1).</source>
        <translation>Este documento expira em breve (em %1).</translation>
    </message>
    <message>
        <source>Ce document semble être celui d'une autre personne : le nom ou la date de naissance ne correspond pas à ce qui a été saisi. Vos informations n'ont pas été remplacées. Montrez votre propre document, ou utilisez quand même celui-ci.</source>
        <translation>Este documento parece pertencer a outra pessoa: o nome ou a data de nascimento não correspondem ao que foi introduzido. Os seus dados não foram substituídos. Mostre o seu próprio documento ou use este mesmo assim.</translation>
    </message>
    <message>
        <source>La nationalité inscrite sur le document n'a pas pu être reprise : choisissez-la dans la liste.</source>
        <translation>Não foi possível copiar a nacionalidade do documento: escolha-a na lista.</translation>
    </message>
    <message>
        <source>Votre nom est peut-être coupé sur le document (il occupe toute la ligne) : vérifiez-le et complétez-le si besoin.</source>
        <translation>O seu nome pode estar cortado no documento (ocupa a linha inteira): verifique-o e complete-o se necessário.</translation>
    </message>
    <message>
        <source>La date de naissance n'est pas complète sur le document : saisissez-la.</source>
        <translation>A data de nascimento está incompleta no documento: introduza-a.</translation>
    </message>
    <message>
        <source>Ce nom n'a pas pu être lu avec certitude (lu : « %1 ») : vérifiez-le et saisissez-le.</source>
        <translation>Não foi possível ler este nome com certeza (lido: «%1»): verifique-o e escreva-o.</translation>
    </message>
    <message>
        <source>Ce numéro n'a pas pu être lu avec certitude (lu : « %1 ») : vérifiez-le et saisissez-le.</source>
        <translation>Não foi possível ler este número com certeza (lido: «%1»): verifique-o e escreva-o.</translation>
    </message>
    <message>
        <source>Les noms sont recopiés tels qu'ils figurent dans la bande de lecture du document, en majuscules et sans accents. Vérifiez-les et ajoutez les accents si besoin.</source>
        <translation>Os nomes são copiados tal como figuram na zona de leitura ótica do documento, em maiúsculas e sem acentos. Verifique-os e acrescente os acentos se necessário.</translation>
    </message>
    <message>
        <source>Noms lus sur le document</source>
        <translation>Nomes lidos no documento</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Obligatoire</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Facultatif</source>
        <translation>Facultativo</translation>
    </message>
    <message>
        <source>✔ Vérifié : %1 fichier(s), %2 page(s), %3 Mo</source>
        <translation>✔ Verificado: %1 ficheiro(s), %2 página(s), %3 MB</translation>
    </message>
    <message>
        <source>✔ Joint : %1 fichier(s), %2 page(s), %3 Mo</source>
        <translation>✔ Anexado: %1 ficheiro(s), %2 página(s), %3 MB</translation>
    </message>
    <message>
        <source>✖ Manquant</source>
        <translation>✖ Em falta</translation>
    </message>
    <message>
        <source>Aucun fichier (facultatif)</source>
        <translation>Nenhum ficheiro (facultativo)</translation>
    </message>
    <message>
        <source>Traduction : </source>
        <translation>Tradução: </translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 página(s)</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Retirer %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Photographier</source>
        <translation>Fotografar</translation>
    </message>
    <message>
        <source>Ajouter un fichier</source>
        <translation>Adicionar um ficheiro</translation>
    </message>
    <message>
        <source>Ajouter une traduction</source>
        <translation>Adicionar uma tradução</translation>
    </message>
    <message>
        <source>Cette pièce est obligatoire.</source>
        <translation>Este documento é obrigatório.</translation>
    </message>
    <message>
        <source>Pièces manquantes</source>
        <translation>Documentos em falta</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>(facultatif)</source>
        <translation>(facultativo)</translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Aucun pour l'instant.</source>
        <translation>Nenhum por agora.</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Escale – dépôt de demande de titre de séjour</source>
        <translation>Escale – apresentação de pedido de autorização de residência</translation>
    </message>
    <message>
        <source>Transmission : non configurée</source>
        <translation>Transmissão: não configurada</translation>
    </message>
    <message>
        <source>Envoi du dossier en cours</source>
        <translation>A enviar o processo</translation>
    </message>
    <message>
        <source>Langue / Language</source>
        <translation>Idioma / Language</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administração</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Enregistrer et reprendre plus tard</source>
        <translation>Guardar e continuar mais tarde</translation>
    </message>
    <message>
        <source>Le libre-service demande un code médiateur dans la configuration : sans lui, personne ne pourrait reprendre la main.</source>
        <translation>O self-service exige um código de mediador na configuração: sem ele, ninguém poderia retomar o controlo.</translation>
    </message>
    <message>
        <source>● En ligne</source>
        <translation>● Em linha</translation>
    </message>
    <message>
        <source>○ Hors ligne</source>
        <translation>○ Sem ligação</translation>
    </message>
    <message>
        <source>✖ Borne non autorisée : prévenez le service informatique</source>
        <translation>✖ Terminal não autorizado: avise o serviço informático</translation>
    </message>
    <message>
        <source>○ Borne non enregistrée auprès du service central</source>
        <translation>○ Terminal não registado no serviço central</translation>
    </message>
    <message>
        <source>%1 dossier(s) à transmettre</source>
        <translation>%1 processo(s) por transmitir</translation>
    </message>
    <message>
        <source>%1 bloqué(s)</source>
        <translation>%1 bloqueado(s)</translation>
    </message>
    <message>
        <source>Ticket de reprise</source>
        <translation>Talão de retoma</translation>
    </message>
    <message>
        <source>Étape %1/%2 : %3</source>
        <translation>Etapa %1/%2: %3</translation>
    </message>
    <message>
        <source>Avant de commencer</source>
        <translation>Antes de começar</translation>
    </message>
    <message>
        <source>Revenir à la vérification</source>
        <translation>Voltar à verificação</translation>
    </message>
    <message>
        <source>Étape 5/5 : Confirmation</source>
        <translation>Etapa 5/5: Confirmação</translation>
    </message>
    <message>
        <source>Continuer malgré tout</source>
        <translation>Continuar mesmo assim</translation>
    </message>
    <message>
        <source>Le dépôt n'est pas encore possible</source>
        <translation>Ainda não é possível apresentar o pedido</translation>
    </message>
    <message>
        <source>Choisir des fichiers</source>
        <translation>Escolher ficheiros</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documentos (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Liste des pièces justificatives</source>
        <translation>Lista de documentos comprovativos</translation>
    </message>
    <message>
        <source>Confirmation de dépôt</source>
        <translation>Confirmação de apresentação</translation>
    </message>
    <message>
        <source>Enregistrer la confirmation</source>
        <translation>Guardar a confirmação</translation>
    </message>
</context>
<context>
    <name>Online</name>
    <message>
        <source>numéro étranger</source>
        <translation>número de estrangeiro</translation>
    </message>
    <message>
        <source>numéro du document</source>
        <translation>número do documento</translation>
    </message>
    <message>
        <source>adresse électronique</source>
        <translation>endereço de e-mail</translation>
    </message>
    <message>
        <source>code reçu par courriel</source>
        <translation>código recebido por e-mail</translation>
    </message>
    <message>
        <source>mot de passe</source>
        <translation>palavra-passe</translation>
    </message>
    <message>
        <source>Le service de la préfecture a refusé la demande. Adressez-vous à l'accueil.</source>
        <translation>O serviço da prefeitura recusou o pedido. Dirija-se ao balcão de atendimento.</translation>
    </message>
    <message>
        <source>Cette étape a besoin d'internet et le service de la préfecture ne répond pas. Réessayez dans quelques minutes. Le dépôt d'une demande reste possible sans connexion.</source>
        <translation>Esta etapa precisa de internet e o serviço da prefeitura não responde. Tente novamente dentro de alguns minutos. Continua a ser possível apresentar um pedido sem ligação.</translation>
    </message>
    <message>
        <source>Cette borne n'est pas encore reliée au service de la préfecture. Adressez-vous à l'accueil.</source>
        <translation>Este terminal ainda não está ligado ao serviço da prefeitura. Dirija-se ao balcão de atendimento.</translation>
    </message>
    <message>
        <source>Impossible pour le moment</source>
        <translation>Não é possível de momento</translation>
    </message>
    <message>
        <source>Mon espace</source>
        <translation>O meu espaço</translation>
    </message>
    <message>
        <source>Connectez-vous pour lire les messages de la préfecture sur votre demande : pièces complémentaires demandées, décision.</source>
        <translation>Inicie sessão para ler as mensagens da prefeitura sobre o seu pedido: documentos adicionais pedidos, decisão.</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>Número de estrangeiro</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <source>Créer mon compte</source>
        <translation>Criar a minha conta</translation>
    </message>
    <message>
        <source>Retour à l'accueil</source>
        <translation>Voltar ao início</translation>
    </message>
    <message>
        <source>Vous recevrez un code par courriel pour choisir votre mot de passe.</source>
        <translation>Receberá um código por e-mail para escolher a sua palavra-passe.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <translation>Autorização de residência</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Numéro du document</source>
        <translation>Número do documento</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>Recevoir mon code</source>
        <translation>Receber o meu código</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Choisir mon mot de passe</source>
        <translation>Escolher a minha palavra-passe</translation>
    </message>
    <message>
        <source>Code reçu par courriel</source>
        <translation>Código recebido por e-mail</translation>
    </message>
    <message>
        <source>Nouveau mot de passe</source>
        <translation>Nova palavra-passe</translation>
    </message>
    <message>
        <source>Le même mot de passe</source>
        <translation>A mesma palavra-passe</translation>
    </message>
    <message>
        <source>Activer mon compte</source>
        <translation>Ativar a minha conta</translation>
    </message>
    <message>
        <source>Messages de la préfecture</source>
        <translation>Mensagens da prefeitura</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Me déconnecter</source>
        <translation>Terminar sessão</translation>
    </message>
    <message>
        <source>Envoyer les pièces demandées</source>
        <translation>Enviar os documentos pedidos</translation>
    </message>
    <message>
        <source>Ajoutez un fichier pour chaque pièce demandée, puis envoyez. Vos pièces sont enregistrées sur la borne et transmises dès que la connexion le permet.</source>
        <translation>Adicione um ficheiro para cada documento pedido e depois envie. Os seus documentos ficam guardados no terminal e são transmitidos assim que a ligação o permitir.</translation>
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
        <translation>Verifique: %1.</translation>
    </message>
    <message>
        <source>10 chiffres, sur votre titre de séjour</source>
        <translation>10 algarismos, na sua autorização de residência</translation>
    </message>
    <message>
        <source>Code envoyé</source>
        <translation>Código enviado</translation>
    </message>
    <message>
        <source>au moins 10 caractères</source>
        <translation>pelo menos 10 caracteres</translation>
    </message>
    <message>
        <source>Compte activé</source>
        <translation>Conta ativada</translation>
    </message>
    <message>
        <source>Afficher l'attestation</source>
        <translation>Ver o atestado</translation>
    </message>
    <message>
        <source>Imprimer l'attestation</source>
        <translation>Imprimir o atestado</translation>
    </message>
    <message>
        <source>Vos pièces sont enregistrées sur la borne. Elles seront transmises à la préfecture dès que possible ; un message vous le confirmera ici.</source>
        <translation>Os seus documentos estão guardados no terminal. Serão transmitidos à prefeitura o mais rapidamente possível; uma mensagem confirmá-lo-á aqui.</translation>
    </message>
    <message>
        <source>Vérifiez : %1. Le mot de passe doit compter au moins 10 caractères.</source>
        <translation>Verifique: %1. A palavra-passe deve ter pelo menos 10 caracteres.</translation>
    </message>
    <message>
        <source>Un code à 8 chiffres a été envoyé à votre adresse électronique. Il est valable 15 minutes.</source>
        <translation>Foi enviado um código de 8 algarismos para o seu endereço de e-mail. É válido durante 15 minutos.</translation>
    </message>
    <message>
        <source>Les deux mots de passe sont différents.</source>
        <translation>As duas palavras-passe são diferentes.</translation>
    </message>
    <message>
        <source>Votre compte est actif. Connectez-vous avec votre numéro étranger et votre mot de passe.</source>
        <translation>A sua conta está ativa. Inicie sessão com o seu número de estrangeiro e a sua palavra-passe.</translation>
    </message>
    <message>
        <source>Aucun message pour le moment.</source>
        <translation>Nenhuma mensagem de momento.</translation>
    </message>
    <message>
        <source>Attestation de décision favorable</source>
        <translation>Atestado de decisão favorável</translation>
    </message>
    <message>
        <source>Demande n° %1</source>
        <translation>Pedido n.º %1</translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Pièces demandées :</source>
        <translation>Documentos pedidos:</translation>
    </message>
</context>
<context>
    <name>PageCapture</name>
    <message>
        <source>2D-Doc vérifié : toutes les vérifications sont bonnes.</source>
        <translation>2D-Doc verificado: todas as verificações estão corretas.</translation>
    </message>
    <message>
        <source>2D-Doc lu : le justificatif devra être vérifié par un agent.</source>
        <translation>2D-Doc lido: o comprovativo terá de ser verificado por um funcionário.</translation>
    </message>
    <message>
        <source>✖ Signature du code 2D-Doc invalide : le document a pu être modifié.</source>
        <translation>✖ Assinatura do código 2D-Doc inválida: o documento pode ter sido alterado.</translation>
    </message>
    <message>
        <source>Ce document n'est pas un justificatif de domicile.</source>
        <translation>Este documento não é um comprovativo de morada.</translation>
    </message>
    <message>
        <source>✔ Signature du code 2D-Doc valide.</source>
        <translation>✔ Assinatura do código 2D-Doc válida.</translation>
    </message>
    <message>
        <source>✖ Signature non vérifiable : le certificat du code 2D-Doc est inconnu.</source>
        <translation>✖ Assinatura não verificável: o certificado do código 2D-Doc é desconhecido.</translation>
    </message>
    <message>
        <source>Le nom correspond au demandeur.</source>
        <translation>O nome corresponde ao do requerente.</translation>
    </message>
    <message>
        <source>Le nom ne correspond pas au demandeur.</source>
        <translation>O nome não corresponde ao do requerente.</translation>
    </message>
    <message>
        <source>Le code ne contient pas de nom.</source>
        <translation>O código não contém nenhum nome.</translation>
    </message>
    <message>
        <source>L'adresse correspond à l'adresse déclarée.</source>
        <translation>O endereço corresponde ao endereço declarado.</translation>
    </message>
    <message>
        <source>L'adresse ne correspond pas à l'adresse déclarée.</source>
        <translation>O endereço não corresponde ao endereço declarado.</translation>
    </message>
    <message>
        <source>Le code ne contient pas d'adresse.</source>
        <translation>O código não contém nenhum endereço.</translation>
    </message>
    <message>
        <source>Document du %1 : moins de 6 mois.</source>
        <translation>Documento de %1: menos de 6 meses.</translation>
    </message>
    <message>
        <source>Document du %1 : plus de 6 mois, ou daté dans le futur.</source>
        <translation>Documento de %1: mais de 6 meses, ou com data futura.</translation>
    </message>
    <message>
        <source>Le code ne contient pas de date.</source>
        <translation>O código não contém nenhuma data.</translation>
    </message>
</context>
<context>
    <name>PageCaptureDialog</name>
    <message>
        <source>Photographier le document</source>
        <translation>Fotografar o documento</translation>
    </message>
    <message>
        <source>Image de la caméra, avec la feuille repérée</source>
        <translation>Imagem da câmara, com a folha detetada</translation>
    </message>
    <message>
        <source>Pages photographiées</source>
        <translation>Páginas fotografadas</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Descer</translation>
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
        <translation>Tirar a fotografia</translation>
    </message>
    <message>
        <source>Importer un fichier</source>
        <translation>Importar um ficheiro</translation>
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
        <translation>Coloque a folha plana por baixo da câmara</translation>
    </message>
    <message>
        <source>La feuille est coupée : montrez-la en entier</source>
        <translation>A folha está cortada: mostre-a por inteiro</translation>
    </message>
    <message>
        <source>Rapprochez la feuille de la caméra</source>
        <translation>Aproxime a folha da câmara</translation>
    </message>
    <message>
        <source>L'image est trop sombre : éclairez davantage la feuille</source>
        <translation>A imagem está demasiado escura: ilumine melhor a folha</translation>
    </message>
    <message>
        <source>Un reflet cache le texte : inclinez un peu la feuille</source>
        <translation>Um reflexo esconde o texto: incline um pouco a folha</translation>
    </message>
    <message>
        <source>L'image est floue : ne bougez plus la feuille</source>
        <translation>A imagem está desfocada: não mexa a folha</translation>
    </message>
    <message>
        <source>Ne bougez plus : la page %1 va être reprise</source>
        <translation>Não se mexa: a página %1 vai ser repetida</translation>
    </message>
    <message>
        <source>Ne bougez plus : photo en cours…</source>
        <translation>Não se mexa: a tirar a fotografia…</translation>
    </message>
    <message>
        <source>Caméra indisponible</source>
        <translation>Câmara indisponível</translation>
    </message>
    <message>
        <source>La caméra ne répond pas. Vous pouvez importer un fichier avec le bouton « Importer un fichier ».</source>
        <translation>A câmara não responde. Pode importar um ficheiro com o botão «Importar um ficheiro».</translation>
    </message>
    <message>
        <source>Aucune image de la caméra pour l'instant.</source>
        <translation>Ainda não há imagem da câmara.</translation>
    </message>
    <message>
        <source>Lecture du fichier…</source>
        <translation>A ler o ficheiro…</translation>
    </message>
    <message>
        <source>Le document n'a pas pu être préparé. Réessayez.</source>
        <translation>Não foi possível preparar o documento. Tente novamente.</translation>
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
        <translation>A preparar o documento…</translation>
    </message>
    <message>
        <source>Choisir un fichier</source>
        <translation>Escolher um ficheiro</translation>
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
        <translation>Anexo 1 — Lista de documentos comprovativos</translation>
    </message>
    <message>
        <source>Tout document rédigé en langue étrangère doit être accompagné de sa traduction par un traducteur agréé/assermenté.</source>
        <translation>Qualquer documento redigido em língua estrangeira deve ser acompanhado da sua tradução por um tradutor acreditado/ajuramentado.</translation>
    </message>
    <message>
        <source>Cochez chaque pièce une fois réunie. Les pièces « Obligatoire » sont nécessaires au dépôt ; les pièces « Facultatif » peuvent compléter votre dossier ; les pièces « Selon votre situation » sont demandées dans le cas indiqué.</source>
        <translation>Assinale cada documento quando o tiver reunido. Os documentos «Obrigatório» são necessários para apresentar o pedido; os «Facultativo» podem completar o seu processo; os «Conforme a sua situação» são pedidos no caso indicado.</translation>
    </message>
    <message>
        <source>Obligatoire</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Facultatif</source>
        <translation>Facultativo</translation>
    </message>
    <message>
        <source>Selon votre situation</source>
        <translation>Conforme a sua situação</translation>
    </message>
    <message>
        <source>Aucune pièce justificative n'est demandée.</source>
        <translation>Não é pedido nenhum documento comprovativo.</translation>
    </message>
    <message>
        <source>Important :</source>
        <translation>Importante:</translation>
    </message>
    <message>
        <source>Escale — liste établie le %1</source>
        <translation>Escale — lista elaborada em %1</translation>
    </message>
    <message>
        <source>Établie le %1</source>
        <translation>Elaborada em %1</translation>
    </message>
    <message>
        <source>pour %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>version de la procédure : %1</source>
        <translation>versão do procedimento: %1</translation>
    </message>
    <message>
        <source>Confirmation de dépôt</source>
        <translation>Confirmação de apresentação</translation>
    </message>
    <message>
        <source>Ce document confirme le dépôt de votre demande ; il ne constitue pas un titre de séjour. Conservez-le et indiquez le numéro de dossier dans vos échanges avec la préfecture.</source>
        <translation>Este documento confirma a apresentação do seu pedido; não constitui uma autorização de residência. Guarde-o e indique o número do processo nos seus contactos com a prefeitura.</translation>
    </message>
    <message>
        <source>Déposé le</source>
        <translation>Apresentado em</translation>
    </message>
    <message>
        <source>Numéro de dossier</source>
        <translation>Número do processo</translation>
    </message>
    <message>
        <source>Numéro de dépôt</source>
        <translation>Número de apresentação</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lieu de dépôt</source>
        <translation>Local de apresentação</translation>
    </message>
    <message>
        <source>Code QR du dossier</source>
        <translation>Código QR do processo</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>Requerente</translation>
    </message>
    <message>
        <source>Pièces déposées</source>
        <translation>Documentos apresentados</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>Nomes próprios</translation>
    </message>
    <message>
        <source>Nom d'usage</source>
        <translation>Nome de uso</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>Número de estrangeiro</translation>
    </message>
    <message>
        <source>Pièce justificative</source>
        <translation>Documento comprovativo</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>Ficheiro</translation>
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
        <translation>Nenhum ficheiro</translation>
    </message>
    <message>
        <source>Aucune pièce déposée.</source>
        <translation>Nenhum documento apresentado.</translation>
    </message>
    <message>
        <source>Traduction :</source>
        <translation>Tradução:</translation>
    </message>
    <message>
        <source>%1 pièce(s), %2 fichier(s), dont %3 traduction(s)</source>
        <translation>%1 documento(s), %2 ficheiro(s), dos quais %3 tradução(ões)</translation>
    </message>
    <message>
        <source>Ticket de reprise de votre demande</source>
        <translation>Talão para retomar o seu pedido</translation>
    </message>
    <message>
        <source>Votre demande en cours est enregistrée sur cette borne. Avec ce code, vous la reprendrez là où vous vous êtes arrêté(e).</source>
        <translation>O seu pedido em curso está guardado neste terminal. Com este código, continuará onde parou.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>Código de retoma</translation>
    </message>
    <message>
        <source>Valable jusqu'au</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>inclus</source>
        <translation>inclusive</translation>
    </message>
    <message>
        <source>À présenter à la caméra de la borne</source>
        <translation>Para mostrar à câmara do terminal</translation>
    </message>
    <message>
        <source>Pour reprendre votre demande</source>
        <translation>Para retomar o seu pedido</translation>
    </message>
    <message>
        <source>Revenez à une borne Escale de ce lieu avant la fin de validité du code.</source>
        <translation>Volte a um terminal Escale deste local antes de o código expirar.</translation>
    </message>
    <message>
        <source>Sur l'écran d'accueil, touchez « Reprendre avec un code ».</source>
        <translation>No ecrã inicial, toque em «Retomar com um código».</translation>
    </message>
    <message>
        <source>Tapez le code ci-dessus, ou présentez ce ticket à la caméra (« Scanner le ticket »).</source>
        <translation>Escreva o código acima ou mostre este talão à câmara («Ler o talão»).</translation>
    </message>
    <message>
        <source>Gardez ce ticket pour vous : toute personne qui a ce code peut ouvrir votre demande. Le code ne sert qu'une fois ; si vous enregistrez de nouveau, vous recevrez un nouveau ticket.</source>
        <translation>Guarde este talão só para si: qualquer pessoa que tenha este código pode abrir o seu pedido. O código só serve uma vez; se guardar novamente, receberá um novo talão.</translation>
    </message>
    <message>
        <source>Après cette date, la demande enregistrée est supprimée : il faudra la recommencer.</source>
        <translation>Depois desta data, o pedido guardado é apagado: terá de o recomeçar.</translation>
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
        <translation>Fechar</translation>
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
        <translation>A verificar…</translation>
    </message>
    <message>
        <source>Vérification impossible. Réessayez ou prévenez le service informatique.</source>
        <translation>Não foi possível verificar. Tente novamente ou avise o serviço informático.</translation>
    </message>
    <message>
        <source>Aucun code n'est configuré pour cet accès.</source>
        <translation>Nenhum código está configurado para este acesso.</translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>Código incorreto.</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 secondes.</source>
        <translation>Pode tentar novamente dentro de %1 segundos.</translation>
    </message>
</context>
<context>
    <name>PreambleScreen</name>
    <message>
        <source>Liste des pièces justificatives</source>
        <translation>Lista de documentos comprovativos</translation>
    </message>
    <message>
        <source>Afficher la liste (PDF)</source>
        <translation>Ver a lista (PDF)</translation>
    </message>
    <message>
        <source>Imprimer la liste</source>
        <translation>Imprimir a lista</translation>
    </message>
    <message>
        <source>obligatoire</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>facultatif</source>
        <translation>facultativo</translation>
    </message>
    <message>
        <source>selon votre situation</source>
        <translation>conforme a sua situação</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Renouvellement de titre de séjour – Membre de famille de ressortissant UE/EEE/Suisse</source>
        <translation>Renovação da autorização de residência – Familiar de cidadão da UE/EEE/Suíça</translation>
    </message>
    <message>
        <source>Carte « CE – Séjour permanent – Toutes activités professionnelles » (10 ans, gratuite)</source>
        <translation>Cartão «CE – Séjour permanent – Toutes activités professionnelles» (residência permanente, todas as atividades profissionais; 10 anos, gratuito)</translation>
    </message>
    <message>
        <source>Tout document rédigé en langue étrangère doit être accompagné de sa traduction par un traducteur assermenté.</source>
        <translation>Qualquer documento redigido em língua estrangeira deve ser acompanhado da sua tradução por um tradutor ajuramentado.</translation>
    </message>
    <message>
        <source>Informations personnelles</source>
        <translation>Dados pessoais</translation>
    </message>
    <message>
        <source>Modalités du séjour</source>
        <translation>Condições da estadia</translation>
    </message>
    <message>
        <source>Pièces justificatives</source>
        <translation>Documentos comprovativos</translation>
    </message>
    <message>
        <source>Vérification et dépôt</source>
        <translation>Verificação e apresentação</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmação</translation>
    </message>
    <message>
        <source>Séjour dans un autre État</source>
        <translation>Estadia noutro Estado</translation>
    </message>
    <message>
        <source>Liens personnels et familiaux</source>
        <translation>Laços pessoais e familiares</translation>
    </message>
    <message>
        <source>Motif du séjour</source>
        <translation>Motivo da estadia</translation>
    </message>
    <message>
        <source>Ressources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Je sollicite le renouvellement de ce titre</source>
        <translation>Peço a renovação desta autorização</translation>
    </message>
    <message>
        <source>Indiquez le titre de séjour que vous détenez aujourd'hui. Le renouvellement se demande entre 4 et 2 mois avant la date d'expiration de ce titre.</source>
        <translation>Indique a autorização de residência que possui atualmente. A renovação pede-se entre 4 e 2 meses antes da data de validade desta autorização.</translation>
    </message>
    <message>
        <source>Catégorie de votre titre de séjour actuel</source>
        <translation>Categoria da sua autorização de residência atual</translation>
    </message>
    <message>
        <source>Membre de famille de ressortissant UE/EEE/Suisse</source>
        <translation>Familiar de cidadão da UE/EEE/Suíça</translation>
    </message>
    <message>
        <source>Autre catégorie de titre de séjour</source>
        <translation>Outra categoria de autorização de residência</translation>
    </message>
    <message>
        <source>Date d'expiration de votre titre actuel</source>
        <translation>Data de validade da sua autorização atual</translation>
    </message>
    <message>
        <source>Elle figure au recto du titre, après « Date d'expiration ».</source>
        <translation>Figura na frente da autorização, depois de «Date d'expiration».</translation>
    </message>
    <message>
        <source>Démarche réservée</source>
        <translation>Procedimento reservado</translation>
    </message>
    <message>
        <source>Cette démarche est réservée aux personnes reconnues « Membre de famille de ressortissant UE/EEE/Suisse ». Elle mène à la carte « CE – Séjour permanent – Toutes activités professionnelles », valable 10 ans et délivrée gratuitement.</source>
        <translation>Este procedimento está reservado às pessoas reconhecidas como «Familiar de cidadão da UE/EEE/Suíça». Conduz ao cartão «CE – Séjour permanent – Toutes activités professionnelles» (residência permanente, todas as atividades profissionais), válido por 10 anos e emitido gratuitamente.</translation>
    </message>
    <message>
        <source>Avant de commencer</source>
        <translation>Antes de começar</translation>
    </message>
    <message>
        <source>La demande se fait en 5 étapes : vos informations personnelles, les modalités de votre séjour, les pièces justificatives, la vérification et le dépôt, puis la confirmation. Préparez les pièces de la liste ci-dessous : vous pouvez l'afficher ou l'imprimer. Elle se précise au fil de vos réponses.</source>
        <translation>O pedido faz-se em 5 etapas: os seus dados pessoais, as condições da sua estadia, os documentos comprovativos, a verificação e a apresentação e, por fim, a confirmação. Prepare os documentos da lista abaixo: pode vê-la ou imprimi-la. Ela vai-se precisando com as suas respostas.</translation>
    </message>
    <message>
        <source>Vérifier les informations personnelles (1/2)</source>
        <translation>Verificar os dados pessoais (1/2)</translation>
    </message>
    <message>
        <source>Vérifiez votre identité telle qu'elle figure sur votre passeport. Un nom d'usage peut être ajouté si nécessaire.</source>
        <translation>Verifique a sua identidade tal como consta do seu passaporte. Pode acrescentar um nome de uso, se necessário.</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>Apelido de nascimento</translation>
    </message>
    <message>
        <source>Prénom(s)</source>
        <translation>Nome(s) próprio(s)</translation>
    </message>
    <message>
        <source>Nom d'usage</source>
        <translation>Nome de uso</translation>
    </message>
    <message>
        <source>Par exemple le nom de votre conjoint, si vous l'utilisez.</source>
        <translation>Por exemplo, o apelido do seu cônjuge, se o utilizar.</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Féminin</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Non spécifié (X)</source>
        <translation>Não especificado (X)</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>Número de estrangeiro</translation>
    </message>
    <message>
        <source>10 chiffres (parfois 9), au recto de votre titre de séjour.</source>
        <translation>10 algarismos (por vezes 9), na frente da sua autorização de residência.</translation>
    </message>
    <message>
        <source>Numéro de passeport</source>
        <translation>Número do passaporte</translation>
    </message>
    <message>
        <source>Date d'expiration du passeport</source>
        <translation>Data de validade do passaporte</translation>
    </message>
    <message>
        <source>Vérifier les informations personnelles (2/2)</source>
        <translation>Verificar os dados pessoais (2/2)</translation>
    </message>
    <message>
        <source>Vérifiez votre adresse et indiquez un numéro de téléphone pour vous contacter.</source>
        <translation>Verifique o seu endereço e indique um número de telefone para o contactarmos.</translation>
    </message>
    <message>
        <source>J'ai déménagé depuis mon dernier titre</source>
        <translation>Mudei de casa desde a minha última autorização</translation>
    </message>
    <message>
        <source>Adresse en France</source>
        <translation>Endereço em França</translation>
    </message>
    <message>
        <source>Numéro et voie</source>
        <translation>Número e rua</translation>
    </message>
    <message>
        <source>Complément d'adresse</source>
        <translation>Complemento de endereço</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Localidade</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Un numéro français (06 12 34 56 78) ou international (+33 6 12 34 56 78).</source>
        <translation>Um número francês (06 12 34 56 78) ou internacional (+33 6 12 34 56 78).</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>Pour recevoir la confirmation de dépôt et les notifications.</source>
        <translation>Para receber a confirmação de apresentação e as notificações.</translation>
    </message>
    <message>
        <source>Code e-photo</source>
        <translation>Código e-photo</translation>
    </message>
    <message>
        <source>Code à 22 caractères imprimé sur la planche de la cabine photo agréée ANTS.</source>
        <translation>Código de 22 caracteres impresso na folha de fotografias de uma cabine fotográfica aprovada pela ANTS.</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (1/9)</source>
        <translation>Verificar as condições da estadia (1/9)</translation>
    </message>
    <message>
        <source>Vérifiez le motif et la durée de votre séjour.</source>
        <translation>Verifique o motivo e a duração da sua estadia.</translation>
    </message>
    <message>
        <source>Ma présence en France est supérieure à 5 ans</source>
        <translation>Estou em França há mais de 5 anos</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (2/9)</source>
        <translation>Verificar as condições da estadia (2/9)</translation>
    </message>
    <message>
        <source>Indiquez l'activité de l'accueillant, le ressortissant UE/EEE/Suisse ou français dont vous êtes membre de famille.</source>
        <translation>Indique a atividade do seu cidadão de referência: o cidadão da UE/EEE/Suíça ou francês de quem é familiar.</translation>
    </message>
    <message>
        <source>Activité de l'accueillant en France</source>
        <translation>Atividade do cidadão de referência em França</translation>
    </message>
    <message>
        <source>Étudiant</source>
        <translation>Estudante</translation>
    </message>
    <message>
        <source>Salarié</source>
        <translation>Trabalhador por conta de outrem</translation>
    </message>
    <message>
        <source>Non salarié</source>
        <translation>Trabalhador independente</translation>
    </message>
    <message>
        <source>Salarié ou non salarié en cessation involontaire d'activité</source>
        <translation>Trabalhador por conta de outrem ou independente em cessação involuntária de atividade</translation>
    </message>
    <message>
        <source>Retraité ou inactif</source>
        <translation>Reformado ou inativo</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (3/9)</source>
        <translation>Verificar as condições da estadia (3/9)</translation>
    </message>
    <message>
        <source>Indiquez qui est votre accueillant.</source>
        <translation>Indique quem é o seu cidadão de referência.</translation>
    </message>
    <message>
        <source>Mon accueillant est</source>
        <translation>O meu cidadão de referência é</translation>
    </message>
    <message>
        <source>Européen titulaire d'un titre de séjour</source>
        <translation>Europeu titular de uma autorização de residência</translation>
    </message>
    <message>
        <source>Européen sans titre de séjour</source>
        <translation>Europeu sem autorização de residência</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>Numéro étranger de l'accueillant</source>
        <translation>Número de estrangeiro do cidadão de referência</translation>
    </message>
    <message>
        <source>Titre de séjour de l'accueillant</source>
        <translation>Autorização de residência do cidadão de referência</translation>
    </message>
    <message>
        <source>Titre de séjour permanent (10 ans)</source>
        <translation>Autorização de residência permanente (10 anos)</translation>
    </message>
    <message>
        <source>Titre de séjour « Citoyen UE/EEE/Suisse »</source>
        <translation>Autorização de residência «Citoyen UE/EEE/Suisse» (cidadão UE/EEE/Suíça)</translation>
    </message>
    <message>
        <source>Autre titre</source>
        <translation>Outra autorização</translation>
    </message>
    <message>
        <source>Début de validité du titre de l'accueillant</source>
        <translation>Início de validade da autorização do cidadão de referência</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (4/9)</source>
        <translation>Verificar as condições da estadia (4/9)</translation>
    </message>
    <message>
        <source>Indiquez l'identité de votre accueillant.</source>
        <translation>Indique a identidade do seu cidadão de referência.</translation>
    </message>
    <message>
        <source>Nom de l'accueillant</source>
        <translation>Apelido do cidadão de referência</translation>
    </message>
    <message>
        <source>Prénom(s) de l'accueillant</source>
        <translation>Nome(s) próprio(s) do cidadão de referência</translation>
    </message>
    <message>
        <source>Date de naissance de l'accueillant</source>
        <translation>Data de nascimento do cidadão de referência</translation>
    </message>
    <message>
        <source>Nationalité de l'accueillant</source>
        <translation>Nacionalidade do cidadão de referência</translation>
    </message>
    <message>
        <source>Je confirme l'identité de mon accueillant</source>
        <translation>Confirmo a identidade do meu cidadão de referência</translation>
    </message>
    <message>
        <source>Votre accueillant a un numéro étranger : vérifiez son identité puis confirmez-la.</source>
        <translation>O seu cidadão de referência tem número de estrangeiro: verifique a identidade dele e confirme-a.</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (5/9)</source>
        <translation>Verificar as condições da estadia (5/9)</translation>
    </message>
    <message>
        <source>Indiquez votre situation vis-à-vis de l'accueillant.</source>
        <translation>Indique a sua relação com o cidadão de referência.</translation>
    </message>
    <message>
        <source>Je suis</source>
        <translation>Sou</translation>
    </message>
    <message>
        <source>Conjoint, concubin ou partenaire enregistré</source>
        <translation>Cônjuge, companheiro(a) em união de facto ou parceiro(a) registado(a)</translation>
    </message>
    <message>
        <source>Descendant</source>
        <translation>Descendente</translation>
    </message>
    <message>
        <source>Ascendant</source>
        <translation>Ascendente</translation>
    </message>
    <message>
        <source>Personne à charge</source>
        <translation>Pessoa a cargo</translation>
    </message>
    <message>
        <source>De qui ?</source>
        <translation>De quem?</translation>
    </message>
    <message>
        <source>De l'accueillant</source>
        <translation>Do cidadão de referência</translation>
    </message>
    <message>
        <source>Du conjoint de l'accueillant</source>
        <translation>Do cônjuge do cidadão de referência</translation>
    </message>
    <message>
        <source>Lien de parenté</source>
        <translation>Grau de parentesco</translation>
    </message>
    <message>
        <source>Père</source>
        <translation>Pai</translation>
    </message>
    <message>
        <source>Mère</source>
        <translation>Mãe</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Je suis à la charge de l'accueillant</source>
        <translation>Estou a cargo do cidadão de referência</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (6/9)</source>
        <translation>Verificar as condições da estadia (6/9)</translation>
    </message>
    <message>
        <source>Déclarez les enfants mineurs à votre charge ou à celle de votre conjoint. Vous pouvez en déclarer plusieurs, ou aucun.</source>
        <translation>Declare os filhos menores a seu cargo ou a cargo do seu cônjuge. Pode declarar vários ou nenhum.</translation>
    </message>
    <message>
        <source>Enfants à charge</source>
        <translation>Filhos a cargo</translation>
    </message>
    <message>
        <source>Enfant</source>
        <translation>Filho(a)</translation>
    </message>
    <message>
        <source>Ajouter un enfant</source>
        <translation>Adicionar um filho</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (7/9)</source>
        <translation>Verificar as condições da estadia (7/9)</translation>
    </message>
    <message>
        <source>Indiquez votre situation familiale.</source>
        <translation>Indique a sua situação familiar.</translation>
    </message>
    <message>
        <source>Situation familiale</source>
        <translation>Situação familiar</translation>
    </message>
    <message>
        <source>Marié(e)</source>
        <translation>Casado(a)</translation>
    </message>
    <message>
        <source>Pacsé(e) / partenariat enregistré</source>
        <translation>PACS / parceria registada</translation>
    </message>
    <message>
        <source>En concubinage</source>
        <translation>Em união de facto</translation>
    </message>
    <message>
        <source>Divorcé(e)</source>
        <translation>Divorciado(a)</translation>
    </message>
    <message>
        <source>Séparé(e)</source>
        <translation>Separado(a)</translation>
    </message>
    <message>
        <source>Veuf / veuve</source>
        <translation>Viúvo(a)</translation>
    </message>
    <message>
        <source>Célibataire</source>
        <translation>Solteiro(a)</translation>
    </message>
    <message>
        <source>Date de l'union</source>
        <translation>Data da união</translation>
    </message>
    <message>
        <source>Pays de l'union</source>
        <translation>País da união</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (8/9)</source>
        <translation>Verificar as condições da estadia (8/9)</translation>
    </message>
    <message>
        <source>Vous êtes marié(e) à un Français et en France depuis moins de 5 ans : indiquez si vous avez séjourné avec lui dans un autre État de l'UE, de l'EEE ou en Suisse.</source>
        <translation>É casado(a) com um cidadão francês e está em França há menos de 5 anos: indique se residiu com ele(a) noutro Estado da UE, do EEE ou na Suíça.</translation>
    </message>
    <message>
        <source>J'ai séjourné avec mon conjoint dans un autre État de l'UE, de l'EEE ou en Suisse</source>
        <translation>Residi com o meu cônjuge noutro Estado da UE, do EEE ou na Suíça</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (9/9)</source>
        <translation>Verificar as condições da estadia (9/9)</translation>
    </message>
    <message>
        <source>Indiquez le séjour dans cet autre État.</source>
        <translation>Indique os dados da estadia nesse outro Estado.</translation>
    </message>
    <message>
        <source>État de séjour</source>
        <translation>Estado da estadia</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>L'autre État m'a délivré une carte de séjour</source>
        <translation>O outro Estado emitiu-me um cartão de residência</translation>
    </message>
    <message>
        <source>Si vous n'en avez pas, vous joindrez d'autres justificatifs de ce séjour.</source>
        <translation>Se não o tiver, anexará outros comprovativos dessa estadia.</translation>
    </message>
    <message>
        <source>La date de fin du séjour doit être postérieure à sa date de début.</source>
        <translation>A data de fim da estadia deve ser posterior à data de início.</translation>
    </message>
    <message>
        <source>Transmettre les pièces justificatives</source>
        <translation>Enviar os documentos comprovativos</translation>
    </message>
    <message>
        <source>Joignez chaque pièce demandée. Les pièces facultatives peuvent compléter votre dossier.</source>
        <translation>Anexe cada documento pedido. Os documentos facultativos podem completar o seu processo.</translation>
    </message>
    <message>
        <source>Vérifier et déposer la demande</source>
        <translation>Verificar e apresentar o pedido</translation>
    </message>
    <message>
        <source>Relisez vos réponses. Vous pouvez revenir sur chaque partie pour la modifier.</source>
        <translation>Releia as suas respostas. Pode voltar a cada parte para a alterar.</translation>
    </message>
    <message>
        <source>Cette démarche est réservée aux membres de famille de ressortissant UE/EEE/Suisse.</source>
        <translation>Este procedimento está reservado aos familiares de cidadãos da UE/EEE/Suíça.</translation>
    </message>
    <message>
        <source>Choisissez la démarche qui correspond à votre titre actuel, ou demandez conseil au médiateur.</source>
        <translation>Escolha o procedimento que corresponde à sua autorização atual ou peça conselho ao mediador.</translation>
    </message>
    <message>
        <source>Vous avez déménagé : vous devez d'abord déclarer votre changement d'adresse.</source>
        <translation>Mudou de casa: deve primeiro declarar a sua mudança de endereço.</translation>
    </message>
    <message>
        <source>Déclarez votre nouvelle adresse sur l'ANEF, puis revenez demander le renouvellement.</source>
        <translation>Declare o seu novo endereço na plataforma ANEF e depois volte para pedir a renovação.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est étudiant, un ascendant ne peut pas bénéficier de ce titre.</source>
        <translation>Quando o cidadão de referência é estudante, um ascendente não pode beneficiar desta autorização.</translation>
    </message>
    <message>
        <source>Seuls le conjoint et les descendants à charge d'un étudiant sont concernés. Adressez-vous à la préfecture.</source>
        <translation>Apenas o cônjuge e os descendentes a cargo de um estudante estão abrangidos. Dirija-se à prefeitura.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est étudiant, un descendant doit être à sa charge.</source>
        <translation>Quando o cidadão de referência é estudante, o descendente deve estar a seu cargo.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est Français, seul son conjoint peut faire cette demande.</source>
        <translation>Quando o cidadão de referência é francês, apenas o seu cônjuge pode apresentar este pedido.</translation>
    </message>
    <message>
        <source>Adressez-vous à la préfecture pour connaître la démarche qui vous correspond.</source>
        <translation>Dirija-se à prefeitura para saber qual o procedimento que lhe corresponde.</translation>
    </message>
    <message>
        <source>Sans séjour de plus de 3 mois avec votre conjoint dans un autre État de l'UE, de l'EEE ou en Suisse, cette démarche ne vous concerne pas.</source>
        <translation>Sem uma estadia de mais de 3 meses com o seu cônjuge noutro Estado da UE, do EEE ou na Suíça, este procedimento não se aplica a si.</translation>
    </message>
    <message>
        <source>Utilisez la démarche « Conjoint de Français » ou contactez votre préfecture.</source>
        <translation>Utilize o procedimento «Conjoint de Français» (cônjuge de cidadão francês) ou contacte a sua prefeitura.</translation>
    </message>
    <message>
        <source>L'identité de votre accueillant doit être confirmée.</source>
        <translation>A identidade do seu cidadão de referência deve ser confirmada.</translation>
    </message>
    <message>
        <source>Vérifiez l'identité de votre accueillant puis cochez la case de confirmation.</source>
        <translation>Verifique a identidade do seu cidadão de referência e assinale a caixa de confirmação.</translation>
    </message>
    <message>
        <source>Il est tôt : le renouvellement se demande entre 4 et 2 mois avant l'expiration de votre titre.</source>
        <translation>É cedo: a renovação pede-se entre 4 e 2 meses antes do fim da validade da sua autorização.</translation>
    </message>
    <message>
        <source>Votre titre expire dans moins de 2 mois : déposez votre demande sans attendre.</source>
        <translation>A sua autorização expira em menos de 2 meses: apresente o seu pedido sem demora.</translation>
    </message>
    <message>
        <source>Votre titre a expiré : déposez votre demande et conservez la confirmation de dépôt.</source>
        <translation>A sua autorização expirou: apresente o seu pedido e guarde a confirmação de apresentação.</translation>
    </message>
    <message>
        <source>Passeport en cours de validité</source>
        <translation>Passaporte válido</translation>
    </message>
    <message>
        <source>Les pages d'identité et de validité.</source>
        <translation>As páginas de identificação e de validade.</translation>
    </message>
    <message>
        <source>Justificatif de domicile de moins de 6 mois</source>
        <translation>Comprovativo de morada com menos de 6 meses</translation>
    </message>
    <message>
        <source>Facture d'électricité, de gaz, d'eau ou de téléphone, quittance de loyer, avis d'imposition…</source>
        <translation>Fatura de eletricidade, gás, água ou telefone, recibo de renda, nota de liquidação de impostos…</translation>
    </message>
    <message>
        <source>Carte de séjour délivrée par l'autre État</source>
        <translation>Cartão de residência emitido pelo outro Estado</translation>
    </message>
    <message>
        <source>si vous avez séjourné dans un autre État et y avez reçu une carte de séjour</source>
        <translation>se residiu noutro Estado e aí recebeu um cartão de residência</translation>
    </message>
    <message>
        <source>Justificatifs du séjour de plus de 3 mois dans l'autre État</source>
        <translation>Comprovativos da estadia de mais de 3 meses no outro Estado</translation>
    </message>
    <message>
        <source>si vous avez séjourné dans un autre État sans y recevoir de carte de séjour</source>
        <translation>se residiu noutro Estado sem aí receber um cartão de residência</translation>
    </message>
    <message>
        <source>Acte de mariage</source>
        <translation>Certidão de casamento</translation>
    </message>
    <message>
        <source>si vous êtes marié(e)</source>
        <translation>se for casado(a)</translation>
    </message>
    <message>
        <source>Attestation de PACS ou de partenariat enregistré</source>
        <translation>Certidão de PACS ou de parceria registada</translation>
    </message>
    <message>
        <source>si vous êtes pacsé(e)</source>
        <translation>se tiver celebrado um PACS (parceria civil)</translation>
    </message>
    <message>
        <source>Justificatifs de vie commune</source>
        <translation>Comprovativos de vida em comum</translation>
    </message>
    <message>
        <source>si vous vivez en concubinage</source>
        <translation>se vive em união de facto</translation>
    </message>
    <message>
        <source>Pièce d'identité de l'accueillant</source>
        <translation>Documento de identificação do cidadão de referência</translation>
    </message>
    <message>
        <source>si votre accueillant est Français ou Européen sans titre de séjour</source>
        <translation>se o seu cidadão de referência for francês ou europeu sem autorização de residência</translation>
    </message>
    <message>
        <source>Justificatifs de prise en charge / de dépendance</source>
        <translation>Comprovativos de encargo / dependência</translation>
    </message>
    <message>
        <source>si vous êtes ascendant, personne à charge, ou descendant de 21 ans ou plus ou d'un étudiant</source>
        <translation>se for ascendente, pessoa a cargo ou descendente com 21 anos ou mais ou de um estudante</translation>
    </message>
    <message>
        <source>Acte de naissance établissant le lien avec l'accueillant ou son conjoint</source>
        <translation>Certidão de nascimento que comprove o vínculo com o cidadão de referência ou o seu cônjuge</translation>
    </message>
    <message>
        <source>si vous êtes ascendant de l'accueillant ou de son conjoint</source>
        <translation>se for ascendente do cidadão de referência ou do seu cônjuge</translation>
    </message>
    <message>
        <source>Acte de naissance avec filiation</source>
        <translation>Certidão de nascimento com filiação</translation>
    </message>
    <message>
        <source>si vous êtes descendant de l'accueillant ou de son conjoint</source>
        <translation>se for descendente do cidadão de referência ou do seu cônjuge</translation>
    </message>
    <message>
        <source>Justificatifs du droit au séjour de l'accueillant pendant les 5 années précédentes</source>
        <translation>Comprovativos do direito de residência do cidadão de referência durante os 5 anos anteriores</translation>
    </message>
    <message>
        <source>Un titre « Citoyen UE » de 7 mois au plus couvre la période de sa validité.</source>
        <translation>Uma autorização «Citoyen UE» (cidadão UE) com 7 meses no máximo cobre o período da sua validade.</translation>
    </message>
    <message>
        <source>si votre accueillant est Européen sans titre permanent</source>
        <translation>se o seu cidadão de referência for europeu sem autorização permanente</translation>
    </message>
    <message>
        <source>Justificatifs de continuité de séjour sur 5 ans</source>
        <translation>Comprovativos de residência contínua durante 5 anos</translation>
    </message>
    <message>
        <source>si vous êtes en France depuis plus de 5 ans</source>
        <translation>se está em França há mais de 5 anos</translation>
    </message>
    <message>
        <source>Preuve de résidence en France du conjoint français</source>
        <translation>Prova de residência em França do cônjuge francês</translation>
    </message>
    <message>
        <source>Quittances de loyer ou de charges, factures, document administratif…</source>
        <translation>Recibos de renda ou de encargos, faturas, documento administrativo…</translation>
    </message>
    <message>
        <source>si votre accueillant est Français</source>
        <translation>se o seu cidadão de referência for francês</translation>
    </message>
    <message>
        <source>Attestation sur l'honneur de l'accueillant : pas d'absence de plus de 2 années consécutives</source>
        <translation>Declaração sob compromisso de honra do cidadão de referência: nenhuma ausência superior a 2 anos consecutivos</translation>
    </message>
    <message>
        <source>si votre accueillant a un titre de séjour permanent</source>
        <translation>se o seu cidadão de referência tiver uma autorização de residência permanente</translation>
    </message>
    <message>
        <source>Certificat de scolarité de l'accueillant</source>
        <translation>Certificado de matrícula do cidadão de referência</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant</source>
        <translation>se o seu cidadão de referência europeu for estudante</translation>
    </message>
    <message>
        <source>Justificatif de prise en charge</source>
        <translation>Comprovativo de encargo</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant, ou salarié et vous n'êtes ni son conjoint ni un descendant de moins de 21 ans</source>
        <translation>se o seu cidadão de referência europeu for estudante, ou trabalhador por conta de outrem e você não for o cônjuge nem um descendente com menos de 21 anos</translation>
    </message>
    <message>
        <source>Contrat de travail, attestation de l'employeur ou bulletins de salaire de l'accueillant</source>
        <translation>Contrato de trabalho, declaração da entidade patronal ou recibos de vencimento do cidadão de referência</translation>
    </message>
    <message>
        <source>si votre accueillant européen est salarié</source>
        <translation>se o seu cidadão de referência europeu for trabalhador por conta de outrem</translation>
    </message>
    <message>
        <source>Justificatif d'activité non salariée de l'accueillant</source>
        <translation>Comprovativo de atividade independente do cidadão de referência</translation>
    </message>
    <message>
        <source>si votre accueillant européen est non salarié</source>
        <translation>se o seu cidadão de referência europeu for trabalhador independente</translation>
    </message>
    <message>
        <source>Attestation de maintien de droit ou d'inscription comme demandeur d'emploi</source>
        <translation>Declaração de manutenção de direitos ou de inscrição como candidato a emprego</translation>
    </message>
    <message>
        <source>si votre accueillant européen est en cessation involontaire d'activité</source>
        <translation>se o seu cidadão de referência europeu estiver em cessação involuntária de atividade</translation>
    </message>
    <message>
        <source>Attestation d'assurance maladie de l'accueillant</source>
        <translation>Declaração de seguro de saúde do cidadão de referência</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant, retraité ou inactif, sans titre permanent ni titre récent</source>
        <translation>se o seu cidadão de referência europeu for estudante, reformado ou inativo, sem autorização permanente nem autorização recente</translation>
    </message>
    <message>
        <source>Justificatifs de ressources de l'accueillant</source>
        <translation>Comprovativos de recursos do cidadão de referência</translation>
    </message>
    <message>
        <source>facultatif, si votre accueillant européen est retraité ou inactif, sans titre permanent ni titre récent</source>
        <translation>facultativo, se o seu cidadão de referência europeu for reformado ou inativo, sem autorização permanente nem autorização recente</translation>
    </message>
    <message>
        <source>Déposé au guichet, en attente de transmission</source>
        <translation>Apresentado no balcão, a aguardar transmissão</translation>
    </message>
    <message>
        <source>Transmission en cours</source>
        <translation>Transmissão em curso</translation>
    </message>
    <message>
        <source>Transmission suspendue : le médiateur est prévenu</source>
        <translation>Transmissão suspensa: o mediador foi avisado</translation>
    </message>
    <message>
        <source>Transmis au service instructeur</source>
        <translation>Transmitido ao serviço responsável pela instrução</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Confirmé</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Non confirmé</source>
        <translation>Não confirmado</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Lire à voix haute</source>
        <translation>Ler em voz alta</translation>
    </message>
    <message>
        <source>Lit à voix haute le titre et les questions de cet écran</source>
        <translation>Lê em voz alta o título e as perguntas deste ecrã</translation>
    </message>
</context>
<context>
    <name>ResumeCodeDialog</name>
    <message>
        <source>Reprendre avec un code</source>
        <translation>Retomar com um código</translation>
    </message>
    <message>
        <source>Reprendre une demande enregistrée</source>
        <translation>Retomar um pedido guardado</translation>
    </message>
    <message>
        <source>Tapez le code de reprise imprimé sur votre ticket (15 caractères, par exemple K7QM4-XPDR9-TWAB3). Les tirets et les espaces ne comptent pas.</source>
        <translation>Escreva o código de retoma impresso no seu talão (15 caracteres, por exemplo K7QM4-XPDR9-TWAB3). Os hífenes e os espaços não contam.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>Código de retoma</translation>
    </message>
    <message>
        <source>Scanner le ticket</source>
        <translation>Ler o talão</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reprendre ma demande</source>
        <translation>Retomar o meu pedido</translation>
    </message>
    <message>
        <source>Recherche de votre demande…</source>
        <translation>A procurar o seu pedido…</translation>
    </message>
    <message>
        <source>La demande n'a pas pu être ouverte. Réessayez, ou demandez de l'aide à l'accueil.</source>
        <translation>Não foi possível abrir o pedido. Tente novamente ou peça ajuda no balcão de atendimento.</translation>
    </message>
    <message>
        <source>Le code de reprise compte 15 caractères (trois groupes de cinq). Vérifiez qu'il est complet.</source>
        <translation>O código de retoma tem 15 caracteres (três grupos de cinco). Verifique se está completo.</translation>
    </message>
    <message>
        <source>Ce code contient un caractère qui n'existe pas dans les codes de reprise : ils n'utilisent que les chiffres 2 à 9 et les lettres sauf I et O.</source>
        <translation>Este código contém um carácter que não existe nos códigos de retoma: só usam os algarismos de 2 a 9 e as letras exceto I e O.</translation>
    </message>
    <message>
        <source>Ce code contient une faute de frappe. Comparez chaque caractère avec votre ticket.</source>
        <translation>Este código tem um erro de escrita. Compare cada carácter com o seu talão.</translation>
    </message>
    <message>
        <source>Aucune demande enregistrée ne correspond à ce code. Vérifiez-le avec votre ticket.</source>
        <translation>Nenhum pedido guardado corresponde a este código. Verifique-o com o seu talão.</translation>
    </message>
    <message>
        <source>Ce code a expiré : il était valable jusqu'au %1. La demande enregistrée a été supprimée ; vous pouvez commencer une nouvelle demande.</source>
        <translation>Este código expirou: era válido até %1. O pedido guardado foi apagado; pode começar um novo pedido.</translation>
    </message>
    <message>
        <source>Ce code a déjà servi : un ticket ne permet de reprendre une demande qu'une fois. Demandez de l'aide à l'accueil si besoin.</source>
        <translation>Este código já foi utilizado: um talão só permite retomar um pedido uma vez. Peça ajuda no balcão de atendimento se necessário.</translation>
    </message>
    <message>
        <source>Trop d'essais avec un code erroné. Réessayez dans %1 secondes.</source>
        <translation>Demasiadas tentativas com um código errado. Tente novamente dentro de %1 segundos.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Modifier</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <source>Modifier : </source>
        <translation>Alterar: </translation>
    </message>
    <message>
        <source>Pièces justificatives</source>
        <translation>Documentos comprovativos</translation>
    </message>
    <message>
        <source>Modifier : pièces justificatives</source>
        <translation>Alterar: documentos comprovativos</translation>
    </message>
    <message>
        <source>MANQUANT</source>
        <translation>EM FALTA</translation>
    </message>
    <message>
        <source>aucun fichier</source>
        <translation>nenhum ficheiro</translation>
    </message>
</context>
<context>
    <name>SaveForLaterDialog</name>
    <message>
        <source>Enregistrer et reprendre plus tard</source>
        <translation>Guardar e continuar mais tarde</translation>
    </message>
    <message>
        <source>Enregistrer votre demande pour la reprendre plus tard ?</source>
        <translation>Guardar o seu pedido para o continuar mais tarde?</translation>
    </message>
    <message>
        <source>Votre demande sera gardée sur cette borne, chiffrée, sous un code de reprise que vous recevrez sur un ticket. Sans ce code, personne ne pourra la rouvrir, pas même l'accueil. Vous pourrez revenir la reprendre là où vous vous êtes arrêté(e).</source>
        <translation>O seu pedido ficará guardado neste terminal, encriptado, com um código de retoma que receberá num talão. Sem este código, ninguém o poderá reabrir, nem sequer o balcão de atendimento. Poderá voltar e continuar onde parou.</translation>
    </message>
    <message>
        <source>Continuer ma demande</source>
        <translation>Continuar o meu pedido</translation>
    </message>
    <message>
        <source>Enregistrer et recevoir un code</source>
        <translation>Guardar e receber um código</translation>
    </message>
    <message>
        <source>Enregistrement en cours…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>La demande n'a pas pu être enregistrée. Elle est toujours ouverte : vous pouvez la continuer, ou demander de l'aide à l'accueil.</source>
        <translation>Não foi possível guardar o pedido. Continua aberto: pode continuá-lo ou pedir ajuda no balcão de atendimento.</translation>
    </message>
    <message>
        <source>Votre demande est enregistrée</source>
        <translation>O seu pedido foi guardado</translation>
    </message>
    <message>
        <source>Pour la reprendre, touchez « Reprendre avec un code » sur l'écran d'accueil et tapez ce code, ou présentez le ticket à la caméra. Imprimez le ticket ou notez le code : il ne sera plus jamais affiché.</source>
        <translation>Para o retomar, toque em «Retomar com um código» no ecrã inicial e escreva este código, ou mostre o talão à câmara. Imprima o talão ou anote o código: nunca mais será mostrado.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>Código de retoma</translation>
    </message>
    <message>
        <source>Code de reprise : %1</source>
        <translation>Código de retoma: %1</translation>
    </message>
    <message>
        <source>Valable jusqu'au %1 inclus. Après cette date, la demande enregistrée sera supprimée.</source>
        <translation>Válido até %1, inclusive. Depois desta data, o pedido guardado será apagado.</translation>
    </message>
    <message>
        <source>Code QR du ticket de reprise</source>
        <translation>Código QR do talão de retoma</translation>
    </message>
    <message>
        <source>Imprimer le ticket</source>
        <translation>Imprimir o talão</translation>
    </message>
    <message>
        <source>Afficher le ticket</source>
        <translation>Mostrar o talão</translation>
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
        <translation>Ler o seu documento</translation>
    </message>
    <message>
        <source>Lire votre passeport ou votre titre de séjour</source>
        <translation>Ler o seu passaporte ou a sua autorização de residência</translation>
    </message>
    <message>
        <source>Image de la caméra, avec le cadre où placer le document</source>
        <translation>Imagem da câmara, com a moldura onde colocar o documento</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>Tirar a fotografia</translation>
    </message>
    <message>
        <source>Importer une image</source>
        <translation>Importar uma imagem</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Placez la page de votre document avec la photo dans le cadre, les lignes de caractères en bas</source>
        <translation>Coloque a página do documento com a fotografia dentro da moldura, com as linhas de caracteres em baixo</translation>
    </message>
    <message>
        <source>Approchez le document de la caméra</source>
        <translation>Aproxime o documento da câmara</translation>
    </message>
    <message>
        <source>Évitez les reflets : inclinez un peu le document</source>
        <translation>Evite reflexos: incline um pouco o documento</translation>
    </message>
    <message>
        <source>Tenez le document immobile</source>
        <translation>Mantenha o documento imóvel</translation>
    </message>
    <message>
        <source>Ne bougez plus, lecture en cours…</source>
        <translation>Não se mexa, a ler…</translation>
    </message>
    <message>
        <source>Ne présentez qu'un seul document à la fois</source>
        <translation>Mostre apenas um documento de cada vez</translation>
    </message>
    <message>
        <source>Document lu</source>
        <translation>Documento lido</translation>
    </message>
    <message>
        <source>Document bien placé</source>
        <translation>Documento bem colocado</translation>
    </message>
    <message>
        <source>Aucune bande de lecture n'a été trouvée sur cette image (les deux ou trois lignes de caractères en bas de la page du passeport ou au dos du titre de séjour). Essayez une autre photo, ou saisissez vos informations à la main.</source>
        <translation>Não foi encontrada nenhuma zona de leitura ótica nesta imagem (as duas ou três linhas de caracteres no fundo da página do passaporte ou no verso da autorização de residência). Experimente outra fotografia ou introduza os seus dados manualmente.</translation>
    </message>
    <message>
        <source>La bande de lecture a été trouvée mais n'a pas pu être lue sans erreur. Reprenez la photo bien à plat, nette et sans reflet, ou saisissez vos informations à la main.</source>
        <translation>A zona de leitura foi encontrada, mas não pôde ser lida sem erros. Tire de novo a fotografia com o documento plano, nítido e sem reflexos, ou introduza os seus dados manualmente.</translation>
    </message>
    <message>
        <source>La bande de lecture est trop petite sur cette image pour être lue sans erreur. Rapprochez le document de l'appareil (la page doit remplir la photo) et reprenez la photo, ou saisissez vos informations à la main.</source>
        <translation>A faixa de leitura é demasiado pequena nesta imagem para ser lida sem erros. Aproxime o documento da câmara (a página deve preencher a fotografia) e tire a fotografia de novo, ou introduza os seus dados à mão.</translation>
    </message>
    <message>
        <source>Plusieurs documents apparaissent sur l'image : ne montrez qu'un seul document.</source>
        <translation>Aparecem vários documentos na imagem: mostre apenas um documento.</translation>
    </message>
    <message>
        <source>La lecture automatique des documents n'est pas disponible sur cette borne. Saisissez vos informations à la main.</source>
        <translation>A leitura automática de documentos não está disponível neste terminal. Introduza os seus dados manualmente.</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas une image lisible.</source>
        <translation>Este ficheiro não é uma imagem legível.</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas une image lisible (JPEG ou PNG attendu).</source>
        <translation>Este ficheiro não é uma imagem legível (esperado JPEG ou PNG).</translation>
    </message>
    <message>
        <source>La caméra n'est pas disponible. Vous pouvez importer une photo de votre document avec le bouton « Importer une image ».</source>
        <translation>A câmara não está disponível. Pode importar uma fotografia do seu documento com o botão «Importar uma imagem».</translation>
    </message>
    <message>
        <source>La caméra ne répond plus. Vous pouvez importer une photo de votre document avec le bouton « Importer une image ».</source>
        <translation>A câmara deixou de responder. Pode importar uma fotografia do seu documento com o botão «Importar uma imagem».</translation>
    </message>
    <message>
        <source>Le document n'a pas pu être lu.</source>
        <translation>Não foi possível ler o documento.</translation>
    </message>
    <message>
        <source>Caméra indisponible</source>
        <translation>Câmara indisponível</translation>
    </message>
    <message>
        <source>Aucune image de la caméra pour l'instant.</source>
        <translation>Ainda não há imagem da câmara.</translation>
    </message>
    <message>
        <source>Lecture de la photo…</source>
        <translation>A ler a fotografia…</translation>
    </message>
    <message>
        <source>Lecture de l'image…</source>
        <translation>A ler a imagem…</translation>
    </message>
    <message>
        <source>Choisir une photo du document</source>
        <translation>Escolher uma fotografia do documento</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Imagens (*.jpg *.jpeg *.png)</translation>
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
        <translation>O que fazer: </translation>
    </message>
    <message>
        <source>Vous ne pouvez pas continuer cette démarche</source>
        <translation>Não pode continuar este procedimento</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atenção</translation>
    </message>
    <message>
        <source>J'ai compris</source>
        <translation>Compreendi</translation>
    </message>
    <message>
        <source>Je commence</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>Je continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Déposer ma demande</source>
        <translation>Apresentar o meu pedido</translation>
    </message>
</context>
<context>
    <name>TicketScanDialog</name>
    <message>
        <source>Scanner le ticket</source>
        <translation>Ler o talão</translation>
    </message>
    <message>
        <source>Présentez le code QR de votre ticket devant la caméra</source>
        <translation>Mostre o código QR do seu talão em frente à câmara</translation>
    </message>
    <message>
        <source>Image de la caméra</source>
        <translation>Imagem da câmara</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>La caméra n'est pas disponible. Tapez le code imprimé sur votre ticket.</source>
        <translation>A câmara não está disponível. Escreva o código impresso no seu talão.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Bienvenue</source>
        <translation>Bem-vindo(a)</translation>
    </message>
    <message>
        <source>Cette borne vous permet de déposer votre demande de titre de séjour, même sans connexion internet. Munissez-vous de votre passeport, de votre titre de séjour actuel et de vos pièces justificatives.</source>
        <translation>Este terminal permite-lhe apresentar o seu pedido de autorização de residência, mesmo sem ligação à internet. Tenha consigo o seu passaporte, a sua autorização de residência atual e os seus documentos comprovativos.</translation>
    </message>
    <message>
        <source>Je demande le renouvellement de mon titre de séjour</source>
        <translation>Peço a renovação da minha autorização de residência</translation>
    </message>
    <message>
        <source>Reprendre ce dossier</source>
        <translation>Retomar este processo</translation>
    </message>
    <message>
        <source>Abandonner ce dossier</source>
        <translation>Abandonar este processo</translation>
    </message>
    <message>
        <source>Reprendre avec un code</source>
        <translation>Retomar com um código</translation>
    </message>
    <message>
        <source>Mon espace : messages de la préfecture sur ma demande</source>
        <translation>O meu espaço: mensagens da prefeitura sobre o meu pedido</translation>
    </message>
    <message>
        <source>Espace médiateur : dossiers en file d'attente</source>
        <translation>Espaço do mediador: processos em fila de espera</translation>
    </message>
    <message>
        <source>Un dossier commencé sur cette borne n'est pas terminé (dernière modification : %1).</source>
        <translation>Um processo iniciado neste terminal não está concluído (última alteração: %1).</translation>
    </message>
</context>
</TS>
