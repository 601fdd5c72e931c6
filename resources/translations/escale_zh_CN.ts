<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="fr_FR">
<context>
    <name>AdminDialog</name>
    <message>
        <source>Administration de la borne</source>
        <translation>自助终端管理</translation>
    </message>
    <message>
        <source>Configuration (lecture seule)</source>
        <translation>配置（只读）</translation>
    </message>
    <message>
        <source>configuré</source>
        <translation>已配置</translation>
    </message>
    <message>
        <source>non configuré</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>aucun (mode démonstration)</source>
        <translation>无（演示模式）</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Dossiers sur la borne</source>
        <translation>终端上的档案</translation>
    </message>
    <message>
        <source>Plateforme graphique</source>
        <translation>图形平台</translation>
    </message>
    <message>
        <source>Système</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Quitter la borne</source>
        <translation>退出终端</translation>
    </message>
</context>
<context>
    <name>AppearanceControls</name>
    <message>
        <source>Taille du texte : %1 %</source>
        <translation>文字大小：%1%</translation>
    </message>
    <message>
        <source>Réduire la taille du texte</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Agrandir la taille du texte</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Texte clair sur fond noir, bordures épaisses</source>
        <translation>黑底浅色文字，粗边框</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <source>Oui</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Complement</name>
    <message>
        <source>Ajouter un fichier</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Aucun fichier pour le moment.</source>
        <translation>暂无文件。</translation>
    </message>
    <message>
        <source>Retirer %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Votre demande est déposée</source>
        <translation>您的申请已提交</translation>
    </message>
    <message>
        <source>Afficher la confirmation</source>
        <translation>查看确认书</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Enregistrer une copie…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Numéro de dossier : %1</source>
        <translation>档案编号：%1</translation>
    </message>
    <message>
        <source>Numéro de dépôt : %1</source>
        <translation>提交编号：%1</translation>
    </message>
    <message>
        <source>État : %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Votre demande a été transmise. Conservez la confirmation de dépôt : elle porte votre numéro de dépôt.</source>
        <translation>您的申请已发送。请保存提交确认书：上面有您的提交编号。</translation>
    </message>
    <message>
        <source>Conservez la confirmation de dépôt : elle prouve que vous avez déposé votre demande. Le numéro de dépôt définitif vous sera communiqué dès la transmission au service central.</source>
        <translation>请保存提交确认书：它证明您已提交申请。申请一经传送至中央部门，即会告知您最终提交编号。</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <source>Je suis toujours là</source>
        <translation>我还在</translation>
    </message>
    <message>
        <source>Sans réponse, votre session se terminera dans %1 secondes et vos informations seront effacées de l'écran.</source>
        <translation>如无响应，您的会话将在 %1 秒后结束，您的信息将从屏幕上清除。</translation>
    </message>
</context>
<context>
    <name>CountryEditor</name>
    <message>
        <source>Tapez les premières lettres du pays</source>
        <translation>输入国家名称的前几个字母</translation>
    </message>
    <message>
        <source>Choisissez un pays dans la liste.</source>
        <translation>请从列表中选择一个国家。</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Scellé, en attente d'envoi</source>
        <translation>已封存，等待发送</translation>
    </message>
    <message>
        <source>Envoi en cours</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Envoyé, en attente du reçu</source>
        <translation>已发送，等待回执</translation>
    </message>
    <message>
        <source>Déposé</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Nouvel essai prévu</source>
        <translation>已安排重试</translation>
    </message>
    <message>
        <source>Bloqué</source>
        <translation>已阻止</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>État</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Depuis</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Dossiers en file d'attente</source>
        <translation>排队中的档案</translation>
    </message>
    <message>
        <source>Synchroniser maintenant</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Passer en libre-service</source>
        <translation>切换到自助模式</translation>
    </message>
    <message>
        <source>%1 en attente de scellement · %2 à envoyer · %3 bloqué(s) · %4 déposé(s)</source>
        <translation>%1 个等待封存 · %2 个待发送 · %3 个已阻止 · %4 个已提交</translation>
    </message>
    <message>
        <source>Numéro de dépôt %1</source>
        <translation>提交编号 %1</translation>
    </message>
    <message>
        <source>Nouvel essai à %1 (%2)</source>
        <translation>将于 %1 重试（%2）</translation>
    </message>
    <message>
        <source>Renvoyer</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Abandonner</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Abandonner définitivement le dossier %1 ? Il ne sera jamais transmis ; cette action est enregistrée.</source>
        <translation>永久放弃档案 %1？该档案将永远不会被发送；此操作会被记录。</translation>
    </message>
    <message>
        <source>Abandonner le dossier</source>
        <translation>放弃档案</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>日/月/年（DD/MM/YYYY）</translation>
    </message>
    <message>
        <source>Cette date n'existe pas.</source>
        <translation>该日期不存在。</translation>
    </message>
    <message>
        <source>Date attendue au format JJ/MM/AAAA, par exemple 05/03/1990.</source>
        <translation>日期格式应为 日/月/年（DD/MM/YYYY），例如 05/03/1990。</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>Lire mon passeport ou mon titre de séjour</source>
        <translation>读取我的护照或居留证</translation>
    </message>
    <message>
        <source>Utiliser quand même ce document</source>
        <translation>仍使用此证件</translation>
    </message>
    <message>
        <source>✓ lu sur le document</source>
        <translation>✓ 从证件读取</translation>
    </message>
    <message>
        <source>Lu sur le document</source>
        <translation>从证件读取</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Votre passeport a expiré le %1. Un passeport en cours de validité est demandé.</source>
        <translation>您的护照已于 %1 过期。需要有效护照。</translation>
    </message>
    <message>
        <source>Ce document a expiré le %1.</source>
        <translation>此证件已于 %1 过期。</translation>
    </message>
    <message>
        <source>Votre passeport expire bientôt (le %1). Pensez à le faire renouveler.</source>
        <translation>您的护照即将过期（%1）。请记得换发。</translation>
    </message>
    <message>
        <source>Ce document expire bientôt (le %1).</source>
        <translation>此证件即将过期（%1）。</translation>
    </message>
    <message>
        <source>Ce document semble être celui d'une autre personne : le nom ou la date de naissance ne correspond pas à ce qui a été saisi. Vos informations n'ont pas été remplacées. Montrez votre propre document, ou utilisez quand même celui-ci.</source>
        <translation>此证件似乎属于他人：姓名或出生日期与已输入的信息不符。您的信息未被替换。请出示您本人的证件，或仍使用此证件。</translation>
    </message>
    <message>
        <source>La nationalité inscrite sur le document n'a pas pu être reprise : choisissez-la dans la liste.</source>
        <translation>无法读取证件上的国籍：请从列表中选择。</translation>
    </message>
    <message>
        <source>Votre nom est peut-être coupé sur le document (il occupe toute la ligne) : vérifiez-le et complétez-le si besoin.</source>
        <translation>您的姓名在证件上可能被截断（占满整行）：请核对，必要时补全。</translation>
    </message>
    <message>
        <source>La date de naissance n'est pas complète sur le document : saisissez-la.</source>
        <translation>证件上的出生日期不完整：请手动输入。</translation>
    </message>
    <message>
        <source>Ce nom n'a pas pu être lu avec certitude (lu : « %1 ») : vérifiez-le et saisissez-le.</source>
        <translation>无法确定地读取此姓名（读取结果：“%1”）：请核对并输入。</translation>
    </message>
    <message>
        <source>Ce numéro n'a pas pu être lu avec certitude (lu : « %1 ») : vérifiez-le et saisissez-le.</source>
        <translation>此号码无法确定读取(读到:“%1”):请核对并输入。</translation>
    </message>
    <message>
        <source>Les noms sont recopiés tels qu'ils figurent dans la bande de lecture du document, en majuscules et sans accents. Vérifiez-les et ajoutez les accents si besoin.</source>
        <translation>姓名按证件机读区的写法复制，为大写且不带重音符号。请核对，必要时添加重音符号。</translation>
    </message>
    <message>
        <source>Noms lus sur le document</source>
        <translation>从证件读取的姓名</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Obligatoire</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Facultatif</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>✔ Vérifié : %1 fichier(s), %2 page(s), %3 Mo</source>
        <translation>✔ 已核验：%1 个文件，%2 页，%3 MB</translation>
    </message>
    <message>
        <source>✔ Joint : %1 fichier(s), %2 page(s), %3 Mo</source>
        <translation>✔ 已附：%1 个文件，%2 页，%3 MB</translation>
    </message>
    <message>
        <source>✖ Manquant</source>
        <translation>✖ 缺少</translation>
    </message>
    <message>
        <source>Aucun fichier (facultatif)</source>
        <translation>无文件（可选）</translation>
    </message>
    <message>
        <source>Traduction : </source>
        <translation>译文：</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Retirer %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Photographier</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Ajouter un fichier</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Ajouter une traduction</source>
        <translation>添加译文</translation>
    </message>
    <message>
        <source>Cette pièce est obligatoire.</source>
        <translation>此材料为必需。</translation>
    </message>
    <message>
        <source>Pièces manquantes</source>
        <translation>缺少的材料</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>(facultatif)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Aucun pour l'instant.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Escale – dépôt de demande de titre de séjour</source>
        <translation>Escale – 居留证申请提交</translation>
    </message>
    <message>
        <source>Transmission : non configurée</source>
        <translation>传送：未配置</translation>
    </message>
    <message>
        <source>Envoi du dossier en cours</source>
        <translation>正在发送档案</translation>
    </message>
    <message>
        <source>Langue / Language</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Enregistrer et reprendre plus tard</source>
        <translation>保存，稍后继续</translation>
    </message>
    <message>
        <source>Le libre-service demande un code médiateur dans la configuration : sans lui, personne ne pourrait reprendre la main.</source>
        <translation>自助模式需要在配置中设置协调员代码：否则将无人能够重新接管。</translation>
    </message>
    <message>
        <source>● En ligne</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>○ Hors ligne</source>
        <translation>○ 离线</translation>
    </message>
    <message>
        <source>✖ Borne non autorisée : prévenez le service informatique</source>
        <translation>✖ 终端未获授权：请通知信息技术部门</translation>
    </message>
    <message>
        <source>○ Borne non enregistrée auprès du service central</source>
        <translation>○ 终端未在中央部门注册</translation>
    </message>
    <message>
        <source>%1 dossier(s) à transmettre</source>
        <translation>%1 个档案待传送</translation>
    </message>
    <message>
        <source>%1 bloqué(s)</source>
        <translation>%1 个已阻止</translation>
    </message>
    <message>
        <source>Ticket de reprise</source>
        <translation>续办凭条</translation>
    </message>
    <message>
        <source>Étape %1/%2 : %3</source>
        <translation>第 %1/%2 步：%3</translation>
    </message>
    <message>
        <source>Avant de commencer</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>Revenir à la vérification</source>
        <translation>返回核对</translation>
    </message>
    <message>
        <source>Étape 5/5 : Confirmation</source>
        <translation>第 5/5 步：确认</translation>
    </message>
    <message>
        <source>Continuer malgré tout</source>
        <translation>仍然继续</translation>
    </message>
    <message>
        <source>Le dépôt n'est pas encore possible</source>
        <translation>暂时还无法提交</translation>
    </message>
    <message>
        <source>Choisir des fichiers</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>文档 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Liste des pièces justificatives</source>
        <translation>证明材料清单</translation>
    </message>
    <message>
        <source>Confirmation de dépôt</source>
        <translation>提交确认书</translation>
    </message>
    <message>
        <source>Enregistrer la confirmation</source>
        <translation>保存确认书</translation>
    </message>
