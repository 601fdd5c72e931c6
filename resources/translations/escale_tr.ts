<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="fr_FR">
<context>
    <name>AdminDialog</name>
    <message>
        <source>Administration de la borne</source>
        <translation>Kiosk yönetimi</translation>
    </message>
    <message>
        <source>Configuration (lecture seule)</source>
        <translation>Yapılandırma (salt okunur)</translation>
    </message>
    <message>
        <source>configuré</source>
        <translation>yapılandırıldı</translation>
    </message>
    <message>
        <source>non configuré</source>
        <translation>yapılandırılmadı</translation>
    </message>
    <message>
        <source>aucun (mode démonstration)</source>
        <translation>yok (tanıtım modu)</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Tanılama</translation>
    </message>
    <message>
        <source>Dossiers sur la borne</source>
        <translation>Kiosktaki dosyalar</translation>
    </message>
    <message>
        <source>Plateforme graphique</source>
        <translation>Grafik platformu</translation>
    </message>
    <message>
        <source>Système</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Quitter la borne</source>
        <translation>Kiosktan çık</translation>
    </message>
</context>
<context>
    <name>AppearanceControls</name>
    <message>
        <source>Taille du texte : %1 %</source>
        <translation>Metin boyutu: %%1</translation>
    </message>
    <message>
        <source>Réduire la taille du texte</source>
        <translation>Metni küçült</translation>
    </message>
    <message>
        <source>Agrandir la taille du texte</source>
        <translation>Metni büyüt</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>Yüksek karşıtlık</translation>
    </message>
    <message>
        <source>Texte clair sur fond noir, bordures épaisses</source>
        <translation>Siyah zemin üzerinde açık renkli metin, kalın kenarlıklar</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <source>Oui</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Hayır</translation>
    </message>
</context>
<context>
    <name>Complement</name>
    <message>
        <source>Ajouter un fichier</source>
        <translation>Dosya ekle</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation>Gerekçe: %1</translation>
    </message>
    <message>
        <source>Aucun fichier pour le moment.</source>
        <translation>Henüz dosya yok.</translation>
    </message>
    <message>
        <source>Retirer %1</source>
        <translation>%1 dosyasını kaldır</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Votre demande est déposée</source>
        <translation>Başvurunuz yapıldı</translation>
    </message>
    <message>
        <source>Afficher la confirmation</source>
        <translation>Onay belgesini göster</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <source>Enregistrer une copie…</source>
        <translation>Bir kopyasını kaydet…</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <source>Numéro de dossier : %1</source>
        <translation>Dosya numarası: %1</translation>
    </message>
    <message>
        <source>Numéro de dépôt : %1</source>
        <translation>Başvuru numarası: %1</translation>
    </message>
    <message>
        <source>État : %1</source>
        <translation>Durum: %1</translation>
    </message>
    <message>
        <source>Votre demande a été transmise. Conservez la confirmation de dépôt : elle porte votre numéro de dépôt.</source>
        <translation>Başvurunuz iletildi. Başvuru onay belgesini saklayın: başvuru numaranız üzerindedir.</translation>
    </message>
    <message>
        <source>Conservez la confirmation de dépôt : elle prouve que vous avez déposé votre demande. Le numéro de dépôt définitif vous sera communiqué dès la transmission au service central.</source>
        <translation>Başvuru onay belgesini saklayın: başvurunuzu yaptığınızı kanıtlar. Kesin başvuru numaranız, başvuru merkezi birime iletilir iletilmez size bildirilecektir.</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>Hâlâ orada mısınız?</translation>
    </message>
    <message>
        <source>Je suis toujours là</source>
        <translation>Hâlâ buradayım</translation>
    </message>
    <message>
        <source>Sans réponse, votre session se terminera dans %1 secondes et vos informations seront effacées de l'écran.</source>
        <translation>Yanıt vermezseniz oturumunuz %1 saniye içinde sona erecek ve bilgileriniz ekrandan silinecek.</translation>
    </message>
