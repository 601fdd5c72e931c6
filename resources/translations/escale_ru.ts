<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="fr_FR">
<context>
    <name>AdminDialog</name>
    <message>
        <source>Administration de la borne</source>
        <translation>Администрирование терминала</translation>
    </message>
    <message>
        <source>Configuration (lecture seule)</source>
        <translation>Конфигурация (только чтение)</translation>
    </message>
    <message>
        <source>configuré</source>
        <translation>настроен</translation>
    </message>
    <message>
        <source>non configuré</source>
        <translation>не настроен</translation>
    </message>
    <message>
        <source>aucun (mode démonstration)</source>
        <translation>нет (демонстрационный режим)</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Dossiers sur la borne</source>
        <translation>Дела на терминале</translation>
    </message>
    <message>
        <source>Plateforme graphique</source>
        <translation>Графическая платформа</translation>
    </message>
    <message>
        <source>Système</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Quitter la borne</source>
        <translation>Выйти из терминала</translation>
    </message>
</context>
<context>
    <name>AppearanceControls</name>
    <message>
        <source>Taille du texte : %1 %</source>
        <translation>Размер текста: %1 %</translation>
    </message>
    <message>
        <source>Réduire la taille du texte</source>
        <translation>Уменьшить размер текста</translation>
    </message>
    <message>
        <source>Agrandir la taille du texte</source>
        <translation>Увеличить размер текста</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>Texte clair sur fond noir, bordures épaisses</source>
        <translation>Светлый текст на чёрном фоне, толстые рамки</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <source>Oui</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>Complement</name>
    <message>
        <source>Ajouter un fichier</source>
        <translation>Добавить файл</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Aucun fichier pour le moment.</source>
        <translation>Файлов пока нет.</translation>
    </message>
    <message>
        <source>Retirer %1</source>
        <translation>Удалить %1</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Votre demande est déposée</source>
        <translation>Ваше заявление подано</translation>
    </message>
    <message>
        <source>Afficher la confirmation</source>
        <translation>Показать подтверждение</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Enregistrer une copie…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Numéro de dossier : %1</source>
        <translation>Номер дела: %1</translation>
    </message>
    <message>
        <source>Numéro de dépôt : %1</source>
        <translation>Номер подачи: %1</translation>
    </message>
    <message>
        <source>État : %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Votre demande a été transmise. Conservez la confirmation de dépôt : elle porte votre numéro de dépôt.</source>
        <translation>Ваше заявление передано. Сохраните подтверждение подачи: на нём указан номер подачи.</translation>
    </message>
    <message>
        <source>Conservez la confirmation de dépôt : elle prouve que vous avez déposé votre demande. Le numéro de dépôt définitif vous sera communiqué dès la transmission au service central.</source>
        <translation>Сохраните подтверждение подачи: оно доказывает, что вы подали заявление. Окончательный номер подачи будет сообщён вам сразу после передачи заявления в центральную службу.</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <source>Je suis toujours là</source>
        <translation>Я ещё здесь</translation>
    </message>
    <message>
        <source>Sans réponse, votre session se terminera dans %1 secondes et vos informations seront effacées de l'écran.</source>
        <translation>Если вы не ответите, сеанс завершится через %1 с, и ваши данные будут стёрты с экрана.</translation>
    </message>
