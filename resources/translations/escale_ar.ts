<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="fr_FR">
<context>
    <name>AdminDialog</name>
    <message>
        <source>Administration de la borne</source>
        <translation>إدارة الجهاز</translation>
    </message>
    <message>
        <source>Configuration (lecture seule)</source>
        <translation>الإعدادات (للقراءة فقط)</translation>
    </message>
    <message>
        <source>configuré</source>
        <translation>مُعَدّ</translation>
    </message>
    <message>
        <source>non configuré</source>
        <translation>غير مُعَدّ</translation>
    </message>
    <message>
        <source>aucun (mode démonstration)</source>
        <translation>لا شيء (وضع العرض التجريبي)</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>Dossiers sur la borne</source>
        <translation>الملفات على الجهاز</translation>
    </message>
    <message>
        <source>Plateforme graphique</source>
        <translation>المنصة الرسومية</translation>
    </message>
    <message>
        <source>Système</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Quitter la borne</source>
        <translation>الخروج من الجهاز</translation>
    </message>
</context>
<context>
    <name>AppearanceControls</name>
    <message>
        <source>Taille du texte : %1 %</source>
        <translation>حجم النص: %1 %</translation>
    </message>
    <message>
        <source>Réduire la taille du texte</source>
        <translation>تصغير حجم النص</translation>
    </message>
    <message>
        <source>Agrandir la taille du texte</source>
        <translation>تكبير حجم النص</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Texte clair sur fond noir, bordures épaisses</source>
        <translation>نص فاتح على خلفية سوداء، وحدود سميكة</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <source>Oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>Complement</name>
    <message>
        <source>Ajouter un fichier</source>
        <translation>إضافة ملف</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Aucun fichier pour le moment.</source>
        <translation>لا يوجد ملف حاليًا.</translation>
    </message>
    <message>
        <source>Retirer %1</source>
        <translation>إزالة %1</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Votre demande est déposée</source>
        <translation>تم إيداع طلبك</translation>
    </message>
    <message>
        <source>Afficher la confirmation</source>
        <translation>عرض التأكيد</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Enregistrer une copie…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Numéro de dossier : %1</source>
        <translation>رقم الملف: %1</translation>
    </message>
    <message>
        <source>Numéro de dépôt : %1</source>
        <translation>رقم الإيداع: %1</translation>
    </message>
    <message>
        <source>État : %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Votre demande a été transmise. Conservez la confirmation de dépôt : elle porte votre numéro de dépôt.</source>
        <translation>تم إرسال طلبك. احتفظ بتأكيد الإيداع: فهو يحمل رقم الإيداع الخاص بك.</translation>
    </message>
    <message>
        <source>Conservez la confirmation de dépôt : elle prouve que vous avez déposé votre demande. Le numéro de dépôt définitif vous sera communiqué dès la transmission au service central.</source>
        <translation>احتفظ بتأكيد الإيداع: فهو يثبت أنك أودعت طلبك. سيُبلَّغ إليك رقم الإيداع النهائي فور إرسال الطلب إلى المصلحة المركزية.</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Je suis toujours là</source>
        <translation>ما زلت هنا</translation>
    </message>
    <message>
        <source>Sans réponse, votre session se terminera dans %1 secondes et vos informations seront effacées de l'écran.</source>
        <translation>إذا لم تُجب، ستنتهي جلستك خلال %1 ثانية وستُمحى معلوماتك من الشاشة.</translation>
    </message>