</context>
<context>
    <name>Online</name>
    <message>
        <source>numéro étranger</source>
        <translation>外国人编号</translation>
    </message>
    <message>
        <source>numéro du document</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>adresse électronique</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>code reçu par courriel</source>
        <translation>电子邮件收到的验证码</translation>
    </message>
    <message>
        <source>mot de passe</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Le service de la préfecture a refusé la demande. Adressez-vous à l'accueil.</source>
        <translation>省政府服务拒绝了该请求。请前往接待处咨询。</translation>
    </message>
    <message>
        <source>Cette étape a besoin d'internet et le service de la préfecture ne répond pas. Réessayez dans quelques minutes. Le dépôt d'une demande reste possible sans connexion.</source>
        <translation>此步骤需要联网，但省政府服务没有响应。请几分钟后重试。没有网络连接时仍可提交申请。</translation>
    </message>
    <message>
        <source>Cette borne n'est pas encore reliée au service de la préfecture. Adressez-vous à l'accueil.</source>
        <translation>本终端尚未连接到省政府服务。请前往接待处咨询。</translation>
    </message>
    <message>
        <source>Impossible pour le moment</source>
        <translation>暂时无法完成</translation>
    </message>
    <message>
        <source>Mon espace</source>
        <translation>我的空间</translation>
    </message>
    <message>
        <source>Connectez-vous pour lire les messages de la préfecture sur votre demande : pièces complémentaires demandées, décision.</source>
        <translation>登录以阅读省政府关于您申请的消息：要求补充的材料、决定。</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>外国人编号</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Créer mon compte</source>
        <translation>创建我的账户</translation>
    </message>
    <message>
        <source>Retour à l'accueil</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <source>Vous recevrez un code par courriel pour choisir votre mot de passe.</source>
        <translation>您将通过电子邮件收到一个验证码，用于设置密码。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <translation>居留证</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>签证</translation>
    </message>
    <message>
        <source>Numéro du document</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Recevoir mon code</source>
        <translation>获取验证码</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Choisir mon mot de passe</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Code reçu par courriel</source>
        <translation>电子邮件收到的验证码</translation>
    </message>
    <message>
        <source>Nouveau mot de passe</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Le même mot de passe</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Activer mon compte</source>
        <translation>激活我的账户</translation>
    </message>
    <message>
        <source>Messages de la préfecture</source>
        <translation>省政府消息</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Me déconnecter</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Envoyer les pièces demandées</source>
        <translation>发送所要求的材料</translation>
    </message>
    <message>
        <source>Ajoutez un fichier pour chaque pièce demandée, puis envoyez. Vos pièces sont enregistrées sur la borne et transmises dès que la connexion le permet.</source>
        <translation>请为每份所要求的材料添加一个文件，然后发送。您的材料会保存在终端上，一旦网络允许即会传送。</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Pièces enregistrées</source>
        <translation>材料已保存</translation>
    </message>
    <message>
        <source>Vérifiez : %1.</source>
        <translation>请检查：%1。</translation>
    </message>
    <message>
        <source>10 chiffres, sur votre titre de séjour</source>
        <translation>10 位数字，见您的居留证</translation>
    </message>
    <message>
        <source>Code envoyé</source>
        <translation>验证码已发送</translation>
    </message>
    <message>
        <source>au moins 10 caractères</source>
        <translation>至少 10 个字符</translation>
    </message>
    <message>
        <source>Compte activé</source>
        <translation>账户已激活</translation>
    </message>
    <message>
        <source>Afficher l'attestation</source>
        <translation>查看证明</translation>
    </message>
    <message>
        <source>Imprimer l'attestation</source>
        <translation>打印证明</translation>
    </message>
    <message>
        <source>Vos pièces sont enregistrées sur la borne. Elles seront transmises à la préfecture dès que possible ; un message vous le confirmera ici.</source>
        <translation>您的材料已保存在终端上，将尽快传送至省政府；届时此处会有消息确认。</translation>
    </message>
    <message>
        <source>Vérifiez : %1. Le mot de passe doit compter au moins 10 caractères.</source>
        <translation>请检查：%1。密码至少需要 10 个字符。</translation>
    </message>
    <message>
        <source>Un code à 8 chiffres a été envoyé à votre adresse électronique. Il est valable 15 minutes.</source>
        <translation>一个 8 位数验证码已发送到您的电子邮箱，有效期 15 分钟。</translation>
    </message>
    <message>
        <source>Les deux mots de passe sont différents.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Votre compte est actif. Connectez-vous avec votre numéro étranger et votre mot de passe.</source>
        <translation>您的账户已激活。请使用外国人编号和密码登录。</translation>
    </message>
    <message>
        <source>Aucun message pour le moment.</source>
        <translation>暂无消息。</translation>
    </message>
    <message>
        <source>Attestation de décision favorable</source>
        <translation>批准决定证明</translation>
    </message>
    <message>
        <source>Demande n° %1</source>
        <translation>申请编号 %1</translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Pièces demandées :</source>
        <translation>要求的材料：</translation>
    </message>