</context>
<context>
    <name>CountryEditor</name>
    <message>
        <source>Tapez les premières lettres du pays</source>
        <translation>Ülkenin ilk harflerini yazın</translation>
    </message>
    <message>
        <source>Choisissez un pays dans la liste.</source>
        <translation>Listeden bir ülke seçin.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Scellé, en attente d'envoi</source>
        <translation>Mühürlendi, gönderilmeyi bekliyor</translation>
    </message>
    <message>
        <source>Envoi en cours</source>
        <translation>Gönderiliyor</translation>
    </message>
    <message>
        <source>Envoyé, en attente du reçu</source>
        <translation>Gönderildi, alındı belgesi bekleniyor</translation>
    </message>
    <message>
        <source>Déposé</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <source>Nouvel essai prévu</source>
        <translation>Yeni deneme planlandı</translation>
    </message>
    <message>
        <source>Bloqué</source>
        <translation>Engellendi</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Depuis</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Ayrıntı</translation>
    </message>
    <message>
        <source>Dossiers en file d'attente</source>
        <translation>Kuyruktaki dosyalar</translation>
    </message>
    <message>
        <source>Synchroniser maintenant</source>
        <translation>Şimdi eşitle</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Passer en libre-service</source>
        <translation>Self servis moduna geç</translation>
    </message>
    <message>
        <source>%1 en attente de scellement · %2 à envoyer · %3 bloqué(s) · %4 déposé(s)</source>
        <translation>%1 mühürlenmeyi bekliyor · %2 gönderilecek · %3 engellendi · %4 teslim edildi</translation>
    </message>
    <message>
        <source>Numéro de dépôt %1</source>
        <translation>Başvuru numarası %1</translation>
    </message>
    <message>
        <source>Nouvel essai à %1 (%2)</source>
        <translation>Yeni deneme: %1 (%2)</translation>
    </message>
    <message>
        <source>Renvoyer</source>
        <translation>Yeniden gönder</translation>
    </message>
    <message>
        <source>Abandonner</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <source>Abandonner définitivement le dossier %1 ? Il ne sera jamais transmis ; cette action est enregistrée.</source>
        <translation>%1 dosyasından kesin olarak vazgeçilsin mi? Hiçbir zaman iletilmeyecek; bu işlem kayda geçer.</translation>
    </message>
    <message>
        <source>Abandonner le dossier</source>
        <translation>Dosyadan vazgeç</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>GG/AA/YYYY</translation>
    </message>
    <message>
        <source>Cette date n'existe pas.</source>
        <translation>Bu tarih mevcut değil.</translation>
    </message>
    <message>
        <source>Date attendue au format JJ/MM/AAAA, par exemple 05/03/1990.</source>
        <translation>Tarih GG/AA/YYYY biçiminde olmalı, örneğin 05/03/1990.</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>Lire mon passeport ou mon titre de séjour</source>
        <translation>Pasaportumu veya oturma iznimi oku</translation>
    </message>
    <message>
        <source>Utiliser quand même ce document</source>
        <translation>Yine de bu belgeyi kullan</translation>
    </message>
    <message>
        <source>✓ lu sur le document</source>
        <translation>✓ belgeden okundu</translation>
    </message>
    <message>
        <source>Lu sur le document</source>
        <translation>Belgeden okundu</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Dikkat</translation>
    </message>
    <message>
        <source>Votre passeport a expiré le %1. Un passeport en cours de validité est demandé.</source>
        <translation>Pasaportunuzun süresi %1 tarihinde doldu. Geçerli bir pasaport gereklidir.</translation>
    </message>
    <message>
        <source>Ce document a expiré le %1.</source>
        <translation>Bu belgenin süresi %1 tarihinde doldu.</translation>
    </message>
    <message>
        <source>Votre passeport expire bientôt (le %1). Pensez à le faire renouveler.</source>
        <translation>Pasaportunuzun süresi yakında doluyor (%1). Yenilemeyi unutmayın.</translation>
    </message>
    <message>
        <source>Ce document expire bientôt (le %1).</source>
        <translation>Bu belgenin süresi yakında doluyor (%1).</translation>
    </message>
    <message>
        <source>Ce document semble être celui d'une autre personne : le nom ou la date de naissance ne correspond pas à ce qui a été saisi. Vos informations n'ont pas été remplacées. Montrez votre propre document, ou utilisez quand même celui-ci.</source>
        <translation>Bu belge başka birine ait görünüyor: ad veya doğum tarihi girilen bilgilerle uyuşmuyor. Bilgileriniz değiştirilmedi. Kendi belgenizi gösterin ya da yine de bu belgeyi kullanın.</translation>
    </message>
    <message>
        <source>La nationalité inscrite sur le document n'a pas pu être reprise : choisissez-la dans la liste.</source>
        <translation>Belgedeki uyruk aktarılamadı: listeden seçin.</translation>
    </message>
    <message>
        <source>Votre nom est peut-être coupé sur le document (il occupe toute la ligne) : vérifiez-le et complétez-le si besoin.</source>
        <translation>Adınız belgede kesilmiş olabilir (tüm satırı kaplıyor): kontrol edin ve gerekirse tamamlayın.</translation>
    </message>
    <message>
        <source>La date de naissance n'est pas complète sur le document : saisissez-la.</source>
        <translation>Belgedeki doğum tarihi eksik: lütfen girin.</translation>
    </message>
    <message>
        <source>Ce nom n'a pas pu être lu avec certitude (lu : « %1 ») : vérifiez-le et saisissez-le.</source>
        <translation>Bu ad kesin olarak okunamadı (okunan: «%1»): lütfen kontrol edip yazın.</translation>
    </message>
    <message>
        <source>Ce numéro n'a pas pu être lu avec certitude (lu : « %1 ») : vérifiez-le et saisissez-le.</source>
        <translation>Bu numara kesin olarak okunamadı (okunan: «%1»): kontrol edip yazın.</translation>
    </message>
    <message>
        <source>Les noms sont recopiés tels qu'ils figurent dans la bande de lecture du document, en majuscules et sans accents. Vérifiez-les et ajoutez les accents si besoin.</source>
        <translation>Adlar, belgenin makine tarafından okunabilen bölümünde göründüğü gibi, büyük harfle ve aksansız aktarılır. Kontrol edin ve gerekirse aksanları ekleyin.</translation>
    </message>
    <message>
        <source>Noms lus sur le document</source>
        <translation>Belgeden okunan adlar</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Obligatoire</source>
        <translation>Zorunlu</translation>
    </message>
    <message>
        <source>Facultatif</source>
        <translation>İsteğe bağlı</translation>
    </message>
    <message>
        <source>✔ Vérifié : %1 fichier(s), %2 page(s), %3 Mo</source>
        <translation>✔ Doğrulandı: %1 dosya, %2 sayfa, %3 MB</translation>
    </message>
    <message>
        <source>✔ Joint : %1 fichier(s), %2 page(s), %3 Mo</source>
        <translation>✔ Eklendi: %1 dosya, %2 sayfa, %3 MB</translation>
    </message>
    <message>
        <source>✖ Manquant</source>
        <translation>✖ Eksik</translation>
    </message>
    <message>
        <source>Aucun fichier (facultatif)</source>
        <translation>Dosya yok (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Traduction : </source>
        <translation>Çeviri: </translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 sayfa</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Retirer %1</source>
        <translation>%1 dosyasını kaldır</translation>
    </message>
    <message>
        <source>Photographier</source>
        <translation>Fotoğrafını çek</translation>
    </message>
    <message>
        <source>Ajouter un fichier</source>
        <translation>Dosya ekle</translation>
    </message>
    <message>
        <source>Ajouter une traduction</source>
        <translation>Çeviri ekle</translation>
    </message>
    <message>
        <source>Cette pièce est obligatoire.</source>
        <translation>Bu belge zorunludur.</translation>
    </message>
    <message>
        <source>Pièces manquantes</source>
        <translation>Eksik belgeler</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>(facultatif)</source>
        <translation>(isteğe bağlı)</translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation>Hata</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Aucun pour l'instant.</source>
        <translation>Şimdilik yok.</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Kaldır</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Escale – dépôt de demande de titre de séjour</source>
        <translation>Escale – oturma izni başvurusu</translation>
    </message>
    <message>
        <source>Transmission : non configurée</source>
        <translation>İletim: yapılandırılmadı</translation>
    </message>
    <message>
        <source>Envoi du dossier en cours</source>
        <translation>Dosya gönderiliyor</translation>
    </message>
    <message>
        <source>Langue / Language</source>
        <translation>Dil / Language</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Yönetim</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>Devam</translation>
    </message>
    <message>
        <source>Enregistrer et reprendre plus tard</source>
        <translation>Kaydet ve sonra devam et</translation>
    </message>
    <message>
        <source>Le libre-service demande un code médiateur dans la configuration : sans lui, personne ne pourrait reprendre la main.</source>
        <translation>Self servis modu için yapılandırmada bir arabulucu kodu gerekir: bu kod olmadan kimse kontrolü geri alamaz.</translation>
    </message>
    <message>
        <source>● En ligne</source>
        <translation>● Çevrimiçi</translation>
    </message>
    <message>
        <source>○ Hors ligne</source>
        <translation>○ Çevrimdışı</translation>
    </message>
    <message>
        <source>✖ Borne non autorisée : prévenez le service informatique</source>
        <translation>✖ Kiosk yetkili değil: bilgi işlem birimine haber verin</translation>
    </message>
    <message>
        <source>○ Borne non enregistrée auprès du service central</source>
        <translation>○ Kiosk merkezi birime kayıtlı değil</translation>
    </message>
    <message>
        <source>%1 dossier(s) à transmettre</source>
        <translation>İletilecek %1 dosya</translation>
    </message>
    <message>
        <source>%1 bloqué(s)</source>
        <translation>%1 engellendi</translation>
    </message>
    <message>
        <source>Ticket de reprise</source>
        <translation>Devam fişi</translation>
    </message>
    <message>
        <source>Étape %1/%2 : %3</source>
        <translation>Adım %1/%2: %3</translation>
    </message>
    <message>
        <source>Avant de commencer</source>
        <translation>Başlamadan önce</translation>
    </message>
    <message>
        <source>Revenir à la vérification</source>
        <translation>Kontrole dön</translation>
    </message>
    <message>
        <source>Étape 5/5 : Confirmation</source>
        <translation>Adım 5/5: Onay</translation>
    </message>
    <message>
        <source>Continuer malgré tout</source>
        <translation>Yine de devam et</translation>
    </message>
    <message>
        <source>Le dépôt n'est pas encore possible</source>
        <translation>Başvuru henüz yapılamıyor</translation>
    </message>
    <message>
        <source>Choisir des fichiers</source>
        <translation>Dosya seç</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Belgeler (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Liste des pièces justificatives</source>
        <translation>Destekleyici belgeler listesi</translation>
    </message>
    <message>
        <source>Confirmation de dépôt</source>
        <translation>Başvuru onay belgesi</translation>
    </message>
    <message>
        <source>Enregistrer la confirmation</source>
        <translation>Onay belgesini kaydet</translation>
    </message>
</context>
<context>
    <name>Online</name>
    <message>
        <source>numéro étranger</source>
        <translation>yabancı numarası</translation>
    </message>
    <message>
        <source>numéro du document</source>
        <translation>belge numarası</translation>
    </message>
    <message>
        <source>adresse électronique</source>
        <translation>e-posta adresi</translation>
    </message>
    <message>
        <source>code reçu par courriel</source>
        <translation>e-postayla gelen kod</translation>
    </message>
    <message>
        <source>mot de passe</source>
        <translation>şifre</translation>
    </message>
    <message>
        <source>Le service de la préfecture a refusé la demande. Adressez-vous à l'accueil.</source>
        <translation>Valilik servisi isteği reddetti. Lütfen danışmaya başvurun.</translation>
    </message>
    <message>
        <source>Cette étape a besoin d'internet et le service de la préfecture ne répond pas. Réessayez dans quelques minutes. Le dépôt d'une demande reste possible sans connexion.</source>
        <translation>Bu adım internet gerektiriyor ve valilik servisi yanıt vermiyor. Birkaç dakika sonra yeniden deneyin. Bağlantı olmadan da başvuru yapabilirsiniz.</translation>
    </message>
    <message>
        <source>Cette borne n'est pas encore reliée au service de la préfecture. Adressez-vous à l'accueil.</source>
        <translation>Bu kiosk henüz valilik servisine bağlı değil. Lütfen danışmaya başvurun.</translation>
    </message>
    <message>
        <source>Impossible pour le moment</source>
        <translation>Şu anda mümkün değil</translation>
    </message>
    <message>
        <source>Mon espace</source>
        <translation>Hesabım</translation>
    </message>
    <message>
        <source>Connectez-vous pour lire les messages de la préfecture sur votre demande : pièces complémentaires demandées, décision.</source>
        <translation>Başvurunuzla ilgili valilik mesajlarını okumak için giriş yapın: istenen ek belgeler, karar.</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>Yabancı numarası</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Şifre</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Giriş yap</translation>
    </message>
    <message>
        <source>Créer mon compte</source>
        <translation>Hesabımı oluştur</translation>
    </message>
    <message>
        <source>Retour à l'accueil</source>
        <translation>Ana ekrana dön</translation>
    </message>
    <message>
        <source>Vous recevrez un code par courriel pour choisir votre mot de passe.</source>
        <translation>Şifrenizi belirlemek için e-postayla bir kod alacaksınız.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <translation>Oturma izni</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Vize</translation>
    </message>
    <message>
        <source>Numéro du document</source>
        <translation>Belge numarası</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>E-posta adresi</translation>
    </message>
    <message>
        <source>Recevoir mon code</source>
        <translation>Kodumu al</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Choisir mon mot de passe</source>
        <translation>Şifremi belirle</translation>
    </message>
    <message>
        <source>Code reçu par courriel</source>
        <translation>E-postayla gelen kod</translation>
    </message>
    <message>
        <source>Nouveau mot de passe</source>
        <translation>Yeni şifre</translation>
    </message>
    <message>
        <source>Le même mot de passe</source>
        <translation>Aynı şifre tekrar</translation>
    </message>
    <message>
        <source>Activer mon compte</source>
        <translation>Hesabımı etkinleştir</translation>
    </message>
    <message>
        <source>Messages de la préfecture</source>
        <translation>Valilik mesajları</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Me déconnecter</source>
        <translation>Çıkış yap</translation>
    </message>
    <message>
        <source>Envoyer les pièces demandées</source>
        <translation>İstenen belgeleri gönder</translation>
    </message>
    <message>
        <source>Ajoutez un fichier pour chaque pièce demandée, puis envoyez. Vos pièces sont enregistrées sur la borne et transmises dès que la connexion le permet.</source>
        <translation>İstenen her belge için bir dosya ekleyin, ardından gönderin. Belgeleriniz kioskta kaydedilir ve bağlantı elverdiği anda iletilir.</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Pièces enregistrées</source>
        <translation>Belgeler kaydedildi</translation>
    </message>
    <message>
        <source>Vérifiez : %1.</source>
        <translation>Kontrol edin: %1.</translation>
    </message>
    <message>
        <source>10 chiffres, sur votre titre de séjour</source>
        <translation>10 rakam, oturma izninizin üzerinde</translation>
    </message>
    <message>
        <source>Code envoyé</source>
        <translation>Kod gönderildi</translation>
    </message>
    <message>
        <source>au moins 10 caractères</source>
        <translation>en az 10 karakter</translation>
    </message>
    <message>
        <source>Compte activé</source>
        <translation>Hesap etkinleştirildi</translation>
    </message>
    <message>
        <source>Afficher l'attestation</source>
        <translation>Belgeyi göster</translation>
    </message>
    <message>
        <source>Imprimer l'attestation</source>
        <translation>Belgeyi yazdır</translation>
    </message>
    <message>
        <source>Vos pièces sont enregistrées sur la borne. Elles seront transmises à la préfecture dès que possible ; un message vous le confirmera ici.</source>
        <translation>Belgeleriniz kioskta kaydedildi. En kısa sürede valiliğe iletilecek; burada bir mesajla onaylanacaktır.</translation>
    </message>
    <message>
        <source>Vérifiez : %1. Le mot de passe doit compter au moins 10 caractères.</source>
        <translation>Kontrol edin: %1. Şifre en az 10 karakter olmalıdır.</translation>
    </message>
    <message>
        <source>Un code à 8 chiffres a été envoyé à votre adresse électronique. Il est valable 15 minutes.</source>
        <translation>E-posta adresinize 8 haneli bir kod gönderildi. 15 dakika geçerlidir.</translation>
    </message>
    <message>
        <source>Les deux mots de passe sont différents.</source>
        <translation>İki şifre birbirinden farklı.</translation>
    </message>
    <message>
        <source>Votre compte est actif. Connectez-vous avec votre numéro étranger et votre mot de passe.</source>
        <translation>Hesabınız etkin. Yabancı numaranız ve şifrenizle giriş yapın.</translation>
    </message>
    <message>
        <source>Aucun message pour le moment.</source>
        <translation>Şimdilik mesaj yok.</translation>
    </message>
    <message>
        <source>Attestation de décision favorable</source>
        <translation>Olumlu karar belgesi</translation>
    </message>
    <message>
        <source>Demande n° %1</source>
        <translation>Başvuru no. %1</translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation>Gerekçe: %1</translation>
    </message>
    <message>
        <source>Pièces demandées :</source>
        <translation>İstenen belgeler:</translation>
    </message>
</context>
<context>
    <name>PageCapture</name>
    <message>
        <source>2D-Doc vérifié : toutes les vérifications sont bonnes.</source>
        <translation>2D-Doc doğrulandı: tüm kontroller başarılı.</translation>
    </message>
    <message>
        <source>2D-Doc lu : le justificatif devra être vérifié par un agent.</source>
        <translation>2D-Doc okundu: belgenin bir görevli tarafından kontrol edilmesi gerekecek.</translation>
    </message>
    <message>
        <source>✖ Signature du code 2D-Doc invalide : le document a pu être modifié.</source>
        <translation>✖ 2D-Doc kodunun imzası geçersiz: belge değiştirilmiş olabilir.</translation>
    </message>
    <message>
        <source>Ce document n'est pas un justificatif de domicile.</source>
        <translation>Bu belge bir ikametgâh belgesi değil.</translation>
    </message>
    <message>
        <source>✔ Signature du code 2D-Doc valide.</source>
        <translation>✔ 2D-Doc kodunun imzası geçerli.</translation>
    </message>
    <message>
        <source>✖ Signature non vérifiable : le certificat du code 2D-Doc est inconnu.</source>
        <translation>✖ İmza doğrulanamıyor: 2D-Doc kodunun sertifikası bilinmiyor.</translation>
    </message>
    <message>
        <source>Le nom correspond au demandeur.</source>
        <translation>Ad, başvuru sahibiyle eşleşiyor.</translation>
    </message>
    <message>
        <source>Le nom ne correspond pas au demandeur.</source>
        <translation>Ad, başvuru sahibiyle eşleşmiyor.</translation>
    </message>
    <message>
        <source>Le code ne contient pas de nom.</source>
        <translation>Kod bir ad içermiyor.</translation>
    </message>
    <message>
        <source>L'adresse correspond à l'adresse déclarée.</source>
        <translation>Adres, beyan edilen adresle eşleşiyor.</translation>
    </message>
    <message>
        <source>L'adresse ne correspond pas à l'adresse déclarée.</source>
        <translation>Adres, beyan edilen adresle eşleşmiyor.</translation>
    </message>
    <message>
        <source>Le code ne contient pas d'adresse.</source>
        <translation>Kod bir adres içermiyor.</translation>
    </message>
    <message>
        <source>Document du %1 : moins de 6 mois.</source>
        <translation>%1 tarihli belge: 6 aydan yeni.</translation>
    </message>
    <message>
        <source>Document du %1 : plus de 6 mois, ou daté dans le futur.</source>
        <translation>%1 tarihli belge: 6 aydan eski veya ileri tarihli.</translation>
    </message>
    <message>
        <source>Le code ne contient pas de date.</source>
        <translation>Kod bir tarih içermiyor.</translation>
    </message>
</context>
<context>
    <name>PageCaptureDialog</name>
    <message>
        <source>Photographier le document</source>
        <translation>Belgenin fotoğrafını çek</translation>
    </message>
    <message>
        <source>Image de la caméra, avec la feuille repérée</source>
        <translation>Algılanan sayfayla kamera görüntüsü</translation>
    </message>
    <message>
        <source>Pages photographiées</source>
        <translation>Çekilen sayfalar</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Yukarı taşı</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Aşağı taşı</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Yeniden çek</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>Fotoğrafı çek</translation>
    </message>
    <message>
        <source>Importer un fichier</source>
        <translation>Dosya içe aktar</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <source>Posez la feuille à plat sous la caméra</source>
        <translation>Sayfayı kameranın altına düz bir şekilde koyun</translation>
    </message>
    <message>
        <source>La feuille est coupée : montrez-la en entier</source>
        <translation>Sayfa kesik: tamamını gösterin</translation>
    </message>
    <message>
        <source>Rapprochez la feuille de la caméra</source>
        <translation>Sayfayı kameraya yaklaştırın</translation>
    </message>
    <message>
        <source>L'image est trop sombre : éclairez davantage la feuille</source>
        <translation>Görüntü çok karanlık: sayfayı daha iyi aydınlatın</translation>
    </message>
    <message>
        <source>Un reflet cache le texte : inclinez un peu la feuille</source>
        <translation>Yansıma metni gizliyor: sayfayı biraz eğin</translation>
    </message>
    <message>
        <source>L'image est floue : ne bougez plus la feuille</source>
        <translation>Görüntü bulanık: sayfayı kıpırdatmayın</translation>
    </message>
    <message>
        <source>Ne bougez plus : la page %1 va être reprise</source>
        <translation>Kıpırdamayın: %1. sayfa yeniden çekilecek</translation>
    </message>
    <message>
        <source>Ne bougez plus : photo en cours…</source>
        <translation>Kıpırdamayın: fotoğraf çekiliyor…</translation>
    </message>
    <message>
        <source>Caméra indisponible</source>
        <translation>Kamera kullanılamıyor</translation>
    </message>
    <message>
        <source>La caméra ne répond pas. Vous pouvez importer un fichier avec le bouton « Importer un fichier ».</source>
        <translation>Kamera yanıt vermiyor. “Dosya içe aktar” düğmesiyle bir dosya yükleyebilirsiniz.</translation>
    </message>
    <message>
        <source>Aucune image de la caméra pour l'instant.</source>
        <translation>Henüz kamera görüntüsü yok.</translation>
    </message>
    <message>
        <source>Lecture du fichier…</source>
        <translation>Dosya okunuyor…</translation>
    </message>
    <message>
        <source>Le document n'a pas pu être préparé. Réessayez.</source>
        <translation>Belge hazırlanamadı. Yeniden deneyin.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Sayfa %1</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 sayfa</translation>
    </message>
    <message>
        <source>Préparation du document…</source>
        <translation>Belge hazırlanıyor…</translation>
    </message>
    <message>
        <source>Choisir un fichier</source>
        <translation>Dosya seç</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Annexe 1 — Liste des pièces justificatives</source>
        <translation>Ek 1 — Destekleyici belgeler listesi</translation>
    </message>
    <message>
        <source>Tout document rédigé en langue étrangère doit être accompagné de sa traduction par un traducteur agréé/assermenté.</source>
        <translation>Yabancı dilde yazılmış her belgeye, yetkili/yeminli bir tercüman tarafından yapılmış çevirisi eklenmelidir.</translation>
    </message>
    <message>
        <source>Cochez chaque pièce une fois réunie. Les pièces « Obligatoire » sont nécessaires au dépôt ; les pièces « Facultatif » peuvent compléter votre dossier ; les pièces « Selon votre situation » sont demandées dans le cas indiqué.</source>
        <translation>Her belgeyi topladığınızda işaretleyin. “Zorunlu” belgeler başvuru için gereklidir; “İsteğe bağlı” belgeler dosyanızı tamamlayabilir; “Durumunuza göre” belgeler belirtilen durumda istenir.</translation>
    </message>
    <message>
        <source>Obligatoire</source>
        <translation>Zorunlu</translation>
    </message>
    <message>
        <source>Facultatif</source>
        <translation>İsteğe bağlı</translation>
    </message>
    <message>
        <source>Selon votre situation</source>
        <translation>Durumunuza göre</translation>
    </message>
    <message>
        <source>Aucune pièce justificative n'est demandée.</source>
        <translation>Hiçbir destekleyici belge istenmiyor.</translation>
    </message>
    <message>
        <source>Important :</source>
        <translation>Önemli:</translation>
    </message>
    <message>
        <source>Escale — liste établie le %1</source>
        <translation>Escale — liste %1 tarihinde hazırlandı</translation>
    </message>
    <message>
        <source>Établie le %1</source>
        <translation>Hazırlanma tarihi: %1</translation>
    </message>
    <message>
        <source>pour %1</source>
        <translation>%1 için</translation>
    </message>
    <message>
        <source>version de la procédure : %1</source>
        <translation>işlem sürümü: %1</translation>
    </message>
    <message>
        <source>Confirmation de dépôt</source>
        <translation>Başvuru onay belgesi</translation>
    </message>
    <message>
        <source>Ce document confirme le dépôt de votre demande ; il ne constitue pas un titre de séjour. Conservez-le et indiquez le numéro de dossier dans vos échanges avec la préfecture.</source>
        <translation>Bu belge başvurunuzun yapıldığını onaylar; oturma izni değildir. Saklayın ve valilikle yazışmalarınızda dosya numarasını belirtin.</translation>
    </message>
    <message>
        <source>Déposé le</source>
        <translation>Teslim tarihi</translation>
    </message>
    <message>
        <source>Numéro de dossier</source>
        <translation>Dosya numarası</translation>
    </message>
    <message>
        <source>Numéro de dépôt</source>
        <translation>Başvuru numarası</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Lieu de dépôt</source>
        <translation>Başvuru yeri</translation>
    </message>
    <message>
        <source>Code QR du dossier</source>
        <translation>Dosya QR kodu</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>Başvuru sahibi</translation>
    </message>
    <message>
        <source>Pièces déposées</source>
        <translation>Teslim edilen belgeler</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>Adları</translation>
    </message>
    <message>
        <source>Nom d'usage</source>
        <translation>Kullanılan soyadı</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Uyruk</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>Yabancı numarası</translation>
    </message>
    <message>
        <source>Pièce justificative</source>
        <translation>Destekleyici belge</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Aucun fichier</source>
        <translation>Dosya yok</translation>
    </message>
    <message>
        <source>Aucune pièce déposée.</source>
        <translation>Hiç belge teslim edilmedi.</translation>
    </message>
    <message>
        <source>Traduction :</source>
        <translation>Çeviri:</translation>
    </message>
    <message>
        <source>%1 pièce(s), %2 fichier(s), dont %3 traduction(s)</source>
        <translation>%1 belge, %2 dosya, bunların %3 tanesi çeviri</translation>
    </message>
    <message>
        <source>Ticket de reprise de votre demande</source>
        <translation>Başvurunuza devam etme fişi</translation>
    </message>
    <message>
        <source>Votre demande en cours est enregistrée sur cette borne. Avec ce code, vous la reprendrez là où vous vous êtes arrêté(e).</source>
        <translation>Devam eden başvurunuz bu kioskta kayıtlı. Bu kodla kaldığınız yerden devam edebilirsiniz.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>Devam kodu</translation>
    </message>
    <message>
        <source>Valable jusqu'au</source>
        <translation>Son geçerlilik tarihi</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>inclus</source>
        <translation>dahil</translation>
    </message>
    <message>
        <source>À présenter à la caméra de la borne</source>
        <translation>Kioskun kamerasına gösterin</translation>
    </message>
    <message>
        <source>Pour reprendre votre demande</source>
        <translation>Başvurunuza devam etmek için</translation>
    </message>
    <message>
        <source>Revenez à une borne Escale de ce lieu avant la fin de validité du code.</source>
        <translation>Kodun süresi dolmadan bu yerdeki bir Escale kioskuna geri gelin.</translation>
    </message>
    <message>
        <source>Sur l'écran d'accueil, touchez « Reprendre avec un code ».</source>
        <translation>Ana ekranda “Kodla devam et” düğmesine dokunun.</translation>
    </message>
    <message>
        <source>Tapez le code ci-dessus, ou présentez ce ticket à la caméra (« Scanner le ticket »).</source>
        <translation>Yukarıdaki kodu yazın veya bu fişi kameraya gösterin (“Fişi tara”).</translation>
    </message>
    <message>
        <source>Gardez ce ticket pour vous : toute personne qui a ce code peut ouvrir votre demande. Le code ne sert qu'une fois ; si vous enregistrez de nouveau, vous recevrez un nouveau ticket.</source>
        <translation>Bu fişi kimseye vermeyin: bu koda sahip olan herkes başvurunuzu açabilir. Kod yalnızca bir kez kullanılabilir; yeniden kaydederseniz yeni bir fiş alırsınız.</translation>
    </message>
    <message>
        <source>Après cette date, la demande enregistrée est supprimée : il faudra la recommencer.</source>
        <translation>Bu tarihten sonra kaydedilmiş başvuru silinir: baştan başlamanız gerekir.</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Imprimer</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Code administrateur</source>
        <translation>Yönetici kodu</translation>
    </message>
    <message>
        <source>Code médiateur</source>
        <translation>Arabulucu kodu</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation>Doğrulanıyor…</translation>
    </message>
    <message>
        <source>Vérification impossible. Réessayez ou prévenez le service informatique.</source>
        <translation>Doğrulama yapılamadı. Yeniden deneyin veya bilgi işlem birimine haber verin.</translation>
    </message>
    <message>
        <source>Aucun code n'est configuré pour cet accès.</source>
        <translation>Bu erişim için yapılandırılmış bir kod yok.</translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>Kod yanlış.</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 secondes.</source>
        <translation>%1 saniye sonra yeniden deneyebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>PreambleScreen</name>
    <message>
        <source>Liste des pièces justificatives</source>
        <translation>Destekleyici belgeler listesi</translation>
    </message>
    <message>
        <source>Afficher la liste (PDF)</source>
        <translation>Listeyi göster (PDF)</translation>
    </message>
    <message>
        <source>Imprimer la liste</source>
        <translation>Listeyi yazdır</translation>
    </message>
    <message>
        <source>obligatoire</source>
        <translation>zorunlu</translation>
    </message>
    <message>
        <source>facultatif</source>
        <translation>isteğe bağlı</translation>
    </message>
    <message>
        <source>selon votre situation</source>
        <translation>durumunuza göre</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Renouvellement de titre de séjour – Membre de famille de ressortissant UE/EEE/Suisse</source>
        <translation>Oturma izni yenileme – AB/AEA/İsviçre vatandaşının aile üyesi</translation>
    </message>
    <message>
        <source>Carte « CE – Séjour permanent – Toutes activités professionnelles » (10 ans, gratuite)</source>
        <translation>«CE – Séjour permanent – Toutes activités professionnelles» kartı (daimi oturum, tüm mesleki faaliyetler; 10 yıl, ücretsiz)</translation>
    </message>
    <message>
        <source>Tout document rédigé en langue étrangère doit être accompagné de sa traduction par un traducteur assermenté.</source>
        <translation>Yabancı dilde yazılmış her belgeye yeminli bir tercüman tarafından yapılmış çevirisi eklenmelidir.</translation>
    </message>
    <message>
        <source>Informations personnelles</source>
        <translation>Kişisel bilgiler</translation>
    </message>
    <message>
        <source>Modalités du séjour</source>
        <translation>Kalış koşulları</translation>
    </message>
    <message>
        <source>Pièces justificatives</source>
        <translation>Destekleyici belgeler</translation>
    </message>
    <message>
        <source>Vérification et dépôt</source>
        <translation>Kontrol ve başvuru</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Onay</translation>
    </message>
    <message>
        <source>Séjour dans un autre État</source>
        <translation>Başka bir devlette kalış</translation>
    </message>
    <message>
        <source>Liens personnels et familiaux</source>
        <translation>Kişisel ve ailevi bağlar</translation>
    </message>
    <message>
        <source>Motif du séjour</source>
        <translation>Kalış nedeni</translation>
    </message>
    <message>
        <source>Ressources</source>
        <translation>Gelir kaynakları</translation>
    </message>
    <message>
        <source>Je sollicite le renouvellement de ce titre</source>
        <translation>Bu iznin yenilenmesini istiyorum</translation>
    </message>
    <message>
        <source>Indiquez le titre de séjour que vous détenez aujourd'hui. Le renouvellement se demande entre 4 et 2 mois avant la date d'expiration de ce titre.</source>
        <translation>Bugün sahip olduğunuz oturma iznini belirtin. Yenileme, bu iznin bitiş tarihinden 4 ile 2 ay önce istenir.</translation>
    </message>
    <message>
        <source>Catégorie de votre titre de séjour actuel</source>
        <translation>Mevcut oturma izninizin kategorisi</translation>
    </message>
    <message>
        <source>Membre de famille de ressortissant UE/EEE/Suisse</source>
        <translation>AB/AEA/İsviçre vatandaşının aile üyesi</translation>
    </message>
    <message>
        <source>Autre catégorie de titre de séjour</source>
        <translation>Başka bir oturma izni kategorisi</translation>
    </message>
    <message>
        <source>Date d'expiration de votre titre actuel</source>
        <translation>Mevcut izninizin bitiş tarihi</translation>
    </message>
    <message>
        <source>Elle figure au recto du titre, après « Date d'expiration ».</source>
        <translation>İznin ön yüzünde, “Date d'expiration” ifadesinden sonra yer alır.</translation>
    </message>
    <message>
        <source>Démarche réservée</source>
        <translation>Belirli kişilere özel işlem</translation>
    </message>
    <message>
        <source>Cette démarche est réservée aux personnes reconnues « Membre de famille de ressortissant UE/EEE/Suisse ». Elle mène à la carte « CE – Séjour permanent – Toutes activités professionnelles », valable 10 ans et délivrée gratuitement.</source>
        <translation>Bu işlem yalnızca “AB/AEA/İsviçre vatandaşının aile üyesi” olarak tanınan kişilere yöneliktir. 10 yıl geçerli ve ücretsiz verilen “CE – Séjour permanent – Toutes activités professionnelles” kartını (daimi oturum, tüm mesleki faaliyetler) sağlar.</translation>
    </message>
    <message>
        <source>Avant de commencer</source>
        <translation>Başlamadan önce</translation>
    </message>
    <message>
        <source>La demande se fait en 5 étapes : vos informations personnelles, les modalités de votre séjour, les pièces justificatives, la vérification et le dépôt, puis la confirmation. Préparez les pièces de la liste ci-dessous : vous pouvez l'afficher ou l'imprimer. Elle se précise au fil de vos réponses.</source>
        <translation>Başvuru 5 adımda yapılır: kişisel bilgileriniz, kalış koşullarınız, destekleyici belgeler, kontrol ve başvuru, ardından onay. Aşağıdaki listedeki belgeleri hazırlayın: listeyi görüntüleyebilir veya yazdırabilirsiniz. Liste, yanıtlarınıza göre netleşir.</translation>
    </message>
    <message>
        <source>Vérifier les informations personnelles (1/2)</source>
        <translation>Kişisel bilgileri kontrol edin (1/2)</translation>
    </message>
    <message>
        <source>Vérifiez votre identité telle qu'elle figure sur votre passeport. Un nom d'usage peut être ajouté si nécessaire.</source>
        <translation>Kimliğinizi pasaportunuzda yazdığı şekliyle kontrol edin. Gerekirse kullanılan bir soyadı eklenebilir.</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>Doğumdaki soyadı</translation>
    </message>
    <message>
        <source>Prénom(s)</source>
        <translation>Ad(lar)</translation>
    </message>
    <message>
        <source>Nom d'usage</source>
        <translation>Kullanılan soyadı</translation>
    </message>
    <message>
        <source>Par exemple le nom de votre conjoint, si vous l'utilisez.</source>
        <translation>Örneğin, kullanıyorsanız eşinizin soyadı.</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <source>Féminin</source>
        <translation>Kadın</translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation>Erkek</translation>
    </message>
    <message>
        <source>Non spécifié (X)</source>
        <translation>Belirtilmemiş (X)</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Uyruk</translation>
    </message>
    <message>
        <source>Numéro étranger</source>
        <translation>Yabancı numarası</translation>
    </message>
    <message>
        <source>10 chiffres (parfois 9), au recto de votre titre de séjour.</source>
        <translation>10 rakam (bazen 9), oturma izninizin ön yüzünde.</translation>
    </message>
    <message>
        <source>Numéro de passeport</source>
        <translation>Pasaport numarası</translation>
    </message>
    <message>
        <source>Date d'expiration du passeport</source>
        <translation>Pasaportun bitiş tarihi</translation>
    </message>
    <message>
        <source>Vérifier les informations personnelles (2/2)</source>
        <translation>Kişisel bilgileri kontrol edin (2/2)</translation>
    </message>
    <message>
        <source>Vérifiez votre adresse et indiquez un numéro de téléphone pour vous contacter.</source>
        <translation>Adresinizi kontrol edin ve size ulaşılabilecek bir telefon numarası girin.</translation>
    </message>
    <message>
        <source>J'ai déménagé depuis mon dernier titre</source>
        <translation>Son iznimden bu yana taşındım</translation>
    </message>
    <message>
        <source>Adresse en France</source>
        <translation>Fransa'daki adres</translation>
    </message>
    <message>
        <source>Numéro et voie</source>
        <translation>Numara ve sokak</translation>
    </message>
    <message>
        <source>Complément d'adresse</source>
        <translation>Adres ek bilgisi</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Belde / şehir</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Un numéro français (06 12 34 56 78) ou international (+33 6 12 34 56 78).</source>
        <translation>Fransız (06 12 34 56 78) veya uluslararası (+33 6 12 34 56 78) bir numara.</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>E-posta adresi</translation>
    </message>
    <message>
        <source>Pour recevoir la confirmation de dépôt et les notifications.</source>
        <translation>Başvuru onay belgesini ve bildirimleri almak için.</translation>
    </message>
    <message>
        <source>Code e-photo</source>
        <translation>e-photo kodu</translation>
    </message>
    <message>
        <source>Code à 22 caractères imprimé sur la planche de la cabine photo agréée ANTS.</source>
        <translation>ANTS onaylı fotoğraf kabininden alınan fotoğraf kâğıdında basılı 22 karakterlik kod.</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (1/9)</source>
        <translation>Kalış koşullarını kontrol edin (1/9)</translation>
    </message>
    <message>
        <source>Vérifiez le motif et la durée de votre séjour.</source>
        <translation>Kalış nedeninizi ve sürenizi kontrol edin.</translation>
    </message>
    <message>
        <source>Ma présence en France est supérieure à 5 ans</source>
        <translation>5 yıldan uzun süredir Fransa'dayım</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (2/9)</source>
        <translation>Kalış koşullarını kontrol edin (2/9)</translation>
    </message>
    <message>
        <source>Indiquez l'activité de l'accueillant, le ressortissant UE/EEE/Suisse ou français dont vous êtes membre de famille.</source>
        <translation>Aile üyesi olduğunuz AB/AEA/İsviçre vatandaşının veya Fransız vatandaşının (referans kişinizin) faaliyetini belirtin.</translation>
    </message>
    <message>
        <source>Activité de l'accueillant en France</source>
        <translation>Referans kişinin Fransa'daki faaliyeti</translation>
    </message>
    <message>
        <source>Étudiant</source>
        <translation>Öğrenci</translation>
    </message>
    <message>
        <source>Salarié</source>
        <translation>Ücretli çalışan</translation>
    </message>
    <message>
        <source>Non salarié</source>
        <translation>Serbest çalışan</translation>
    </message>
    <message>
        <source>Salarié ou non salarié en cessation involontaire d'activité</source>
        <translation>İsteği dışında işini bırakmak zorunda kalan ücretli veya serbest çalışan</translation>
    </message>
    <message>
        <source>Retraité ou inactif</source>
        <translation>Emekli veya çalışmıyor</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (3/9)</source>
        <translation>Kalış koşullarını kontrol edin (3/9)</translation>
    </message>
    <message>
        <source>Indiquez qui est votre accueillant.</source>
        <translation>Referans kişinizin kim olduğunu belirtin.</translation>
    </message>
    <message>
        <source>Mon accueillant est</source>
        <translation>Referans kişim</translation>
    </message>
    <message>
        <source>Européen titulaire d'un titre de séjour</source>
        <translation>Oturma izni olan bir Avrupalı</translation>
    </message>
    <message>
        <source>Européen sans titre de séjour</source>
        <translation>Oturma izni olmayan bir Avrupalı</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Fransız</translation>
    </message>
    <message>
        <source>Numéro étranger de l'accueillant</source>
        <translation>Referans kişinin yabancı numarası</translation>
    </message>
    <message>
        <source>Titre de séjour de l'accueillant</source>
        <translation>Referans kişinin oturma izni</translation>
    </message>
    <message>
        <source>Titre de séjour permanent (10 ans)</source>
        <translation>Daimi oturma izni (10 yıl)</translation>
    </message>
    <message>
        <source>Titre de séjour « Citoyen UE/EEE/Suisse »</source>
        <translation>“Citoyen UE/EEE/Suisse” oturma izni (AB/AEA/İsviçre vatandaşı)</translation>
    </message>
    <message>
        <source>Autre titre</source>
        <translation>Başka bir izin</translation>
    </message>
    <message>
        <source>Début de validité du titre de l'accueillant</source>
        <translation>Referans kişinin izninin geçerlilik başlangıcı</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (4/9)</source>
        <translation>Kalış koşullarını kontrol edin (4/9)</translation>
    </message>
    <message>
        <source>Indiquez l'identité de votre accueillant.</source>
        <translation>Referans kişinizin kimlik bilgilerini girin.</translation>
    </message>
    <message>
        <source>Nom de l'accueillant</source>
        <translation>Referans kişinin soyadı</translation>
    </message>
    <message>
        <source>Prénom(s) de l'accueillant</source>
        <translation>Referans kişinin ad(lar)ı</translation>
    </message>
    <message>
        <source>Date de naissance de l'accueillant</source>
        <translation>Referans kişinin doğum tarihi</translation>
    </message>
    <message>
        <source>Nationalité de l'accueillant</source>
        <translation>Referans kişinin uyruğu</translation>
    </message>
    <message>
        <source>Je confirme l'identité de mon accueillant</source>
        <translation>Referans kişimin kimliğini onaylıyorum</translation>
    </message>
    <message>
        <source>Votre accueillant a un numéro étranger : vérifiez son identité puis confirmez-la.</source>
        <translation>Referans kişinizin yabancı numarası var: kimliğini kontrol edip onaylayın.</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (5/9)</source>
        <translation>Kalış koşullarını kontrol edin (5/9)</translation>
    </message>
    <message>
        <source>Indiquez votre situation vis-à-vis de l'accueillant.</source>
        <translation>Referans kişiyle olan durumunuzu belirtin.</translation>
    </message>
    <message>
        <source>Je suis</source>
        <translation>Ben</translation>
    </message>
    <message>
        <source>Conjoint, concubin ou partenaire enregistré</source>
        <translation>Eş, birlikte yaşanan partner veya kayıtlı partner</translation>
    </message>
    <message>
        <source>Descendant</source>
        <translation>Altsoy (çocuk, torun)</translation>
    </message>
    <message>
        <source>Ascendant</source>
        <translation>Üstsoy (ebeveyn, büyükanne/büyükbaba)</translation>
    </message>
    <message>
        <source>Personne à charge</source>
        <translation>Bakmakla yükümlü olunan kişi</translation>
    </message>
    <message>
        <source>De qui ?</source>
        <translation>Kimin?</translation>
    </message>
    <message>
        <source>De l'accueillant</source>
        <translation>Referans kişinin</translation>
    </message>
    <message>
        <source>Du conjoint de l'accueillant</source>
        <translation>Referans kişinin eşinin</translation>
    </message>
    <message>
        <source>Lien de parenté</source>
        <translation>Akrabalık bağı</translation>
    </message>
    <message>
        <source>Père</source>
        <translation>Baba</translation>
    </message>
    <message>
        <source>Mère</source>
        <translation>Anne</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Je suis à la charge de l'accueillant</source>
        <translation>Referans kişinin bakmakla yükümlü olduğu kişiyim</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (6/9)</source>
        <translation>Kalış koşullarını kontrol edin (6/9)</translation>
    </message>
    <message>
        <source>Déclarez les enfants mineurs à votre charge ou à celle de votre conjoint. Vous pouvez en déclarer plusieurs, ou aucun.</source>
        <translation>Sizin veya eşinizin bakmakla yükümlü olduğu reşit olmayan çocukları bildirin. Birden fazla çocuk bildirebilir veya hiç bildirmeyebilirsiniz.</translation>
    </message>
    <message>
        <source>Enfants à charge</source>
        <translation>Bakmakla yükümlü olunan çocuklar</translation>
    </message>
    <message>
        <source>Enfant</source>
        <translation>Çocuk</translation>
    </message>
    <message>
        <source>Ajouter un enfant</source>
        <translation>Çocuk ekle</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (7/9)</source>
        <translation>Kalış koşullarını kontrol edin (7/9)</translation>
    </message>
    <message>
        <source>Indiquez votre situation familiale.</source>
        <translation>Medeni durumunuzu belirtin.</translation>
    </message>
    <message>
        <source>Situation familiale</source>
        <translation>Medeni durum</translation>
    </message>
    <message>
        <source>Marié(e)</source>
        <translation>Evli</translation>
    </message>
    <message>
        <source>Pacsé(e) / partenariat enregistré</source>
        <translation>PACS / kayıtlı birliktelik</translation>
    </message>
    <message>
        <source>En concubinage</source>
        <translation>Evlilik dışı birlikte yaşıyor</translation>
    </message>
    <message>
        <source>Divorcé(e)</source>
        <translation>Boşanmış</translation>
    </message>
    <message>
        <source>Séparé(e)</source>
        <translation>Ayrı yaşıyor</translation>
    </message>
    <message>
        <source>Veuf / veuve</source>
        <translation>Dul</translation>
    </message>
    <message>
        <source>Célibataire</source>
        <translation>Bekâr</translation>
    </message>
    <message>
        <source>Date de l'union</source>
        <translation>Birliktelik tarihi</translation>
    </message>
    <message>
        <source>Pays de l'union</source>
        <translation>Birlikteliğin kurulduğu ülke</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (8/9)</source>
        <translation>Kalış koşullarını kontrol edin (8/9)</translation>
    </message>
    <message>
        <source>Vous êtes marié(e) à un Français et en France depuis moins de 5 ans : indiquez si vous avez séjourné avec lui dans un autre État de l'UE, de l'EEE ou en Suisse.</source>
        <translation>Bir Fransız vatandaşıyla evlisiniz ve 5 yıldan kısa süredir Fransa'dasınız: eşinizle başka bir AB veya AEA devletinde ya da İsviçre'de kalıp kalmadığınızı belirtin.</translation>
    </message>
    <message>
        <source>J'ai séjourné avec mon conjoint dans un autre État de l'UE, de l'EEE ou en Suisse</source>
        <translation>Eşimle başka bir AB veya AEA devletinde ya da İsviçre'de kaldım</translation>
    </message>
    <message>
        <source>Vérifier les modalités du séjour (9/9)</source>
        <translation>Kalış koşullarını kontrol edin (9/9)</translation>
    </message>
    <message>
        <source>Indiquez le séjour dans cet autre État.</source>
        <translation>O diğer devletteki kalışınızı belirtin.</translation>
    </message>
    <message>
        <source>État de séjour</source>
        <translation>Kalınan devlet</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>L'autre État m'a délivré une carte de séjour</source>
        <translation>Diğer devlet bana oturma kartı verdi</translation>
    </message>
    <message>
        <source>Si vous n'en avez pas, vous joindrez d'autres justificatifs de ce séjour.</source>
        <translation>Yoksa, bu kalışı gösteren başka belgeler ekleyeceksiniz.</translation>
    </message>
    <message>
        <source>La date de fin du séjour doit être postérieure à sa date de début.</source>
        <translation>Kalışın bitiş tarihi başlangıç tarihinden sonra olmalıdır.</translation>
    </message>
    <message>
        <source>Transmettre les pièces justificatives</source>
        <translation>Destekleyici belgeleri gönderin</translation>
    </message>
    <message>
        <source>Joignez chaque pièce demandée. Les pièces facultatives peuvent compléter votre dossier.</source>
        <translation>İstenen her belgeyi ekleyin. İsteğe bağlı belgeler dosyanızı tamamlayabilir.</translation>
    </message>
    <message>
        <source>Vérifier et déposer la demande</source>
        <translation>Başvuruyu kontrol edin ve gönderin</translation>
    </message>
    <message>
        <source>Relisez vos réponses. Vous pouvez revenir sur chaque partie pour la modifier.</source>
        <translation>Yanıtlarınızı yeniden okuyun. Değiştirmek için her bölüme geri dönebilirsiniz.</translation>
    </message>
    <message>
        <source>Cette démarche est réservée aux membres de famille de ressortissant UE/EEE/Suisse.</source>
        <translation>Bu işlem yalnızca AB/AEA/İsviçre vatandaşlarının aile üyelerine yöneliktir.</translation>
    </message>
    <message>
        <source>Choisissez la démarche qui correspond à votre titre actuel, ou demandez conseil au médiateur.</source>
        <translation>Mevcut izninize uygun işlemi seçin veya arabulucuya danışın.</translation>
    </message>
    <message>
        <source>Vous avez déménagé : vous devez d'abord déclarer votre changement d'adresse.</source>
        <translation>Taşındınız: önce adres değişikliğinizi bildirmeniz gerekir.</translation>
    </message>
    <message>
        <source>Déclarez votre nouvelle adresse sur l'ANEF, puis revenez demander le renouvellement.</source>
        <translation>Yeni adresinizi ANEF sitesinde bildirin, ardından yenileme başvurusu için geri gelin.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est étudiant, un ascendant ne peut pas bénéficier de ce titre.</source>
        <translation>Referans kişi öğrenciyse, üstsoy (ebeveyn, büyükanne/büyükbaba) bu izinden yararlanamaz.</translation>
    </message>
    <message>
        <source>Seuls le conjoint et les descendants à charge d'un étudiant sont concernés. Adressez-vous à la préfecture.</source>
        <translation>Yalnızca öğrencinin eşi ve bakmakla yükümlü olduğu altsoyu kapsanır. Valiliğe başvurun.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est étudiant, un descendant doit être à sa charge.</source>
        <translation>Referans kişi öğrenciyse, altsoyun onun bakımı altında olması gerekir.</translation>
    </message>
    <message>
        <source>Lorsque l'accueillant est Français, seul son conjoint peut faire cette demande.</source>
        <translation>Referans kişi Fransız ise, bu başvuruyu yalnızca eşi yapabilir.</translation>
    </message>
    <message>
        <source>Adressez-vous à la préfecture pour connaître la démarche qui vous correspond.</source>
        <translation>Size uygun işlemi öğrenmek için valiliğe başvurun.</translation>
    </message>
    <message>
        <source>Sans séjour de plus de 3 mois avec votre conjoint dans un autre État de l'UE, de l'EEE ou en Suisse, cette démarche ne vous concerne pas.</source>
        <translation>Eşinizle başka bir AB veya AEA devletinde ya da İsviçre'de 3 aydan uzun kalmadıysanız, bu işlem sizi kapsamaz.</translation>
    </message>
    <message>
        <source>Utilisez la démarche « Conjoint de Français » ou contactez votre préfecture.</source>
        <translation>“Conjoint de Français” (Fransız vatandaşının eşi) işlemini kullanın veya valiliğinizle iletişime geçin.</translation>
    </message>
    <message>
        <source>L'identité de votre accueillant doit être confirmée.</source>
        <translation>Referans kişinizin kimliği onaylanmalıdır.</translation>
    </message>
    <message>
        <source>Vérifiez l'identité de votre accueillant puis cochez la case de confirmation.</source>
        <translation>Referans kişinizin kimliğini kontrol edin ve onay kutusunu işaretleyin.</translation>
    </message>
    <message>
        <source>Il est tôt : le renouvellement se demande entre 4 et 2 mois avant l'expiration de votre titre.</source>
        <translation>Henüz erken: yenileme, izninizin bitişinden 4 ile 2 ay önce istenir.</translation>
    </message>
    <message>
        <source>Votre titre expire dans moins de 2 mois : déposez votre demande sans attendre.</source>
        <translation>İzninizin süresi 2 aydan kısa bir sürede doluyor: başvurunuzu beklemeden yapın.</translation>
    </message>
    <message>
        <source>Votre titre a expiré : déposez votre demande et conservez la confirmation de dépôt.</source>
        <translation>İzninizin süresi doldu: başvurunuzu yapın ve başvuru onay belgesini saklayın.</translation>
    </message>
    <message>
        <source>Passeport en cours de validité</source>
        <translation>Geçerli pasaport</translation>
    </message>
    <message>
        <source>Les pages d'identité et de validité.</source>
        <translation>Kimlik ve geçerlilik sayfaları.</translation>
    </message>
    <message>
        <source>Justificatif de domicile de moins de 6 mois</source>
        <translation>6 aydan eski olmayan ikametgâh belgesi</translation>
    </message>
    <message>
        <source>Facture d'électricité, de gaz, d'eau ou de téléphone, quittance de loyer, avis d'imposition…</source>
        <translation>Elektrik, gaz, su veya telefon faturası, kira makbuzu, vergi bildirimi…</translation>
    </message>
    <message>
        <source>Carte de séjour délivrée par l'autre État</source>
        <translation>Diğer devletin verdiği oturma kartı</translation>
    </message>
    <message>
        <source>si vous avez séjourné dans un autre État et y avez reçu une carte de séjour</source>
        <translation>başka bir devlette kaldıysanız ve orada oturma kartı aldıysanız</translation>
    </message>
    <message>
        <source>Justificatifs du séjour de plus de 3 mois dans l'autre État</source>
        <translation>Diğer devlette 3 aydan uzun kalışı gösteren belgeler</translation>
    </message>
    <message>
        <source>si vous avez séjourné dans un autre État sans y recevoir de carte de séjour</source>
        <translation>başka bir devlette oturma kartı almadan kaldıysanız</translation>
    </message>
    <message>
        <source>Acte de mariage</source>
        <translation>Evlilik belgesi</translation>
    </message>
    <message>
        <source>si vous êtes marié(e)</source>
        <translation>evliyseniz</translation>
    </message>
    <message>
        <source>Attestation de PACS ou de partenariat enregistré</source>
        <translation>PACS veya kayıtlı birliktelik belgesi</translation>
    </message>
    <message>
        <source>si vous êtes pacsé(e)</source>
        <translation>PACS (medeni birliktelik) yaptıysanız</translation>
    </message>
    <message>
        <source>Justificatifs de vie commune</source>
        <translation>Birlikte yaşadığınızı gösteren belgeler</translation>
    </message>
    <message>
        <source>si vous vivez en concubinage</source>
        <translation>evlilik dışı birlikte yaşıyorsanız</translation>
    </message>
    <message>
        <source>Pièce d'identité de l'accueillant</source>
        <translation>Referans kişinin kimlik belgesi</translation>
    </message>
    <message>
        <source>si votre accueillant est Français ou Européen sans titre de séjour</source>
        <translation>referans kişiniz Fransız veya oturma izni olmayan bir Avrupalı ise</translation>
    </message>
    <message>
        <source>Justificatifs de prise en charge / de dépendance</source>
        <translation>Bakım / bağımlılık belgeleri</translation>
    </message>
    <message>
        <source>si vous êtes ascendant, personne à charge, ou descendant de 21 ans ou plus ou d'un étudiant</source>
        <translation>üstsoy, bakmakla yükümlü olunan kişi, 21 yaş ve üstü altsoy veya bir öğrencinin altsoyu iseniz</translation>
    </message>
    <message>
        <source>Acte de naissance établissant le lien avec l'accueillant ou son conjoint</source>
        <translation>Referans kişiyle veya eşiyle bağı gösteren doğum belgesi</translation>
    </message>
    <message>
        <source>si vous êtes ascendant de l'accueillant ou de son conjoint</source>
        <translation>referans kişinin veya eşinin üstsoyu iseniz</translation>
    </message>
    <message>
        <source>Acte de naissance avec filiation</source>
        <translation>Anne ve baba adlarını içeren doğum belgesi</translation>
    </message>
    <message>
        <source>si vous êtes descendant de l'accueillant ou de son conjoint</source>
        <translation>referans kişinin veya eşinin altsoyu iseniz</translation>
    </message>
    <message>
        <source>Justificatifs du droit au séjour de l'accueillant pendant les 5 années précédentes</source>
        <translation>Referans kişinin son 5 yıldaki oturma hakkını gösteren belgeler</translation>
    </message>
    <message>
        <source>Un titre « Citoyen UE » de 7 mois au plus couvre la période de sa validité.</source>
        <translation>En fazla 7 aylık bir “Citoyen UE” (AB vatandaşı) izni, geçerlilik süresini kapsar.</translation>
    </message>
    <message>
        <source>si votre accueillant est Européen sans titre permanent</source>
        <translation>referans kişiniz daimi izni olmayan bir Avrupalı ise</translation>
    </message>
    <message>
        <source>Justificatifs de continuité de séjour sur 5 ans</source>
        <translation>5 yıllık kesintisiz kalışı gösteren belgeler</translation>
    </message>
    <message>
        <source>si vous êtes en France depuis plus de 5 ans</source>
        <translation>5 yıldan uzun süredir Fransa'daysanız</translation>
    </message>
    <message>
        <source>Preuve de résidence en France du conjoint français</source>
        <translation>Fransız eşin Fransa'da ikamet ettiğinin kanıtı</translation>
    </message>
    <message>
        <source>Quittances de loyer ou de charges, factures, document administratif…</source>
        <translation>Kira veya aidat makbuzları, faturalar, resmî belgeler…</translation>
    </message>
    <message>
        <source>si votre accueillant est Français</source>
        <translation>referans kişiniz Fransız ise</translation>
    </message>
    <message>
        <source>Attestation sur l'honneur de l'accueillant : pas d'absence de plus de 2 années consécutives</source>
        <translation>Referans kişinin yazılı beyanı: art arda 2 yıldan uzun süre ayrılmadığına dair</translation>
    </message>
    <message>
        <source>si votre accueillant a un titre de séjour permanent</source>
        <translation>referans kişinizin daimi oturma izni varsa</translation>
    </message>
    <message>
        <source>Certificat de scolarité de l'accueillant</source>
        <translation>Referans kişinin öğrenci belgesi</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant</source>
        <translation>Avrupalı referans kişiniz öğrenciyse</translation>
    </message>
    <message>
        <source>Justificatif de prise en charge</source>
        <translation>Bakım belgesi</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant, ou salarié et vous n'êtes ni son conjoint ni un descendant de moins de 21 ans</source>
        <translation>Avrupalı referans kişiniz öğrenciyse ya da ücretli çalışansa ve siz ne eşi ne de 21 yaşından küçük altsoyu değilseniz</translation>
    </message>
    <message>
        <source>Contrat de travail, attestation de l'employeur ou bulletins de salaire de l'accueillant</source>
        <translation>Referans kişinin iş sözleşmesi, işveren belgesi veya maaş bordroları</translation>
    </message>
    <message>
        <source>si votre accueillant européen est salarié</source>
        <translation>Avrupalı referans kişiniz ücretli çalışansa</translation>
    </message>
    <message>
        <source>Justificatif d'activité non salariée de l'accueillant</source>
        <translation>Referans kişinin serbest çalışma belgesi</translation>
    </message>
    <message>
        <source>si votre accueillant européen est non salarié</source>
        <translation>Avrupalı referans kişiniz serbest çalışansa</translation>
    </message>
    <message>
        <source>Attestation de maintien de droit ou d'inscription comme demandeur d'emploi</source>
        <translation>Hakların devamı veya iş arayan olarak kayıt belgesi</translation>
    </message>
    <message>
        <source>si votre accueillant européen est en cessation involontaire d'activité</source>
        <translation>Avrupalı referans kişiniz isteği dışında işini bıraktıysa</translation>
    </message>
    <message>
        <source>Attestation d'assurance maladie de l'accueillant</source>
        <translation>Referans kişinin sağlık sigortası belgesi</translation>
    </message>
    <message>
        <source>si votre accueillant européen est étudiant, retraité ou inactif, sans titre permanent ni titre récent</source>
        <translation>Avrupalı referans kişiniz öğrenci, emekli veya çalışmıyorsa ve daimi ya da yeni bir izni yoksa</translation>
    </message>
    <message>
        <source>Justificatifs de ressources de l'accueillant</source>
        <translation>Referans kişinin gelir belgeleri</translation>
    </message>
    <message>
        <source>facultatif, si votre accueillant européen est retraité ou inactif, sans titre permanent ni titre récent</source>
        <translation>isteğe bağlı; Avrupalı referans kişiniz emekli veya çalışmıyorsa ve daimi ya da yeni bir izni yoksa</translation>
    </message>
    <message>
        <source>Déposé au guichet, en attente de transmission</source>
        <translation>Gişede teslim edildi, iletilmeyi bekliyor</translation>
    </message>
    <message>
        <source>Transmission en cours</source>
        <translation>İletiliyor</translation>
    </message>
    <message>
        <source>Transmission suspendue : le médiateur est prévenu</source>
        <translation>İletim durduruldu: arabulucuya haber verildi</translation>
    </message>
    <message>
        <source>Transmis au service instructeur</source>
        <translation>İnceleme birimine iletildi</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Confirmé</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <source>Non confirmé</source>
        <translation>Onaylanmadı</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Lire à voix haute</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <source>Lit à voix haute le titre et les questions de cet écran</source>
        <translation>Bu ekrandaki başlığı ve soruları sesli okur</translation>
    </message>
</context>
<context>
    <name>ResumeCodeDialog</name>
    <message>
        <source>Reprendre avec un code</source>
        <translation>Kodla devam et</translation>
    </message>
    <message>
        <source>Reprendre une demande enregistrée</source>
        <translation>Kaydedilmiş bir başvuruya devam et</translation>
    </message>
    <message>
        <source>Tapez le code de reprise imprimé sur votre ticket (15 caractères, par exemple K7QM4-XPDR9-TWAB3). Les tirets et les espaces ne comptent pas.</source>
        <translation>Fişinizde basılı devam kodunu yazın (15 karakter, örneğin K7QM4-XPDR9-TWAB3). Tireler ve boşluklar önemli değildir.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>Devam kodu</translation>
    </message>
    <message>
        <source>Scanner le ticket</source>
        <translation>Fişi tara</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Reprendre ma demande</source>
        <translation>Başvuruma devam et</translation>
    </message>
    <message>
        <source>Recherche de votre demande…</source>
        <translation>Başvurunuz aranıyor…</translation>
    </message>
    <message>
        <source>La demande n'a pas pu être ouverte. Réessayez, ou demandez de l'aide à l'accueil.</source>
        <translation>Başvuru açılamadı. Yeniden deneyin veya danışmadan yardım isteyin.</translation>
    </message>
    <message>
        <source>Le code de reprise compte 15 caractères (trois groupes de cinq). Vérifiez qu'il est complet.</source>
        <translation>Devam kodu 15 karakterden oluşur (beşerli üç grup). Eksiksiz olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Ce code contient un caractère qui n'existe pas dans les codes de reprise : ils n'utilisent que les chiffres 2 à 9 et les lettres sauf I et O.</source>
        <translation>Bu kodda devam kodlarında bulunmayan bir karakter var: bu kodlarda yalnızca 2 ile 9 arasındaki rakamlar ve I ile O dışındaki harfler kullanılır.</translation>
    </message>
    <message>
        <source>Ce code contient une faute de frappe. Comparez chaque caractère avec votre ticket.</source>
        <translation>Bu kodda bir yazım hatası var. Her karakteri fişinizle karşılaştırın.</translation>
    </message>
    <message>
        <source>Aucune demande enregistrée ne correspond à ce code. Vérifiez-le avec votre ticket.</source>
        <translation>Bu kodla eşleşen kayıtlı bir başvuru yok. Kodu fişinizle karşılaştırın.</translation>
    </message>
    <message>
        <source>Ce code a expiré : il était valable jusqu'au %1. La demande enregistrée a été supprimée ; vous pouvez commencer une nouvelle demande.</source>
        <translation>Bu kodun süresi doldu: %1 tarihine kadar geçerliydi. Kaydedilmiş başvuru silindi; yeni bir başvuru başlatabilirsiniz.</translation>
    </message>
    <message>
        <source>Ce code a déjà servi : un ticket ne permet de reprendre une demande qu'une fois. Demandez de l'aide à l'accueil si besoin.</source>
        <translation>Bu kod zaten kullanıldı: bir fişle başvuruya yalnızca bir kez devam edilebilir. Gerekirse danışmadan yardım isteyin.</translation>
    </message>
    <message>
        <source>Trop d'essais avec un code erroné. Réessayez dans %1 secondes.</source>
        <translation>Yanlış kodla çok fazla deneme yapıldı. %1 saniye sonra yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Modifier</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>Modifier : </source>
        <translation>Değiştir: </translation>
    </message>
    <message>
        <source>Pièces justificatives</source>
        <translation>Destekleyici belgeler</translation>
    </message>
    <message>
        <source>Modifier : pièces justificatives</source>
        <translation>Değiştir: destekleyici belgeler</translation>
    </message>
    <message>
        <source>MANQUANT</source>
        <translation>EKSİK</translation>
    </message>
    <message>
        <source>aucun fichier</source>
        <translation>dosya yok</translation>
    </message>
</context>
<context>
    <name>SaveForLaterDialog</name>
    <message>
        <source>Enregistrer et reprendre plus tard</source>
        <translation>Kaydet ve sonra devam et</translation>
    </message>
    <message>
        <source>Enregistrer votre demande pour la reprendre plus tard ?</source>
        <translation>Başvurunuzu daha sonra devam etmek üzere kaydetmek istiyor musunuz?</translation>
    </message>
    <message>
        <source>Votre demande sera gardée sur cette borne, chiffrée, sous un code de reprise que vous recevrez sur un ticket. Sans ce code, personne ne pourra la rouvrir, pas même l'accueil. Vous pourrez revenir la reprendre là où vous vous êtes arrêté(e).</source>
        <translation>Başvurunuz bu kioskta şifrelenmiş olarak, size bir fişle verilecek bir devam kodu altında saklanacak. Bu kod olmadan hiç kimse, danışma bile, başvurunuzu yeniden açamaz. Daha sonra gelip kaldığınız yerden devam edebilirsiniz.</translation>
    </message>
    <message>
        <source>Continuer ma demande</source>
        <translation>Doldurmaya devam et</translation>
    </message>
    <message>
        <source>Enregistrer et recevoir un code</source>
        <translation>Kaydet ve kod al</translation>
    </message>
    <message>
        <source>Enregistrement en cours…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>La demande n'a pas pu être enregistrée. Elle est toujours ouverte : vous pouvez la continuer, ou demander de l'aide à l'accueil.</source>
        <translation>Başvuru kaydedilemedi. Hâlâ açık: devam edebilir veya danışmadan yardım isteyebilirsiniz.</translation>
    </message>
    <message>
        <source>Votre demande est enregistrée</source>
        <translation>Başvurunuz kaydedildi</translation>
    </message>
    <message>
        <source>Pour la reprendre, touchez « Reprendre avec un code » sur l'écran d'accueil et tapez ce code, ou présentez le ticket à la caméra. Imprimez le ticket ou notez le code : il ne sera plus jamais affiché.</source>
        <translation>Devam etmek için ana ekranda “Kodla devam et” düğmesine dokunun ve bu kodu yazın ya da fişi kameraya gösterin. Fişi yazdırın veya kodu not edin: bir daha asla gösterilmeyecek.</translation>
    </message>
    <message>
        <source>Code de reprise</source>
        <translation>Devam kodu</translation>
    </message>
    <message>
        <source>Code de reprise : %1</source>
        <translation>Devam kodu: %1</translation>
    </message>
    <message>
        <source>Valable jusqu'au %1 inclus. Après cette date, la demande enregistrée sera supprimée.</source>
        <translation>%1 tarihi dahil geçerlidir. Bu tarihten sonra kaydedilmiş başvuru silinecek.</translation>
    </message>
    <message>
        <source>Code QR du ticket de reprise</source>
        <translation>Devam fişinin QR kodu</translation>
    </message>
    <message>
        <source>Imprimer le ticket</source>
        <translation>Fişi yazdır</translation>
    </message>
    <message>
        <source>Afficher le ticket</source>
        <translation>Fişi göster</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Bitir</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Lire votre document</source>
        <translation>Belgenizi okuyun</translation>
    </message>
    <message>
        <source>Lire votre passeport ou votre titre de séjour</source>
        <translation>Pasaportunuzu veya oturma izninizi okuyun</translation>
    </message>
    <message>
        <source>Image de la caméra, avec le cadre où placer le document</source>
        <translation>Belgeyi yerleştireceğiniz çerçeveyle kamera görüntüsü</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>Fotoğrafı çek</translation>
    </message>
    <message>
        <source>Importer une image</source>
        <translation>Görüntü içe aktar</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Placez la page de votre document avec la photo dans le cadre, les lignes de caractères en bas</source>
        <translation>Belgenizin fotoğraflı sayfasını, karakter satırları altta olacak şekilde çerçeveye yerleştirin</translation>
    </message>
    <message>
        <source>Approchez le document de la caméra</source>
        <translation>Belgeyi kameraya yaklaştırın</translation>
    </message>
    <message>
        <source>Évitez les reflets : inclinez un peu le document</source>
        <translation>Yansımadan kaçının: belgeyi biraz eğin</translation>
    </message>
    <message>
        <source>Tenez le document immobile</source>
        <translation>Belgeyi sabit tutun</translation>
    </message>
    <message>
        <source>Ne bougez plus, lecture en cours…</source>
        <translation>Kıpırdamayın, okunuyor…</translation>
    </message>
    <message>
        <source>Ne présentez qu'un seul document à la fois</source>
        <translation>Aynı anda yalnızca bir belge gösterin</translation>
    </message>
    <message>
        <source>Document lu</source>
        <translation>Belge okundu</translation>
    </message>
    <message>
        <source>Document bien placé</source>
        <translation>Belge doğru yerleştirildi</translation>
    </message>
    <message>
        <source>Aucune bande de lecture n'a été trouvée sur cette image (les deux ou trois lignes de caractères en bas de la page du passeport ou au dos du titre de séjour). Essayez une autre photo, ou saisissez vos informations à la main.</source>
        <translation>Bu görüntüde makine tarafından okunabilen bölüm bulunamadı (pasaport sayfasının altındaki veya oturma izninin arkasındaki iki ya da üç karakter satırı). Başka bir fotoğraf deneyin veya bilgilerinizi elle girin.</translation>
    </message>
    <message>
        <source>La bande de lecture a été trouvée mais n'a pas pu être lue sans erreur. Reprenez la photo bien à plat, nette et sans reflet, ou saisissez vos informations à la main.</source>
        <translation>Okunabilen bölüm bulundu ancak hatasız okunamadı. Fotoğrafı düz, net ve yansımasız olarak yeniden çekin veya bilgilerinizi elle girin.</translation>
    </message>
    <message>
        <source>La bande de lecture est trop petite sur cette image pour être lue sans erreur. Rapprochez le document de l'appareil (la page doit remplir la photo) et reprenez la photo, ou saisissez vos informations à la main.</source>
        <translation>Okuma şeridi bu görüntüde hatasız okunamayacak kadar küçük. Belgeyi kameraya yaklaştırın (sayfa fotoğrafı doldurmalı) ve fotoğrafı yeniden çekin ya da bilgilerinizi elle girin.</translation>
    </message>
    <message>
        <source>Plusieurs documents apparaissent sur l'image : ne montrez qu'un seul document.</source>
        <translation>Görüntüde birden fazla belge var: yalnızca bir belge gösterin.</translation>
    </message>
    <message>
        <source>La lecture automatique des documents n'est pas disponible sur cette borne. Saisissez vos informations à la main.</source>
        <translation>Bu kioskta otomatik belge okuma kullanılamıyor. Bilgilerinizi elle girin.</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas une image lisible.</source>
        <translation>Bu dosya okunabilir bir görüntü değil.</translation>
    </message>
    <message>
        <source>Ce fichier n'est pas une image lisible (JPEG ou PNG attendu).</source>
        <translation>Bu dosya okunabilir bir görüntü değil (JPEG veya PNG bekleniyor).</translation>
    </message>
    <message>
        <source>La caméra n'est pas disponible. Vous pouvez importer une photo de votre document avec le bouton « Importer une image ».</source>
        <translation>Kamera kullanılamıyor. Belgenizin fotoğrafını “Görüntü içe aktar” düğmesiyle yükleyebilirsiniz.</translation>
    </message>
    <message>
        <source>La caméra ne répond plus. Vous pouvez importer une photo de votre document avec le bouton « Importer une image ».</source>
        <translation>Kamera yanıt vermiyor. Belgenizin fotoğrafını “Görüntü içe aktar” düğmesiyle yükleyebilirsiniz.</translation>
    </message>
    <message>
        <source>Le document n'a pas pu être lu.</source>
        <translation>Belge okunamadı.</translation>
    </message>
    <message>
        <source>Caméra indisponible</source>
        <translation>Kamera kullanılamıyor</translation>
    </message>
    <message>
        <source>Aucune image de la caméra pour l'instant.</source>
        <translation>Henüz kamera görüntüsü yok.</translation>
    </message>
    <message>
        <source>Lecture de la photo…</source>
        <translation>Fotoğraf okunuyor…</translation>
    </message>
    <message>
        <source>Lecture de l'image…</source>
        <translation>Görüntü okunuyor…</translation>
    </message>
    <message>
        <source>Choisir une photo du document</source>
        <translation>Belgenin fotoğrafını seçin</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Görüntüler (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Continuer</source>
        <translation>Devam</translation>
    </message>
    <message>
        <source>Que faire : </source>
        <translation>Ne yapmalı: </translation>
    </message>
    <message>
        <source>Vous ne pouvez pas continuer cette démarche</source>
        <translation>Bu işleme devam edemezsiniz</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Dikkat</translation>
    </message>
    <message>
        <source>J'ai compris</source>
        <translation>Anladım</translation>
    </message>
    <message>
        <source>Je commence</source>
        <translation>Başla</translation>
    </message>
    <message>
        <source>Je continue</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <source>Déposer ma demande</source>
        <translation>Başvurumu gönder</translation>
    </message>
</context>
<context>
    <name>TicketScanDialog</name>
    <message>
        <source>Scanner le ticket</source>
        <translation>Fişi tara</translation>
    </message>
    <message>
        <source>Présentez le code QR de votre ticket devant la caméra</source>
        <translation>Fişinizdeki QR kodunu kameraya gösterin</translation>
    </message>
    <message>
        <source>Image de la caméra</source>
        <translation>Kamera görüntüsü</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>La caméra n'est pas disponible. Tapez le code imprimé sur votre ticket.</source>
        <translation>Kamera kullanılamıyor. Fişinizde basılı kodu yazın.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Bienvenue</source>
        <translation>Hoş geldiniz</translation>
    </message>
    <message>
        <source>Cette borne vous permet de déposer votre demande de titre de séjour, même sans connexion internet. Munissez-vous de votre passeport, de votre titre de séjour actuel et de vos pièces justificatives.</source>
        <translation>Bu kiosk, internet bağlantısı olmasa bile oturma izni başvurunuzu yapmanızı sağlar. Pasaportunuzu, mevcut oturma izninizi ve destekleyici belgelerinizi yanınızda bulundurun.</translation>
    </message>
    <message>
        <source>Je demande le renouvellement de mon titre de séjour</source>
        <translation>Oturma iznimin yenilenmesini istiyorum</translation>
    </message>
    <message>
        <source>Reprendre ce dossier</source>
        <translation>Bu dosyaya devam et</translation>
    </message>
    <message>
        <source>Abandonner ce dossier</source>
        <translation>Bu dosyadan vazgeç</translation>
    </message>
    <message>
        <source>Reprendre avec un code</source>
        <translation>Kodla devam et</translation>
    </message>
    <message>
        <source>Mon espace : messages de la préfecture sur ma demande</source>
        <translation>Hesabım: başvurumla ilgili valilik mesajları</translation>
    </message>
    <message>
        <source>Espace médiateur : dossiers en file d'attente</source>
        <translation>Arabulucu alanı: kuyruktaki dosyalar</translation>
    </message>
    <message>
        <source>Un dossier commencé sur cette borne n'est pas terminé (dernière modification : %1).</source>
        <translation>Bu kioskta başlatılan bir dosya tamamlanmadı (son değişiklik: %1).</translation>
    </message>
</context>
</TS>