</context>
<context>
    <name>CountryEditor</name>
    <message>
        <source>Tapez les premières lettres du pays</source>
        <translation>اكتب الأحرف الأولى من اسم البلد</translation>
    </message>
    <message>
        <source>Choisissez un pays dans la liste.</source>
        <translation>اختر بلدًا من القائمة.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Scellé, en attente d'envoi</source>
        <translation>مختوم، في انتظار الإرسال</translation>
    </message>
    <message>
        <source>Envoi en cours</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>Envoyé, en attente du reçu</source>
        <translation>أُرسل، في انتظار الإيصال</translation>
    </message>
    <message>
        <source>Déposé</source>
        <translation>تم الإيداع</translation>
    </message>
    <message>
        <source>Nouvel essai prévu</source>
        <translation>محاولة جديدة مقررة</translation>
    </message>
    <message>
        <source>Bloqué</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>État</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Depuis</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Dossiers en file d'attente</source>
        <translation>الملفات في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Synchroniser maintenant</source>
        <translation>المزامنة الآن</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Passer en libre-service</source>
        <translation>التحويل إلى الخدمة الذاتية</translation>
    </message>
    <message>
        <source>%1 en attente de scellement · %2 à envoyer · %3 bloqué(s) · %4 déposé(s)</source>
        <translation>%1 في انتظار الختم · %2 للإرسال · %3 محظور · %4 مودَع</translation>
    </message>
    <message>
        <source>Numéro de dépôt %1</source>
        <translation>رقم الإيداع %1</translation>
    </message>
    <message>
        <source>Nouvel essai à %1 (%2)</source>
        <translation>محاولة جديدة في %1 (%2)</translation>
    </message>
    <message>
        <source>Renvoyer</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message>
        <source>Abandonner</source>
        <translation>التخلي</translation>
    </message>
    <message>
        <source>Abandonner définitivement le dossier %1 ? Il ne sera jamais transmis ; cette action est enregistrée.</source>
        <translation>هل تريد التخلي نهائيًا عن الملف %1؟ لن يُرسل أبدًا؛ ويُسجَّل هذا الإجراء.</translation>
    </message>
    <message>
        <source>Abandonner le dossier</source>
        <translation>التخلي عن الملف</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>يي/شش/سسسس</translation>
    </message>
    <message>
        <source>Cette date n'existe pas.</source>
        <translation>هذا التاريخ غير موجود.</translation>
    </message>
    <message>
        <source>Date attendue au format JJ/MM/AAAA, par exemple 05/03/1990.</source>
        <translation>يُرجى إدخال التاريخ بالصيغة يي/شش/سسسس، مثل 05/03/1990.</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>Lire mon passeport ou mon titre de séjour</source>
        <translation>قراءة جواز سفري أو تصريح إقامتي</translation>
    </message>
    <message>
        <source>Utiliser quand même ce document</source>
        <translation>استخدام هذه الوثيقة رغم ذلك</translation>
    </message>
    <message>
        <source>✓ lu sur le document</source>
        <translation>✓ مقروء من الوثيقة</translation>
    </message>
    <message>
        <source>Lu sur le document</source>
        <translation>مقروء من الوثيقة</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Votre passeport a expiré le %1. Un passeport en cours de validité est demandé.</source>
        <translation>انتهت صلاحية جواز سفرك في %1. يُطلب جواز سفر ساري المفعول.</translation>
    </message>
    <message>
        <source>Ce document a expiré le %1.</source>
        <translation>انتهت صلاحية هذه الوثيقة في %1.</translation>
    </message>
    <message>
        <source>Votre passeport expire bientôt (le %1). Pensez à le faire renouveler.</source>
        <translation>تنتهي صلاحية جواز سفرك قريبًا (في %1). فكّر في تجديده.</translation>
    </message>
    <message>
        <source>Ce document expire bientôt (le %1).</source>
        <translation>تنتهي صلاحية هذه الوثيقة قريبًا (في %1).</translation>
    </message>
    <message>
        <source>Ce document semble être celui d'une autre personne : le nom ou la date de naissance ne correspond pas à ce qui a été saisi. Vos informations n'ont pas été remplacées. Montrez votre propre document, ou utilisez quand même celui-ci.</source>
        <translation>يبدو أن هذه الوثيقة تخص شخصًا آخر: الاسم أو تاريخ الميلاد لا يطابق ما أُدخل. لم تُستبدل معلوماتك. اعرض وثيقتك الخاصة، أو استخدم هذه الوثيقة رغم ذلك.</translation>
    </message>
    <message>
        <source>La nationalité inscrite sur le document n'a pas pu être reprise : choisissez-la dans la liste.</source>
        <translation>تعذّر نقل الجنسية المكتوبة على الوثيقة: اخترها من القائمة.</translation>
    </message>
    <message>
        <source>Votre nom est peut-être coupé sur le document (il occupe toute la ligne) : vérifiez-le et complétez-le si besoin.</source>
        <translation>ربما يكون اسمك مقطوعًا على الوثيقة (يشغل السطر كاملًا): تحقّق منه وأكمله عند الحاجة.</translation>
    </message>
    <message>
        <source>La date de naissance n'est pas complète sur le document : saisissez-la.</source>
        <translation>تاريخ الميلاد غير مكتمل على الوثيقة: أدخله.</translation>
    </message>
    <message>
        <source>Ce nom n'a pas pu être lu avec certitude (lu : « %1 ») : vérifiez-le et saisissez-le.</source>
        <translation>تعذّرت قراءة هذا الاسم بشكل مؤكد (المقروء: «%1»): يُرجى التحقق منه وكتابته.</translation>
    </message>
    <message>
        <source>Ce numéro n'a pas pu être lu avec certitude (lu : « %1 ») : vérifiez-le et saisissez-le.</source>
        <translation>تعذّرت قراءة هذا الرقم بشكل مؤكد (المقروء: «%1»): تحقق منه واكتبه.</translation>
    </message>
    <message>
        <source>Les noms sont recopiés tels qu'ils figurent dans la bande de lecture du document, en majuscules et sans accents. Vérifiez-les et ajoutez les accents si besoin.</source>
        <translation>تُنسخ الأسماء كما تظهر في منطقة القراءة الآلية للوثيقة، بأحرف كبيرة ومن دون علامات. تحقّق منها وأضف العلامات عند الحاجة.</translation>
    </message>
    <message>
        <source>Noms lus sur le document</source>
        <translation>الأسماء المقروءة من الوثيقة</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Obligatoire</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>Facultatif</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>✔ Vérifié : %1 fichier(s), %2 page(s), %3 Mo</source>
        <translation>✔ تم التحقق: %1 ملف، %2 صفحة، %3 م.ب</translation>
    </message>
    <message>
        <source>✔ Joint : %1 fichier(s), %2 page(s), %3 Mo</source>
        <translation>✔ مرفق: %1 ملف، %2 صفحة، %3 م.ب</translation>
    </message>
    <message>
        <source>✖ Manquant</source>
        <translation>✖ ناقص</translation>
    </message>
    <message>
        <source>Aucun fichier (facultatif)</source>
        <translation>لا يوجد ملف (اختياري)</translation>
    </message>
    <message>
        <source>Traduction : </source>
        <translation>ترجمة: </translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 صفحة</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Retirer %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <source>Photographier</source>
        <translation>التصوير</translation>
    </message>
    <message>
        <source>Ajouter un fichier</source>
        <translation>إضافة ملف</translation>
    </message>
    <message>
        <source>Ajouter une traduction</source>
        <translation>إضافة ترجمة</translation>
    </message>
    <message>
        <source>Cette pièce est obligatoire.</source>
        <translation>هذه الوثيقة إلزامية.</translation>
    </message>
    <message>
        <source>Pièces manquantes</source>
        <translation>وثائق ناقصة</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>(facultatif)</source>
        <translation>(اختياري)</translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation>خطأ</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Aucun pour l'instant.</source>
        <translation>لا شيء حاليًا.</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Escale – dépôt de demande de titre de séjour</source>
        <translation>Escale – إيداع طلب تصريح الإقامة</translation>
    </message>
    <message>
        <source>Transmission : non configurée</source>
        <translation>الإرسال: غير مُهيّأ</translation>
    </message>
    <message>
        <source>Envoi du dossier en cours</source>
        <translation>جارٍ إرسال الملف</translation>
    </message>
    <message>
        <source>Langue / Language</source>
        <translation>اللغة / Language</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Enregistrer et reprendre plus tard</source>
        <translation>الحفظ والمتابعة لاحقًا</translation>
    </message>
    <message>
        <source>Le libre-service demande un code médiateur dans la configuration : sans lui, personne ne pourrait reprendre la main.</source>
        <translation>تتطلب الخدمة الذاتية رمز وسيط في الإعدادات: من دونه لن يتمكن أحد من استعادة التحكم.</translation>
    </message>
    <message>
        <source>● En ligne</source>
        <translation>● متصل</translation>
    </message>
    <message>
        <source>○ Hors ligne</source>
        <translation>○ غير متصل</translation>
    </message>
    <message>
        <source>✖ Borne non autorisée : prévenez le service informatique</source>
        <translation>✖ الجهاز غير مُرخَّص: أبلغ المصلحة المعلوماتية</translation>
    </message>
    <message>
        <source>○ Borne non enregistrée auprès du service central</source>
        <translation>○ الجهاز غير مسجَّل لدى المصلحة المركزية</translation>
    </message>
    <message>
        <source>%1 dossier(s) à transmettre</source>
        <translation>%1 ملف للإرسال</translation>
    </message>
    <message>
        <source>%1 bloqué(s)</source>
        <translation>%1 محظور</translation>
    </message>
    <message>
        <source>Ticket de reprise</source>
        <translation>تذكرة الاستئناف</translation>
    </message>
    <message>
        <source>Étape %1/%2 : %3</source>
        <translation>الخطوة %1/%2: %3</translation>
    </message>
    <message>
        <source>Avant de commencer</source>
        <translation>قبل البدء</translation>
    </message>
    <message>
        <source>Revenir à la vérification</source>
        <translation>العودة إلى المراجعة</translation>
    </message>
    <message>
        <source>Étape 5/5 : Confirmation</source>
        <translation>الخطوة 5/5: التأكيد</translation>
    </message>
    <message>
        <source>Continuer malgré tout</source>
        <translation>المتابعة رغم ذلك</translation>
    </message>
    <message>
        <source>Le dépôt n'est pas encore possible</source>
        <translation>الإيداع غير ممكن بعد</translation>
    </message>
    <message>
        <source>Choisir des fichiers</source>
        <translation>اختيار ملفات</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>مستندات (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Liste des pièces justificatives</source>
        <translation>قائمة الوثائق الداعمة</translation>
    </message>
    <message>
        <source>Confirmation de dépôt</source>
        <translation>تأكيد الإيداع</translation>
    </message>
    <message>
        <source>Enregistrer la confirmation</source>
        <translation>حفظ التأكيد</translation>
    </message>
</context>
<context>
    <name>Online</name>
    <message>
        <source>numéro étranger</source>
        <translation>الرقم الأجنبي</translation>
    </message>
    <message>
        <source>numéro du document</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>adresse électronique</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>code reçu par courriel</source>
        <translation>الرمز المستلم بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>mot de passe</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Le service de la préfecture a refusé la demande. Adressez-vous à l'accueil.</source>
        <translation>رفضت مصلحة المحافظة الطلب. توجّه إلى الاستقبال.</translation>
    </message>
    <message>
        <source>Cette étape a besoin d'internet et le service de la préfecture ne répond pas. Réessayez dans quelques minutes. Le dépôt d'une demande reste possible sans connexion.</source>
        <translation>تحتاج هذه الخطوة إلى الإنترنت ومصلحة المحافظة لا تستجيب. أعد المحاولة بعد بضع دقائق. يبقى إيداع الطلب ممكنًا من دون اتصال.</translation>
    </message>
    <message>
        <source>Cette borne n'est pas encore reliée au service de la préfecture. Adressez-vous à l'accueil.</source>
        <translation>هذا الجهاز غير مرتبط بعد بمصلحة المحافظة. توجّه إلى الاستقبال.</translation>
    </message>
    <message>
        <source>Impossible pour le moment</source>
        <translation>غير ممكن حاليًا</translation>
    </message>
    <message>
        <source>Mon espace</source>
        <translation>حسابي</translation>
    </message>
    <message>
        <source>Connectez-vous pour lire les messages de la préfecture sur votre demande : pièces complémentaires demandées, décision.</source>
        <translation>سجّل الدخول لقراءة رسائل المحافظة بشأن طلبك: الوثائق الإضافية المطلوبة، والقرار.</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>الرقم الأجنبي</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Créer mon compte</source>
        <translation>إنشاء حسابي</translation>
    </message>
    <message>
        <source>Retour à l'accueil</source>
        <translation>العودة إلى الصفحة الرئيسية</translation>
    </message>
    <message>
        <source>Vous recevrez un code par courriel pour choisir votre mot de passe.</source>
        <translation>ستتلقى رمزًا بالبريد الإلكتروني لاختيار كلمة المرور.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <translation>تصريح الإقامة</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>تأشيرة</translation>
    </message>
    <message>
        <source>Numéro du document</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Recevoir mon code</source>
        <translation>استلام رمزي</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Choisir mon mot de passe</source>
        <translation>اختيار كلمة المرور</translation>
    </message>
    <message>
        <source>Code reçu par courriel</source>
        <translation>الرمز المستلم بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Nouveau mot de passe</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Le même mot de passe</source>
        <translation>كلمة المرور نفسها</translation>
    </message>
    <message>
        <source>Activer mon compte</source>
        <translation>تفعيل حسابي</translation>
    </message>
    <message>
        <source>Messages de la préfecture</source>
        <translation>رسائل المحافظة</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Me déconnecter</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Envoyer les pièces demandées</source>
        <translation>إرسال الوثائق المطلوبة</translation>
    </message>
    <message>
        <source>Ajoutez un fichier pour chaque pièce demandée, puis envoyez. Vos pièces sont enregistrées sur la borne et transmises dès que la connexion le permet.</source>
        <translation>أضف ملفًا لكل وثيقة مطلوبة، ثم أرسِل. تُحفظ وثائقك في الجهاز وتُرسل فور توفر الاتصال.</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Pièces enregistrées</source>
        <translation>تم حفظ الوثائق</translation>
    </message>
    <message>
        <source>Vérifiez : %1.</source>
        <translation>تحقّق من: %1.</translation>
    </message>
    <message>
        <source>10 chiffres, sur votre titre de séjour</source>
        <translation>10 أرقام، على تصريح إقامتك</translation>
    </message>
    <message>
        <source>Code envoyé</source>
        <translation>تم إرسال الرمز</translation>
    </message>
    <message>
        <source>au moins 10 caractères</source>
        <translation>10 أحرف على الأقل</translation>
    </message>
    <message>
        <source>Compte activé</source>
        <translation>تم تفعيل الحساب</translation>
    </message>
    <message>
        <source>Afficher l'attestation</source>
        <translation>عرض الشهادة</translation>
    </message>
    <message>
        <source>Imprimer l'attestation</source>
        <translation>طباعة الشهادة</translation>
    </message>
    <message>
        <source>Vos pièces sont enregistrées sur la borne. Elles seront transmises à la préfecture dès que possible ; un message vous le confirmera ici.</source>
        <translation>وثائقك محفوظة في الجهاز. ستُرسل إلى المحافظة في أقرب وقت ممكن؛ وستؤكد لك رسالة ذلك هنا.</translation>
    </message>
    <message>
        <source>Vérifiez : %1. Le mot de passe doit compter au moins 10 caractères.</source>
        <translation>تحقّق من: %1. يجب أن تتكون كلمة المرور من 10 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Un code à 8 chiffres a été envoyé à votre adresse électronique. Il est valable 15 minutes.</source>
        <translation>أُرسل رمز من 8 أرقام إلى بريدك الإلكتروني. وهو صالح لمدة 15 دقيقة.</translation>
    </message>
    <message>
        <source>Les deux mots de passe sont différents.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Votre compte est actif. Connectez-vous avec votre numéro étranger et votre mot de passe.</source>
        <translation>حسابك مفعّل. سجّل الدخول برقمك الأجنبي وكلمة المرور.</translation>
    </message>
    <message>
        <source>Aucun message pour le moment.</source>
        <translation>لا توجد رسائل حاليًا.</translation>
    </message>
    <message>
        <source>Attestation de décision favorable</source>
        <translation>شهادة قرار بالموافقة</translation>
    </message>
    <message>
        <source>Demande n° %1</source>
        <translation>الطلب رقم %1</translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Pièces demandées :</source>
        <translation>الوثائق المطلوبة:</translation>
    </message>
</context>
<context>
    <name>PageCapture</name>
    <message>
        <source>2D-Doc vérifié : toutes les vérifications sont bonnes.</source>
        <translation>تم التحقق من رمز 2D-Doc: جميع عمليات التحقق سليمة.</translation>
    </message>
    <message>
        <source>2D-Doc lu : le justificatif devra être vérifié par un agent.</source>
        <translation>تمت قراءة رمز 2D-Doc: يجب أن يتحقق موظف من الوثيقة.</translation>
    </message>
    <message>
        <source>✖ Signature du code 2D-Doc invalide : le document a pu être modifié.</source>
        <translation>✖ توقيع رمز 2D-Doc غير صالح: ربما عُدّلت الوثيقة.</translation>
    </message>
    <message>
        <source>Ce document n'est pas un justificatif de domicile.</source>
        <translation>هذه الوثيقة ليست إثباتًا للسكن.</translation>
    </message>
    <message>
        <source>✔ Signature du code 2D-Doc valide.</source>
        <translation>✔ توقيع رمز 2D-Doc صالح.</translation>
    </message>
    <message>
        <source>✖ Signature non vérifiable : le certificat du code 2D-Doc est inconnu.</source>
        <translation>✖ لا يمكن التحقق من التوقيع: شهادة رمز 2D-Doc غير معروفة.</translation>
    </message>
    <message>
        <source>Le nom correspond au demandeur.</source>
        <translation>الاسم يطابق مقدّم الطلب.</translation>
    </message>
    <message>
        <source>Le nom ne correspond pas au demandeur.</source>
        <translation>الاسم لا يطابق مقدّم الطلب.</translation>
    </message>
    <message>
        <source>Le code ne contient pas de nom.</source>
        <translation>الرمز لا يتضمن اسمًا.</translation>
    </message>
    <message>
        <source>L'adresse correspond à l'adresse déclarée.</source>
        <translation>العنوان يطابق العنوان المصرَّح به.</translation>
    </message>
    <message>
        <source>L'adresse ne correspond pas à l'adresse déclarée.</source>
        <translation>العنوان لا يطابق العنوان المصرَّح به.</translation>
    </message>
    <message>
        <source>Le code ne contient pas d'adresse.</source>
        <translation>الرمز لا يتضمن عنوانًا.</translation>
    </message>
    <message>
        <source>Document du %1 : moins de 6 mois.</source>
        <translation>وثيقة بتاريخ %1: أقل من 6 أشهر.</translation>
    </message>
    <message>
        <source>Document du %1 : plus de 6 mois, ou daté dans le futur.</source>
        <translation>وثيقة بتاريخ %1: أكثر من 6 أشهر، أو مؤرخة في المستقبل.</translation>
    </message>
    <message>
        <source>Le code ne contient pas de date.</source>
        <translation>الرمز لا يتضمن تاريخًا.</translation>
    </message>
</context>
<context>
    <name>PageCaptureDialog</name>
    <message>
        <source>Photographier le document</source>
        <translation>تصوير الوثيقة</translation>
    </message>
    <message>
        <source>Image de la caméra, avec la feuille repérée</source>
        <translation>صورة الكاميرا، مع الورقة المرصودة</translation>
    </message>
    <message>
        <source>Pages photographiées</source>
        <translation>الصفحات المصوَّرة</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>إعادة التصوير</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>التقاط الصورة</translation>
    </message>
    <message>
        <source>Importer un fichier</source>
        <translation>استيراد ملف</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Posez la feuille à plat sous la caméra</source>
        <translation>ضع الورقة مسطّحة تحت الكاميرا</translation>
    </message>
    <message>
        <source>La feuille est coupée : montrez-la en entier</source>
        <translation>الورقة مقطوعة: اعرضها كاملة</translation>
    </message>
    <message>
        <source>Rapprochez la feuille de la caméra</source>
        <translation>قرّب الورقة من الكاميرا</translation>
    </message>
    <message>
        <source>L'image est trop sombre : éclairez davantage la feuille</source>
        <translation>الصورة داكنة جدًا: أضِئ الورقة أكثر</translation>
    </message>
    <message>
        <source>Un reflet cache le texte : inclinez un peu la feuille</source>
        <translation>انعكاس يخفي النص: أمِل الورقة قليلًا</translation>
    </message>
    <message>
        <source>L'image est floue : ne bougez plus la feuille</source>
        <translation>الصورة غير واضحة: لا تحرّك الورقة</translation>
    </message>
    <message>
        <source>Ne bougez plus : la page %1 va être reprise</source>
        <translation>لا تتحرك: ستُعاد تصوير الصفحة %1</translation>
    </message>
    <message>
        <source>Ne bougez plus : photo en cours…</source>
        <translation>لا تتحرك: جارٍ التصوير…</translation>
    </message>
    <message>
        <source>Caméra indisponible</source>
        <translation>الكاميرا غير متاحة</translation>
    </message>
    <message>
        <source>La caméra ne répond pas. Vous pouvez importer un fichier avec le bouton « Importer un fichier ».</source>
        <translation>الكاميرا لا تستجيب. يمكنك استيراد ملف بزر «استيراد ملف».</translation>
    </message>
    <message>
        <source>Aucune image de la caméra pour l'instant.</source>
        <translation>لا توجد صورة من الكاميرا حاليًا.</translation>
    </message>
    <message>
        <source>Lecture du fichier…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <source>Le document n'a pas pu être préparé. Réessayez.</source>
        <translation>تعذّر تجهيز الوثيقة. أعد المحاولة.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 صفحة</translation>
    </message>
    <message>
        <source>Préparation du document…</source>
        <translation>جارٍ تجهيز الوثيقة…</translation>
    </message>
    <message>
        <source>Choisir un fichier</source>
        <translation>اختيار ملف</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Annexe 1 — Liste des pièces justificatives</source>
        <translation>الملحق 1 — قائمة الوثائق الداعمة</translation>
    </message>
    <message>
        <source>Tout document rédigé en langue étrangère doit être accompagné de sa traduction par un traducteur agréé/assermenté.</source>
        <translation>يجب أن تُرفق كل وثيقة محرَّرة بلغة أجنبية بترجمتها من قِبل مترجم معتمد/محلَّف.</translation>
    </message>
    <message>
        <source>Cochez chaque pièce une fois réunie. Les pièces « Obligatoire » sont nécessaires au dépôt ; les pièces « Facultatif » peuvent compléter votre dossier ; les pièces « Selon votre situation » sont demandées dans le cas indiqué.</source>
        <translation>ضع علامة على كل وثيقة بعد جمعها. الوثائق «الإلزامية» ضرورية للإيداع؛ والوثائق «الاختيارية» يمكن أن تكمل ملفك؛ والوثائق «حسب وضعك» مطلوبة في الحالة المذكورة.</translation>
    </message>
    <message>
        <source>Obligatoire</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>Facultatif</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Selon votre situation</source>
        <translation>حسب وضعك</translation>
    </message>
    <message>
        <source>Aucune pièce justificative n'est demandée.</source>
        <translation>لا تُطلب أي وثيقة داعمة.</translation>
    </message>
    <message>
        <source>Important :</source>
        <translation>هام:</translation>
    </message>
    <message>
        <source>Escale — liste établie le %1</source>
        <translation>Escale — قائمة أُعدّت في %1</translation>
    </message>
    <message>
        <source>Établie le %1</source>
        <translation>أُعدّت في %1</translation>
    </message>
    <message>
        <source>pour %1</source>
        <translation>لـ %1</translation>
    </message>
    <message>
        <source>version de la procédure : %1</source>
        <translation>إصدار الإجراء: %1</translation>
    </message>
    <message>
        <source>Confirmation de dépôt</source>
        <translation>تأكيد الإيداع</translation>
    </message>
    <message>
        <source>Ce document confirme le dépôt de votre demande ; il ne constitue pas un titre de séjour. Conservez-le et indiquez le numéro de dossier dans vos échanges avec la préfecture.</source>
        <translation>تؤكد هذه الوثيقة إيداع طلبك؛ وهي ليست تصريح إقامة. احتفظ بها واذكر رقم الملف في مراسلاتك مع المحافظة.</translation>
    </message>
    <message>
        <source>Déposé le</source>
        <translation>تاريخ الإيداع</translation>
    </message>
    <message>
        <source>Numéro de dossier</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Numéro de dépôt</source>
        <translation>رقم الإيداع</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Lieu de dépôt</source>
        <translation>مكان الإيداع</translation>
    </message>
    <message>
        <source>Code QR du dossier</source>
        <translation>رمز QR للملف</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>مقدّم الطلب</translation>
    </message>
    <message>
        <source>Pièces déposées</source>
        <translation>الوثائق المودَعة</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>الأسماء الشخصية</translation>
    </message>
    <message>
        <source>Nom d'usage</source>
        <translation>الاسم المستعمل</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>الرقم الأجنبي</translation>
    </message>
    <message>
        <source>Pièce justificative</source>
        <translation>الوثيقة الداعمة</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Aucun fichier</source>
        <translation>لا يوجد ملف</translation>
    </message>
    <message>
        <source>Aucune pièce déposée.</source>
        <translation>لم تُودَع أي وثيقة.</translation>
    </message>
    <message>
        <source>Traduction :</source>
        <translation>ترجمة:</translation>
    </message>
    <message>
        <source>%1 pièce(s), %2 fichier(s), dont %3 traduction(s)</source>
        <translation>%1 وثيقة، %2 ملف، منها %3 ترجمة</translation>
    </message>
    <message>
        <source>Ticket de reprise de votre demande</source>
        <translation>تذكرة استئناف طلبك</translation>
    </message>
    <message>
        <source>Votre demande en cours est enregistrée sur cette borne. Avec ce code, vous la reprendrez là où vous vous êtes arrêté(e).</source>
        <translation>طلبك الجاري محفوظ في هذا الجهاز. بهذا الرمز تستأنفه من حيث توقفت.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>رمز الاستئناف</translation>
    </message>
    <message>
        <source>Valable jusqu'au</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>inclus</source>
        <translation>ضمنًا</translation>
    </message>
    <message>
        <source>À présenter à la caméra de la borne</source>
        <translation>اعرضه أمام كاميرا الجهاز</translation>
    </message>
    <message>
        <source>Pour reprendre votre demande</source>
        <translation>لاستئناف طلبك</translation>
    </message>
    <message>
        <source>Revenez à une borne Escale de ce lieu avant la fin de validité du code.</source>
        <translation>عُد إلى جهاز Escale في هذا المكان قبل انتهاء صلاحية الرمز.</translation>
    </message>
    <message>
        <source>Sur l'écran d'accueil, touchez « Reprendre avec un code ».</source>
        <translation>في الشاشة الرئيسية، اضغط على «الاستئناف برمز».</translation>
    </message>
    <message>
        <source>Tapez le code ci-dessus, ou présentez ce ticket à la caméra (« Scanner le ticket »).</source>
        <translation>أدخل الرمز أعلاه، أو اعرض هذه التذكرة أمام الكاميرا («مسح التذكرة»).</translation>
    </message>
    <message>
        <source>Gardez ce ticket pour vous : toute personne qui a ce code peut ouvrir votre demande. Le code ne sert qu'une fois ; si vous enregistrez de nouveau, vous recevrez un nouveau ticket.</source>
        <translation>احتفظ بهذه التذكرة لنفسك: أي شخص لديه هذا الرمز يمكنه فتح طلبك. لا يصلح الرمز إلا مرة واحدة؛ وإذا حفظت طلبك مرة أخرى فستتسلّم تذكرة جديدة.</translation>
    </message>
    <message>
        <source>Après cette date, la demande enregistrée est supprimée : il faudra la recommencer.</source>
        <translation>بعد هذا التاريخ يُحذف الطلب المحفوظ: وسيتعيّن عليك البدء من جديد.</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Imprimer</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Code administrateur</source>
        <translation>رمز المسؤول</translation>
    </message>
    <message>
        <source>Code médiateur</source>
        <translation>رمز الوسيط</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Vérification impossible. Réessayez ou prévenez le service informatique.</source>
        <translation>تعذّر التحقق. أعد المحاولة أو أبلغ المصلحة المعلوماتية.</translation>
    </message>
    <message>
        <source>Aucun code n'est configuré pour cet accès.</source>
        <translation>لم يُعَدّ أي رمز لهذا الدخول.</translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>رمز غير صحيح.</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 secondes.</source>
        <translation>يمكنك المحاولة مجددًا بعد %1 ثانية.</translation>
    </message>
</context>
<context>
    <name>PreambleScreen</name>
    <message>
        <source>Liste des pièces justificatives</source>
        <translation>قائمة الوثائق الداعمة</translation>
    </message>
    <message>
        <source>Afficher la liste (PDF)</source>
        <translation>عرض القائمة (PDF)</translation>
    </message>
    <message>
        <source>Imprimer la liste</source>
        <translation>طباعة القائمة</translation>
    </message>
    <message>
        <source>obligatoire</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>facultatif</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>selon votre situation</source>
        <translation>حسب وضعك</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Renouvellement de titre de séjour – Membre de famille de ressortissant UE/EEE/Suisse</source>
        <translation>تجديد تصريح الإقامة – فرد من عائلة مواطن من الاتحاد الأوروبي/المنطقة الاقتصادية الأوروبية/سويسرا</translation>
    </message>
    <message>
        <source>Carte « CE – Séjour permanent – Toutes activités professionnelles » (10 ans, gratuite)</source>
        <translation>بطاقة «CE – Séjour permanent – Toutes activités professionnelles» (إقامة دائمة، جميع الأنشطة المهنية؛ 10 سنوات، مجانية)</translation>
    </message>
    <message>
        <source>Tout document rédigé en langue étrangère doit être accompagné de sa traduction par un traducteur assermenté.</source>
        <translation>يجب أن تُرفق كل وثيقة محرَّرة بلغة أجنبية بترجمتها من قِبل مترجم محلَّف.</translation>
    </message>
    <message>
        <source>Informations personnelles</source>
        <translation>المعلومات الشخصية</translation>
    </message>
    <message>
        <source>Modalités du séjour</source>
        <translation>تفاصيل الإقامة</translation>
    </message>
    <message>
        <source>Pièces justificatives</source>
        <translation>الوثائق الداعمة</translation>
    </message>
    <message>
        <source>Vérification et dépôt</source>
        <translation>المراجعة والإيداع</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <source>Séjour dans un autre État</source>
        <translation>الإقامة في دولة أخرى</translation>
    </message>
    <message>
        <source>Liens personnels et familiaux</source>
        <translation>الروابط الشخصية والعائلية</translation>
    </message>
    <message>
        <source>Motif du séjour</source>
        <translation>سبب الإقامة</translation>
    </message>
    <message>
        <source>Ressources</source>
        <translation>الموارد المالية</translation>
    </message>
    <message>
        <source>Je sollicite le renouvellement de ce titre</source>
        <translation>أطلب تجديد هذا التصريح</translation>
    </message>
    <message>
        <source>Indiquez le titre de séjour que vous détenez aujourd'hui. Le renouvellement se demande entre 4 et 2 mois avant la date d'expiration de ce titre.</source>
        <translation>حدّد تصريح الإقامة الذي تحمله اليوم. يُطلب التجديد قبل تاريخ انتهاء صلاحية هذا التصريح بما بين 4 أشهر وشهرين.</translation>
    </message>
    <message>
        <source>Catégorie de votre titre de séjour actuel</source>
        <translation>فئة تصريح إقامتك الحالي</translation>
    </message>
    <message>
        <source>Membre de famille de ressortissant UE/EEE/Suisse</source>
        <translation>فرد من عائلة مواطن من الاتحاد الأوروبي/المنطقة الاقتصادية الأوروبية/سويسرا</translation>
    </message>
    <message>
        <source>Autre catégorie de titre de séjour</source>
        <translation>فئة أخرى من تصاريح الإقامة</translation>
    </message>
    <message>
        <source>Date d'expiration de votre titre actuel</source>
        <translation>تاريخ انتهاء صلاحية تصريحك الحالي</translation>
    </message>
    <message>
        <source>Elle figure au recto du titre, après « Date d'expiration ».</source>
        <translation>تجده على الوجه الأمامي للتصريح، بعد عبارة «Date d'expiration».</translation>
    </message>
    <message>
        <source>Démarche réservée</source>
        <translation>إجراء مخصَّص</translation>
    </message>
    <message>
        <source>Cette démarche est réservée aux personnes reconnues « Membre de famille de ressortissant UE/EEE/Suisse ». Elle mène à la carte « CE – Séjour permanent – Toutes activités professionnelles », valable 10 ans et délivrée gratuitement.</source>
        <translation>هذا الإجراء مخصَّص للأشخاص المعترف بهم بصفة «فرد من عائلة مواطن من الاتحاد الأوروبي/المنطقة الاقتصادية الأوروبية/سويسرا». ويؤدي إلى بطاقة «CE – Séjour permanent – Toutes activités professionnelles» (إقامة دائمة، جميع الأنشطة المهنية)، الصالحة لمدة 10 سنوات والمسلَّمة مجانًا.</translation>
    </message>
    <message>
        <source>Avant de commencer</source>
        <translation>قبل البدء</translation>
    </message>
    <message>
        <source>La demande se fait en 5 étapes : vos informations personnelles, les modalités de votre séjour, les pièces justificatives, la vérification et le dépôt, puis la confirmation. Préparez les pièces de la liste ci-dessous : vous pouvez l'afficher ou l'imprimer. Elle se précise au fil de vos réponses.</source>
        <translation>يتم الطلب في 5 خطوات: معلوماتك الشخصية، وتفاصيل إقامتك، والوثائق الداعمة، والمراجعة والإيداع، ثم التأكيد. جهّز الوثائق الواردة في القائمة أدناه: يمكنك عرضها أو طباعتها. وتزداد دقتها مع إجاباتك.</translation>
    </message>
    <message>
        <source>Vérifier les informations personnelles (1/2)</source>
        <translation>التحقق من المعلومات الشخصية (1/2)</translation>
    </message>
    <message>
        <source>Vérifiez votre identité telle qu'elle figure sur votre passeport. Un nom d'usage peut être ajouté si nécessaire.</source>
        <translation>تحقّق من هويتك كما تظهر في جواز سفرك. يمكن إضافة اسم مستعمل عند الحاجة.</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>اللقب عند الولادة</translation>
    </message>
    <message>
        <source>Prénom(s)</source>
        <translation>الاسم (الأسماء) الشخصي</translation>
    </message>
    <message>
        <source>Nom d'usage</source>
        <translation>الاسم المستعمل</translation>
    </message>
    <message>
        <source>Par exemple le nom de votre conjoint, si vous l'utilisez.</source>
        <translation>مثلًا لقب زوجك/زوجتك، إذا كنت تستعمله.</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Féminin</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Non spécifié (X)</source>
        <translation>غير محدَّد (X)</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>الرقم الأجنبي</translation>
    </message>
    <message>
        <source>10 chiffres (parfois 9), au recto de votre titre de séjour.</source>
        <translation>10 أرقام (أحيانًا 9)، على الوجه الأمامي لتصريح إقامتك.</translation>
    </message>
    <message>
        <source>Numéro de passeport</source>
        <translation>رقم جواز السفر</translation>
    </message>
    <message>
        <source>Date d'expiration du passeport</source>
        <translation>تاريخ انتهاء صلاحية جواز السفر</translation>
    </message>
    <message>
        <source>Vérifier les informations personnelles (2/2)</source>
        <translation>التحقق من المعلومات الشخصية (2/2)</translation>
    </message>
    <message>
        <source>Vérifiez votre adresse et indiquez un numéro de téléphone pour vous contacter.</source>
        <translation>تحقّق من عنوانك وأدخل رقم هاتف للتواصل معك.</translation>
    </message>
    <message>
        <source>J'ai déménagé depuis mon dernier titre</source>
        <translation>غيّرت مسكني منذ تصريحي الأخير</translation>
    </message>
    <message>
        <source>Adresse en France</source>
        <translation>العنوان في فرنسا</translation>
    </message>
    <message>
        <source>Numéro et voie</source>
        <translation>الرقم والشارع</translation>
    </message>
    <message>
        <source>Complément d'adresse</source>
        <translation>تكملة العنوان</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>البلدية</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Un numéro français (06 12 34 56 78) ou international (+33 6 12 34 56 78).</source>
        <translation>رقم فرنسي (06 12 34 56 78) أو دولي (+33 6 12 34 56 78).</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Pour recevoir la confirmation de dépôt et les notifications.</source>
        <translation>لاستلام تأكيد الإيداع والإشعارات.</translation>
    </message>
    <message>
        <source>Code e-photo</source>
        <translation>رمز الصورة الإلكترونية (e-photo)</translation>
    </message>
    <message>
        <source>Code à 22 caractères imprimé sur la planche de la cabine photo agréée ANTS.</source>
        <translation>رمز من 22 حرفًا مطبوع على ورقة الصور من كشك تصوير معتمد من ANTS.</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (1/9)</source>
        <translation>التحقق من تفاصيل الإقامة (1/9)</translation>
    </message>
    <message>
        <source>Vérifiez le motif et la durée de votre séjour.</source>
        <translation>تحقّق من سبب إقامتك ومدتها.</translation>
    </message>
    <message>
        <source>Ma présence en France est supérieure à 5 ans</source>
        <translation>أقيم في فرنسا منذ أكثر من 5 سنوات</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (2/9)</source>
        <translation>التحقق من تفاصيل الإقامة (2/9)</translation>
    </message>
    <message>
        <source>Indiquez l'activité de l'accueillant, le ressortissant UE/EEE/Suisse ou français dont vous êtes membre de famille.</source>
        <translation>حدّد نشاط المُضيف، أي مواطن الاتحاد الأوروبي/المنطقة الاقتصادية الأوروبية/سويسرا أو المواطن الفرنسي الذي أنت فرد من عائلته.</translation>
    </message>
    <message>
        <source>Activité de l'accueillant en France</source>
        <translation>نشاط المُضيف في فرنسا</translation>
    </message>
    <message>
        <source>Étudiant</source>
        <translation>طالب</translation>
    </message>
    <message>
        <source>Salarié</source>
        <translation>أجير</translation>
    </message>
    <message>
        <source>Non salarié</source>
        <translation>غير أجير (عامل مستقل)</translation>
    </message>
    <message>
        <source>Salarié ou non salarié en cessation involontaire d'activité</source>
        <translation>أجير أو عامل مستقل توقّف عن العمل بغير إرادته</translation>
    </message>
    <message>
        <source>Retraité ou inactif</source>
        <translation>متقاعد أو غير نشيط</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (3/9)</source>
        <translation>التحقق من تفاصيل الإقامة (3/9)</translation>
    </message>
    <message>
        <source>Indiquez qui est votre accueillant.</source>
        <translation>حدّد من هو المُضيف.</translation>
    </message>
    <message>
        <source>Mon accueillant est</source>
        <translation>المُضيف هو</translation>
    </message>
    <message>
        <source>Européen titulaire d'un titre de séjour</source>
        <translation>أوروبي يحمل تصريح إقامة</translation>
    </message>
    <message>
        <source>Européen sans titre de séjour</source>
        <translation>أوروبي لا يحمل تصريح إقامة</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>فرنسي</translation>
    </message>
    <message>
        <source>Numéro étranger de l'accueillant</source>
        <translation>الرقم الأجنبي للمُضيف</translation>
    </message>
    <message>
        <source>Titre de séjour de l'accueillant</source>
        <translation>تصريح إقامة المُضيف</translation>
    </message>
    <message>
        <source>Titre de séjour permanent (10 ans)</source>
        <translation>تصريح إقامة دائم (10 سنوات)</translation>
    </message>
    <message>
        <source>Titre de séjour « Citoyen UE/EEE/Suisse »</source>
        <translation>تصريح إقامة «Citoyen UE/EEE/Suisse» (مواطن الاتحاد الأوروبي/المنطقة الاقتصادية الأوروبية/سويسرا)</translation>
    </message>
    <message>
        <source>Autre titre</source>
        <translation>تصريح آخر</translation>
    </message>
    <message>
        <source>Début de validité du titre de l'accueillant</source>
        <translation>بداية صلاحية تصريح المُضيف</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (4/9)</source>
        <translation>التحقق من تفاصيل الإقامة (4/9)</translation>
    </message>
    <message>
        <source>Indiquez l'identité de votre accueillant.</source>
        <translation>أدخل هوية المُضيف.</translation>
    </message>
    <message>
        <source>Nom de l'accueillant</source>
        <translation>لقب المُضيف</translation>
    </message>
    <message>
        <source>Prénom(s) de l'accueillant</source>
        <translation>الاسم (الأسماء) الشخصي للمُضيف</translation>
    </message>
    <message>
        <source>Date de naissance de l'accueillant</source>
        <translation>تاريخ ميلاد المُضيف</translation>
    </message>
    <message>
        <source>Nationalité de l'accueillant</source>
        <translation>جنسية المُضيف</translation>
    </message>
    <message>
        <source>Je confirme l'identité de mon accueillant</source>
        <translation>أؤكد هوية المُضيف</translation>
    </message>
    <message>
        <source>Votre accueillant a un numéro étranger : vérifiez son identité puis confirmez-la.</source>
        <translation>لدى المُضيف رقم أجنبي: تحقّق من هويته ثم أكّدها.</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (5/9)</source>
        <translation>التحقق من تفاصيل الإقامة (5/9)</translation>
    </message>
    <message>
        <source>Indiquez votre situation vis-à-vis de l'accueillant.</source>
        <translation>حدّد وضعك بالنسبة إلى المُضيف.</translation>
    </message>
    <message>
        <source>Je suis</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>Conjoint, concubin ou partenaire enregistré</source>
        <translation>زوج/زوجة أو شريك مساكن أو شريك مسجَّل</translation>
    </message>
    <message>
        <source>Descendant</source>
        <translation>فرع (ابن، حفيد)</translation>
    </message>
    <message>
        <source>Ascendant</source>
        <translation>أصل (أب، جد)</translation>
    </message>
    <message>
        <source>Personne à charge</source>
        <translation>شخص مُعال</translation>
    </message>
    <message>
        <source>De qui ?</source>
        <translation>لمن؟</translation>
    </message>
    <message>
        <source>De l'accueillant</source>
        <translation>للمُضيف</translation>
    </message>
    <message>
        <source>Du conjoint de l'accueillant</source>
        <translation>لزوج/زوجة المُضيف</translation>
    </message>
    <message>
        <source>Lien de parenté</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Père</source>
        <translation>الأب</translation>
    </message>
    <message>
        <source>Mère</source>
        <translation>الأم</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Je suis à la charge de l'accueillant</source>
        <translation>أنا مُعال من قِبل المُضيف</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (6/9)</source>
        <translation>التحقق من تفاصيل الإقامة (6/9)</translation>
    </message>
    <message>
        <source>Déclarez les enfants mineurs à votre charge ou à celle de votre conjoint. Vous pouvez en déclarer plusieurs, ou aucun.</source>
        <translation>صرِّح بالأطفال القاصرين الذين تعيلهم أنت أو زوجك/زوجتك. يمكنك التصريح بعدة أطفال أو بلا أحد.</translation>
    </message>
    <message>
        <source>Enfants à charge</source>
        <translation>الأطفال المُعالون</translation>
    </message>
    <message>
        <source>Enfant</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Ajouter un enfant</source>
        <translation>إضافة طفل</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (7/9)</source>
        <translation>التحقق من تفاصيل الإقامة (7/9)</translation>
    </message>
    <message>
        <source>Indiquez votre situation familiale.</source>
        <translation>حدّد وضعك العائلي.</translation>
    </message>
    <message>
        <source>Situation familiale</source>
        <translation>الوضع العائلي</translation>
    </message>
    <message>
        <source>Marié(e)</source>
        <translation>متزوج(ة)</translation>
    </message>
    <message>
        <source>Pacsé(e) / partenariat enregistré</source>
        <translation>مرتبط بعقد PACS / شراكة مسجَّلة</translation>
    </message>
    <message>
        <source>En concubinage</source>
        <translation>مساكنة (دون زواج)</translation>
    </message>
    <message>
        <source>Divorcé(e)</source>
        <translation>مطلَّق(ة)</translation>
    </message>
    <message>
        <source>Séparé(e)</source>
        <translation>منفصل(ة)</translation>
    </message>
    <message>
        <source>Veuf / veuve</source>
        <translation>أرمل / أرملة</translation>
    </message>
    <message>
        <source>Célibataire</source>
        <translation>أعزب / عزباء</translation>
    </message>
    <message>
        <source>Date de l'union</source>
        <translation>تاريخ الارتباط</translation>
    </message>
    <message>
        <source>Pays de l'union</source>
        <translation>بلد الارتباط</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (8/9)</source>
        <translation>التحقق من تفاصيل الإقامة (8/9)</translation>
    </message>
    <message>
        <source>Vous êtes marié(e) à un Français et en France depuis moins de 5 ans : indiquez si vous avez séjourné avec lui dans un autre État de l'UE, de l'EEE ou en Suisse.</source>
        <translation>أنت متزوج(ة) من مواطن(ة) فرنسي(ة) وتقيم في فرنسا منذ أقل من 5 سنوات: حدّد ما إذا كنت قد أقمت معه/معها في دولة أخرى من الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو في سويسرا.</translation>
    </message>
    <message>
        <source>J'ai séjourné avec mon conjoint dans un autre État de l'UE, de l'EEE ou en Suisse</source>
        <translation>أقمت مع زوجي/زوجتي في دولة أخرى من الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو في سويسرا</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (9/9)</source>
        <translation>التحقق من تفاصيل الإقامة (9/9)</translation>
    </message>
    <message>
        <source>Indiquez le séjour dans cet autre État.</source>
        <translation>أدخل تفاصيل الإقامة في تلك الدولة الأخرى.</translation>
    </message>
    <message>
        <source>État de séjour</source>
        <translation>دولة الإقامة</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>L'autre État m'a délivré une carte de séjour</source>
        <translation>منحتني الدولة الأخرى بطاقة إقامة</translation>
    </message>
    <message>
        <source>Si vous n'en avez pas, vous joindrez d'autres justificatifs de ce séjour.</source>
        <translation>إن لم تكن لديك، فسترفق إثباتات أخرى لهذه الإقامة.</translation>
    </message>
    <message>
        <source>La date de fin du séjour doit être postérieure à sa date de début.</source>
        <translation>يجب أن يكون تاريخ نهاية الإقامة لاحقًا لتاريخ بدايتها.</translation>
    </message>
    <message>
        <source>Transmettre les pièces justificatives</source>
        <translation>إرسال الوثائق الداعمة</translation>
    </message>
    <message>
        <source>Joignez chaque pièce demandée. Les pièces facultatives peuvent compléter votre dossier.</source>
        <translation>أرفق كل وثيقة مطلوبة. يمكن للوثائق الاختيارية أن تكمل ملفك.</translation>
    </message>
    <message>
        <source>Vérifier et déposer la demande</source>
        <translation>مراجعة الطلب وإيداعه</translation>
    </message>
    <message>
        <source>Relisez vos réponses. Vous pouvez revenir sur chaque partie pour la modifier.</source>
        <translation>أعد قراءة إجاباتك. يمكنك الرجوع إلى أي جزء لتعديله.</translation>
    </message>
    <message>
        <source>Cette démarche est réservée aux membres de famille de ressortissant UE/EEE/Suisse.</source>
        <translation>هذا الإجراء مخصَّص لأفراد عائلات مواطني الاتحاد الأوروبي/المنطقة الاقتصادية الأوروبية/سويسرا.</translation>
    </message>
    <message>
        <source>Choisissez la démarche qui correspond à votre titre actuel, ou demandez conseil au médiateur.</source>
        <translation>اختر الإجراء الذي يناسب تصريحك الحالي، أو اطلب النصيحة من الوسيط.</translation>
    </message>
    <message>
        <source>Vous avez déménagé : vous devez d'abord déclarer votre changement d'adresse.</source>
        <translation>لقد غيّرت مسكنك: يجب عليك أولًا التصريح بتغيير عنوانك.</translation>
    </message>
    <message>
        <source>Déclarez votre nouvelle adresse sur l'ANEF, puis revenez demander le renouvellement.</source>
        <translation>صرِّح بعنوانك الجديد على منصة ANEF، ثم عُد لطلب التجديد.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est étudiant, un ascendant ne peut pas bénéficier de ce titre.</source>
        <translation>عندما يكون المُضيف طالبًا، لا يمكن للأصل (الأب، الجد) الاستفادة من هذا التصريح.</translation>
    </message>
    <message>
        <source>Seuls le conjoint et les descendants à charge d'un étudiant sont concernés. Adressez-vous à la préfecture.</source>
        <translation>يقتصر الأمر على زوج الطالب وفروعه المُعالين. توجّه إلى المحافظة.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est étudiant, un descendant doit être à sa charge.</source>
        <translation>عندما يكون المُضيف طالبًا، يجب أن يكون الفرع مُعالًا من قِبله.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est Français, seul son conjoint peut faire cette demande.</source>
        <translation>عندما يكون المُضيف فرنسيًا، لا يمكن تقديم هذا الطلب إلا من قِبل زوجه/زوجته.</translation>
    </message>
    <message>
        <source>Adressez-vous à la préfecture pour connaître la démarche qui vous correspond.</source>
        <translation>توجّه إلى المحافظة لمعرفة الإجراء المناسب لك.</translation>
    </message>
    <message>
        <source>Sans séjour de plus de 3 mois avec votre conjoint dans un autre État de l'UE, de l'EEE ou en Suisse, cette démarche ne vous concerne pas.</source>
        <translation>إن لم تُقم مع زوجك/زوجتك أكثر من 3 أشهر في دولة أخرى من الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو في سويسرا، فهذا الإجراء لا يعنيك.</translation>
    </message>
    <message>
        <source>Utilisez la démarche « Conjoint de Français » ou contactez votre préfecture.</source>
        <translation>استخدم إجراء «Conjoint de Français» (زوج/زوجة مواطن فرنسي) أو اتصل بمحافظتك.</translation>
    </message>
    <message>
        <source>L'identité de votre accueillant doit être confirmée.</source>
        <translation>يجب تأكيد هوية المُضيف.</translation>
    </message>
    <message>
        <source>Vérifiez l'identité de votre accueillant puis cochez la case de confirmation.</source>
        <translation>تحقّق من هوية المُضيف ثم ضع علامة في خانة التأكيد.</translation>
    </message>
    <message>
        <source>Il est tôt : le renouvellement se demande entre 4 et 2 mois avant l'expiration de votre titre.</source>
        <translation>الوقت مبكر: يُطلب التجديد قبل انتهاء صلاحية تصريحك بما بين 4 أشهر وشهرين.</translation>
    </message>
    <message>
        <source>Votre titre expire dans moins de 2 mois : déposez votre demande sans attendre.</source>
        <translation>تنتهي صلاحية تصريحك خلال أقل من شهرين: أودِع طلبك دون تأخير.</translation>
    </message>
    <message>
        <source>Votre titre a expiré : déposez votre demande et conservez la confirmation de dépôt.</source>
        <translation>انتهت صلاحية تصريحك: أودِع طلبك واحتفظ بتأكيد الإيداع.</translation>
    </message>
    <message>
        <source>Passeport en cours de validité</source>
        <translation>جواز سفر ساري المفعول</translation>
    </message>
    <message>
        <source>Les pages d'identité et de validité.</source>
        <translation>صفحات الهوية والصلاحية.</translation>
    </message>
    <message>
        <source>Justificatif de domicile de moins de 6 mois</source>
        <translation>إثبات السكن يعود إلى أقل من 6 أشهر</translation>
    </message>
    <message>
        <source>Facture d'électricité, de gaz, d'eau ou de téléphone, quittance de loyer, avis d'imposition…</source>
        <translation>فاتورة كهرباء أو غاز أو ماء أو هاتف، إيصال إيجار، إشعار ضريبي…</translation>
    </message>
    <message>
        <source>Carte de séjour délivrée par l'autre État</source>
        <translation>بطاقة الإقامة الصادرة عن الدولة الأخرى</translation>
    </message>
    <message>
        <source>si vous avez séjourné dans un autre État et y avez reçu une carte de séjour</source>
        <translation>إذا أقمت في دولة أخرى وحصلت فيها على بطاقة إقامة</translation>
    </message>
    <message>
        <source>Justificatifs du séjour de plus de 3 mois dans l'autre État</source>
        <translation>إثباتات الإقامة لأكثر من 3 أشهر في الدولة الأخرى</translation>
    </message>
    <message>
        <source>si vous avez séjourné dans un autre État sans y recevoir de carte de séjour</source>
        <translation>إذا أقمت في دولة أخرى دون الحصول فيها على بطاقة إقامة</translation>
    </message>
    <message>
        <source>Acte de mariage</source>
        <translation>عقد الزواج</translation>
    </message>
    <message>
        <source>si vous êtes marié(e)</source>
        <translation>إذا كنت متزوجًا/متزوجة</translation>
    </message>
    <message>
        <source>Attestation de PACS ou de partenariat enregistré</source>
        <translation>شهادة عقد PACS أو شراكة مسجَّلة</translation>
    </message>
    <message>
        <source>si vous êtes pacsé(e)</source>
        <translation>إذا كنت مرتبطًا بعقد PACS (شراكة مدنية)</translation>
    </message>
    <message>
        <source>Justificatifs de vie commune</source>
        <translation>إثباتات الحياة المشتركة</translation>
    </message>
    <message>
        <source>si vous vivez en concubinage</source>
        <translation>إذا كنت تعيش في مساكنة دون زواج</translation>
    </message>
    <message>
        <source>Pièce d'identité de l'accueillant</source>
        <translation>وثيقة هوية المُضيف</translation>
    </message>
    <message>
        <source>si votre accueillant est Français ou Européen sans titre de séjour</source>
        <translation>إذا كان المُضيف فرنسيًا أو أوروبيًا لا يحمل تصريح إقامة</translation>
    </message>
    <message>
        <source>Justificatifs de prise en charge / de dépendance</source>
        <translation>إثباتات الإعالة / التبعية</translation>
    </message>
    <message>
        <source>si vous êtes ascendant, personne à charge, ou descendant de 21 ans ou plus ou d'un étudiant</source>
        <translation>إذا كنت أصلًا أو شخصًا مُعالًا أو فرعًا يبلغ 21 سنة أو أكثر أو فرعًا لطالب</translation>
    </message>
    <message>
        <source>Acte de naissance établissant le lien avec l'accueillant ou son conjoint</source>
        <translation>شهادة ميلاد تُثبت الصلة بالمُضيف أو بزوجه/زوجته</translation>
    </message>
    <message>
        <source>si vous êtes ascendant de l'accueillant ou de son conjoint</source>
        <translation>إذا كنت أصلًا للمُضيف أو لزوجه/زوجته</translation>
    </message>
    <message>
        <source>Acte de naissance avec filiation</source>
        <translation>شهادة ميلاد تتضمن النسب</translation>
    </message>
    <message>
        <source>si vous êtes descendant de l'accueillant ou de son conjoint</source>
        <translation>إذا كنت فرعًا للمُضيف أو لزوجه/زوجته</translation>
    </message>
    <message>
        <source>Justificatifs du droit au séjour de l'accueillant pendant les 5 années précédentes</source>
        <translation>إثباتات حق المُضيف في الإقامة خلال السنوات الخمس السابقة</translation>
    </message>
    <message>
        <source>Un titre « Citoyen UE » de 7 mois au plus couvre la période de sa validité.</source>
        <translation>يغطي تصريح «Citoyen UE» (مواطن الاتحاد الأوروبي) الذي لا يتجاوز عمره 7 أشهر فترة صلاحيته.</translation>
    </message>
    <message>
        <source>si votre accueillant est Européen sans titre permanent</source>
        <translation>إذا كان المُضيف أوروبيًا لا يحمل تصريحًا دائمًا</translation>
    </message>
    <message>
        <source>Justificatifs de continuité de séjour sur 5 ans</source>
        <translation>إثباتات استمرار الإقامة طوال 5 سنوات</translation>
    </message>
    <message>
        <source>si vous êtes en France depuis plus de 5 ans</source>
        <translation>إذا كنت في فرنسا منذ أكثر من 5 سنوات</translation>
    </message>
    <message>
        <source>Preuve de résidence en France du conjoint français</source>
        <translation>إثبات إقامة الزوج/الزوجة الفرنسي(ة) في فرنسا</translation>
    </message>
    <message>
        <source>Quittances de loyer ou de charges, factures, document administratif…</source>
        <translation>إيصالات إيجار أو أعباء، فواتير، وثيقة إدارية…</translation>
    </message>
    <message>
        <source>si votre accueillant est Français</source>
        <translation>إذا كان المُضيف فرنسيًا</translation>
    </message>
    <message>
        <source>Attestation sur l'honneur de l'accueillant : pas d'absence de plus de 2 années consécutives</source>
        <translation>تصريح بالشرف من المُضيف: عدم الغياب لأكثر من سنتين متتاليتين</translation>
    </message>
    <message>
        <source>si votre accueillant a un titre de séjour permanent</source>
        <translation>إذا كان المُضيف يحمل تصريح إقامة دائمًا</translation>
    </message>
    <message>
        <source>Certificat de scolarité de l'accueillant</source>
        <translation>شهادة تمدرس المُضيف</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant</source>
        <translation>إذا كان المُضيف الأوروبي طالبًا</translation>
    </message>
    <message>
        <source>Justificatif de prise en charge</source>
        <translation>إثبات الإعالة</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant, ou salarié et vous n'êtes ni son conjoint ni un descendant de moins de 21 ans</source>
        <translation>إذا كان المُضيف الأوروبي طالبًا، أو أجيرًا ولست زوجه/زوجته ولا فرعًا دون 21 سنة</translation>
    </message>
    <message>
        <source>Contrat de travail, attestation de l'employeur ou bulletins de salaire de l'accueillant</source>
        <translation>عقد عمل المُضيف أو شهادة صاحب العمل أو كشوف راتبه</translation>
    </message>
    <message>
        <source>si votre accueillant européen est salarié</source>
        <translation>إذا كان المُضيف الأوروبي أجيرًا</translation>
    </message>
    <message>
        <source>Justificatif d'activité non salariée de l'accueillant</source>
        <translation>إثبات النشاط المستقل للمُضيف</translation>
    </message>
    <message>
        <source>si votre accueillant européen est non salarié</source>
        <translation>إذا كان المُضيف الأوروبي عاملًا مستقلًا</translation>
    </message>
    <message>
        <source>Attestation de maintien de droit ou d'inscription comme demandeur d'emploi</source>
        <translation>شهادة استمرار الحقوق أو التسجيل كطالب عمل</translation>
    </message>
    <message>
        <source>si votre accueillant européen est en cessation involontaire d'activité</source>
        <translation>إذا توقّف المُضيف الأوروبي عن العمل بغير إرادته</translation>
    </message>
    <message>
        <source>Attestation d'assurance maladie de l'accueillant</source>
        <translation>شهادة التأمين الصحي للمُضيف</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant, retraité ou inactif, sans titre permanent ni titre récent</source>
        <translation>إذا كان المُضيف الأوروبي طالبًا أو متقاعدًا أو غير نشيط، دون تصريح دائم أو تصريح حديث</translation>
    </message>
    <message>
        <source>Justificatifs de ressources de l'accueillant</source>
        <translation>إثباتات موارد المُضيف</translation>
    </message>
    <message>
        <source>facultatif, si votre accueillant européen est retraité ou inactif, sans titre permanent ni titre récent</source>
        <translation>اختياري، إذا كان المُضيف الأوروبي متقاعدًا أو غير نشيط، دون تصريح دائم أو تصريح حديث</translation>
    </message>
    <message>
        <source>Déposé au guichet, en attente de transmission</source>
        <translation>أودِع لدى الشباك، في انتظار الإرسال</translation>
    </message>
    <message>
        <source>Transmission en cours</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>Transmission suspendue : le médiateur est prévenu</source>
        <translation>الإرسال معلَّق: تم إبلاغ الوسيط</translation>
    </message>
    <message>
        <source>Transmis au service instructeur</source>
        <translation>أُرسل إلى المصلحة المكلَّفة بالدراسة</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Confirmé</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>Non confirmé</source>
        <translation>غير مؤكَّد</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Lire à voix haute</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Lit à voix haute le titre et les questions de cet écran</source>
        <translation>يقرأ عنوان هذه الشاشة وأسئلتها بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>ResumeCodeDialog</name>
    <message>
        <source>Reprendre avec un code</source>
        <translation>الاستئناف برمز</translation>
    </message>
    <message>
        <source>Reprendre une demande enregistrée</source>
        <translation>استئناف طلب محفوظ</translation>
    </message>
    <message>
        <source>Tapez le code de reprise imprimé sur votre ticket (15 caractères, par exemple K7QM4-XPDR9-TWAB3). Les tirets et les espaces ne comptent pas.</source>
        <translation>أدخل رمز الاستئناف المطبوع على تذكرتك (15 حرفًا، مثل K7QM4-XPDR9-TWAB3). الشرطات والمسافات لا تُحتسب.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>رمز الاستئناف</translation>
    </message>
    <message>
        <source>Scanner le ticket</source>
        <translation>مسح التذكرة</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Reprendre ma demande</source>
        <translation>استئناف طلبي</translation>
    </message>
    <message>
        <source>Recherche de votre demande…</source>
        <translation>جارٍ البحث عن طلبك…</translation>
    </message>
    <message>
        <source>La demande n'a pas pu être ouverte. Réessayez, ou demandez de l'aide à l'accueil.</source>
        <translation>تعذّر فتح الطلب. أعد المحاولة، أو اطلب المساعدة من الاستقبال.</translation>
    </message>
    <message>
        <source>Le code de reprise compte 15 caractères (trois groupes de cinq). Vérifiez qu'il est complet.</source>
        <translation>يتكوّن رمز الاستئناف من 15 حرفًا (ثلاث مجموعات من خمسة). تحقّق من أنه كامل.</translation>
    </message>
    <message>
        <source>Ce code contient un caractère qui n'existe pas dans les codes de reprise : ils n'utilisent que les chiffres 2 à 9 et les lettres sauf I et O.</source>
        <translation>يحتوي هذا الرمز على حرف غير موجود في رموز الاستئناف: فهي لا تستخدم إلا الأرقام من 2 إلى 9 والحروف اللاتينية ما عدا I و O.</translation>
    </message>
    <message>
        <source>Ce code contient une faute de frappe. Comparez chaque caractère avec votre ticket.</source>
        <translation>يحتوي هذا الرمز على خطأ في الكتابة. قارن كل حرف بما هو مطبوع على تذكرتك.</translation>
    </message>
    <message>
        <source>Aucune demande enregistrée ne correspond à ce code. Vérifiez-le avec votre ticket.</source>
        <translation>لا يوجد طلب محفوظ يطابق هذا الرمز. تحقّق منه بمقارنته بتذكرتك.</translation>
    </message>
    <message>
        <source>Ce code a expiré : il était valable jusqu'au %1. La demande enregistrée a été supprimée ; vous pouvez commencer une nouvelle demande.</source>
        <translation>انتهت صلاحية هذا الرمز: كان صالحًا حتى %1. حُذف الطلب المحفوظ؛ يمكنك بدء طلب جديد.</translation>
    </message>
    <message>
        <source>Ce code a déjà servi : un ticket ne permet de reprendre une demande qu'une fois. Demandez de l'aide à l'accueil si besoin.</source>
        <translation>سبق استخدام هذا الرمز: لا تسمح التذكرة باستئناف الطلب إلا مرة واحدة. اطلب المساعدة من الاستقبال عند الحاجة.</translation>
    </message>
    <message>
        <source>Trop d'essais avec un code erroné. Réessayez dans %1 secondes.</source>
        <translation>محاولات كثيرة جدًا برمز خاطئ. أعد المحاولة بعد %1 ثانية.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Modifier</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Modifier : </source>
        <translation>تعديل: </translation>
    </message>
    <message>
        <source>Pièces justificatives</source>
        <translation>الوثائق الداعمة</translation>
    </message>
    <message>
        <source>Modifier : pièces justificatives</source>
        <translation>تعديل: الوثائق الداعمة</translation>
    </message>
    <message>
        <source>MANQUANT</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <source>aucun fichier</source>
        <translation>لا يوجد ملف</translation>
    </message>
</context>
<context>
    <name>SaveForLaterDialog</name>
    <message>
        <source>Enregistrer et reprendre plus tard</source>
        <translation>الحفظ والمتابعة لاحقًا</translation>
    </message>
    <message>
        <source>Enregistrer votre demande pour la reprendre plus tard ?</source>
        <translation>هل تريد حفظ طلبك لمتابعته لاحقًا؟</translation>
    </message>
    <message>
        <source>Votre demande sera gardée sur cette borne, chiffrée, sous un code de reprise que vous recevrez sur un ticket. Sans ce code, personne ne pourra la rouvrir, pas même l'accueil. Vous pourrez revenir la reprendre là où vous vous êtes arrêté(e).</source>
        <translation>سيُحفظ طلبك في هذا الجهاز مشفّرًا، تحت رمز استئناف ستتسلّمه على تذكرة. من دون هذا الرمز لن يتمكّن أحد من فتحه مجددًا، ولا حتى موظفو الاستقبال. يمكنك العودة لاحقًا ومتابعته من حيث توقفت.</translation>
    </message>
    <message>
        <source>Continuer ma demande</source>
        <translation>متابعة طلبي</translation>
    </message>
    <message>
        <source>Enregistrer et recevoir un code</source>
        <translation>الحفظ واستلام رمز</translation>
    </message>
    <message>
        <source>Enregistrement en cours…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>La demande n'a pas pu être enregistrée. Elle est toujours ouverte : vous pouvez la continuer, ou demander de l'aide à l'accueil.</source>
        <translation>تعذّر حفظ الطلب. لا يزال مفتوحًا: يمكنك متابعته، أو طلب المساعدة من الاستقبال.</translation>
    </message>
    <message>
        <source>Votre demande est enregistrée</source>
        <translation>تم حفظ طلبك</translation>
    </message>
    <message>
        <source>Pour la reprendre, touchez « Reprendre avec un code » sur l'écran d'accueil et tapez ce code, ou présentez le ticket à la caméra. Imprimez le ticket ou notez le code : il ne sera plus jamais affiché.</source>
        <translation>لاستئنافه، اضغط على «الاستئناف برمز» في الشاشة الرئيسية وأدخل هذا الرمز، أو اعرض التذكرة أمام الكاميرا. اطبع التذكرة أو دوّن الرمز: لن يُعرض مرة أخرى أبدًا.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>رمز الاستئناف</translation>
    </message>
    <message>
        <source>Code de reprise : %1</source>
        <translation>رمز الاستئناف: %1</translation>
    </message>
    <message>
        <source>Valable jusqu'au %1 inclus. Après cette date, la demande enregistrée sera supprimée.</source>
        <translation>صالح حتى %1 ضمنًا. بعد هذا التاريخ سيُحذف الطلب المحفوظ.</translation>
    </message>
    <message>
        <source>Code QR du ticket de reprise</source>
        <translation>رمز QR لتذكرة الاستئناف</translation>
    </message>
    <message>
        <source>Imprimer le ticket</source>
        <translation>طباعة التذكرة</translation>
    </message>
    <message>
        <source>Afficher le ticket</source>
        <translation>عرض التذكرة</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Lire votre document</source>
        <translation>قراءة وثيقتك</translation>
    </message>
    <message>
        <source>Lire votre passeport ou votre titre de séjour</source>
        <translation>قراءة جواز سفرك أو تصريح إقامتك</translation>
    </message>
    <message>
        <source>Image de la caméra, avec le cadre où placer le document</source>
        <translation>صورة الكاميرا، مع الإطار الذي توضع فيه الوثيقة</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>التقاط الصورة</translation>
    </message>
    <message>
        <source>Importer une image</source>
        <translation>استيراد صورة</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Placez la page de votre document avec la photo dans le cadre, les lignes de caractères en bas</source>
        <translation>ضع صفحة وثيقتك التي تحمل الصورة داخل الإطار، مع أسطر الحروف في الأسفل</translation>
    </message>
    <message>
        <source>Approchez le document de la caméra</source>
        <translation>قرّب الوثيقة من الكاميرا</translation>
    </message>
    <message>
        <source>Évitez les reflets : inclinez un peu le document</source>
        <translation>تجنّب الانعكاسات: أمِل الوثيقة قليلًا</translation>
    </message>
    <message>
        <source>Tenez le document immobile</source>
        <translation>أبقِ الوثيقة ثابتة</translation>
    </message>
    <message>
        <source>Ne bougez plus, lecture en cours…</source>
        <translation>لا تتحرك، جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Ne présentez qu'un seul document à la fois</source>
        <translation>اعرض وثيقة واحدة فقط في كل مرة</translation>
    </message>
    <message>
        <source>Document lu</source>
        <translation>تمت قراءة الوثيقة</translation>
    </message>
    <message>
        <source>Document bien placé</source>
        <translation>الوثيقة في مكانها الصحيح</translation>
    </message>
    <message>
        <source>Aucune bande de lecture n'a été trouvée sur cette image (les deux ou trois lignes de caractères en bas de la page du passeport ou au dos du titre de séjour). Essayez une autre photo, ou saisissez vos informations à la main.</source>
        <translation>لم يُعثر على منطقة القراءة الآلية في هذه الصورة (السطران أو الأسطر الثلاثة من الحروف أسفل صفحة جواز السفر أو على ظهر تصريح الإقامة). جرّب صورة أخرى، أو أدخل معلوماتك يدويًا.</translation>
    </message>
    <message>
        <source>La bande de lecture a été trouvée mais n'a pas pu être lue sans erreur. Reprenez la photo bien à plat, nette et sans reflet, ou saisissez vos informations à la main.</source>
        <translation>عُثر على منطقة القراءة الآلية لكن تعذّرت قراءتها دون أخطاء. أعد التقاط الصورة والوثيقة مسطّحة وواضحة ومن دون انعكاس، أو أدخل معلوماتك يدويًا.</translation>
    </message>
    <message>
        <source>La bande de lecture est trop petite sur cette image pour être lue sans erreur. Rapprochez le document de l'appareil (la page doit remplir la photo) et reprenez la photo, ou saisissez vos informations à la main.</source>
        <translation>شريط القراءة صغير جدًا في هذه الصورة ولا يمكن قراءته دون أخطاء. قرّب المستند من الكاميرا (يجب أن تملأ الصفحة الصورة) وأعد التقاط الصورة، أو أدخل معلوماتك يدويًا.</translation>
    </message>
    <message>
        <source>Plusieurs documents apparaissent sur l'image : ne montrez qu'un seul document.</source>
        <translation>تظهر عدة وثائق في الصورة: اعرض وثيقة واحدة فقط.</translation>
    </message>
    <message>
        <source>La lecture automatique des documents n'est pas disponible sur cette borne. Saisissez vos informations à la main.</source>
        <translation>القراءة الآلية للوثائق غير متاحة في هذا الجهاز. أدخل معلوماتك يدويًا.</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas une image lisible.</source>
        <translation>هذا الملف ليس صورة قابلة للقراءة.</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas une image lisible (JPEG ou PNG attendu).</source>
        <translation>هذا الملف ليس صورة قابلة للقراءة (المطلوب JPEG أو PNG).</translation>
    </message>
    <message>
        <source>La caméra n'est pas disponible. Vous pouvez importer une photo de votre document avec le bouton « Importer une image ».</source>
        <translation>الكاميرا غير متاحة. يمكنك استيراد صورة لوثيقتك بزر «استيراد صورة».</translation>
    </message>
    <message>
        <source>La caméra ne répond plus. Vous pouvez importer une photo de votre document avec le bouton « Importer une image ».</source>
        <translation>الكاميرا لم تعد تستجيب. يمكنك استيراد صورة لوثيقتك بزر «استيراد صورة».</translation>
    </message>
    <message>
        <source>Le document n'a pas pu être lu.</source>
        <translation>تعذّرت قراءة الوثيقة.</translation>
    </message>
    <message>
        <source>Caméra indisponible</source>
        <translation>الكاميرا غير متاحة</translation>
    </message>
    <message>
        <source>Aucune image de la caméra pour l'instant.</source>
        <translation>لا توجد صورة من الكاميرا حاليًا.</translation>
    </message>
    <message>
        <source>Lecture de la photo…</source>
        <translation>جارٍ قراءة الصورة…</translation>
    </message>
    <message>
        <source>Lecture de l'image…</source>
        <translation>جارٍ قراءة الصورة…</translation>
    </message>
    <message>
        <source>Choisir une photo du document</source>
        <translation>اختيار صورة للوثيقة</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>صور (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Continuer</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Que faire : </source>
        <translation>ما العمل: </translation>
    </message>
    <message>
        <source>Vous ne pouvez pas continuer cette démarche</source>
        <translation>لا يمكنك متابعة هذا الإجراء</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>J'ai compris</source>
        <translation>فهمت</translation>
    </message>
    <message>
        <source>Je commence</source>
        <translation>أبدأ</translation>
    </message>
    <message>
        <source>Je continue</source>
        <translation>أتابع</translation>
    </message>
    <message>
        <source>Déposer ma demande</source>
        <translation>إيداع طلبي</translation>
    </message>
</context>
<context>
    <name>TicketScanDialog</name>
    <message>
        <source>Scanner le ticket</source>
        <translation>مسح التذكرة</translation>
    </message>
    <message>
        <source>Présentez le code QR de votre ticket devant la caméra</source>
        <translation>اعرض رمز QR الموجود على تذكرتك أمام الكاميرا</translation>
    </message>
    <message>
        <source>Image de la caméra</source>
        <translation>صورة الكاميرا</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>La caméra n'est pas disponible. Tapez le code imprimé sur votre ticket.</source>
        <translation>الكاميرا غير متاحة. أدخل الرمز المطبوع على تذكرتك.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Bienvenue</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>Cette borne vous permet de déposer votre demande de titre de séjour, même sans connexion internet. Munissez-vous de votre passeport, de votre titre de séjour actuel et de vos pièces justificatives.</source>
        <translation>يتيح لك هذا الجهاز إيداع طلب تصريح الإقامة، حتى من دون اتصال بالإنترنت. أحضر جواز سفرك وتصريح إقامتك الحالي ووثائقك الداعمة.</translation>
    </message>
    <message>
        <source>Je demande le renouvellement de mon titre de séjour</source>
        <translation>أطلب تجديد تصريح إقامتي</translation>
    </message>
    <message>
        <source>Reprendre ce dossier</source>
        <translation>استئناف هذا الملف</translation>
    </message>
    <message>
        <source>Abandonner ce dossier</source>
        <translation>التخلي عن هذا الملف</translation>
    </message>
    <message>
        <source>Reprendre avec un code</source>
        <translation>الاستئناف برمز</translation>
    </message>
    <message>
        <source>Mon espace : messages de la préfecture sur ma demande</source>
        <translation>حسابي: رسائل المحافظة بشأن طلبي</translation>
    </message>
    <message>
        <source>Espace médiateur : dossiers en file d'attente</source>
        <translation>فضاء الوسيط: الملفات في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Un dossier commencé sur cette borne n'est pas terminé (dernière modification : %1).</source>
        <translation>ملف بدأ على هذا الجهاز لم يكتمل (آخر تعديل: %1).</translation>
    </message>
</context>
</TS>