</context>
<context>
    <name>PageCapture</name>
    <message>
        <source>2D-Doc vérifié : toutes les vérifications sont bonnes.</source>
        <translation>2D-Doc 已核验：所有检查均通过。</translation>
    </message>
    <message>
        <source>2D-Doc lu : le justificatif devra être vérifié par un agent.</source>
        <translation>2D-Doc 已读取：该证明需由工作人员核查。</translation>
    </message>
    <message>
        <source>✖ Signature du code 2D-Doc invalide : le document a pu être modifié.</source>
        <translation>✖ 2D-Doc 签名无效：文件可能已被修改。</translation>
    </message>
    <message>
        <source>Ce document n'est pas un justificatif de domicile.</source>
        <translation>此文件不是住址证明。</translation>
    </message>
    <message>
        <source>✔ Signature du code 2D-Doc valide.</source>
        <translation>✔ 2D-Doc 签名有效。</translation>
    </message>
    <message>
        <source>✖ Signature non vérifiable : le certificat du code 2D-Doc est inconnu.</source>
        <translation>✖ 无法验证签名：2D-Doc 证书未知。</translation>
    </message>
    <message>
        <source>Le nom correspond au demandeur.</source>
        <translation>姓名与申请人一致。</translation>
    </message>
    <message>
        <source>Le nom ne correspond pas au demandeur.</source>
        <translation>姓名与申请人不一致。</translation>
    </message>
    <message>
        <source>Le code ne contient pas de nom.</source>
        <translation>代码中没有姓名。</translation>
    </message>
    <message>
        <source>L'adresse correspond à l'adresse déclarée.</source>
        <translation>地址与申报地址一致。</translation>
    </message>
    <message>
        <source>L'adresse ne correspond pas à l'adresse déclarée.</source>
        <translation>地址与申报地址不一致。</translation>
    </message>
    <message>
        <source>Le code ne contient pas d'adresse.</source>
        <translation>代码中没有地址。</translation>
    </message>
    <message>
        <source>Document du %1 : moins de 6 mois.</source>
        <translation>文件日期 %1：不满 6 个月。</translation>
    </message>
    <message>
        <source>Document du %1 : plus de 6 mois, ou daté dans le futur.</source>
        <translation>文件日期 %1：已超过 6 个月，或日期在未来。</translation>
    </message>
    <message>
        <source>Le code ne contient pas de date.</source>
        <translation>代码中没有日期。</translation>
    </message>
</context>
<context>
    <name>PageCaptureDialog</name>
    <message>
        <source>Photographier le document</source>
        <translation>拍摄文件</translation>
    </message>
    <message>
        <source>Image de la caméra, avec la feuille repérée</source>
        <translation>摄像头图像，已标出纸张</translation>
    </message>
    <message>
        <source>Pages photographiées</source>
        <translation>已拍摄的页面</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>重拍</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Importer un fichier</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Posez la feuille à plat sous la caméra</source>
        <translation>将纸张平放在摄像头下方</translation>
    </message>
    <message>
        <source>La feuille est coupée : montrez-la en entier</source>
        <translation>纸张不完整：请完整显示</translation>
    </message>
    <message>
        <source>Rapprochez la feuille de la caméra</source>
        <translation>将纸张靠近摄像头</translation>
    </message>
    <message>
        <source>L'image est trop sombre : éclairez davantage la feuille</source>
        <translation>图像太暗：请让纸张更明亮</translation>
    </message>
    <message>
        <source>Un reflet cache le texte : inclinez un peu la feuille</source>
        <translation>反光遮住了文字：请将纸张稍微倾斜</translation>
    </message>
    <message>
        <source>L'image est floue : ne bougez plus la feuille</source>
        <translation>图像模糊：请保持纸张不动</translation>
    </message>
    <message>
        <source>Ne bougez plus : la page %1 va être reprise</source>
        <translation>请勿移动：即将重拍第 %1 页</translation>
    </message>
    <message>
        <source>Ne bougez plus : photo en cours…</source>
        <translation>请勿移动：正在拍照…</translation>
    </message>
    <message>
        <source>Caméra indisponible</source>
        <translation>摄像头不可用</translation>
    </message>
    <message>
        <source>La caméra ne répond pas. Vous pouvez importer un fichier avec le bouton « Importer un fichier ».</source>
        <translation>摄像头没有响应。您可以通过“导入文件”按钮导入文件。</translation>
    </message>
    <message>
        <source>Aucune image de la caméra pour l'instant.</source>
        <translation>暂无摄像头图像。</translation>
    </message>
    <message>
        <source>Lecture du fichier…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Le document n'a pas pu être préparé. Réessayez.</source>
        <translation>无法准备文件。请重试。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>Préparation du document…</source>
        <translation>正在准备文件…</translation>
    </message>
    <message>
        <source>Choisir un fichier</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Annexe 1 — Liste des pièces justificatives</source>
        <translation>附件 1 — 证明材料清单</translation>
    </message>
    <message>
        <source>Tout document rédigé en langue étrangère doit être accompagné de sa traduction par un traducteur agréé/assermenté.</source>
        <translation>任何外文文件都必须附有经认可的宣誓翻译所作的译文。</translation>
    </message>
    <message>
        <source>Cochez chaque pièce une fois réunie. Les pièces « Obligatoire » sont nécessaires au dépôt ; les pièces « Facultatif » peuvent compléter votre dossier ; les pièces « Selon votre situation » sont demandées dans le cas indiqué.</source>
        <translation>每备齐一份材料就打勾。“必需”材料是提交所必需的；“可选”材料可补充您的档案；“视您的情况而定”的材料在所注明的情况下需要提供。</translation>
    </message>
    <message>
        <source>Obligatoire</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Facultatif</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Selon votre situation</source>
        <translation>视您的情况而定</translation>
    </message>
    <message>
        <source>Aucune pièce justificative n'est demandée.</source>
        <translation>无需提供证明材料。</translation>
    </message>
    <message>
        <source>Important :</source>
        <translation>重要：</translation>
    </message>
    <message>
        <source>Escale — liste établie le %1</source>
        <translation>Escale — 清单制作于 %1</translation>
    </message>
    <message>
        <source>Établie le %1</source>
        <translation>制作于 %1</translation>
    </message>
    <message>
        <source>pour %1</source>
        <translation>适用于 %1</translation>
    </message>
    <message>
        <source>version de la procédure : %1</source>
        <translation>手续版本：%1</translation>
    </message>
    <message>
        <source>Confirmation de dépôt</source>
        <translation>提交确认书</translation>
    </message>
    <message>
        <source>Ce document confirme le dépôt de votre demande ; il ne constitue pas un titre de séjour. Conservez-le et indiquez le numéro de dossier dans vos échanges avec la préfecture.</source>
        <translation>本文件确认您的申请已提交，但并非居留证。请妥善保存，并在与省政府联系时注明档案编号。</translation>
    </message>
    <message>
        <source>Déposé le</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Numéro de dossier</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Numéro de dépôt</source>
        <translation>提交编号</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lieu de dépôt</source>
        <translation>提交地点</translation>
    </message>
    <message>
        <source>Code QR du dossier</source>
        <translation>档案二维码</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Pièces déposées</source>
        <translation>已提交的材料</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Nom d'usage</source>
        <translation>惯用姓氏</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>外国人编号</translation>
    </message>
    <message>
        <source>Pièce justificative</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Aucun fichier</source>
        <translation>无文件</translation>
    </message>
    <message>
        <source>Aucune pièce déposée.</source>
        <translation>未提交任何材料。</translation>
    </message>
    <message>
        <source>Traduction :</source>
        <translation>译文：</translation>
    </message>
    <message>
        <source>%1 pièce(s), %2 fichier(s), dont %3 traduction(s)</source>
        <translation>%1 份材料，%2 个文件，其中 %3 份译文</translation>
    </message>
    <message>
        <source>Ticket de reprise de votre demande</source>
        <translation>申请续办凭条</translation>
    </message>
    <message>
        <source>Votre demande en cours est enregistrée sur cette borne. Avec ce code, vous la reprendrez là où vous vous êtes arrêté(e).</source>
        <translation>您未完成的申请已保存在本终端上。凭此码，您可以从上次停下的地方继续。</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>续办码</translation>
    </message>
    <message>
        <source>Valable jusqu'au</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>inclus</source>
        <translation>含当天</translation>
    </message>
    <message>
        <source>À présenter à la caméra de la borne</source>
        <translation>请对准终端摄像头出示</translation>
    </message>
    <message>
        <source>Pour reprendre votre demande</source>
        <translation>如何继续您的申请</translation>
    </message>
    <message>
        <source>Revenez à une borne Escale de ce lieu avant la fin de validité du code.</source>
        <translation>请在续办码失效前，回到本地点的 Escale 终端。</translation>
    </message>
    <message>
        <source>Sur l'écran d'accueil, touchez « Reprendre avec un code ».</source>
        <translation>在首页点击“凭续办码继续”。</translation>
    </message>
    <message>
        <source>Tapez le code ci-dessus, ou présentez ce ticket à la caméra (« Scanner le ticket »).</source>
        <translation>输入上方的代码，或将本凭条对准摄像头（“扫描凭条”）。</translation>
    </message>
    <message>
        <source>Gardez ce ticket pour vous : toute personne qui a ce code peut ouvrir votre demande. Le code ne sert qu'une fois ; si vous enregistrez de nouveau, vous recevrez un nouveau ticket.</source>
        <translation>请妥善保管本凭条，不要交给他人：任何持有此码的人都能打开您的申请。此码只能使用一次；如果您再次保存，将获得一张新的凭条。</translation>
    </message>
    <message>
        <source>Après cette date, la demande enregistrée est supprimée : il faudra la recommencer.</source>
        <translation>过了这个日期，已保存的申请将被删除：您需要重新开始。</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Imprimer</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Code administrateur</source>
        <translation>管理员代码</translation>
    </message>
    <message>
        <source>Code médiateur</source>
        <translation>协调员代码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Vérification impossible. Réessayez ou prévenez le service informatique.</source>
        <translation>无法验证。请重试或通知信息技术部门。</translation>
    </message>
    <message>
        <source>Aucun code n'est configuré pour cet accès.</source>
        <translation>此访问未配置代码。</translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>代码错误。</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 secondes.</source>
        <translation>%1 秒后可再试。</translation>
    </message>