</context>
<context>
    <name>CountryEditor</name>
    <message>
        <source>Tapez les premières lettres du pays</source>
        <translation>Введите первые буквы названия страны</translation>
    </message>
    <message>
        <source>Choisissez un pays dans la liste.</source>
        <translation>Выберите страну из списка.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Scellé, en attente d'envoi</source>
        <translation>Запечатано, ожидает отправки</translation>
    </message>
    <message>
        <source>Envoi en cours</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Envoyé, en attente du reçu</source>
        <translation>Отправлено, ожидает квитанции</translation>
    </message>
    <message>
        <source>Déposé</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Nouvel essai prévu</source>
        <translation>Запланирована повторная попытка</translation>
    </message>
    <message>
        <source>Bloqué</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Depuis</source>
        <translation>С момента</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Dossiers en file d'attente</source>
        <translation>Дела в очереди</translation>
    </message>
    <message>
        <source>Synchroniser maintenant</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Passer en libre-service</source>
        <translation>Перейти в режим самообслуживания</translation>
    </message>
    <message>
        <source>%1 en attente de scellement · %2 à envoyer · %3 bloqué(s) · %4 déposé(s)</source>
        <translation>%1 ожидают запечатывания · %2 к отправке · %3 заблокировано · %4 подано</translation>
    </message>
    <message>
        <source>Numéro de dépôt %1</source>
        <translation>Номер подачи %1</translation>
    </message>
    <message>
        <source>Nouvel essai à %1 (%2)</source>
        <translation>Повторная попытка в %1 (%2)</translation>
    </message>
    <message>
        <source>Renvoyer</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <source>Abandonner</source>
        <translation>Отказаться</translation>
    </message>
    <message>
        <source>Abandonner définitivement le dossier %1 ? Il ne sera jamais transmis ; cette action est enregistrée.</source>
        <translation>Окончательно отказаться от дела %1? Оно никогда не будет передано; это действие записывается.</translation>
    </message>
    <message>
        <source>Abandonner le dossier</source>
        <translation>Отказаться от дела</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>ДД/ММ/ГГГГ</translation>
    </message>
    <message>
        <source>Cette date n'existe pas.</source>
        <translation>Такой даты не существует.</translation>
    </message>
    <message>
        <source>Date attendue au format JJ/MM/AAAA, par exemple 05/03/1990.</source>
        <translation>Дата в формате ДД/ММ/ГГГГ, например 05/03/1990.</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>Lire mon passeport ou mon titre de séjour</source>
        <translation>Считать мой паспорт или вид на жительство</translation>
    </message>
    <message>
        <source>Utiliser quand même ce document</source>
        <translation>Всё равно использовать этот документ</translation>
    </message>
    <message>
        <source>✓ lu sur le document</source>
        <translation>✓ считано с документа</translation>
    </message>
    <message>
        <source>Lu sur le document</source>
        <translation>Считано с документа</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <source>Votre passeport a expiré le %1. Un passeport en cours de validité est demandé.</source>
        <translation>Срок действия вашего паспорта истёк %1. Требуется действующий паспорт.</translation>
    </message>
    <message>
        <source>Ce document a expiré le %1.</source>
        <translation>Срок действия этого документа истёк %1.</translation>
    </message>
    <message>
        <source>Votre passeport expire bientôt (le %1). Pensez à le faire renouveler.</source>
        <translation>Срок действия вашего паспорта скоро истекает (%1). Не забудьте его продлить.</translation>
    </message>
    <message>
        <source>Ce document expire bientôt (le %1).</source>
        <translation>Срок действия этого документа скоро истекает (%1).</translation>
    </message>
    <message>
        <source>Ce document semble être celui d'une autre personne : le nom ou la date de naissance ne correspond pas à ce qui a été saisi. Vos informations n'ont pas été remplacées. Montrez votre propre document, ou utilisez quand même celui-ci.</source>
        <translation>Похоже, этот документ принадлежит другому человеку: фамилия или дата рождения не совпадают с введёнными. Ваши данные не были заменены. Покажите свой документ или всё равно используйте этот.</translation>
    </message>
    <message>
        <source>La nationalité inscrite sur le document n'a pas pu être reprise : choisissez-la dans la liste.</source>
        <translation>Не удалось перенести гражданство из документа: выберите его из списка.</translation>
    </message>
    <message>
        <source>Votre nom est peut-être coupé sur le document (il occupe toute la ligne) : vérifiez-le et complétez-le si besoin.</source>
        <translation>Ваша фамилия, возможно, обрезана в документе (занимает всю строку): проверьте её и при необходимости дополните.</translation>
    </message>
    <message>
        <source>La date de naissance n'est pas complète sur le document : saisissez-la.</source>
        <translation>Дата рождения в документе неполная: введите её.</translation>
    </message>
    <message>
        <source>Ce nom n'a pas pu être lu avec certitude (lu : « %1 ») : vérifiez-le et saisissez-le.</source>
        <translation>Не удалось точно прочитать это имя (прочитано: «%1»): проверьте его и введите.</translation>
    </message>
    <message>
        <source>Ce numéro n'a pas pu être lu avec certitude (lu : « %1 ») : vérifiez-le et saisissez-le.</source>
        <translation>Этот номер не удалось прочитать с уверенностью (прочитано: «%1»): проверьте его и введите.</translation>
    </message>
    <message>
        <source>Les noms sont recopiés tels qu'ils figurent dans la bande de lecture du document, en majuscules et sans accents. Vérifiez-les et ajoutez les accents si besoin.</source>
        <translation>Имена переносятся так, как они записаны в машиночитаемой зоне документа: заглавными латинскими буквами без диакритических знаков. Проверьте их и при необходимости добавьте знаки.</translation>
    </message>
    <message>
        <source>Noms lus sur le document</source>
        <translation>Имена, считанные с документа</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Obligatoire</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Facultatif</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>✔ Vérifié : %1 fichier(s), %2 page(s), %3 Mo</source>
        <translation>✔ Проверено: файлов — %1, страниц — %2, %3 МБ</translation>
    </message>
    <message>
        <source>✔ Joint : %1 fichier(s), %2 page(s), %3 Mo</source>
        <translation>✔ Приложено: файлов — %1, страниц — %2, %3 МБ</translation>
    </message>
    <message>
        <source>✖ Manquant</source>
        <translation>✖ Отсутствует</translation>
    </message>
    <message>
        <source>Aucun fichier (facultatif)</source>
        <translation>Нет файла (необязательно)</translation>
    </message>
    <message>
        <source>Traduction : </source>
        <translation>Перевод: </translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>страниц: %1</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Retirer %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <source>Photographier</source>
        <translation>Сфотографировать</translation>
    </message>
    <message>
        <source>Ajouter un fichier</source>
        <translation>Добавить файл</translation>
    </message>
    <message>
        <source>Ajouter une traduction</source>
        <translation>Добавить перевод</translation>
    </message>
    <message>
        <source>Cette pièce est obligatoire.</source>
        <translation>Этот документ обязателен.</translation>
    </message>
    <message>
        <source>Pièces manquantes</source>
        <translation>Недостающие документы</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>(facultatif)</source>
        <translation>(необязательно)</translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Aucun pour l'instant.</source>
        <translation>Пока нет.</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Escale – dépôt de demande de titre de séjour</source>
        <translation>Escale – подача заявления на вид на жительство</translation>
    </message>
    <message>
        <source>Transmission : non configurée</source>
        <translation>Передача: не настроена</translation>
    </message>
    <message>
        <source>Envoi du dossier en cours</source>
        <translation>Отправка дела</translation>
    </message>
    <message>
        <source>Langue / Language</source>
        <translation>Язык / Language</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Enregistrer et reprendre plus tard</source>
        <translation>Сохранить и продолжить позже</translation>
    </message>
    <message>
        <source>Le libre-service demande un code médiateur dans la configuration : sans lui, personne ne pourrait reprendre la main.</source>
        <translation>Для режима самообслуживания в настройках нужен код посредника: без него никто не сможет вернуть управление.</translation>
    </message>
    <message>
        <source>● En ligne</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <source>○ Hors ligne</source>
        <translation>○ Не в сети</translation>
    </message>
    <message>
        <source>✖ Borne non autorisée : prévenez le service informatique</source>
        <translation>✖ Терминал не авторизован: сообщите в ИТ-службу</translation>
    </message>
    <message>
        <source>○ Borne non enregistrée auprès du service central</source>
        <translation>○ Терминал не зарегистрирован в центральной службе</translation>
    </message>
    <message>
        <source>%1 dossier(s) à transmettre</source>
        <translation>Дел к передаче: %1</translation>
    </message>
    <message>
        <source>%1 bloqué(s)</source>
        <translation>заблокировано: %1</translation>
    </message>
    <message>
        <source>Ticket de reprise</source>
        <translation>Талон для продолжения</translation>
    </message>
    <message>
        <source>Étape %1/%2 : %3</source>
        <translation>Шаг %1/%2: %3</translation>
    </message>
    <message>
        <source>Avant de commencer</source>
        <translation>Перед началом</translation>
    </message>
    <message>
        <source>Revenir à la vérification</source>
        <translation>Вернуться к проверке</translation>
    </message>
    <message>
        <source>Étape 5/5 : Confirmation</source>
        <translation>Шаг 5/5: Подтверждение</translation>
    </message>
    <message>
        <source>Continuer malgré tout</source>
        <translation>Всё равно продолжить</translation>
    </message>
    <message>
        <source>Le dépôt n'est pas encore possible</source>
        <translation>Подать заявление пока нельзя</translation>
    </message>
    <message>
        <source>Choisir des fichiers</source>
        <translation>Выбрать файлы</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Документы (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Liste des pièces justificatives</source>
        <translation>Список подтверждающих документов</translation>
    </message>
    <message>
        <source>Confirmation de dépôt</source>
        <translation>Подтверждение подачи</translation>
    </message>
    <message>
        <source>Enregistrer la confirmation</source>
        <translation>Сохранить подтверждение</translation>
    </message>
</context>
<context>
    <name>Online</name>
    <message>
        <source>numéro étranger</source>
        <translation>номер иностранца</translation>
    </message>
    <message>
        <source>numéro du document</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <source>adresse électronique</source>
        <translation>адрес электронной почты</translation>
    </message>
    <message>
        <source>code reçu par courriel</source>
        <translation>код, полученный по электронной почте</translation>
    </message>
    <message>
        <source>mot de passe</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>Le service de la préfecture a refusé la demande. Adressez-vous à l'accueil.</source>
        <translation>Служба префектуры отклонила запрос. Обратитесь в приёмную.</translation>
    </message>
    <message>
        <source>Cette étape a besoin d'internet et le service de la préfecture ne répond pas. Réessayez dans quelques minutes. Le dépôt d'une demande reste possible sans connexion.</source>
        <translation>Для этого шага нужен интернет, а служба префектуры не отвечает. Повторите попытку через несколько минут. Подать заявление можно и без подключения.</translation>
    </message>
    <message>
        <source>Cette borne n'est pas encore reliée au service de la préfecture. Adressez-vous à l'accueil.</source>
        <translation>Этот терминал ещё не подключён к службе префектуры. Обратитесь в приёмную.</translation>
    </message>
    <message>
        <source>Impossible pour le moment</source>
        <translation>Пока невозможно</translation>
    </message>
    <message>
        <source>Mon espace</source>
        <translation>Личный кабинет</translation>
    </message>
    <message>
        <source>Connectez-vous pour lire les messages de la préfecture sur votre demande : pièces complémentaires demandées, décision.</source>
        <translation>Войдите, чтобы читать сообщения префектуры о вашем заявлении: запрошенные дополнительные документы, решение.</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>Номер иностранца</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Créer mon compte</source>
        <translation>Создать учётную запись</translation>
    </message>
    <message>
        <source>Retour à l'accueil</source>
        <translation>На главную</translation>
    </message>
    <message>
        <source>Vous recevrez un code par courriel pour choisir votre mot de passe.</source>
        <translation>Вы получите код по электронной почте, чтобы задать пароль.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <translation>Вид на жительство</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <source>Numéro du document</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>Recevoir mon code</source>
        <translation>Получить код</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Choisir mon mot de passe</source>
        <translation>Задать пароль</translation>
    </message>
    <message>
        <source>Code reçu par courriel</source>
        <translation>Код из электронного письма</translation>
    </message>
    <message>
        <source>Nouveau mot de passe</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Le même mot de passe</source>
        <translation>Тот же пароль ещё раз</translation>
    </message>
    <message>
        <source>Activer mon compte</source>
        <translation>Активировать учётную запись</translation>
    </message>
    <message>
        <source>Messages de la préfecture</source>
        <translation>Сообщения префектуры</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Me déconnecter</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Envoyer les pièces demandées</source>
        <translation>Отправить запрошенные документы</translation>
    </message>
    <message>
        <source>Ajoutez un fichier pour chaque pièce demandée, puis envoyez. Vos pièces sont enregistrées sur la borne et transmises dès que la connexion le permet.</source>
        <translation>Добавьте файл для каждого запрошенного документа и отправьте. Документы сохраняются на терминале и передаются, как только позволит подключение.</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Pièces enregistrées</source>
        <translation>Документы сохранены</translation>
    </message>
    <message>
        <source>Vérifiez : %1.</source>
        <translation>Проверьте: %1.</translation>
    </message>
    <message>
        <source>10 chiffres, sur votre titre de séjour</source>
        <translation>10 цифр, указан на виде на жительство</translation>
    </message>
    <message>
        <source>Code envoyé</source>
        <translation>Код отправлен</translation>
    </message>
    <message>
        <source>au moins 10 caractères</source>
        <translation>не менее 10 символов</translation>
    </message>
    <message>
        <source>Compte activé</source>
        <translation>Учётная запись активирована</translation>
    </message>
    <message>
        <source>Afficher l'attestation</source>
        <translation>Показать справку</translation>
    </message>
    <message>
        <source>Imprimer l'attestation</source>
        <translation>Распечатать справку</translation>
    </message>
    <message>
        <source>Vos pièces sont enregistrées sur la borne. Elles seront transmises à la préfecture dès que possible ; un message vous le confirmera ici.</source>
        <translation>Ваши документы сохранены на терминале. Они будут переданы в префектуру как можно скорее; здесь появится сообщение с подтверждением.</translation>
    </message>
    <message>
        <source>Vérifiez : %1. Le mot de passe doit compter au moins 10 caractères.</source>
        <translation>Проверьте: %1. Пароль должен содержать не менее 10 символов.</translation>
    </message>
    <message>
        <source>Un code à 8 chiffres a été envoyé à votre adresse électronique. Il est valable 15 minutes.</source>
        <translation>На ваш адрес электронной почты отправлен 8-значный код. Он действителен 15 минут.</translation>
    </message>
    <message>
        <source>Les deux mots de passe sont différents.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Votre compte est actif. Connectez-vous avec votre numéro étranger et votre mot de passe.</source>
        <translation>Ваша учётная запись активна. Войдите, используя номер иностранца и пароль.</translation>
    </message>
    <message>
        <source>Aucun message pour le moment.</source>
        <translation>Пока сообщений нет.</translation>
    </message>
    <message>
        <source>Attestation de décision favorable</source>
        <translation>Справка о положительном решении</translation>
    </message>
    <message>
        <source>Demande n° %1</source>
        <translation>Заявление № %1</translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Pièces demandées :</source>
        <translation>Запрошенные документы:</translation>
    </message>
</context>
<context>
    <name>PageCapture</name>
    <message>
        <source>2D-Doc vérifié : toutes les vérifications sont bonnes.</source>
        <translation>2D-Doc проверен: все проверки пройдены.</translation>
    </message>
    <message>
        <source>2D-Doc lu : le justificatif devra être vérifié par un agent.</source>
        <translation>2D-Doc считан: документ должен проверить сотрудник.</translation>
    </message>
    <message>
        <source>✖ Signature du code 2D-Doc invalide : le document a pu être modifié.</source>
        <translation>✖ Подпись кода 2D-Doc недействительна: документ мог быть изменён.</translation>
    </message>
    <message>
        <source>Ce document n'est pas un justificatif de domicile.</source>
        <translation>Этот документ не является подтверждением адреса.</translation>
    </message>
    <message>
        <source>✔ Signature du code 2D-Doc valide.</source>
        <translation>✔ Подпись кода 2D-Doc действительна.</translation>
    </message>
    <message>
        <source>✖ Signature non vérifiable : le certificat du code 2D-Doc est inconnu.</source>
        <translation>✖ Подпись невозможно проверить: сертификат кода 2D-Doc неизвестен.</translation>
    </message>
    <message>
        <source>Le nom correspond au demandeur.</source>
        <translation>Имя совпадает с именем заявителя.</translation>
    </message>
    <message>
        <source>Le nom ne correspond pas au demandeur.</source>
        <translation>Имя не совпадает с именем заявителя.</translation>
    </message>
    <message>
        <source>Le code ne contient pas de nom.</source>
        <translation>Код не содержит имени.</translation>
    </message>
    <message>
        <source>L'adresse correspond à l'adresse déclarée.</source>
        <translation>Адрес совпадает с заявленным.</translation>
    </message>
    <message>
        <source>L'adresse ne correspond pas à l'adresse déclarée.</source>
        <translation>Адрес не совпадает с заявленным.</translation>
    </message>
    <message>
        <source>Le code ne contient pas d'adresse.</source>
        <translation>Код не содержит адреса.</translation>
    </message>
    <message>
        <source>Document du %1 : moins de 6 mois.</source>
        <translation>Документ от %1: не старше 6 месяцев.</translation>
    </message>
    <message>
        <source>Document du %1 : plus de 6 mois, ou daté dans le futur.</source>
        <translation>Документ от %1: старше 6 месяцев или датирован будущим числом.</translation>
    </message>
    <message>
        <source>Le code ne contient pas de date.</source>
        <translation>Код не содержит даты.</translation>
    </message>
</context>
<context>
    <name>PageCaptureDialog</name>
    <message>
        <source>Photographier le document</source>
        <translation>Сфотографировать документ</translation>
    </message>
    <message>
        <source>Image de la caméra, avec la feuille repérée</source>
        <translation>Изображение с камеры с найденным листом</translation>
    </message>
    <message>
        <source>Pages photographiées</source>
        <translation>Сфотографированные страницы</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Переснять</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>Сделать снимок</translation>
    </message>
    <message>
        <source>Importer un fichier</source>
        <translation>Загрузить файл</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Posez la feuille à plat sous la caméra</source>
        <translation>Положите лист ровно под камеру</translation>
    </message>
    <message>
        <source>La feuille est coupée : montrez-la en entier</source>
        <translation>Лист обрезан: покажите его целиком</translation>
    </message>
    <message>
        <source>Rapprochez la feuille de la caméra</source>
        <translation>Поднесите лист ближе к камере</translation>
    </message>
    <message>
        <source>L'image est trop sombre : éclairez davantage la feuille</source>
        <translation>Изображение слишком тёмное: осветите лист лучше</translation>
    </message>
    <message>
        <source>Un reflet cache le texte : inclinez un peu la feuille</source>
        <translation>Блик закрывает текст: слегка наклоните лист</translation>
    </message>
    <message>
        <source>L'image est floue : ne bougez plus la feuille</source>
        <translation>Изображение размыто: не двигайте лист</translation>
    </message>
    <message>
        <source>Ne bougez plus : la page %1 va être reprise</source>
        <translation>Не двигайтесь: страница %1 будет переснята</translation>
    </message>
    <message>
        <source>Ne bougez plus : photo en cours…</source>
        <translation>Не двигайтесь: идёт съёмка…</translation>
    </message>
    <message>
        <source>Caméra indisponible</source>
        <translation>Камера недоступна</translation>
    </message>
    <message>
        <source>La caméra ne répond pas. Vous pouvez importer un fichier avec le bouton « Importer un fichier ».</source>
        <translation>Камера не отвечает. Вы можете загрузить файл кнопкой «Загрузить файл».</translation>
    </message>
    <message>
        <source>Aucune image de la caméra pour l'instant.</source>
        <translation>Изображения с камеры пока нет.</translation>
    </message>
    <message>
        <source>Lecture du fichier…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Le document n'a pas pu être préparé. Réessayez.</source>
        <translation>Не удалось подготовить документ. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>страниц: %1</translation>
    </message>
    <message>
        <source>Préparation du document…</source>
        <translation>Подготовка документа…</translation>
    </message>
    <message>
        <source>Choisir un fichier</source>
        <translation>Выбрать файл</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Annexe 1 — Liste des pièces justificatives</source>
        <translation>Приложение 1 — Список подтверждающих документов</translation>
    </message>
    <message>
        <source>Tout document rédigé en langue étrangère doit être accompagné de sa traduction par un traducteur agréé/assermenté.</source>
        <translation>Любой документ на иностранном языке должен сопровождаться переводом, выполненным аккредитованным/присяжным переводчиком.</translation>
    </message>
    <message>
        <source>Cochez chaque pièce une fois réunie. Les pièces « Obligatoire » sont nécessaires au dépôt ; les pièces « Facultatif » peuvent compléter votre dossier ; les pièces « Selon votre situation » sont demandées dans le cas indiqué.</source>
        <translation>Отмечайте каждый документ, когда он собран. Документы с пометкой «Обязательно» нужны для подачи; «Необязательно» могут дополнить дело; «В зависимости от ситуации» требуются в указанном случае.</translation>
    </message>
    <message>
        <source>Obligatoire</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Facultatif</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Selon votre situation</source>
        <translation>В зависимости от ситуации</translation>
    </message>
    <message>
        <source>Aucune pièce justificative n'est demandée.</source>
        <translation>Подтверждающие документы не требуются.</translation>
    </message>
    <message>
        <source>Important :</source>
        <translation>Важно:</translation>
    </message>
    <message>
        <source>Escale — liste établie le %1</source>
        <translation>Escale — список составлен %1</translation>
    </message>
    <message>
        <source>Établie le %1</source>
        <translation>Составлен %1</translation>
    </message>
    <message>
        <source>pour %1</source>
        <translation>для %1</translation>
    </message>
    <message>
        <source>version de la procédure : %1</source>
        <translation>версия процедуры: %1</translation>
    </message>
    <message>
        <source>Confirmation de dépôt</source>
        <translation>Подтверждение подачи</translation>
    </message>
    <message>
        <source>Ce document confirme le dépôt de votre demande ; il ne constitue pas un titre de séjour. Conservez-le et indiquez le numéro de dossier dans vos échanges avec la préfecture.</source>
        <translation>Этот документ подтверждает подачу вашего заявления; он не является видом на жительство. Сохраните его и указывайте номер дела при обращении в префектуру.</translation>
    </message>
    <message>
        <source>Déposé le</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <source>Numéro de dossier</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Numéro de dépôt</source>
        <translation>Номер подачи</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lieu de dépôt</source>
        <translation>Место подачи</translation>
    </message>
    <message>
        <source>Code QR du dossier</source>
        <translation>QR-код дела</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Pièces déposées</source>
        <translation>Поданные документы</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>Имена</translation>
    </message>
    <message>
        <source>Nom d'usage</source>
        <translation>Используемая фамилия</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>Номер иностранца</translation>
    </message>
    <message>
        <source>Pièce justificative</source>
        <translation>Подтверждающий документ</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страниц</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Aucun fichier</source>
        <translation>Нет файла</translation>
    </message>
    <message>
        <source>Aucune pièce déposée.</source>
        <translation>Документы не поданы.</translation>
    </message>
    <message>
        <source>Traduction :</source>
        <translation>Перевод:</translation>
    </message>
    <message>
        <source>%1 pièce(s), %2 fichier(s), dont %3 traduction(s)</source>
        <translation>документов: %1, файлов: %2, из них переводов: %3</translation>
    </message>
    <message>
        <source>Ticket de reprise de votre demande</source>
        <translation>Талон для продолжения вашего заявления</translation>
    </message>
    <message>
        <source>Votre demande en cours est enregistrée sur cette borne. Avec ce code, vous la reprendrez là où vous vous êtes arrêté(e).</source>
        <translation>Ваше незавершённое заявление сохранено на этом терминале. С этим кодом вы продолжите с того места, где остановились.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>Код продолжения</translation>
    </message>
    <message>
        <source>Valable jusqu'au</source>
        <translation>Действителен по</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>inclus</source>
        <translation>включительно</translation>
    </message>
    <message>
        <source>À présenter à la caméra de la borne</source>
        <translation>Поднесите к камере терминала</translation>
    </message>
    <message>
        <source>Pour reprendre votre demande</source>
        <translation>Как продолжить заявление</translation>
    </message>
    <message>
        <source>Revenez à une borne Escale de ce lieu avant la fin de validité du code.</source>
        <translation>Вернитесь к терминалу Escale в этом месте до окончания срока действия кода.</translation>
    </message>
    <message>
        <source>Sur l'écran d'accueil, touchez « Reprendre avec un code ».</source>
        <translation>На главном экране нажмите «Продолжить по коду».</translation>
    </message>
    <message>
        <source>Tapez le code ci-dessus, ou présentez ce ticket à la caméra (« Scanner le ticket »).</source>
        <translation>Введите код, указанный выше, или поднесите талон к камере («Сканировать талон»).</translation>
    </message>
    <message>
        <source>Gardez ce ticket pour vous : toute personne qui a ce code peut ouvrir votre demande. Le code ne sert qu'une fois ; si vous enregistrez de nouveau, vous recevrez un nouveau ticket.</source>
        <translation>Никому не передавайте этот талон: любой, у кого есть этот код, может открыть ваше заявление. Код действует только один раз; если вы сохраните заявление снова, вы получите новый талон.</translation>
    </message>
    <message>
        <source>Après cette date, la demande enregistrée est supprimée : il faudra la recommencer.</source>
        <translation>После этой даты сохранённое заявление удаляется: его придётся заполнять заново.</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Imprimer</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Code administrateur</source>
        <translation>Код администратора</translation>
    </message>
    <message>
        <source>Code médiateur</source>
        <translation>Код посредника</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Vérification impossible. Réessayez ou prévenez le service informatique.</source>
        <translation>Не удалось выполнить проверку. Повторите попытку или сообщите в ИТ-службу.</translation>
    </message>
    <message>
        <source>Aucun code n'est configuré pour cet accès.</source>
        <translation>Для этого доступа код не настроен.</translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>Неверный код.</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 secondes.</source>
        <translation>Повторная попытка возможна через %1 с.</translation>
    </message>
</context>
<context>
    <name>PreambleScreen</name>
    <message>
        <source>Liste des pièces justificatives</source>
        <translation>Список подтверждающих документов</translation>
    </message>
    <message>
        <source>Afficher la liste (PDF)</source>
        <translation>Показать список (PDF)</translation>
    </message>
    <message>
        <source>Imprimer la liste</source>
        <translation>Распечатать список</translation>
    </message>
    <message>
        <source>obligatoire</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>facultatif</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>selon votre situation</source>
        <translation>в зависимости от ситуации</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Renouvellement de titre de séjour – Membre de famille de ressortissant UE/EEE/Suisse</source>
        <translation>Продление вида на жительство – член семьи гражданина ЕС/ЕЭЗ/Швейцарии</translation>
    </message>
    <message>
        <source>Carte « CE – Séjour permanent – Toutes activités professionnelles » (10 ans, gratuite)</source>
        <translation>Карта «CE – Séjour permanent – Toutes activités professionnelles» (постоянное проживание, любая профессиональная деятельность; 10 лет, бесплатно)</translation>
    </message>
    <message>
        <source>Tout document rédigé en langue étrangère doit être accompagné de sa traduction par un traducteur assermenté.</source>
        <translation>Любой документ на иностранном языке должен сопровождаться переводом, выполненным присяжным переводчиком.</translation>
    </message>
    <message>
        <source>Informations personnelles</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Modalités du séjour</source>
        <translation>Условия пребывания</translation>
    </message>
    <message>
        <source>Pièces justificatives</source>
        <translation>Подтверждающие документы</translation>
    </message>
    <message>
        <source>Vérification et dépôt</source>
        <translation>Проверка и подача</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Séjour dans un autre État</source>
        <translation>Пребывание в другом государстве</translation>
    </message>
    <message>
        <source>Liens personnels et familiaux</source>
        <translation>Личные и семейные связи</translation>
    </message>
    <message>
        <source>Motif du séjour</source>
        <translation>Цель пребывания</translation>
    </message>
    <message>
        <source>Ressources</source>
        <translation>Средства к существованию</translation>
    </message>
    <message>
        <source>Je sollicite le renouvellement de ce titre</source>
        <translation>Я прошу продлить этот вид на жительство</translation>
    </message>
    <message>
        <source>Indiquez le titre de séjour que vous détenez aujourd'hui. Le renouvellement se demande entre 4 et 2 mois avant la date d'expiration de ce titre.</source>
        <translation>Укажите вид на жительство, который у вас есть сейчас. Продление запрашивается за 4–2 месяца до окончания срока его действия.</translation>
    </message>
    <message>
        <source>Catégorie de votre titre de séjour actuel</source>
        <translation>Категория вашего действующего вида на жительство</translation>
    </message>
    <message>
        <source>Membre de famille de ressortissant UE/EEE/Suisse</source>
        <translation>Член семьи гражданина ЕС/ЕЭЗ/Швейцарии</translation>
    </message>
    <message>
        <source>Autre catégorie de titre de séjour</source>
        <translation>Другая категория вида на жительство</translation>
    </message>
    <message>
        <source>Date d'expiration de votre titre actuel</source>
        <translation>Дата окончания действия вашего вида на жительство</translation>
    </message>
    <message>
        <source>Elle figure au recto du titre, après « Date d'expiration ».</source>
        <translation>Она указана на лицевой стороне, после слов «Date d'expiration».</translation>
    </message>
    <message>
        <source>Démarche réservée</source>
        <translation>Процедура для определённой категории</translation>
    </message>
    <message>
        <source>Cette démarche est réservée aux personnes reconnues « Membre de famille de ressortissant UE/EEE/Suisse ». Elle mène à la carte « CE – Séjour permanent – Toutes activités professionnelles », valable 10 ans et délivrée gratuitement.</source>
        <translation>Эта процедура предназначена только для лиц, признанных «членом семьи гражданина ЕС/ЕЭЗ/Швейцарии». Она ведёт к получению карты «CE – Séjour permanent – Toutes activités professionnelles» (постоянное проживание, любая профессиональная деятельность), действительной 10 лет и выдаваемой бесплатно.</translation>
    </message>
    <message>
        <source>Avant de commencer</source>
        <translation>Перед началом</translation>
    </message>
    <message>
        <source>La demande se fait en 5 étapes : vos informations personnelles, les modalités de votre séjour, les pièces justificatives, la vérification et le dépôt, puis la confirmation. Préparez les pièces de la liste ci-dessous : vous pouvez l'afficher ou l'imprimer. Elle se précise au fil de vos réponses.</source>
        <translation>Заявление подаётся в 5 шагов: личные данные, условия пребывания, подтверждающие документы, проверка и подача, затем подтверждение. Подготовьте документы из списка ниже: его можно показать на экране или распечатать. Он уточняется по мере ваших ответов.</translation>
    </message>
    <message>
        <source>Vérifier les informations personnelles (1/2)</source>
        <translation>Проверка личных данных (1/2)</translation>
    </message>
    <message>
        <source>Vérifiez votre identité telle qu'elle figure sur votre passeport. Un nom d'usage peut être ajouté si nécessaire.</source>
        <translation>Проверьте свои данные так, как они указаны в паспорте. При необходимости можно добавить используемую фамилию.</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>Фамилия при рождении</translation>
    </message>
    <message>
        <source>Prénom(s)</source>
        <translation>Имя (имена)</translation>
    </message>
    <message>
        <source>Nom d'usage</source>
        <translation>Используемая фамилия</translation>
    </message>
    <message>
        <source>Par exemple le nom de votre conjoint, si vous l'utilisez.</source>
        <translation>Например, фамилия супруга, если вы её используете.</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Féminin</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Non spécifié (X)</source>
        <translation>Не указан (X)</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>Номер иностранца</translation>
    </message>
    <message>
        <source>10 chiffres (parfois 9), au recto de votre titre de séjour.</source>
        <translation>10 цифр (иногда 9), на лицевой стороне вида на жительство.</translation>
    </message>
    <message>
        <source>Numéro de passeport</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <source>Date d'expiration du passeport</source>
        <translation>Дата окончания действия паспорта</translation>
    </message>
    <message>
        <source>Vérifier les informations personnelles (2/2)</source>
        <translation>Проверка личных данных (2/2)</translation>
    </message>
    <message>
        <source>Vérifiez votre adresse et indiquez un numéro de téléphone pour vous contacter.</source>
        <translation>Проверьте адрес и укажите номер телефона для связи.</translation>
    </message>
    <message>
        <source>J'ai déménagé depuis mon dernier titre</source>
        <translation>Я переехал(а) после получения последнего вида на жительство</translation>
    </message>
    <message>
        <source>Adresse en France</source>
        <translation>Адрес во Франции</translation>
    </message>
    <message>
        <source>Numéro et voie</source>
        <translation>Номер дома и улица</translation>
    </message>
    <message>
        <source>Complément d'adresse</source>
        <translation>Дополнительно к адресу</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Un numéro français (06 12 34 56 78) ou international (+33 6 12 34 56 78).</source>
        <translation>Французский номер (06 12 34 56 78) или международный (+33 6 12 34 56 78).</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>Pour recevoir la confirmation de dépôt et les notifications.</source>
        <translation>Чтобы получить подтверждение подачи и уведомления.</translation>
    </message>
    <message>
        <source>Code e-photo</source>
        <translation>Код e-photo</translation>
    </message>
    <message>
        <source>Code à 22 caractères imprimé sur la planche de la cabine photo agréée ANTS.</source>
        <translation>22-значный код, напечатанный на листе с фотографиями из фотокабины, одобренной ANTS.</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (1/9)</source>
        <translation>Проверка условий пребывания (1/9)</translation>
    </message>
    <message>
        <source>Vérifiez le motif et la durée de votre séjour.</source>
        <translation>Проверьте цель и продолжительность пребывания.</translation>
    </message>
    <message>
        <source>Ma présence en France est supérieure à 5 ans</source>
        <translation>Я нахожусь во Франции более 5 лет</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (2/9)</source>
        <translation>Проверка условий пребывания (2/9)</translation>
    </message>
    <message>
        <source>Indiquez l'activité de l'accueillant, le ressortissant UE/EEE/Suisse ou français dont vous êtes membre de famille.</source>
        <translation>Укажите род деятельности принимающего лица — гражданина ЕС/ЕЭЗ/Швейцарии или Франции, членом семьи которого вы являетесь.</translation>
    </message>
    <message>
        <source>Activité de l'accueillant en France</source>
        <translation>Деятельность принимающего лица во Франции</translation>
    </message>
    <message>
        <source>Étudiant</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Salarié</source>
        <translation>Работает по найму</translation>
    </message>
    <message>
        <source>Non salarié</source>
        <translation>Самозанятый</translation>
    </message>
    <message>
        <source>Salarié ou non salarié en cessation involontaire d'activité</source>
        <translation>Работник по найму или самозанятый, не по своей воле прекративший деятельность</translation>
    </message>
    <message>
        <source>Retraité ou inactif</source>
        <translation>Пенсионер или не работает</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (3/9)</source>
        <translation>Проверка условий пребывания (3/9)</translation>
    </message>
    <message>
        <source>Indiquez qui est votre accueillant.</source>
        <translation>Укажите, кто является принимающим лицом.</translation>
    </message>
    <message>
        <source>Mon accueillant est</source>
        <translation>Принимающее лицо —</translation>
    </message>
    <message>
        <source>Européen titulaire d'un titre de séjour</source>
        <translation>Европеец с видом на жительство</translation>
    </message>
    <message>
        <source>Européen sans titre de séjour</source>
        <translation>Европеец без вида на жительство</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Гражданин Франции</translation>
    </message>
    <message>
        <source>Numéro étranger de l'accueillant</source>
        <translation>Номер иностранца принимающего лица</translation>
    </message>
    <message>
        <source>Titre de séjour de l'accueillant</source>
        <translation>Вид на жительство принимающего лица</translation>
    </message>
    <message>
        <source>Titre de séjour permanent (10 ans)</source>
        <translation>Вид на жительство постоянного проживания (10 лет)</translation>
    </message>
    <message>
        <source>Titre de séjour « Citoyen UE/EEE/Suisse »</source>
        <translation>Вид на жительство «Citoyen UE/EEE/Suisse» (гражданин ЕС/ЕЭЗ/Швейцарии)</translation>
    </message>
    <message>
        <source>Autre titre</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <source>Début de validité du titre de l'accueillant</source>
        <translation>Начало срока действия документа принимающего лица</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (4/9)</source>
        <translation>Проверка условий пребывания (4/9)</translation>
    </message>
    <message>
        <source>Indiquez l'identité de votre accueillant.</source>
        <translation>Укажите данные принимающего лица.</translation>
    </message>
    <message>
        <source>Nom de l'accueillant</source>
        <translation>Фамилия принимающего лица</translation>
    </message>
    <message>
        <source>Prénom(s) de l'accueillant</source>
        <translation>Имя (имена) принимающего лица</translation>
    </message>
    <message>
        <source>Date de naissance de l'accueillant</source>
        <translation>Дата рождения принимающего лица</translation>
    </message>
    <message>
        <source>Nationalité de l'accueillant</source>
        <translation>Гражданство принимающего лица</translation>
    </message>
    <message>
        <source>Je confirme l'identité de mon accueillant</source>
        <translation>Я подтверждаю данные принимающего лица</translation>
    </message>
    <message>
        <source>Votre accueillant a un numéro étranger : vérifiez son identité puis confirmez-la.</source>
        <translation>У принимающего лица есть номер иностранца: проверьте его данные и подтвердите их.</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (5/9)</source>
        <translation>Проверка условий пребывания (5/9)</translation>
    </message>
    <message>
        <source>Indiquez votre situation vis-à-vis de l'accueillant.</source>
        <translation>Укажите, кем вы приходитесь принимающему лицу.</translation>
    </message>
    <message>
        <source>Je suis</source>
        <translation>Я —</translation>
    </message>
    <message>
        <source>Conjoint, concubin ou partenaire enregistré</source>
        <translation>Супруг(а), сожитель(ница) или зарегистрированный партнёр</translation>
    </message>
    <message>
        <source>Descendant</source>
        <translation>Потомок (ребёнок, внук)</translation>
    </message>
    <message>
        <source>Ascendant</source>
        <translation>Предок (родитель, дедушка/бабушка)</translation>
    </message>
    <message>
        <source>Personne à charge</source>
        <translation>Иждивенец</translation>
    </message>
    <message>
        <source>De qui ?</source>
        <translation>Чей?</translation>
    </message>
    <message>
        <source>De l'accueillant</source>
        <translation>Принимающего лица</translation>
    </message>
    <message>
        <source>Du conjoint de l'accueillant</source>
        <translation>Супруга (супруги) принимающего лица</translation>
    </message>
    <message>
        <source>Lien de parenté</source>
        <translation>Степень родства</translation>
    </message>
    <message>
        <source>Père</source>
        <translation>Отец</translation>
    </message>
    <message>
        <source>Mère</source>
        <translation>Мать</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Je suis à la charge de l'accueillant</source>
        <translation>Я нахожусь на иждивении принимающего лица</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (6/9)</source>
        <translation>Проверка условий пребывания (6/9)</translation>
    </message>
    <message>
        <source>Déclarez les enfants mineurs à votre charge ou à celle de votre conjoint. Vous pouvez en déclarer plusieurs, ou aucun.</source>
        <translation>Укажите несовершеннолетних детей на вашем иждивении или на иждивении вашего супруга (супруги). Можно указать нескольких или ни одного.</translation>
    </message>
    <message>
        <source>Enfants à charge</source>
        <translation>Дети на иждивении</translation>
    </message>
    <message>
        <source>Enfant</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Ajouter un enfant</source>
        <translation>Добавить ребёнка</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (7/9)</source>
        <translation>Проверка условий пребывания (7/9)</translation>
    </message>
    <message>
        <source>Indiquez votre situation familiale.</source>
        <translation>Укажите семейное положение.</translation>
    </message>
    <message>
        <source>Situation familiale</source>
        <translation>Семейное положение</translation>
    </message>
    <message>
        <source>Marié(e)</source>
        <translation>Женат / замужем</translation>
    </message>
    <message>
        <source>Pacsé(e) / partenariat enregistré</source>
        <translation>PACS / зарегистрированное партнёрство</translation>
    </message>
    <message>
        <source>En concubinage</source>
        <translation>Гражданский брак (сожительство)</translation>
    </message>
    <message>
        <source>Divorcé(e)</source>
        <translation>Разведён / разведена</translation>
    </message>
    <message>
        <source>Séparé(e)</source>
        <translation>Живёт раздельно</translation>
    </message>
    <message>
        <source>Veuf / veuve</source>
        <translation>Вдовец / вдова</translation>
    </message>
    <message>
        <source>Célibataire</source>
        <translation>Холост / не замужем</translation>
    </message>
    <message>
        <source>Date de l'union</source>
        <translation>Дата заключения брака или союза</translation>
    </message>
    <message>
        <source>Pays de l'union</source>
        <translation>Страна заключения брака или союза</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (8/9)</source>
        <translation>Проверка условий пребывания (8/9)</translation>
    </message>
    <message>
        <source>Vous êtes marié(e) à un Français et en France depuis moins de 5 ans : indiquez si vous avez séjourné avec lui dans un autre État de l'UE, de l'EEE ou en Suisse.</source>
        <translation>Вы состоите в браке с гражданином Франции и находитесь во Франции менее 5 лет: укажите, проживали ли вы вместе в другом государстве ЕС, ЕЭЗ или в Швейцарии.</translation>
    </message>
    <message>
        <source>J'ai séjourné avec mon conjoint dans un autre État de l'UE, de l'EEE ou en Suisse</source>
        <translation>Я проживал(а) с супругом (супругой) в другом государстве ЕС, ЕЭЗ или в Швейцарии</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (9/9)</source>
        <translation>Проверка условий пребывания (9/9)</translation>
    </message>
    <message>
        <source>Indiquez le séjour dans cet autre État.</source>
        <translation>Укажите сведения о пребывании в этом государстве.</translation>
    </message>
    <message>
        <source>État de séjour</source>
        <translation>Государство пребывания</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>По</translation>
    </message>
    <message>
        <source>L'autre État m'a délivré une carte de séjour</source>
        <translation>Другое государство выдало мне вид на жительство</translation>
    </message>
    <message>
        <source>Si vous n'en avez pas, vous joindrez d'autres justificatifs de ce séjour.</source>
        <translation>Если его нет, вы приложите другие доказательства этого пребывания.</translation>
    </message>
    <message>
        <source>La date de fin du séjour doit être postérieure à sa date de début.</source>
        <translation>Дата окончания пребывания должна быть позже даты начала.</translation>
    </message>
    <message>
        <source>Transmettre les pièces justificatives</source>
        <translation>Передача подтверждающих документов</translation>
    </message>
    <message>
        <source>Joignez chaque pièce demandée. Les pièces facultatives peuvent compléter votre dossier.</source>
        <translation>Приложите каждый запрошенный документ. Необязательные документы могут дополнить дело.</translation>
    </message>
    <message>
        <source>Vérifier et déposer la demande</source>
        <translation>Проверка и подача заявления</translation>
    </message>
    <message>
        <source>Relisez vos réponses. Vous pouvez revenir sur chaque partie pour la modifier.</source>
        <translation>Перечитайте ответы. Вы можете вернуться к любой части, чтобы её изменить.</translation>
    </message>
    <message>
        <source>Cette démarche est réservée aux membres de famille de ressortissant UE/EEE/Suisse.</source>
        <translation>Эта процедура предназначена только для членов семей граждан ЕС/ЕЭЗ/Швейцарии.</translation>
    </message>
    <message>
        <source>Choisissez la démarche qui correspond à votre titre actuel, ou demandez conseil au médiateur.</source>
        <translation>Выберите процедуру, соответствующую вашему нынешнему виду на жительство, или обратитесь за советом к посреднику.</translation>
    </message>
    <message>
        <source>Vous avez déménagé : vous devez d'abord déclarer votre changement d'adresse.</source>
        <translation>Вы переехали: сначала нужно заявить о смене адреса.</translation>
    </message>
    <message>
        <source>Déclarez votre nouvelle adresse sur l'ANEF, puis revenez demander le renouvellement.</source>
        <translation>Заявите новый адрес на портале ANEF, затем вернитесь, чтобы подать на продление.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est étudiant, un ascendant ne peut pas bénéficier de ce titre.</source>
        <translation>Если принимающее лицо — студент, предок (родитель, дедушка/бабушка) не может получить этот вид на жительство.</translation>
    </message>
    <message>
        <source>Seuls le conjoint et les descendants à charge d'un étudiant sont concernés. Adressez-vous à la préfecture.</source>
        <translation>Это касается только супруга (супруги) и потомков студента, находящихся на его иждивении. Обратитесь в префектуру.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est étudiant, un descendant doit être à sa charge.</source>
        <translation>Если принимающее лицо — студент, потомок должен находиться на его иждивении.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est Français, seul son conjoint peut faire cette demande.</source>
        <translation>Если принимающее лицо — гражданин Франции, подать это заявление может только его супруг (супруга).</translation>
    </message>
    <message>
        <source>Adressez-vous à la préfecture pour connaître la démarche qui vous correspond.</source>
        <translation>Обратитесь в префектуру, чтобы узнать, какая процедура вам подходит.</translation>
    </message>
    <message>
        <source>Sans séjour de plus de 3 mois avec votre conjoint dans un autre État de l'UE, de l'EEE ou en Suisse, cette démarche ne vous concerne pas.</source>
        <translation>Если вы не проживали с супругом (супругой) более 3 месяцев в другом государстве ЕС, ЕЭЗ или в Швейцарии, эта процедура вас не касается.</translation>
    </message>
    <message>
        <source>Utilisez la démarche « Conjoint de Français » ou contactez votre préfecture.</source>
        <translation>Воспользуйтесь процедурой «Conjoint de Français» (супруг(а) гражданина Франции) или обратитесь в свою префектуру.</translation>
    </message>
    <message>
        <source>L'identité de votre accueillant doit être confirmée.</source>
        <translation>Данные принимающего лица должны быть подтверждены.</translation>
    </message>
    <message>
        <source>Vérifiez l'identité de votre accueillant puis cochez la case de confirmation.</source>
        <translation>Проверьте данные принимающего лица и поставьте отметку подтверждения.</translation>
    </message>
    <message>
        <source>Il est tôt : le renouvellement se demande entre 4 et 2 mois avant l'expiration de votre titre.</source>
        <translation>Ещё рано: продление запрашивается за 4–2 месяца до окончания срока действия вида на жительство.</translation>
    </message>
    <message>
        <source>Votre titre expire dans moins de 2 mois : déposez votre demande sans attendre.</source>
        <translation>Срок действия вашего вида на жительство истекает менее чем через 2 месяца: подайте заявление без промедления.</translation>
    </message>
    <message>
        <source>Votre titre a expiré : déposez votre demande et conservez la confirmation de dépôt.</source>
        <translation>Срок действия вашего вида на жительство истёк: подайте заявление и сохраните подтверждение подачи.</translation>
    </message>
    <message>
        <source>Passeport en cours de validité</source>
        <translation>Действующий паспорт</translation>
    </message>
    <message>
        <source>Les pages d'identité et de validité.</source>
        <translation>Страницы с личными данными и сроком действия.</translation>
    </message>
    <message>
        <source>Justificatif de domicile de moins de 6 mois</source>
        <translation>Подтверждение адреса не старше 6 месяцев</translation>
    </message>
    <message>
        <source>Facture d'électricité, de gaz, d'eau ou de téléphone, quittance de loyer, avis d'imposition…</source>
        <translation>Счёт за электричество, газ, воду или телефон, квитанция об оплате аренды, налоговое уведомление…</translation>
    </message>
    <message>
        <source>Carte de séjour délivrée par l'autre État</source>
        <translation>Вид на жительство, выданный другим государством</translation>
    </message>
    <message>
        <source>si vous avez séjourné dans un autre État et y avez reçu une carte de séjour</source>
        <translation>если вы проживали в другом государстве и получили там вид на жительство</translation>
    </message>
    <message>
        <source>Justificatifs du séjour de plus de 3 mois dans l'autre État</source>
        <translation>Доказательства пребывания более 3 месяцев в другом государстве</translation>
    </message>
    <message>
        <source>si vous avez séjourné dans un autre État sans y recevoir de carte de séjour</source>
        <translation>если вы проживали в другом государстве, не получив там вида на жительство</translation>
    </message>
    <message>
        <source>Acte de mariage</source>
        <translation>Свидетельство о браке</translation>
    </message>
    <message>
        <source>si vous êtes marié(e)</source>
        <translation>если вы состоите в браке</translation>
    </message>
    <message>
        <source>Attestation de PACS ou de partenariat enregistré</source>
        <translation>Справка о PACS или зарегистрированном партнёрстве</translation>
    </message>
    <message>
        <source>si vous êtes pacsé(e)</source>
        <translation>если вы заключили PACS (гражданское партнёрство)</translation>
    </message>
    <message>
        <source>Justificatifs de vie commune</source>
        <translation>Доказательства совместного проживания</translation>
    </message>
    <message>
        <source>si vous vivez en concubinage</source>
        <translation>если вы живёте в гражданском браке</translation>
    </message>
    <message>
        <source>Pièce d'identité de l'accueillant</source>
        <translation>Документ, удостоверяющий личность принимающего лица</translation>
    </message>
    <message>
        <source>si votre accueillant est Français ou Européen sans titre de séjour</source>
        <translation>если принимающее лицо — гражданин Франции или европеец без вида на жительство</translation>
    </message>
    <message>
        <source>Justificatifs de prise en charge / de dépendance</source>
        <translation>Доказательства содержания / иждивения</translation>
    </message>
    <message>
        <source>si vous êtes ascendant, personne à charge, ou descendant de 21 ans ou plus ou d'un étudiant</source>
        <translation>если вы предок, иждивенец или потомок в возрасте 21 года и старше либо потомок студента</translation>
    </message>
    <message>
        <source>Acte de naissance établissant le lien avec l'accueillant ou son conjoint</source>
        <translation>Свидетельство о рождении, подтверждающее родство с принимающим лицом или его супругом (супругой)</translation>
    </message>
    <message>
        <source>si vous êtes ascendant de l'accueillant ou de son conjoint</source>
        <translation>если вы предок принимающего лица или его супруга (супруги)</translation>
    </message>
    <message>
        <source>Acte de naissance avec filiation</source>
        <translation>Свидетельство о рождении с указанием родителей</translation>
    </message>
    <message>
        <source>si vous êtes descendant de l'accueillant ou de son conjoint</source>
        <translation>если вы потомок принимающего лица или его супруга (супруги)</translation>
    </message>
    <message>
        <source>Justificatifs du droit au séjour de l'accueillant pendant les 5 années précédentes</source>
        <translation>Доказательства права на пребывание принимающего лица в течение предыдущих 5 лет</translation>
    </message>
    <message>
        <source>Un titre « Citoyen UE » de 7 mois au plus couvre la période de sa validité.</source>
        <translation>Вид на жительство «Citoyen UE» (гражданин ЕС), выданный не более 7 месяцев назад, покрывает период своего действия.</translation>
    </message>
    <message>
        <source>si votre accueillant est Européen sans titre permanent</source>
        <translation>если принимающее лицо — европеец без постоянного вида на жительство</translation>
    </message>
    <message>
        <source>Justificatifs de continuité de séjour sur 5 ans</source>
        <translation>Доказательства непрерывного проживания в течение 5 лет</translation>
    </message>
    <message>
        <source>si vous êtes en France depuis plus de 5 ans</source>
        <translation>если вы находитесь во Франции более 5 лет</translation>
    </message>
    <message>
        <source>Preuve de résidence en France du conjoint français</source>
        <translation>Доказательство проживания во Франции супруга (супруги) — гражданина Франции</translation>
    </message>
    <message>
        <source>Quittances de loyer ou de charges, factures, document administratif…</source>
        <translation>Квитанции об оплате аренды или коммунальных услуг, счета, официальные документы…</translation>
    </message>
    <message>
        <source>si votre accueillant est Français</source>
        <translation>если принимающее лицо — гражданин Франции</translation>
    </message>
    <message>
        <source>Attestation sur l'honneur de l'accueillant : pas d'absence de plus de 2 années consécutives</source>
        <translation>Заявление принимающего лица под честное слово: отсутствие не более 2 лет подряд</translation>
    </message>
    <message>
        <source>si votre accueillant a un titre de séjour permanent</source>
        <translation>если у принимающего лица вид на жительство постоянного проживания</translation>
    </message>
    <message>
        <source>Certificat de scolarité de l'accueillant</source>
        <translation>Справка об обучении принимающего лица</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant</source>
        <translation>если принимающее лицо — европеец-студент</translation>
    </message>
    <message>
        <source>Justificatif de prise en charge</source>
        <translation>Доказательство содержания</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant, ou salarié et vous n'êtes ni son conjoint ni un descendant de moins de 21 ans</source>
        <translation>если принимающее лицо — европеец-студент или работник по найму, а вы не его супруг(а) и не потомок младше 21 года</translation>
    </message>
    <message>
        <source>Contrat de travail, attestation de l'employeur ou bulletins de salaire de l'accueillant</source>
        <translation>Трудовой договор, справка от работодателя или расчётные листки принимающего лица</translation>
    </message>
    <message>
        <source>si votre accueillant européen est salarié</source>
        <translation>если принимающее лицо — европеец, работающий по найму</translation>
    </message>
    <message>
        <source>Justificatif d'activité non salariée de l'accueillant</source>
        <translation>Подтверждение самостоятельной деятельности принимающего лица</translation>
    </message>
    <message>
        <source>si votre accueillant européen est non salarié</source>
        <translation>если принимающее лицо — самозанятый европеец</translation>
    </message>
    <message>
        <source>Attestation de maintien de droit ou d'inscription comme demandeur d'emploi</source>
        <translation>Справка о сохранении прав или о регистрации в качестве ищущего работу</translation>
    </message>
    <message>
        <source>si votre accueillant européen est en cessation involontaire d'activité</source>
        <translation>если принимающее лицо — европеец, не по своей воле прекративший деятельность</translation>
    </message>
    <message>
        <source>Attestation d'assurance maladie de l'accueillant</source>
        <translation>Справка о медицинском страховании принимающего лица</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant, retraité ou inactif, sans titre permanent ni titre récent</source>
        <translation>если принимающее лицо — европеец-студент, пенсионер или неработающий, без постоянного или недавно выданного вида на жительство</translation>
    </message>
    <message>
        <source>Justificatifs de ressources de l'accueillant</source>
        <translation>Доказательства средств к существованию принимающего лица</translation>
    </message>
    <message>
        <source>facultatif, si votre accueillant européen est retraité ou inactif, sans titre permanent ni titre récent</source>
        <translation>необязательно, если принимающее лицо — европеец-пенсионер или неработающий, без постоянного или недавно выданного вида на жительство</translation>
    </message>
    <message>
        <source>Déposé au guichet, en attente de transmission</source>
        <translation>Подано в пункте приёма, ожидает передачи</translation>
    </message>
    <message>
        <source>Transmission en cours</source>
        <translation>Идёт передача</translation>
    </message>
    <message>
        <source>Transmission suspendue : le médiateur est prévenu</source>
        <translation>Передача приостановлена: посредник уведомлён</translation>
    </message>
    <message>
        <source>Transmis au service instructeur</source>
        <translation>Передано в службу рассмотрения</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Confirmé</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Non confirmé</source>
        <translation>Не подтверждено</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Lire à voix haute</source>
        <translation>Прочитать вслух</translation>
    </message>
    <message>
        <source>Lit à voix haute le titre et les questions de cet écran</source>
        <translation>Читает вслух заголовок и вопросы этого экрана</translation>
    </message>
</context>
<context>
    <name>ResumeCodeDialog</name>
    <message>
        <source>Reprendre avec un code</source>
        <translation>Продолжить по коду</translation>
    </message>
    <message>
        <source>Reprendre une demande enregistrée</source>
        <translation>Продолжить сохранённое заявление</translation>
    </message>
    <message>
        <source>Tapez le code de reprise imprimé sur votre ticket (15 caractères, par exemple K7QM4-XPDR9-TWAB3). Les tirets et les espaces ne comptent pas.</source>
        <translation>Введите код продолжения, напечатанный на вашем талоне (15 символов, например K7QM4-XPDR9-TWAB3). Дефисы и пробелы не учитываются.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>Код продолжения</translation>
    </message>
    <message>
        <source>Scanner le ticket</source>
        <translation>Сканировать талон</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Reprendre ma demande</source>
        <translation>Продолжить моё заявление</translation>
    </message>
    <message>
        <source>Recherche de votre demande…</source>
        <translation>Поиск вашего заявления…</translation>
    </message>
    <message>
        <source>La demande n'a pas pu être ouverte. Réessayez, ou demandez de l'aide à l'accueil.</source>
        <translation>Не удалось открыть заявление. Попробуйте ещё раз или обратитесь за помощью в приёмную.</translation>
    </message>
    <message>
        <source>Le code de reprise compte 15 caractères (trois groupes de cinq). Vérifiez qu'il est complet.</source>
        <translation>Код продолжения состоит из 15 символов (три группы по пять). Проверьте, что он введён полностью.</translation>
    </message>
    <message>
        <source>Ce code contient un caractère qui n'existe pas dans les codes de reprise : ils n'utilisent que les chiffres 2 à 9 et les lettres sauf I et O.</source>
        <translation>В этом коде есть символ, которого не бывает в кодах продолжения: в них используются только цифры от 2 до 9 и латинские буквы, кроме I и O.</translation>
    </message>
    <message>
        <source>Ce code contient une faute de frappe. Comparez chaque caractère avec votre ticket.</source>
        <translation>В коде опечатка. Сравните каждый символ с талоном.</translation>
    </message>
    <message>
        <source>Aucune demande enregistrée ne correspond à ce code. Vérifiez-le avec votre ticket.</source>
        <translation>Нет сохранённого заявления с таким кодом. Сверьте код с талоном.</translation>
    </message>
    <message>
        <source>Ce code a expiré : il était valable jusqu'au %1. La demande enregistrée a été supprimée ; vous pouvez commencer une nouvelle demande.</source>
        <translation>Срок действия кода истёк: он действовал до %1. Сохранённое заявление удалено; вы можете начать новое заявление.</translation>
    </message>
    <message>
        <source>Ce code a déjà servi : un ticket ne permet de reprendre une demande qu'une fois. Demandez de l'aide à l'accueil si besoin.</source>
        <translation>Этот код уже использован: по одному талону заявление можно продолжить только один раз. При необходимости обратитесь за помощью в приёмную.</translation>
    </message>
    <message>
        <source>Trop d'essais avec un code erroné. Réessayez dans %1 secondes.</source>
        <translation>Слишком много попыток с неверным кодом. Повторите через %1 с.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Modifier</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Modifier : </source>
        <translation>Изменить: </translation>
    </message>
    <message>
        <source>Pièces justificatives</source>
        <translation>Подтверждающие документы</translation>
    </message>
    <message>
        <source>Modifier : pièces justificatives</source>
        <translation>Изменить: подтверждающие документы</translation>
    </message>
    <message>
        <source>MANQUANT</source>
        <translation>ОТСУТСТВУЕТ</translation>
    </message>
    <message>
        <source>aucun fichier</source>
        <translation>нет файла</translation>
    </message>
</context>
<context>
    <name>SaveForLaterDialog</name>
    <message>
        <source>Enregistrer et reprendre plus tard</source>
        <translation>Сохранить и продолжить позже</translation>
    </message>
    <message>
        <source>Enregistrer votre demande pour la reprendre plus tard ?</source>
        <translation>Сохранить заявление, чтобы продолжить позже?</translation>
    </message>
    <message>
        <source>Votre demande sera gardée sur cette borne, chiffrée, sous un code de reprise que vous recevrez sur un ticket. Sans ce code, personne ne pourra la rouvrir, pas même l'accueil. Vous pourrez revenir la reprendre là où vous vous êtes arrêté(e).</source>
        <translation>Ваше заявление будет храниться на этом терминале в зашифрованном виде под кодом продолжения, который вы получите на талоне. Без этого кода никто не сможет его открыть, даже сотрудники приёмной. Вы сможете вернуться и продолжить с того места, где остановились.</translation>
    </message>
    <message>
        <source>Continuer ma demande</source>
        <translation>Продолжить заполнение</translation>
    </message>
    <message>
        <source>Enregistrer et recevoir un code</source>
        <translation>Сохранить и получить код</translation>
    </message>
    <message>
        <source>Enregistrement en cours…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>La demande n'a pas pu être enregistrée. Elle est toujours ouverte : vous pouvez la continuer, ou demander de l'aide à l'accueil.</source>
        <translation>Не удалось сохранить заявление. Оно по-прежнему открыто: вы можете продолжить заполнение или обратиться за помощью в приёмную.</translation>
    </message>
    <message>
        <source>Votre demande est enregistrée</source>
        <translation>Ваше заявление сохранено</translation>
    </message>
    <message>
        <source>Pour la reprendre, touchez « Reprendre avec un code » sur l'écran d'accueil et tapez ce code, ou présentez le ticket à la caméra. Imprimez le ticket ou notez le code : il ne sera plus jamais affiché.</source>
        <translation>Чтобы продолжить, нажмите «Продолжить по коду» на главном экране и введите этот код или поднесите талон к камере. Распечатайте талон или запишите код: он больше никогда не будет показан.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>Код продолжения</translation>
    </message>
    <message>
        <source>Code de reprise : %1</source>
        <translation>Код продолжения: %1</translation>
    </message>
    <message>
        <source>Valable jusqu'au %1 inclus. Après cette date, la demande enregistrée sera supprimée.</source>
        <translation>Действителен по %1 включительно. После этой даты сохранённое заявление будет удалено.</translation>
    </message>
    <message>
        <source>Code QR du ticket de reprise</source>
        <translation>QR-код талона для продолжения</translation>
    </message>
    <message>
        <source>Imprimer le ticket</source>
        <translation>Распечатать талон</translation>
    </message>
    <message>
        <source>Afficher le ticket</source>
        <translation>Показать талон</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Завершить</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Lire votre document</source>
        <translation>Считывание документа</translation>
    </message>
    <message>
        <source>Lire votre passeport ou votre titre de séjour</source>
        <translation>Считывание паспорта или вида на жительство</translation>
    </message>
    <message>
        <source>Image de la caméra, avec le cadre où placer le document</source>
        <translation>Изображение с камеры с рамкой, куда положить документ</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>Сделать снимок</translation>
    </message>
    <message>
        <source>Importer une image</source>
        <translation>Загрузить изображение</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Placez la page de votre document avec la photo dans le cadre, les lignes de caractères en bas</source>
        <translation>Положите страницу документа с фотографией в рамку, строками символов вниз</translation>
    </message>
    <message>
        <source>Approchez le document de la caméra</source>
        <translation>Поднесите документ ближе к камере</translation>
    </message>
    <message>
        <source>Évitez les reflets : inclinez un peu le document</source>
        <translation>Избегайте бликов: слегка наклоните документ</translation>
    </message>
    <message>
        <source>Tenez le document immobile</source>
        <translation>Держите документ неподвижно</translation>
    </message>
    <message>
        <source>Ne bougez plus, lecture en cours…</source>
        <translation>Не двигайтесь, идёт считывание…</translation>
    </message>
    <message>
        <source>Ne présentez qu'un seul document à la fois</source>
        <translation>Показывайте только один документ за раз</translation>
    </message>
    <message>
        <source>Document lu</source>
        <translation>Документ считан</translation>
    </message>
    <message>
        <source>Document bien placé</source>
        <translation>Документ расположен правильно</translation>
    </message>
    <message>
        <source>Aucune bande de lecture n'a été trouvée sur cette image (les deux ou trois lignes de caractères en bas de la page du passeport ou au dos du titre de séjour). Essayez une autre photo, ou saisissez vos informations à la main.</source>
        <translation>На этом изображении не найдена машиночитаемая зона (две или три строки символов внизу страницы паспорта или на обороте вида на жительство). Попробуйте другой снимок или введите данные вручную.</translation>
    </message>
    <message>
        <source>La bande de lecture a été trouvée mais n'a pas pu être lue sans erreur. Reprenez la photo bien à plat, nette et sans reflet, ou saisissez vos informations à la main.</source>
        <translation>Машиночитаемая зона найдена, но прочитать её без ошибок не удалось. Сделайте снимок ещё раз: документ ровно, чётко, без бликов — или введите данные вручную.</translation>
    </message>
    <message>
        <source>La bande de lecture est trop petite sur cette image pour être lue sans erreur. Rapprochez le document de l'appareil (la page doit remplir la photo) et reprenez la photo, ou saisissez vos informations à la main.</source>
        <translation>Полоса для чтения на этом снимке слишком мала, чтобы прочитать её без ошибок. Поднесите документ ближе к камере (страница должна заполнять снимок) и сделайте снимок снова или введите данные вручную.</translation>
    </message>
    <message>
        <source>Plusieurs documents apparaissent sur l'image : ne montrez qu'un seul document.</source>
        <translation>На изображении несколько документов: покажите только один.</translation>
    </message>
    <message>
        <source>La lecture automatique des documents n'est pas disponible sur cette borne. Saisissez vos informations à la main.</source>
        <translation>Автоматическое считывание документов на этом терминале недоступно. Введите данные вручную.</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas une image lisible.</source>
        <translation>Этот файл не является читаемым изображением.</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas une image lisible (JPEG ou PNG attendu).</source>
        <translation>Этот файл не является читаемым изображением (нужен JPEG или PNG).</translation>
    </message>
    <message>
        <source>La caméra n'est pas disponible. Vous pouvez importer une photo de votre document avec le bouton « Importer une image ».</source>
        <translation>Камера недоступна. Вы можете загрузить фотографию документа кнопкой «Загрузить изображение».</translation>
    </message>
    <message>
        <source>La caméra ne répond plus. Vous pouvez importer une photo de votre document avec le bouton « Importer une image ».</source>
        <translation>Камера не отвечает. Вы можете загрузить фотографию документа кнопкой «Загрузить изображение».</translation>
    </message>
    <message>
        <source>Le document n'a pas pu être lu.</source>
        <translation>Не удалось считать документ.</translation>
    </message>
    <message>
        <source>Caméra indisponible</source>
        <translation>Камера недоступна</translation>
    </message>
    <message>
        <source>Aucune image de la caméra pour l'instant.</source>
        <translation>Изображения с камеры пока нет.</translation>
    </message>
    <message>
        <source>Lecture de la photo…</source>
        <translation>Считывание снимка…</translation>
    </message>
    <message>
        <source>Lecture de l'image…</source>
        <translation>Считывание изображения…</translation>
    </message>
    <message>
        <source>Choisir une photo du document</source>
        <translation>Выбрать фотографию документа</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Изображения (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Continuer</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Que faire : </source>
        <translation>Что делать: </translation>
    </message>
    <message>
        <source>Vous ne pouvez pas continuer cette démarche</source>
        <translation>Вы не можете продолжить эту процедуру</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <source>J'ai compris</source>
        <translation>Понятно</translation>
    </message>
    <message>
        <source>Je commence</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Je continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Déposer ma demande</source>
        <translation>Подать заявление</translation>
    </message>
</context>
<context>
    <name>TicketScanDialog</name>
    <message>
        <source>Scanner le ticket</source>
        <translation>Сканировать талон</translation>
    </message>
    <message>
        <source>Présentez le code QR de votre ticket devant la caméra</source>
        <translation>Поднесите QR-код талона к камере</translation>
    </message>
    <message>
        <source>Image de la caméra</source>
        <translation>Изображение с камеры</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>La caméra n'est pas disponible. Tapez le code imprimé sur votre ticket.</source>
        <translation>Камера недоступна. Введите код, напечатанный на талоне.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Bienvenue</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>Cette borne vous permet de déposer votre demande de titre de séjour, même sans connexion internet. Munissez-vous de votre passeport, de votre titre de séjour actuel et de vos pièces justificatives.</source>
        <translation>Этот терминал позволяет подать заявление на вид на жительство даже без подключения к интернету. Приготовьте паспорт, действующий вид на жительство и подтверждающие документы.</translation>
    </message>
    <message>
        <source>Je demande le renouvellement de mon titre de séjour</source>
        <translation>Я прошу продлить вид на жительство</translation>
    </message>
    <message>
        <source>Reprendre ce dossier</source>
        <translation>Продолжить это дело</translation>
    </message>
    <message>
        <source>Abandonner ce dossier</source>
        <translation>Отказаться от этого дела</translation>
    </message>
    <message>
        <source>Reprendre avec un code</source>
        <translation>Продолжить по коду</translation>
    </message>
    <message>
        <source>Mon espace : messages de la préfecture sur ma demande</source>
        <translation>Личный кабинет: сообщения префектуры о моём заявлении</translation>
    </message>
    <message>
        <source>Espace médiateur : dossiers en file d'attente</source>
        <translation>Раздел посредника: дела в очереди</translation>
    </message>
    <message>
        <source>Un dossier commencé sur cette borne n'est pas terminé (dernière modification : %1).</source>
        <translation>Дело, начатое на этом терминале, не завершено (последнее изменение: %1).</translation>
    </message>
</context>
</TS>