</context>
<context>
    <name>PreambleScreen</name>
    <message>
        <source>Liste des pièces justificatives</source>
        <translation>证明材料清单</translation>
    </message>
    <message>
        <source>Afficher la liste (PDF)</source>
        <translation>查看清单（PDF）</translation>
    </message>
    <message>
        <source>Imprimer la liste</source>
        <translation>打印清单</translation>
    </message>
    <message>
        <source>obligatoire</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>facultatif</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>selon votre situation</source>
        <translation>视您的情况而定</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Renouvellement de titre de séjour – Membre de famille de ressortissant UE/EEE/Suisse</source>
        <translation>居留证续签 – 欧盟/欧洲经济区/瑞士公民的家庭成员</translation>
    </message>
    <message>
        <source>Carte « CE – Séjour permanent – Toutes activités professionnelles » (10 ans, gratuite)</source>
        <translation>“CE – Séjour permanent – Toutes activités professionnelles”卡（永久居留，可从事一切职业；10 年，免费）</translation>
    </message>
    <message>
        <source>Tout document rédigé en langue étrangère doit être accompagné de sa traduction par un traducteur assermenté.</source>
        <translation>任何外文文件都必须附有宣誓翻译所作的译文。</translation>
    </message>
    <message>
        <source>Informations personnelles</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Modalités du séjour</source>
        <translation>居留情况</translation>
    </message>
    <message>
        <source>Pièces justificatives</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Vérification et dépôt</source>
        <translation>核对与提交</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Séjour dans un autre État</source>
        <translation>在其他国家的居留</translation>
    </message>
    <message>
        <source>Liens personnels et familiaux</source>
        <translation>个人与家庭关系</translation>
    </message>
    <message>
        <source>Motif du séjour</source>
        <translation>居留事由</translation>
    </message>
    <message>
        <source>Ressources</source>
        <translation>经济来源</translation>
    </message>
    <message>
        <source>Je sollicite le renouvellement de ce titre</source>
        <translation>我申请续签此居留证</translation>
    </message>
    <message>
        <source>Indiquez le titre de séjour que vous détenez aujourd'hui. Le renouvellement se demande entre 4 et 2 mois avant la date d'expiration de ce titre.</source>
        <translation>请说明您目前持有的居留证。续签应在该居留证到期前 4 至 2 个月内申请。</translation>
    </message>
    <message>
        <source>Catégorie de votre titre de séjour actuel</source>
        <translation>您当前居留证的类别</translation>
    </message>
    <message>
        <source>Membre de famille de ressortissant UE/EEE/Suisse</source>
        <translation>欧盟/欧洲经济区/瑞士公民的家庭成员</translation>
    </message>
    <message>
        <source>Autre catégorie de titre de séjour</source>
        <translation>其他类别的居留证</translation>
    </message>
    <message>
        <source>Date d'expiration de votre titre actuel</source>
        <translation>您当前居留证的到期日期</translation>
    </message>
    <message>
        <source>Elle figure au recto du titre, après « Date d'expiration ».</source>
        <translation>位于居留证正面“Date d'expiration”（到期日期）之后。</translation>
    </message>
    <message>
        <source>Démarche réservée</source>
        <translation>专用手续</translation>
    </message>
    <message>
        <source>Cette démarche est réservée aux personnes reconnues « Membre de famille de ressortissant UE/EEE/Suisse ». Elle mène à la carte « CE – Séjour permanent – Toutes activités professionnelles », valable 10 ans et délivrée gratuitement.</source>
        <translation>此手续仅适用于被认定为“欧盟/欧洲经济区/瑞士公民的家庭成员”的人士。办理后可获得“CE – Séjour permanent – Toutes activités professionnelles”卡（永久居留，可从事一切职业），有效期 10 年，免费签发。</translation>
    </message>
    <message>
        <source>Avant de commencer</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>La demande se fait en 5 étapes : vos informations personnelles, les modalités de votre séjour, les pièces justificatives, la vérification et le dépôt, puis la confirmation. Préparez les pièces de la liste ci-dessous : vous pouvez l'afficher ou l'imprimer. Elle se précise au fil de vos réponses.</source>
        <translation>申请分 5 步：个人信息、居留情况、证明材料、核对与提交，最后是确认。请准备下方清单中的材料：您可以查看或打印清单。清单会随着您的回答而更加具体。</translation>
    </message>
    <message>
        <source>Vérifier les informations personnelles (1/2)</source>
        <translation>核对个人信息（1/2）</translation>
    </message>
    <message>
        <source>Vérifiez votre identité telle qu'elle figure sur votre passeport. Un nom d'usage peut être ajouté si nécessaire.</source>
        <translation>请按护照上的信息核对您的身份。如有需要，可添加惯用姓氏。</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>出生时的姓氏</translation>
    </message>
    <message>
        <source>Prénom(s)</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Nom d'usage</source>
        <translation>惯用姓氏</translation>
    </message>
    <message>
        <source>Par exemple le nom de votre conjoint, si vous l'utilisez.</source>
        <translation>例如您配偶的姓氏（如果您使用）。</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Féminin</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Non spécifié (X)</source>
        <translation>未指明（X）</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>外国人编号</translation>
    </message>
    <message>
        <source>10 chiffres (parfois 9), au recto de votre titre de séjour.</source>
        <translation>10 位数字（有时为 9 位），见居留证正面。</translation>
    </message>
    <message>
        <source>Numéro de passeport</source>
        <translation>护照号码</translation>
    </message>
    <message>
        <source>Date d'expiration du passeport</source>
        <translation>护照到期日期</translation>
    </message>
    <message>
        <source>Vérifier les informations personnelles (2/2)</source>
        <translation>核对个人信息（2/2）</translation>
    </message>
    <message>
        <source>Vérifiez votre adresse et indiquez un numéro de téléphone pour vous contacter.</source>
        <translation>请核对您的地址，并留下联系电话。</translation>
    </message>
    <message>
        <source>J'ai déménagé depuis mon dernier titre</source>
        <translation>自上次取得居留证后我已搬家</translation>
    </message>
    <message>
        <source>Adresse en France</source>
        <translation>在法国的地址</translation>
    </message>
    <message>
        <source>Numéro et voie</source>
        <translation>门牌号和街道</translation>
    </message>
    <message>
        <source>Complément d'adresse</source>
        <translation>地址补充信息</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>市镇</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Un numéro français (06 12 34 56 78) ou international (+33 6 12 34 56 78).</source>
        <translation>法国号码（06 12 34 56 78）或国际号码（+33 6 12 34 56 78）。</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Pour recevoir la confirmation de dépôt et les notifications.</source>
        <translation>用于接收提交确认书和通知。</translation>
    </message>
    <message>
        <source>Code e-photo</source>
        <translation>电子照片（e-photo）代码</translation>
    </message>
    <message>
        <source>Code à 22 caractères imprimé sur la planche de la cabine photo agréée ANTS.</source>
        <translation>印在 ANTS 认可照相亭照片纸上的 22 位字符代码。</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (1/9)</source>
        <translation>核对居留情况（1/9）</translation>
    </message>
    <message>
        <source>Vérifiez le motif et la durée de votre séjour.</source>
        <translation>请核对您居留的事由和时长。</translation>
    </message>
    <message>
        <source>Ma présence en France est supérieure à 5 ans</source>
        <translation>我在法国居住已超过 5 年</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (2/9)</source>
        <translation>核对居留情况（2/9）</translation>
    </message>
    <message>
        <source>Indiquez l'activité de l'accueillant, le ressortissant UE/EEE/Suisse ou français dont vous êtes membre de famille.</source>
        <translation>请说明您的依亲对象的活动情况，即您作为其家庭成员的欧盟/欧洲经济区/瑞士公民或法国公民。</translation>
    </message>
    <message>
        <source>Activité de l'accueillant en France</source>
        <translation>依亲对象在法国的活动</translation>
    </message>
    <message>
        <source>Étudiant</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Salarié</source>
        <translation>受雇人员</translation>
    </message>
    <message>
        <source>Non salarié</source>
        <translation>自雇人员</translation>
    </message>
    <message>
        <source>Salarié ou non salarié en cessation involontaire d'activité</source>
        <translation>非自愿停止工作的受雇或自雇人员</translation>
    </message>
    <message>
        <source>Retraité ou inactif</source>
        <translation>退休或无业</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (3/9)</source>
        <translation>核对居留情况（3/9）</translation>
    </message>
    <message>
        <source>Indiquez qui est votre accueillant.</source>
        <translation>请说明您的依亲对象是谁。</translation>
    </message>
    <message>
        <source>Mon accueillant est</source>
        <translation>我的依亲对象是</translation>
    </message>
    <message>
        <source>Européen titulaire d'un titre de séjour</source>
        <translation>持有居留证的欧洲公民</translation>
    </message>
    <message>
        <source>Européen sans titre de séjour</source>
        <translation>没有居留证的欧洲公民</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>法国公民</translation>
    </message>
    <message>
        <source>Numéro étranger de l'accueillant</source>
        <translation>依亲对象的外国人编号</translation>
    </message>
    <message>
        <source>Titre de séjour de l'accueillant</source>
        <translation>依亲对象的居留证</translation>
    </message>
    <message>
        <source>Titre de séjour permanent (10 ans)</source>
        <translation>永久居留证（10 年）</translation>
    </message>
    <message>
        <source>Titre de séjour « Citoyen UE/EEE/Suisse »</source>
        <translation>“Citoyen UE/EEE/Suisse”（欧盟/欧洲经济区/瑞士公民）居留证</translation>
    </message>
    <message>
        <source>Autre titre</source>
        <translation>其他居留证</translation>
    </message>
    <message>
        <source>Début de validité du titre de l'accueillant</source>
        <translation>依亲对象居留证的生效日期</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (4/9)</source>
        <translation>核对居留情况（4/9）</translation>
    </message>
    <message>
        <source>Indiquez l'identité de votre accueillant.</source>
        <translation>请填写依亲对象的身份信息。</translation>
    </message>
    <message>
        <source>Nom de l'accueillant</source>
        <translation>依亲对象的姓</translation>
    </message>
    <message>
        <source>Prénom(s) de l'accueillant</source>
        <translation>依亲对象的名</translation>
    </message>
    <message>
        <source>Date de naissance de l'accueillant</source>
        <translation>依亲对象的出生日期</translation>
    </message>
    <message>
        <source>Nationalité de l'accueillant</source>
        <translation>依亲对象的国籍</translation>
    </message>
    <message>
        <source>Je confirme l'identité de mon accueillant</source>
        <translation>我确认依亲对象的身份</translation>
    </message>
    <message>
        <source>Votre accueillant a un numéro étranger : vérifiez son identité puis confirmez-la.</source>
        <translation>您的依亲对象有外国人编号：请核对其身份后予以确认。</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (5/9)</source>
        <translation>核对居留情况（5/9）</translation>
    </message>
    <message>
        <source>Indiquez votre situation vis-à-vis de l'accueillant.</source>
        <translation>请说明您与依亲对象的关系。</translation>
    </message>
    <message>
        <source>Je suis</source>
        <translation>我是</translation>
    </message>
    <message>
        <source>Conjoint, concubin ou partenaire enregistré</source>
        <translation>配偶、同居伴侣或登记伴侣</translation>
    </message>
    <message>
        <source>Descendant</source>
        <translation>晚辈直系亲属（子女、孙辈）</translation>
    </message>
    <message>
        <source>Ascendant</source>
        <translation>长辈直系亲属（父母、祖父母）</translation>
    </message>
    <message>
        <source>Personne à charge</source>
        <translation>受扶养人</translation>
    </message>
    <message>
        <source>De qui ?</source>
        <translation>谁的？</translation>
    </message>
    <message>
        <source>De l'accueillant</source>
        <translation>依亲对象的</translation>
    </message>
    <message>
        <source>Du conjoint de l'accueillant</source>
        <translation>依亲对象配偶的</translation>
    </message>
    <message>
        <source>Lien de parenté</source>
        <translation>亲属关系</translation>
    </message>
    <message>
        <source>Père</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Mère</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Je suis à la charge de l'accueillant</source>
        <translation>我由依亲对象扶养</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (6/9)</source>
        <translation>核对居留情况（6/9）</translation>
    </message>
    <message>
        <source>Déclarez les enfants mineurs à votre charge ou à celle de votre conjoint. Vous pouvez en déclarer plusieurs, ou aucun.</source>
        <translation>请申报由您或您的配偶抚养的未成年子女。可以申报多名，也可以不申报。</translation>
    </message>
    <message>
        <source>Enfants à charge</source>
        <translation>受抚养子女</translation>
    </message>
    <message>
        <source>Enfant</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Ajouter un enfant</source>
        <translation>添加子女</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (7/9)</source>
        <translation>核对居留情况（7/9）</translation>
    </message>
    <message>
        <source>Indiquez votre situation familiale.</source>
        <translation>请说明您的婚姻家庭状况。</translation>
    </message>
    <message>
        <source>Situation familiale</source>
        <translation>婚姻家庭状况</translation>
    </message>
    <message>
        <source>Marié(e)</source>
        <translation>已婚</translation>
    </message>
    <message>
        <source>Pacsé(e) / partenariat enregistré</source>
        <translation>民事伴侣契约（PACS）/ 登记伴侣关系</translation>
    </message>
    <message>
        <source>En concubinage</source>
        <translation>同居</translation>
    </message>
    <message>
        <source>Divorcé(e)</source>
        <translation>离异</translation>
    </message>
    <message>
        <source>Séparé(e)</source>
        <translation>分居</translation>
    </message>
    <message>
        <source>Veuf / veuve</source>
        <translation>丧偶</translation>
    </message>
    <message>
        <source>Célibataire</source>
        <translation>未婚</translation>
    </message>
    <message>
        <source>Date de l'union</source>
        <translation>结婚或结成伴侣的日期</translation>
    </message>
    <message>
        <source>Pays de l'union</source>
        <translation>结婚或结成伴侣的国家</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (8/9)</source>
        <translation>核对居留情况（8/9）</translation>
    </message>
    <message>
        <source>Vous êtes marié(e) à un Français et en France depuis moins de 5 ans : indiquez si vous avez séjourné avec lui dans un autre État de l'UE, de l'EEE ou en Suisse.</source>
        <translation>您与法国公民结婚且在法国居住不满 5 年：请说明您是否曾与其一同在其他欧盟、欧洲经济区国家或瑞士居留。</translation>
    </message>
    <message>
        <source>J'ai séjourné avec mon conjoint dans un autre État de l'UE, de l'EEE ou en Suisse</source>
        <translation>我曾与配偶一同在其他欧盟、欧洲经济区国家或瑞士居留</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (9/9)</source>
        <translation>核对居留情况（9/9）</translation>
    </message>
    <message>
        <source>Indiquez le séjour dans cet autre État.</source>
        <translation>请填写在该国居留的情况。</translation>
    </message>
    <message>
        <source>État de séjour</source>
        <translation>居留国</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>自</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>至</translation>
    </message>
    <message>
        <source>L'autre État m'a délivré une carte de séjour</source>
        <translation>该国向我签发了居留卡</translation>
    </message>
    <message>
        <source>Si vous n'en avez pas, vous joindrez d'autres justificatifs de ce séjour.</source>
        <translation>如没有，您需附上该居留的其他证明。</translation>
    </message>
    <message>
        <source>La date de fin du séjour doit être postérieure à sa date de début.</source>
        <translation>居留结束日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>Transmettre les pièces justificatives</source>
        <translation>提交证明材料</translation>
    </message>
    <message>
        <source>Joignez chaque pièce demandée. Les pièces facultatives peuvent compléter votre dossier.</source>
        <translation>请附上所要求的每份材料。可选材料可补充您的档案。</translation>
    </message>
    <message>
        <source>Vérifier et déposer la demande</source>
        <translation>核对并提交申请</translation>
    </message>
    <message>
        <source>Relisez vos réponses. Vous pouvez revenir sur chaque partie pour la modifier.</source>
        <translation>请重新阅读您的回答。您可以返回任一部分进行修改。</translation>
    </message>
    <message>
        <source>Cette démarche est réservée aux membres de famille de ressortissant UE/EEE/Suisse.</source>
        <translation>此手续仅适用于欧盟/欧洲经济区/瑞士公民的家庭成员。</translation>
    </message>
    <message>
        <source>Choisissez la démarche qui correspond à votre titre actuel, ou demandez conseil au médiateur.</source>
        <translation>请选择与您当前居留证相符的手续，或向协调员咨询。</translation>
    </message>
    <message>
        <source>Vous avez déménagé : vous devez d'abord déclarer votre changement d'adresse.</source>
        <translation>您已搬家：必须先申报地址变更。</translation>
    </message>
    <message>
        <source>Déclarez votre nouvelle adresse sur l'ANEF, puis revenez demander le renouvellement.</source>
        <translation>请在 ANEF 平台申报新地址，然后再回来申请续签。</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est étudiant, un ascendant ne peut pas bénéficier de ce titre.</source>
        <translation>依亲对象为学生时，长辈直系亲属不能获得此居留证。</translation>
    </message>
    <message>
        <source>Seuls le conjoint et les descendants à charge d'un étudiant sont concernés. Adressez-vous à la préfecture.</source>
        <translation>仅适用于学生的配偶和受其扶养的晚辈直系亲属。请联系省政府。</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est étudiant, un descendant doit être à sa charge.</source>
        <translation>依亲对象为学生时，晚辈直系亲属必须由其扶养。</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est Français, seul son conjoint peut faire cette demande.</source>
        <translation>依亲对象为法国公民时，只有其配偶可以提出此申请。</translation>
    </message>
    <message>
        <source>Adressez-vous à la préfecture pour connaître la démarche qui vous correspond.</source>
        <translation>请联系省政府了解适合您的手续。</translation>
    </message>
    <message>
        <source>Sans séjour de plus de 3 mois avec votre conjoint dans un autre État de l'UE, de l'EEE ou en Suisse, cette démarche ne vous concerne pas.</source>
        <translation>如果您未曾与配偶一同在其他欧盟、欧洲经济区国家或瑞士居留超过 3 个月，则此手续不适用于您。</translation>
    </message>
    <message>
        <source>Utilisez la démarche « Conjoint de Français » ou contactez votre préfecture.</source>
        <translation>请使用“Conjoint de Français”（法国公民配偶）手续，或联系您所在的省政府。</translation>
    </message>
    <message>
        <source>L'identité de votre accueillant doit être confirmée.</source>
        <translation>必须确认依亲对象的身份。</translation>
    </message>
    <message>
        <source>Vérifiez l'identité de votre accueillant puis cochez la case de confirmation.</source>
        <translation>请核对依亲对象的身份，然后勾选确认框。</translation>
    </message>
    <message>
        <source>Il est tôt : le renouvellement se demande entre 4 et 2 mois avant l'expiration de votre titre.</source>
        <translation>现在申请较早：续签应在居留证到期前 4 至 2 个月内申请。</translation>
    </message>
    <message>
        <source>Votre titre expire dans moins de 2 mois : déposez votre demande sans attendre.</source>
        <translation>您的居留证将在 2 个月内到期：请尽快提交申请。</translation>
    </message>
    <message>
        <source>Votre titre a expiré : déposez votre demande et conservez la confirmation de dépôt.</source>
        <translation>您的居留证已过期：请提交申请并保存提交确认书。</translation>
    </message>
    <message>
        <source>Passeport en cours de validité</source>
        <translation>有效护照</translation>
    </message>
    <message>
        <source>Les pages d'identité et de validité.</source>
        <translation>身份信息页和有效期页。</translation>
    </message>
    <message>
        <source>Justificatif de domicile de moins de 6 mois</source>
        <translation>6 个月内的住址证明</translation>
    </message>
    <message>
        <source>Facture d'électricité, de gaz, d'eau ou de téléphone, quittance de loyer, avis d'imposition…</source>
        <translation>电费、燃气费、水费或电话费账单，房租收据，纳税通知书……</translation>
    </message>
    <message>
        <source>Carte de séjour délivrée par l'autre État</source>
        <translation>该国签发的居留卡</translation>
    </message>
    <message>
        <source>si vous avez séjourné dans un autre État et y avez reçu une carte de séjour</source>
        <translation>如果您曾在其他国家居留并在当地获得居留卡</translation>
    </message>
    <message>
        <source>Justificatifs du séjour de plus de 3 mois dans l'autre État</source>
        <translation>在该国居留超过 3 个月的证明</translation>
    </message>
    <message>
        <source>si vous avez séjourné dans un autre État sans y recevoir de carte de séjour</source>
        <translation>如果您曾在其他国家居留但未在当地获得居留卡</translation>
    </message>
    <message>
        <source>Acte de mariage</source>
        <translation>结婚证明</translation>
    </message>
    <message>
        <source>si vous êtes marié(e)</source>
        <translation>如果您已婚</translation>
    </message>
    <message>
        <source>Attestation de PACS ou de partenariat enregistré</source>
        <translation>民事伴侣契约（PACS）或登记伴侣关系证明</translation>
    </message>
    <message>
        <source>si vous êtes pacsé(e)</source>
        <translation>如果您已签订民事伴侣契约（PACS）</translation>
    </message>
    <message>
        <source>Justificatifs de vie commune</source>
        <translation>共同生活证明</translation>
    </message>
    <message>
        <source>si vous vivez en concubinage</source>
        <translation>如果您与伴侣同居</translation>
    </message>
    <message>
        <source>Pièce d'identité de l'accueillant</source>
        <translation>依亲对象的身份证件</translation>
    </message>
    <message>
        <source>si votre accueillant est Français ou Européen sans titre de séjour</source>
        <translation>如果您的依亲对象是法国公民或没有居留证的欧洲公民</translation>
    </message>
    <message>
        <source>Justificatifs de prise en charge / de dépendance</source>
        <translation>扶养/依赖关系证明</translation>
    </message>
    <message>
        <source>si vous êtes ascendant, personne à charge, ou descendant de 21 ans ou plus ou d'un étudiant</source>
        <translation>如果您是长辈直系亲属、受扶养人，或年满 21 岁的晚辈直系亲属，或学生的晚辈直系亲属</translation>
    </message>
    <message>
        <source>Acte de naissance établissant le lien avec l'accueillant ou son conjoint</source>
        <translation>证明与依亲对象或其配偶之关系的出生证明</translation>
    </message>
    <message>
        <source>si vous êtes ascendant de l'accueillant ou de son conjoint</source>
        <translation>如果您是依亲对象或其配偶的长辈直系亲属</translation>
    </message>
    <message>
        <source>Acte de naissance avec filiation</source>
        <translation>载有父母信息的出生证明</translation>
    </message>
    <message>
        <source>si vous êtes descendant de l'accueillant ou de son conjoint</source>
        <translation>如果您是依亲对象或其配偶的晚辈直系亲属</translation>
    </message>
    <message>
        <source>Justificatifs du droit au séjour de l'accueillant pendant les 5 années précédentes</source>
        <translation>依亲对象过去 5 年居留权的证明</translation>
    </message>
    <message>
        <source>Un titre « Citoyen UE » de 7 mois au plus couvre la période de sa validité.</source>
        <translation>签发不超过 7 个月的“Citoyen UE”（欧盟公民）居留证可覆盖其有效期内的期间。</translation>
    </message>
    <message>
        <source>si votre accueillant est Européen sans titre permanent</source>
        <translation>如果您的依亲对象是没有永久居留证的欧洲公民</translation>
    </message>
    <message>
        <source>Justificatifs de continuité de séjour sur 5 ans</source>
        <translation>连续居留 5 年的证明</translation>
    </message>
    <message>
        <source>si vous êtes en France depuis plus de 5 ans</source>
        <translation>如果您在法国居住已超过 5 年</translation>
    </message>
    <message>
        <source>Preuve de résidence en France du conjoint français</source>
        <translation>法国籍配偶在法国居住的证明</translation>
    </message>
    <message>
        <source>Quittances de loyer ou de charges, factures, document administratif…</source>
        <translation>房租或物业费收据、账单、行政文件……</translation>
    </message>
    <message>
        <source>si votre accueillant est Français</source>
        <translation>如果您的依亲对象是法国公民</translation>
    </message>
    <message>
        <source>Attestation sur l'honneur de l'accueillant : pas d'absence de plus de 2 années consécutives</source>
        <translation>依亲对象的名誉声明：未连续离开超过 2 年</translation>
    </message>
    <message>
        <source>si votre accueillant a un titre de séjour permanent</source>
        <translation>如果您的依亲对象持有永久居留证</translation>
    </message>
    <message>
        <source>Certificat de scolarité de l'accueillant</source>
        <translation>依亲对象的在读证明</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant</source>
        <translation>如果您的欧洲依亲对象是学生</translation>
    </message>
    <message>
        <source>Justificatif de prise en charge</source>
        <translation>扶养证明</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant, ou salarié et vous n'êtes ni son conjoint ni un descendant de moins de 21 ans</source>
        <translation>如果您的欧洲依亲对象是学生，或是受雇人员而您既不是其配偶也不是未满 21 岁的晚辈直系亲属</translation>
    </message>
    <message>
        <source>Contrat de travail, attestation de l'employeur ou bulletins de salaire de l'accueillant</source>
        <translation>依亲对象的劳动合同、雇主证明或工资单</translation>
    </message>
    <message>
        <source>si votre accueillant européen est salarié</source>
        <translation>如果您的欧洲依亲对象是受雇人员</translation>
    </message>
    <message>
        <source>Justificatif d'activité non salariée de l'accueillant</source>
        <translation>依亲对象自雇活动的证明</translation>
    </message>
    <message>
        <source>si votre accueillant européen est non salarié</source>
        <translation>如果您的欧洲依亲对象是自雇人员</translation>
    </message>
    <message>
        <source>Attestation de maintien de droit ou d'inscription comme demandeur d'emploi</source>
        <translation>权利保留证明或求职登记证明</translation>
    </message>
    <message>
        <source>si votre accueillant européen est en cessation involontaire d'activité</source>
        <translation>如果您的欧洲依亲对象非自愿停止工作</translation>
    </message>
    <message>
        <source>Attestation d'assurance maladie de l'accueillant</source>
        <translation>依亲对象的医疗保险证明</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant, retraité ou inactif, sans titre permanent ni titre récent</source>
        <translation>如果您的欧洲依亲对象是学生、退休或无业人员，且既无永久居留证也无近期签发的居留证</translation>
    </message>
    <message>
        <source>Justificatifs de ressources de l'accueillant</source>
        <translation>依亲对象的经济来源证明</translation>
    </message>
    <message>
        <source>facultatif, si votre accueillant européen est retraité ou inactif, sans titre permanent ni titre récent</source>
        <translation>可选；如果您的欧洲依亲对象是退休或无业人员，且既无永久居留证也无近期签发的居留证</translation>
    </message>
    <message>
        <source>Déposé au guichet, en attente de transmission</source>
        <translation>已在窗口提交，等待传送</translation>
    </message>
    <message>
        <source>Transmission en cours</source>
        <translation>正在传送</translation>
    </message>
    <message>
        <source>Transmission suspendue : le médiateur est prévenu</source>
        <translation>传送已暂停：已通知协调员</translation>
    </message>
    <message>
        <source>Transmis au service instructeur</source>
        <translation>已传送至审理部门</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Confirmé</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Non confirmé</source>
        <translation>未确认</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Lire à voix haute</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Lit à voix haute le titre et les questions de cet écran</source>
        <translation>朗读本屏幕的标题和问题</translation>
    </message>
</context>
<context>
    <name>ResumeCodeDialog</name>
    <message>
        <source>Reprendre avec un code</source>
        <translation>凭续办码继续</translation>
    </message>
    <message>
        <source>Reprendre une demande enregistrée</source>
        <translation>继续已保存的申请</translation>
    </message>
    <message>
        <source>Tapez le code de reprise imprimé sur votre ticket (15 caractères, par exemple K7QM4-XPDR9-TWAB3). Les tirets et les espaces ne comptent pas.</source>
        <translation>请输入凭条上印的续办码（15 个字符，例如 K7QM4-XPDR9-TWAB3）。连字符和空格不计。</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>续办码</translation>
    </message>
    <message>
        <source>Scanner le ticket</source>
        <translation>扫描凭条</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reprendre ma demande</source>
        <translation>继续我的申请</translation>
    </message>
    <message>
        <source>Recherche de votre demande…</source>
        <translation>正在查找您的申请…</translation>
    </message>
    <message>
        <source>La demande n'a pas pu être ouverte. Réessayez, ou demandez de l'aide à l'accueil.</source>
        <translation>无法打开申请。请重试，或前往接待处寻求帮助。</translation>
    </message>
    <message>
        <source>Le code de reprise compte 15 caractères (trois groupes de cinq). Vérifiez qu'il est complet.</source>
        <translation>续办码共 15 个字符（三组，每组五个）。请检查是否完整。</translation>
    </message>
    <message>
        <source>Ce code contient un caractère qui n'existe pas dans les codes de reprise : ils n'utilisent que les chiffres 2 à 9 et les lettres sauf I et O.</source>
        <translation>此代码包含续办码中不存在的字符：续办码只使用数字 2 至 9 以及除 I 和 O 以外的英文字母。</translation>
    </message>
    <message>
        <source>Ce code contient une faute de frappe. Comparez chaque caractère avec votre ticket.</source>
        <translation>此代码有输入错误。请将每个字符与凭条逐一核对。</translation>
    </message>
    <message>
        <source>Aucune demande enregistrée ne correspond à ce code. Vérifiez-le avec votre ticket.</source>
        <translation>没有与此代码对应的已保存申请。请对照凭条检查。</translation>
    </message>
    <message>
        <source>Ce code a expiré : il était valable jusqu'au %1. La demande enregistrée a été supprimée ; vous pouvez commencer une nouvelle demande.</source>
        <translation>此代码已过期：有效期至 %1。已保存的申请已被删除；您可以开始新的申请。</translation>
    </message>
    <message>
        <source>Ce code a déjà servi : un ticket ne permet de reprendre une demande qu'une fois. Demandez de l'aide à l'accueil si besoin.</source>
        <translation>此代码已使用过：一张凭条只能用于继续申请一次。如有需要，请前往接待处寻求帮助。</translation>
    </message>
    <message>
        <source>Trop d'essais avec un code erroné. Réessayez dans %1 secondes.</source>
        <translation>错误代码尝试次数过多。请在 %1 秒后重试。</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Modifier</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Modifier : </source>
        <translation>修改：</translation>
    </message>
    <message>
        <source>Pièces justificatives</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Modifier : pièces justificatives</source>
        <translation>修改：证明材料</translation>
    </message>
    <message>
        <source>MANQUANT</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>aucun fichier</source>
        <translation>无文件</translation>
    </message>
</context>
<context>
    <name>SaveForLaterDialog</name>
    <message>
        <source>Enregistrer et reprendre plus tard</source>
        <translation>保存，稍后继续</translation>
    </message>
    <message>
        <source>Enregistrer votre demande pour la reprendre plus tard ?</source>
        <translation>保存您的申请，稍后继续？</translation>
    </message>
    <message>
        <source>Votre demande sera gardée sur cette borne, chiffrée, sous un code de reprise que vous recevrez sur un ticket. Sans ce code, personne ne pourra la rouvrir, pas même l'accueil. Vous pourrez revenir la reprendre là où vous vous êtes arrêté(e).</source>
        <translation>您的申请将加密保存在本终端上，并对应一个续办码，该码会打印在凭条上交给您。没有此码，任何人都无法重新打开您的申请，接待处也不能。您可以稍后回来，从上次停下的地方继续。</translation>
    </message>
    <message>
        <source>Continuer ma demande</source>
        <translation>继续填写申请</translation>
    </message>
    <message>
        <source>Enregistrer et recevoir un code</source>
        <translation>保存并获取续办码</translation>
    </message>
    <message>
        <source>Enregistrement en cours…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>La demande n'a pas pu être enregistrée. Elle est toujours ouverte : vous pouvez la continuer, ou demander de l'aide à l'accueil.</source>
        <translation>无法保存申请。申请仍处于打开状态：您可以继续填写，或前往接待处寻求帮助。</translation>
    </message>
    <message>
        <source>Votre demande est enregistrée</source>
        <translation>您的申请已保存</translation>
    </message>
    <message>
        <source>Pour la reprendre, touchez « Reprendre avec un code » sur l'écran d'accueil et tapez ce code, ou présentez le ticket à la caméra. Imprimez le ticket ou notez le code : il ne sera plus jamais affiché.</source>
        <translation>如需继续，请在首页点击“凭续办码继续”并输入此码，或将凭条对准摄像头。请打印凭条或记下此码：它不会再显示。</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>续办码</translation>
    </message>
    <message>
        <source>Code de reprise : %1</source>
        <translation>续办码：%1</translation>
    </message>
    <message>
        <source>Valable jusqu'au %1 inclus. Après cette date, la demande enregistrée sera supprimée.</source>
        <translation>有效期至 %1（含当天）。过了这一天，已保存的申请将被删除。</translation>
    </message>
    <message>
        <source>Code QR du ticket de reprise</source>
        <translation>续办凭条二维码</translation>
    </message>
    <message>
        <source>Imprimer le ticket</source>
        <translation>打印凭条</translation>
    </message>
    <message>
        <source>Afficher le ticket</source>
        <translation>显示凭条</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Lire votre document</source>
        <translation>读取您的证件</translation>
    </message>
    <message>
        <source>Lire votre passeport ou votre titre de séjour</source>
        <translation>读取您的护照或居留证</translation>
    </message>
    <message>
        <source>Image de la caméra, avec le cadre où placer le document</source>
        <translation>摄像头图像，带有放置证件的框</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Importer une image</source>
        <translation>导入图片</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Placez la page de votre document avec la photo dans le cadre, les lignes de caractères en bas</source>
        <translation>将证件带照片的一页放入框内，字符行朝下</translation>
    </message>
    <message>
        <source>Approchez le document de la caméra</source>
        <translation>将证件靠近摄像头</translation>
    </message>
    <message>
        <source>Évitez les reflets : inclinez un peu le document</source>
        <translation>避免反光：将证件稍微倾斜</translation>
    </message>
    <message>
        <source>Tenez le document immobile</source>
        <translation>保持证件不动</translation>
    </message>
    <message>
        <source>Ne bougez plus, lecture en cours…</source>
        <translation>请勿移动，正在读取…</translation>
    </message>
    <message>
        <source>Ne présentez qu'un seul document à la fois</source>
        <translation>每次只出示一份证件</translation>
    </message>
    <message>
        <source>Document lu</source>
        <translation>证件已读取</translation>
    </message>
    <message>
        <source>Document bien placé</source>
        <translation>证件位置正确</translation>
    </message>
    <message>
        <source>Aucune bande de lecture n'a été trouvée sur cette image (les deux ou trois lignes de caractères en bas de la page du passeport ou au dos du titre de séjour). Essayez une autre photo, ou saisissez vos informations à la main.</source>
        <translation>在此图片上未找到机读区（护照页底部或居留证背面的两三行字符）。请换一张照片，或手动输入您的信息。</translation>
    </message>
    <message>
        <source>La bande de lecture a été trouvée mais n'a pas pu être lue sans erreur. Reprenez la photo bien à plat, nette et sans reflet, ou saisissez vos informations à la main.</source>
        <translation>已找到机读区，但无法无误地读取。请将证件放平，重新拍摄清晰、无反光的照片，或手动输入您的信息。</translation>
    </message>
    <message>
        <source>La bande de lecture est trop petite sur cette image pour être lue sans erreur. Rapprochez le document de l'appareil (la page doit remplir la photo) et reprenez la photo, ou saisissez vos informations à la main.</source>
        <translation>此图片中的识读区太小,无法准确读取。请将证件靠近摄像头(页面应占满照片)后重新拍摄,或手动输入您的信息。</translation>
    </message>
    <message>
        <source>Plusieurs documents apparaissent sur l'image : ne montrez qu'un seul document.</source>
        <translation>图片中出现了多份证件：请只出示一份。</translation>
    </message>
    <message>
        <source>La lecture automatique des documents n'est pas disponible sur cette borne. Saisissez vos informations à la main.</source>
        <translation>本终端无法自动读取证件。请手动输入您的信息。</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas une image lisible.</source>
        <translation>此文件不是可读取的图片。</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas une image lisible (JPEG ou PNG attendu).</source>
        <translation>此文件不是可读取的图片（应为 JPEG 或 PNG）。</translation>
    </message>
    <message>
        <source>La caméra n'est pas disponible. Vous pouvez importer une photo de votre document avec le bouton « Importer une image ».</source>
        <translation>摄像头不可用。您可以通过“导入图片”按钮导入证件照片。</translation>
    </message>
    <message>
        <source>La caméra ne répond plus. Vous pouvez importer une photo de votre document avec le bouton « Importer une image ».</source>
        <translation>摄像头无响应。您可以通过“导入图片”按钮导入证件照片。</translation>
    </message>
    <message>
        <source>Le document n'a pas pu être lu.</source>
        <translation>无法读取证件。</translation>
    </message>
    <message>
        <source>Caméra indisponible</source>
        <translation>摄像头不可用</translation>
    </message>
    <message>
        <source>Aucune image de la caméra pour l'instant.</source>
        <translation>暂无摄像头图像。</translation>
    </message>
    <message>
        <source>Lecture de la photo…</source>
        <translation>正在读取照片…</translation>
    </message>
    <message>
        <source>Lecture de l'image…</source>
        <translation>正在读取图片…</translation>
    </message>
    <message>
        <source>Choisir une photo du document</source>
        <translation>选择证件照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Continuer</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Que faire : </source>
        <translation>怎么办：</translation>
    </message>
    <message>
        <source>Vous ne pouvez pas continuer cette démarche</source>
        <translation>您无法继续办理此手续</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>J'ai compris</source>
        <translation>我明白了</translation>
    </message>
    <message>
        <source>Je commence</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Je continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Déposer ma demande</source>
        <translation>提交我的申请</translation>
    </message>
</context>
<context>
    <name>TicketScanDialog</name>
    <message>
        <source>Scanner le ticket</source>
        <translation>扫描凭条</translation>
    </message>
    <message>
        <source>Présentez le code QR de votre ticket devant la caméra</source>
        <translation>请将凭条上的二维码对准摄像头</translation>
    </message>
    <message>
        <source>Image de la caméra</source>
        <translation>摄像头图像</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>La caméra n'est pas disponible. Tapez le code imprimé sur votre ticket.</source>
        <translation>摄像头不可用。请输入凭条上印的代码。</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Bienvenue</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Cette borne vous permet de déposer votre demande de titre de séjour, même sans connexion internet. Munissez-vous de votre passeport, de votre titre de séjour actuel et de vos pièces justificatives.</source>
        <translation>您可以通过本终端提交居留证申请，即使没有网络连接也可以。请携带护照、当前的居留证和证明材料。</translation>
    </message>
    <message>
        <source>Je demande le renouvellement de mon titre de séjour</source>
        <translation>我申请续签居留证</translation>
    </message>
    <message>
        <source>Reprendre ce dossier</source>
        <translation>继续此档案</translation>
    </message>
    <message>
        <source>Abandonner ce dossier</source>
        <translation>放弃此档案</translation>
    </message>
    <message>
        <source>Reprendre avec un code</source>
        <translation>凭续办码继续</translation>
    </message>
    <message>
        <source>Mon espace : messages de la préfecture sur ma demande</source>
        <translation>我的空间：省政府关于我申请的消息</translation>
    </message>
    <message>
        <source>Espace médiateur : dossiers en file d'attente</source>
        <translation>协调员空间：排队中的档案</translation>
    </message>
    <message>
        <source>Un dossier commencé sur cette borne n'est pas terminé (dernière modification : %1).</source>
        <translation>在本终端开始的一份档案尚未完成（最后修改：%1）。</translation>
    </message>
</context>
</TS>
