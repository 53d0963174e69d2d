<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New processing activity</source>
        <translation>Nouveau traitement</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Sensitive data (art. 9 or 10)</source>
        <translation>Données sensibles (art. 9 ou 10)</translation>
    </message>
    <message>
        <source>Health, beliefs, union membership, sex life, criminal convictions…</source>
        <translation>Santé, convictions, appartenance syndicale, vie sexuelle, condamnations pénales…</translation>
    </message>
    <message>
        <source>To complete</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Purposes (one per line)</source>
        <translation>Finalités (une par ligne)</translation>
    </message>
    <message>
        <source>Legal basis (art. 6)</source>
        <translation>Base légale (art. 6)</translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Categories of people</source>
        <translation>Catégories de personnes</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Internal recipients</source>
        <translation>Destinataires internes</translation>
    </message>
    <message>
        <source>Transfers outside the EU</source>
        <translation>Transferts hors de l’UE</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Activity</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (a bug). Your data is safe: nothing half-done was saved. The details are in the log folder:
{folder}</source>
        <translation>Une erreur inattendue s’est produite (un bogue). Vos données sont intactes&#xa0;: rien d’inachevé n’a été enregistré. Les détails sont dans le dossier du journal&#xa0;:
{folder}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (a bug); it was written to the log.</source>
        <translation>Une erreur inattendue s’est produite (un bogue)&#xa0;; elle a été notée dans le journal.</translation>
    </message>
    <message>
        <source>Open or create another store…</source>
        <translation>Ouvrir ou créer une autre base…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>The key was not changed.</source>
        <translation>La clé n’a pas été changée.</translation>
    </message>
    <message>
        <source>Changing the key…</source>
        <translation>Changement de la clé…</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="vanished">La sauvegarde a été restaurée.</translation>
    </message>
    <message>
        <source>The previous store is kept as {path}.</source>
        <translation type="vanished">La base précédente est conservée sous {path}.</translation>
    </message>
    <message>
        <source>The backup was older than {count} erasure(s): they were made again.</source>
        <translation type="vanished">La sauvegarde était antérieure à {count} effacement(s) : ils ont été refaits.</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>export</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>impression</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>import</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>effacement</translation>
    </message>
    <message>
        <source>store opened</source>
        <translation>ouverture du stockage</translation>
    </message>
    <message>
        <source>store upgraded</source>
        <translation>mise à niveau du stockage</translation>
    </message>
    <message>
        <source>searched</source>
        <translation>recherche</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>courrier</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>tiers</translation>
    </message>
    <message>
        <source>processing activity</source>
        <translation>traitement</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transfert</translation>
    </message>
    <message>
        <source>register</source>
        <translation>registre</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>store</source>
        <translation>stockage</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>réglages</translation>
    </message>
    <message>
        <source>other record</source>
        <translation>autre fiche</translation>
    </message>
    <message>
        <source>kind of request</source>
        <translation>type de demande</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>date de réception</translation>
    </message>
    <message>
        <source>date answered</source>
        <translation>date de réponse</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>auteur du courrier</translation>
    </message>
    <message>
        <source>applicable law</source>
        <translation>régime applicable</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>person linked</source>
        <translation>personne liée</translation>
    </message>
    <message>
        <source>about nobody we know</source>
        <translation>concerne une personne inconnue de nos fichiers</translation>
    </message>
    <message>
        <source>scanned letter</source>
        <translation>courrier numérisé</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>prolongation</translation>
    </message>
    <message>
        <source>identity asked on</source>
        <translation>identité demandée le</translation>
    </message>
    <message>
        <source>identity received on</source>
        <translation>identité reçue le</translation>
    </message>
    <message>
        <source>identity check</source>
        <translation>vérification d’identité</translation>
    </message>
    <message>
        <source>identity result</source>
        <translation>résultat de la vérification</translation>
    </message>
    <message>
        <source>kind of letter</source>
        <translation>type de courrier</translation>
    </message>
    <message>
        <source>posting date</source>
        <translation>date d’envoi</translation>
    </message>
    <message>
        <source>letter kept (PDF)</source>
        <translation>courrier conservé (PDF)</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>n° client</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>tranche d’âge</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>items held</source>
        <translation>données détenues</translation>
    </message>
    <message>
        <source>item held</source>
        <translation>donnée détenue</translation>
    </message>
    <message>
        <source>marketing consent</source>
        <translation>consentement marketing</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>index de recherche</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>effacement</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>company</source>
        <translation>société</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>province or state</source>
        <translation>province ou État</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>raison sociale</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>CCPA role</source>
        <translation>rôle CCPA</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>DPO contact</source>
        <translation>contact DPO</translation>
    </message>
    <message>
        <source>service</source>
        <translation>prestation</translation>
    </message>
    <message>
        <source>purposes</source>
        <translation>finalités</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>finalité</translation>
    </message>
    <message>
        <source>categories of data</source>
        <translation>catégories de données</translation>
    </message>
    <message>
        <source>categories of people</source>
        <translation>catégories de personnes</translation>
    </message>
    <message>
        <source>sensitive data</source>
        <translation>données sensibles</translation>
    </message>
    <message>
        <source>internal recipients</source>
        <translation>destinataires internes</translation>
    </message>
    <message>
        <source>countries of processing</source>
        <translation>lieux de traitement</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>durée de conservation</translation>
    </message>
    <message>
        <source>security measures</source>
        <translation>mesures de sécurité</translation>
    </message>
    <message>
        <source>sub-processor of</source>
        <translation>sous-traitant de</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>data returned or deleted on</source>
        <translation>données rendues ou effacées le</translation>
    </message>
    <message>
        <source>next review</source>
        <translation>prochaine revue</translation>
    </message>
    <message>
        <source>to complete</source>
        <translation>à compléter</translation>
    </message>
    <message>
        <source>agreement signed on</source>
        <translation>contrat signé le</translation>
    </message>
    <message>
        <source>agreement expires on</source>
        <translation>contrat expirant le</translation>
    </message>
    <message>
        <source>signed agreement</source>
        <translation>contrat signé</translation>
    </message>
    <message>
        <source>art. 28(3) terms</source>
        <translation>clauses de l’art. 28.3</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>base légale</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>destinataires</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>transferts</translation>
    </message>
    <message>
        <source>joint controller</source>
        <translation>responsable conjoint</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>exportateur</translation>
    </message>
    <message>
        <source>importer</source>
        <translation>importateur</translation>
    </message>
    <message>
        <source>importer&apos;s name</source>
        <translation>nom de l’importateur</translation>
    </message>
    <message>
        <source>destination country</source>
        <translation>pays de destination</translation>
    </message>
    <message>
        <source>onward transfers</source>
        <translation>transferts ultérieurs</translation>
    </message>
    <message>
        <source>legal ground</source>
        <translation>fondement</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>module des CCT</translation>
    </message>
    <message>
        <source>SCC signed on</source>
        <translation>CCT signées le</translation>
    </message>
    <message>
        <source>signed SCC</source>
        <translation>CCT signées</translation>
    </message>
    <message>
        <source>BCR reference</source>
        <translation>référence des BCR</translation>
    </message>
    <message>
        <source>derogation</source>
        <translation>dérogation</translation>
    </message>
    <message>
        <source>reason for the derogation</source>
        <translation>motif de la dérogation</translation>
    </message>
    <message>
        <source>DPF certification</source>
        <translation>certification DPF</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>date de l’analyse</translation>
    </message>
    <message>
        <source>assessment outcome</source>
        <translation>conclusion de l’analyse</translation>
    </message>
    <message>
        <source>assessment document</source>
        <translation>document d’analyse</translation>
    </message>
    <message>
        <source>supplementary measures</source>
        <translation>mesures supplémentaires</translation>
    </message>
    <message>
        <source>controller&apos;s name</source>
        <translation>nom du responsable du traitement</translation>
    </message>
    <message>
        <source>contact (role)</source>
        <translation>contact (fonction)</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>e-mail de contact</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>signataire</translation>
    </message>
    <message>
        <source>signatory&apos;s title</source>
        <translation>fonction du signataire</translation>
    </message>
    <message>
        <source>signatory&apos;s title in French</source>
        <translation>titre du signataire en français</translation>
    </message>
    <message>
        <source>legal form</source>
        <translation>forme juridique</translation>
    </message>
    <message>
        <source>share capital</source>
        <translation>capital social</translation>
    </message>
    <message>
        <source>registered office</source>
        <translation>siège social</translation>
    </message>
    <message>
        <source>trade register (RCS)</source>
        <translation>registre du commerce (RCS)</translation>
    </message>
    <message>
        <source>SIREN number</source>
        <translation>numéro SIREN</translation>
    </message>
    <message>
        <source>notices to recipients (art. 19)</source>
        <translation>notifications aux destinataires (art. 19)</translation>
    </message>
    <message>
        <source>facts about the person</source>
        <translation>faits concernant la personne</translation>
    </message>
    <message>
        <source>partial answer</source>
        <translation>réponse partielle</translation>
    </message>
    <message>
        <source>portable copy (CSV)</source>
        <translation>copie portable (CSV)</translation>
    </message>
    <message>
        <source>portable copy (JSON)</source>
        <translation>copie portable (JSON)</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>refus</translation>
    </message>
    <message>
        <source>restriction of processing</source>
        <translation>limitation du traitement</translation>
    </message>
    <message>
        <source>CCPA</source>
        <translation>CCPA</translation>
    </message>
    <message>
        <source>letter language</source>
        <translation>langue des courriers</translation>
    </message>
    <message>
        <source>holiday region</source>
        <translation>région des jours fériés</translation>
    </message>
    <message>
        <source>postal delay</source>
        <translation>délai postal</translation>
    </message>
    <message>
        <source>how long requests are kept</source>
        <translation>durée de conservation des demandes</translation>
    </message>
    <message>
        <source>backup folder</source>
        <translation>dossier des sauvegardes</translation>
    </message>
    <message>
        <source>backups kept</source>
        <translation>sauvegardes conservées</translation>
    </message>
    <message>
        <source>backup on exit</source>
        <translation>sauvegarde à la fermeture</translation>
    </message>
    <message>
        <source>automatic lock</source>
        <translation>verrouillage automatique</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restauration</translation>
    </message>
    <message>
        <source>email marketing consent</source>
        <translation>consentement marketing par e-mail</translation>
    </message>
    <message>
        <source>SMS marketing consent</source>
        <translation>consentement marketing par SMS</translation>
    </message>
    <message>
        <source>other field</source>
        <translation>autre champ</translation>
    </message>
    <message>
        <source>key in the system keyring</source>
        <translation>clé dans le trousseau du système</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>phrase secrète</translation>
    </message>
    <message>
        <source>the backup of {when}</source>
        <translation>la sauvegarde du {when}</translation>
    </message>
    <message>
        <source>restriction</source>
        <translation>limitation</translation>
    </message>
    <message>
        <source>restriction lifted</source>
        <translation>fin de la limitation</translation>
    </message>
    <message>
        <source>letter: {kind}</source>
        <translation>courrier : {kind}</translation>
    </message>
    <message>
        <source>key changed from {old} to {new}, after a backup</source>
        <translation>clé changée ({old} → {new}), après une sauvegarde</translation>
    </message>
    <message>
        <source>opened with: {key}</source>
        <translation>ouvert avec : {key}</translation>
    </message>
    <message>
        <source>{format} file</source>
        <translation>fichier {format}</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>rectification</translation>
    </message>
    <message>
        <source>erased, a tombstone kept</source>
        <translation>effacé, une trace minimale conservée</translation>
    </message>
    <message>
        <source>retention period over</source>
        <translation>durée de conservation écoulée</translation>
    </message>
    <message numerus="yes">
        <source>%n closed request(s) past their retention deleted</source>
        <translation>
            <numerusform>%n demande close supprimée (durée de conservation écoulée)</numerusform>
            <numerusform>%n demandes closes supprimées (durée de conservation écoulée)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>art. 19 notices to %n recipient(s)</source>
        <translation>
            <numerusform>notification art. 19 à %n destinataire</numerusform>
            <numerusform>notifications art. 19 à %n destinataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>art. 19 notices ({action}) to %n recipient(s)</source>
        <translation>
            <numerusform>notification art. 19 ({action}) à %n destinataire</numerusform>
            <numerusform>notifications art. 19 ({action}) à %n destinataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>art. 19 notices posted to %n recipient(s)</source>
        <translation>
            <numerusform>notification art. 19 postée à %n destinataire</numerusform>
            <numerusform>notifications art. 19 postées à %n destinataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>demo: where the data of %n person(s) came from</source>
        <translation>
            <numerusform>démo : provenance des données de %n personne</numerusform>
            <numerusform>démo : provenance des données de %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>answer posted: the request answered</source>
        <translation>réponse envoyée : demande répondue</translation>
    </message>
    <message numerus="yes">
        <source>search index rebuilt for %n person(s)</source>
        <translation>
            <numerusform>index de recherche reconstruit pour %n personne</numerusform>
            <numerusform>index de recherche reconstruit pour %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>restored from {name}</source>
        <translation>restauré depuis {name}</translation>
    </message>
    <message numerus="yes">
        <source>after restoring {name}: %n later erasure(s) applied again</source>
        <translation>
            <numerusform>après la restauration de {name} : %n effacement postérieur appliqué à nouveau</numerusform>
            <numerusform>après la restauration de {name} : %n effacements postérieurs appliqués à nouveau</numerusform>
        </translation>
    </message>
    <message>
        <source>an interrupted key change was finished when the store opened</source>
        <translation>un changement de clé interrompu a été terminé à l’ouverture</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{added} ajoutés, {updated} mis à jour, {unchanged} inchangés, {rejected} rejetés</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Toutes les fiches</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit chain intact: %n event(s), none altered or removed.</source>
        <translation>
            <numerusform>✔ Chaîne d’audit intacte&#xa0;: %n événement, ni modifié ni supprimé.</numerusform>
            <numerusform>✔ Chaîne d’audit intacte&#xa0;: %n événements, aucun modifié ni supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation type="vanished">{n} événements</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>Vérification de la chaîne d’audit…</translation>
    </message>
    <message>
        <source>✔ Audit chain intact: {n} events, none altered or removed.</source>
        <translation type="vanished">✔ Chaîne d’audit intacte&#xa0;: {n} événements, aucun modifié ni supprimé.</translation>
    </message>
    <message>
        <source>✘ Audit chain broken at event {seq}: {reason}</source>
        <translation>✘ Chaîne d’audit rompue à l’événement {seq}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The audit chain could not be checked.</source>
        <translation>La chaîne d’audit n’a pas pu être vérifiée.</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Register entries</source>
        <translation>Entrées du registre</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements du journal</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l’instant</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>awaiting identity</source>
        <translation>en attente d’identité</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondue</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>close</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>A request that is {now} cannot become {then}.</source>
        <translation>Une demande {now} ne peut pas devenir {then}.</translation>
    </message>
    <message>
        <source>A refusal needs its reason (manifestly unfounded or excessive, and why).</source>
        <translation>Un refus doit donner son motif (manifestement infondée ou excessive, et pourquoi).</translation>
    </message>
    <message>
        <source>The request is answered once the answer letter has been posted.</source>
        <translation>La demande est répondue une fois le courrier de réponse posté.</translation>
    </message>
    <message>
        <source>A request cannot be closed before its answer is posted.</source>
        <translation>Une demande ne peut pas être close avant que sa réponse soit postée.</translation>
    </message>
    <message>
        <source>A refused request cannot be closed before the refusal letter is posted.</source>
        <translation>Une demande refusée ne peut pas être close avant que le courrier de refus soit posté.</translation>
    </message>
    <message>
        <source>This request was already extended; it can be extended only once.</source>
        <translation>Cette demande a déjà été prolongée ; elle ne peut l’être qu’une fois.</translation>
    </message>
    <message>
        <source>An extension notice must give the writer its reasons.</source>
        <translation>Un avis de prolongation doit en donner les raisons au demandeur.</translation>
    </message>
    <message>
        <source>Too late to extend: the notice had to be sent by {day}, within the first month.</source>
        <translation>Trop tard pour prolonger : l’avis devait partir au plus tard le {day}, dans le premier mois.</translation>
    </message>
    <message>
        <source>{path} is the store or one of its files: it is never written over. Choose another file name.</source>
        <translation>{path} est la base ou l&apos;un de ses fichiers : elle n&apos;est jamais écrasée. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>{path} is a backup (or in the backup folder): it is never written over. Choose another file name.</source>
        <translation>{path} est une sauvegarde (ou se trouve dans le dossier des sauvegardes) : elle n&apos;est jamais écrasée. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Give a file name to write to.</source>
        <translation>Indiquez le nom du fichier à écrire.</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} est un dossier : indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Nothing was written.</source>
        <translation>Impossible d’écrire {path} : {reason}. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The adequacy catalogue&apos;s {what} is not a date (YYYY-MM-DD).</source>
        <translation>Dans le catalogue des décisions d’adéquation, la {what} n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The adequacy catalogue is not valid JSON.</source>
        <translation>Le catalogue des décisions d’adéquation n’est pas un JSON valide.</translation>
    </message>
    <message>
        <source>The adequacy catalogue has no list of decisions.</source>
        <translation>Le catalogue des décisions d’adéquation ne contient pas de liste de décisions.</translation>
    </message>
    <message>
        <source>An adequacy decision in the catalogue is not an object.</source>
        <translation>Une décision d’adéquation du catalogue n’est pas un objet.</translation>
    </message>
    <message>
        <source>An adequacy decision has no two-letter country code ({code}).</source>
        <translation>Une décision d’adéquation n’a pas de code pays à deux lettres ({code}).</translation>
    </message>
    <message>
        <source>The adequacy decision for {code} has an unknown condition {condition}.</source>
        <translation>La décision d’adéquation pour {code} a une condition inconnue : {condition}.</translation>
    </message>
    <message>
        <source>date for {code}</source>
        <translation>date d’adoption pour {code}</translation>
    </message>
    <message>
        <source>end date for {code}</source>
        <translation>date de fin pour {code}</translation>
    </message>
    <message>
        <source>last-checked date</source>
        <translation>date de dernière vérification</translation>
    </message>
    <message>
        <source>intact (1 event)</source>
        <translation>intacte (1 événement)</translation>
    </message>
    <message>
        <source>intact ({count} events)</source>
        <translation>intacte ({count} événements)</translation>
    </message>
    <message>
        <source>broken at event {seq}: {reason}</source>
        <translation>rompue à l’événement {seq} : {reason}</translation>
    </message>
    <message>
        <source>the anchor of the audit trail is missing</source>
        <translation>l’ancre du journal d’audit a disparu</translation>
    </message>
    <message>
        <source>the audit trail has {count} anchors instead of one</source>
        <translation>le journal d’audit a {count} ancres au lieu d’une</translation>
    </message>
    <message>
        <source>the anchor of the audit trail was rewritten (its signature does not match)</source>
        <translation>l’ancre du journal d’audit a été réécrite (sa signature ne correspond pas)</translation>
    </message>
    <message>
        <source>sequence jumps from {before} to {after}</source>
        <translation>la numérotation saute de {before} à {after}</translation>
    </message>
    <message>
        <source>does not follow the previous event</source>
        <translation>ne suit pas l’événement précédent</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>son contenu a été modifié après son écriture</translation>
    </message>
    <message>
        <source>events {first} to {last} were removed (the anchor counts {last})</source>
        <translation>les événements {first} à {last} ont été supprimés (l’ancre en compte {last})</translation>
    </message>
    <message>
        <source>it is not the event the anchor names</source>
        <translation>ce n’est pas l’événement que nomme l’ancre</translation>
    </message>
    <message>
        <source>events {first} to {last} are not covered by the anchor, which ends at event {anchored}: written without the desk, or after the trail was tampered with</source>
        <translation>les événements {first} à {last} ne sont pas couverts par l’ancre, qui s’arrête à l’événement {anchored} : écrits hors du bureau, ou après une falsification du journal</translation>
    </message>
    <message>
        <source>No deadline can be counted from {day}: it would fall outside the calendar (after 31 December 9999 or before year 1).</source>
        <translation>Aucun délai ne peut être compté à partir du {day} : il tomberait hors du calendrier (après le 31 décembre 9999 ou avant l’an 1).</translation>
    </message>
    <message>
        <source>{code} is not a holiday region the desk knows: choose 57, 67, 68, an overseas département (971 to 976) or none.</source>
        <translation>{code} n’est pas une région de jours fériés connue du bureau : choisissez 57, 67, 68, un département d’outre-mer (971 à 976) ou aucune.</translation>
    </message>
    <message>
        <source>identity information cannot arrive before it was asked for</source>
        <translation>les informations d’identité ne peuvent pas arriver avant d’avoir été demandées</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <source>The phone number cannot be read as a phone number.</source>
        <translation>Le numéro de téléphone ne se lit pas comme un numéro de téléphone.</translation>
    </message>
    <message>
        <source>The phone number has the wrong number of digits.</source>
        <translation>Le numéro de téléphone n’a pas le bon nombre de chiffres.</translation>
    </message>
    <message>
        <source>The email address is empty.</source>
        <translation>L’adresse de courriel est vide.</translation>
    </message>
    <message>
        <source>The email address contains invisible or control characters ({codes}); type it again.</source>
        <translation>L’adresse e-mail contient des caractères invisibles ou de contrôle ({codes}) : saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>The email address is not of the form name@domain.tld.</source>
        <translation>L’adresse de courriel n’est pas de la forme nom@domaine.tld.</translation>
    </message>
    <message>
        <source>The email address has a domain that cannot exist.</source>
        <translation>L’adresse de courriel a un domaine qui ne peut pas exister.</translation>
    </message>
    <message>
        <source>The birth date is not a real date: write it as YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation>La date de naissance n’est pas une date réelle : écrivez-la sous la forme AAAA-MM-JJ ou JJ/MM/AAAA.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>The birth date is more than 130 years ago.</source>
        <translation>La date de naissance remonte à plus de 130 ans.</translation>
    </message>
    <message>
        <source>There is no field called {field} in a person&apos;s file.</source>
        <translation>Il n’y a pas de champ {field} dans la fiche d’une personne.</translation>
    </message>
    <message>
        <source>A contact, address or item field is written kind:id, for example email:12.</source>
        <translation>Un champ de contact, d’adresse ou de donnée détenue s’écrit kind:id, par exemple email:12.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>The {what} is {length} characters long; at most {limit} fit.</source>
        <translation>Le champ « {what} » compte {length} caractères ; {limit} au maximum.</translation>
    </message>
    <message>
        <source>The {what} has {count} lines; at most {limit} fit.</source>
        <translation>Le champ « {what} » compte {count} lignes ; {limit} au maximum.</translation>
    </message>
    <message>
        <source>Cannot use the backup folder {folder}: {reason}.</source>
        <translation>Impossible d’utiliser le dossier des sauvegardes {folder} : {reason}.</translation>
    </message>
    <message>
        <source>The backup could not be written in {folder}: {reason}</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite dans {folder} : {reason}</translation>
    </message>
    <message>
        <source>The backup could not be written in {folder}: {reason}.</source>
        <translation>La sauvegarde n’a pas pu être écrite dans {folder} : {reason}.</translation>
    </message>
    <message>
        <source>integrity check failed: {problems}</source>
        <translation>échec du contrôle d’intégrité : {problems}</translation>
    </message>
    <message>
        <source>it has no manifest (incomplete or too old)</source>
        <translation>elle n&apos;a pas de manifeste (incomplète ou trop ancienne)</translation>
    </message>
    <message>
        <source>it belongs to another store</source>
        <translation>elle appartient à une autre base</translation>
    </message>
    <message>
        <source>not a store of this version</source>
        <translation>pas une base de cette version</translation>
    </message>
    <message>
        <source>audit chain {chain}</source>
        <translation>chaîne d’audit {chain}</translation>
    </message>
    <message>
        <source>ok, schema {revision}, {rows} rows as in its manifest, audit chain {chain}</source>
        <translation>ok, schéma {revision}, {rows} lignes comme l&apos;indique son manifeste, journal d&apos;audit {chain}</translation>
    </message>
    <message>
        <source>no key to open it</source>
        <translation>aucune clé pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>ok, schema {revision}, audit chain {chain}</source>
        <translation type="vanished">OK, schéma {revision}, chaîne d’audit {chain}</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {why}. Nothing was changed.</source>
        <translation>Cette sauvegarde ne peut pas être restaurée : {why}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>it is the store itself</source>
        <translation>c&apos;est la base elle-même</translation>
    </message>
    <message>
        <source>The backup could not be restored into {folder}: {reason}. Nothing was changed.</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée dans {folder} : {reason}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason} Nothing was changed.</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée : {reason} Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The restored copy did not check out; nothing was changed.</source>
        <translation>La copie restaurée n&apos;a pas passé la vérification ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased at their request: not imported again (add them by hand if they have come back as a new customer).</source>
        <translation>Les données de cette personne ont été effacées à sa demande : elles ne sont pas importées de nouveau (ajoutez-la à la main si elle revient comme nouveau client).</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>numéro client</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>tranche d’âge</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>The row has no name, email address or customer ID.</source>
        <translation>La ligne n’a ni nom, ni adresse de courriel, ni numéro client.</translation>
    </message>
    <message>
        <source>The country is neither a two-letter code (FR, BE ...) nor a country&apos;s name.</source>
        <translation>Le pays n’est ni un code à deux lettres (FR, BE…) ni un nom de pays.</translation>
    </message>
    <message>
        <source>{values} values where the header has {columns} columns.</source>
        <translation>{values} valeurs là où l’en-tête a {columns} colonnes.</translation>
    </message>
    <message>
        <source>There is no field called {field} to import into.</source>
        <translation>Il n’y a pas de champ {field} dans lequel importer.</translation>
    </message>
    <message>
        <source>The column chosen for {field} is not in the file; check the mapping.</source>
        <translation>La colonne choisie pour {field} n’est pas dans le fichier ; vérifiez l’association des colonnes.</translation>
    </message>
    <message>
        <source>Line {line} is not {encoding} text: save the file again as CSV UTF-8.</source>
        <translation>La ligne {line} n’est pas du texte {encoding} : enregistrez de nouveau le fichier au format CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} is longer than 1 MB: this is not a customer list.</source>
        <translation>La ligne {line} dépasse 1 Mo : ce n’est pas une liste de clients.</translation>
    </message>
    <message>
        <source>{name} is not a CSV file (it holds binary data).</source>
        <translation>{name} n’est pas un fichier CSV (il contient des données binaires).</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV ({reason}).</source>
        <translation>La ligne {line} ne peut pas être lue comme du CSV ({reason}).</translation>
    </message>
    <message>
        <source>Line {line} has more than {limit} columns: this is not a customer list.</source>
        <translation>La ligne {line} a plus de {limit} colonnes : ce n’est pas une liste de clients.</translation>
    </message>
    <message>
        <source>a value is longer than 128 KB</source>
        <translation>une valeur dépasse 128 Ko</translation>
    </message>
    <message>
        <source>a line break inside a value that is not quoted</source>
        <translation>un saut de ligne dans une valeur qui n’est pas entre guillemets</translation>
    </message>
    <message>
        <source>a quote or delimiter out of place</source>
        <translation>un guillemet ou un séparateur mal placé</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Il n’y a pas de fichier à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CSV file.</source>
        <translation>{path} est un dossier, pas un fichier CSV.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <source>{name} is UTF-16 text: save it again as CSV UTF-8 or CSV.</source>
        <translation>{name} est un texte UTF-16 : enregistrez-le de nouveau au format CSV UTF-8 ou CSV.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>Impossible de lire {name} : {reason}.</translation>
    </message>
    <message>
        <source>Nothing was imported: another program (or another import) is writing to {name}; try again when it has finished.</source>
        <translation>Rien n&apos;a été importé&#xa0;: un autre programme (ou une autre importation) écrit dans {name}&#xa0;; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>Line {line} has {values} values where the header has {columns}.</source>
        <translation>La ligne {line} a {values} valeurs là où l’en-tête en a {columns}.</translation>
    </message>
    <message>
        <source>No column is recognised as a name, email or customer ID: choose the columns by hand (is this the shop&apos;s customer export?).</source>
        <translation>Aucune colonne n’est reconnue comme nom, courriel ou numéro client : choisissez les colonnes à la main (est-ce bien l’export clients de la boutique ?).</translation>
    </message>
    <message>
        <source>The file has a single column: is it a CSV file?</source>
        <translation>Le fichier n’a qu’une seule colonne : est-ce bien un fichier CSV ?</translation>
    </message>
    <message>
        <source>No column of {name} is a name, email or customer ID: choose the columns to import.</source>
        <translation>Aucune colonne de {name} n’est un nom, un courriel ou un numéro client : choisissez les colonnes à importer.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was saved.</source>
        <translation>L’import a été annulé : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A key is 64 characters from 0-9 and A-F (as on the recovery sheet); check what was typed.</source>
        <translation>Une clé compte 64 caractères pris parmi 0-9 et A-F (comme sur la fiche de secours) ; vérifiez la saisie.</translation>
    </message>
    <message>
        <source>The new key does not open the store; restore the backup made just before.</source>
        <translation>La nouvelle clé n’ouvre pas la base ; restaurez la sauvegarde faite juste avant.</translation>
    </message>
    <message>
        <source>Fill the organisation profile first: letters need its name and address.</source>
        <translation>Remplissez d’abord le profil de l’organisation : les courriers ont besoin de son nom et de son adresse.</translation>
    </message>
    <message>
        <source>Fill in who signs the letters (the signatory&apos;s name) in the organisation profile: a letter is signed by a person.</source>
        <translation>Indiquez qui signe les courriers (le nom du signataire) dans le profil de l’organisme : un courrier est signé par une personne.</translation>
    </message>
    <message>
        <source>Nobody received this person&apos;s data: there is nobody to tell.</source>
        <translation>Personne n’a reçu les données de cette personne : il n’y a personne à informer.</translation>
    </message>
    <message>
        <source>No notice is waiting to be posted for this request.</source>
        <translation>Aucune notification n’attend d’être postée pour cette demande.</translation>
    </message>
    <message>
        <source>That request is not in the desk.</source>
        <translation>Cette demande n’est pas dans le bureau.</translation>
    </message>
    <message>
        <source>That request is about someone else: link it to this person first.</source>
        <translation>Cette demande concerne quelqu’un d’autre : rattachez-la d’abord à cette personne.</translation>
    </message>
    <message>
        <source>Nothing was corrected or erased for this request: there is nobody to tell.</source>
        <translation>Rien n’a été rectifié ni effacé pour cette demande : il n’y a personne à informer.</translation>
    </message>
    <message>
        <source>No recipient in the register receives the corrected information: there is nobody to tell.</source>
        <translation type="vanished">Aucun destinataire du registre ne reçoit les informations rectifiées : il n’y a personne à informer.</translation>
    </message>
    <message>
        <source>A refusal letter needs the refusal&apos;s reason: refuse the request first.</source>
        <translation type="vanished">Un courrier de refus a besoin du motif du refus : refusez d’abord la demande.</translation>
    </message>
    <message>
        <source>Record what is asked to confirm identity before printing the letter.</source>
        <translation>Enregistrez ce qui est demandé pour confirmer l’identité avant d’imprimer le courrier.</translation>
    </message>
    <message>
        <source>Extend the request (with its reasons) before printing the notice.</source>
        <translation>Prolongez la demande (avec ses motifs) avant d’imprimer l’avis.</translation>
    </message>
    <message>
        <source>A refusal letter is printed only for a refused request: refuse it first, with its legal ground and its reason.</source>
        <translation>Un courrier de refus ne s’imprime que pour une demande refusée : refusez-la d’abord, avec son fondement juridique et son motif.</translation>
    </message>
    <message>
        <source>Record the refusal&apos;s legal ground and its reason before printing the letter.</source>
        <translation>Enregistrez le fondement juridique du refus et son motif avant d’imprimer le courrier.</translation>
    </message>
    <message>
        <source>Record what is not done, on which ground and why, before printing a partial answer.</source>
        <translation>Enregistrez ce qui n’est pas fait, sur quel fondement et pourquoi, avant d’imprimer une réponse partielle.</translation>
    </message>
    <message>
        <source>Do (and record) what the request asks except what is refused before printing a partial answer: erase or correct the person&apos;s file with this request chosen.</source>
        <translation>Faites (et enregistrez) ce que demande la personne, hors ce qui est refusé, avant d’imprimer une réponse partielle : effacez ou rectifiez sa fiche en choisissant cette demande.</translation>
    </message>
    <message>
        <source>No answer letter was posted for this request: say how it was answered (the reason is kept in its history).</source>
        <translation>Aucun courrier de réponse n’a été posté pour cette demande&#xa0;: dites comment elle a été répondue (le motif est gardé dans son historique).</translation>
    </message>
    <message>
        <source>Only an open request can be marked as answered.</source>
        <translation>Seule une demande ouverte peut être marquée comme répondue.</translation>
    </message>
    <message>
        <source>There is no request {ref}.</source>
        <translation>Il n’y a pas de demande {ref}.</translation>
    </message>
    <message>
        <source>No correction is recorded for this request: correct the person&apos;s file first (with this request chosen), then print the confirmation.</source>
        <translation>Aucune rectification n’est enregistrée pour cette demande : rectifiez d’abord la fiche de la personne (avec cette demande choisie), puis imprimez la confirmation.</translation>
    </message>
    <message>
        <source>No erasure is recorded for this request: erase the person&apos;s file first (with this request chosen), then print the confirmation.</source>
        <translation>Aucun effacement n’est enregistré pour cette demande : effacez d’abord la fiche de la personne (avec cette demande choisie), puis imprimez la confirmation.</translation>
    </message>
    <message>
        <source>Nothing was stopped for this request yet: record the opt-out in the person&apos;s file first, then print the confirmation.</source>
        <translation>Rien n’a encore été arrêté pour cette demande : enregistrez d’abord l’opposition dans la fiche de la personne, puis imprimez la confirmation.</translation>
    </message>
    <message>
        <source>Record when and why the restriction will be lifted first: the person is told before it is lifted (art. 18(3)).</source>
        <translation>Enregistrez d’abord quand et pourquoi la limitation sera levée : la personne en est informée avant la levée (art. 18, paragraphe 3).</translation>
    </message>
    <message>
        <source>No objection is recorded as upheld for this request: record it (or refuse it with its compelling grounds) first.</source>
        <translation>Aucune opposition n’est enregistrée comme accueillie pour cette demande : enregistrez-la d’abord (ou refusez-la avec ses motifs impérieux).</translation>
    </message>
    <message>
        <source>No restriction is recorded for this request: record it first, then print the letter.</source>
        <translation>Aucune limitation n’est enregistrée pour cette demande : enregistrez-la d’abord, puis imprimez le courrier.</translation>
    </message>
    <message>
        <source>The linked person is not opted out of any marketing: record the opt-out in their file first, then print the confirmation.</source>
        <translation type="vanished">La personne liée ne s’est opposée à aucune prospection : enregistrez d’abord l’opposition dans sa fiche, puis imprimez la confirmation.</translation>
    </message>
    <message>
        <source>request records are kept at least 24 months (CCPA)</source>
        <translation>les demandes sont conservées au moins 24 mois (CCPA)</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keyring ({keyring}).</source>
        <translation>La clé est conservée dans le trousseau de cet ordinateur ({keyring}).</translation>
    </message>
    <message>
        <source>There is no system keyring here: the store is locked with your passphrase.</source>
        <translation>Il n’y a pas de trousseau système ici : la base est verrouillée par votre phrase secrète.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>La phrase secrète doit compter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: use several unrelated words, or mix letters, digits and signs.</source>
        <translation>Cette phrase secrète est trop facile à deviner : utilisez plusieurs mots sans rapport entre eux, ou mêlez lettres, chiffres et signes.</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer: choose a passphrase (or set ALBANERA_DESK_PASSPHRASE for scripts).</source>
        <translation>Cet ordinateur n’a pas de trousseau système : choisissez une phrase secrète (ou définissez ALBANERA_DESK_PASSPHRASE pour les scripts).</translation>
    </message>
    <message>
        <source>There is no store at {path}.</source>
        <translation>Il n’y a pas de base à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>Cannot open {name} with the key in this computer&apos;s keyring: the key is wrong, or the file is damaged. Enter its passphrase, or put the key back from the recovery sheet.</source>
        <translation>Impossible d&apos;ouvrir {name} avec la clé du trousseau de cet ordinateur : la clé est erronée, ou le fichier est endommagé. Saisissez sa phrase secrète, ou remettez la clé depuis la fiche de secours.</translation>
    </message>
    <message>
        <source>The key of this store is not in this computer&apos;s keyring: enter its passphrase.</source>
        <translation>La clé de cette base n’est pas dans le trousseau de cet ordinateur : saisissez sa phrase secrète.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>Say why the value is corrected (the letter, a call ...).</source>
        <translation>Indiquez pourquoi la valeur est rectifiée (le courrier, un appel…).</translation>
    </message>
    <message>
        <source>This person is not in the file (erased or never recorded).</source>
        <translation>Cette personne n’est pas dans le fichier (effacée ou jamais enregistrée).</translation>
    </message>
    <message>
        <source>This file was erased: there is nothing left to correct.</source>
        <translation>Cette fiche a été effacée : il n’y a plus rien à rectifier.</translation>
    </message>
    <message>
        <source>This person has no {kind} with id {key}.</source>
        <translation>Cette personne n’a pas de {kind} portant l’identifiant {key}.</translation>
    </message>
    <message>
        <source>This person has no address with id {key}.</source>
        <translation>Cette personne n’a pas d’adresse portant l’identifiant {key}.</translation>
    </message>
    <message>
        <source>This person has no item with id {key}.</source>
        <translation>Cette personne n’a pas de donnée détenue portant l’identifiant {key}.</translation>
    </message>
    <message>
        <source>item&apos;s value</source>
        <translation>valeur de la donnée</translation>
    </message>
    <message>
        <source>The country is a two-letter code such as FR, BE or DE.</source>
        <translation>Le pays s’écrit avec un code à deux lettres, comme FR, BE ou DE.</translation>
    </message>
    <message>
        <source>item&apos;s description</source>
        <translation>description de la donnée</translation>
    </message>
    <message>
        <source>Say what the item is (its description).</source>
        <translation>Indiquez ce qu’est la donnée (sa description).</translation>
    </message>
    <message>
        <source>retention rule</source>
        <translation>règle de conservation</translation>
    </message>
    <message>
        <source>Give at least a name, an email address or a customer ID.</source>
        <translation>Indiquez au moins un nom, une adresse de courriel ou un numéro client.</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>source of the choice</source>
        <translation>source du choix</translation>
    </message>
    <message>
        <source>An entry cannot be its own sub-processor.</source>
        <translation>Une entrée ne peut pas être son propre sous-traitant ultérieur.</translation>
    </message>
    <message>
        <source>The data cannot have been returned or deleted before the contract ended.</source>
        <translation>Les données ne peuvent pas avoir été restituées ou supprimées avant la fin du contrat.</translation>
    </message>
    <message>
        <source>Only the XLSX export holds all three registers at once.</source>
        <translation>Seul l’export XLSX réunit les trois registres à la fois.</translation>
    </message>
    <message>
        <source>The document is {size} MB; the limit is {limit} MB.</source>
        <translation>Le document fait {size} Mo ; la limite est de {limit} Mo.</translation>
    </message>
    <message>
        <source>This file is not a PDF, JPEG or PNG (whatever its name says); nothing was saved.</source>
        <translation>Ce fichier n’est pas un PDF, un JPEG ou un PNG (quoi qu’en dise son nom) ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>sous-traitant</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>processing activity</source>
        <translation>activité de traitement</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transfert</translation>
    </message>
    <message>
        <source>register entry</source>
        <translation>entrée du registre</translation>
    </message>
    <message>
        <source>parent register entry</source>
        <translation>entrée parente du registre</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>joint controller</source>
        <translation>responsable conjoint</translation>
    </message>
    <message>
        <source>importer</source>
        <translation>importateur</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>raison sociale</translation>
    </message>
    <message>
        <source>entry&apos;s country</source>
        <translation>pays de l’entrée</translation>
    </message>
    <message>
        <source>processing country</source>
        <translation>pays de traitement</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>DPO contact</source>
        <translation>contact du DPO</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>durée de conservation</translation>
    </message>
    <message>
        <source>security measures</source>
        <translation>mesures de sécurité</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>finalité</translation>
    </message>
    <message>
        <source>data category</source>
        <translation>catégorie de données</translation>
    </message>
    <message>
        <source>people category</source>
        <translation>catégorie de personnes</translation>
    </message>
    <message>
        <source>internal recipient</source>
        <translation>destinataire interne</translation>
    </message>
    <message>
        <source>activity name</source>
        <translation>nom de l’activité</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>exportateur</translation>
    </message>
    <message>
        <source>destination country</source>
        <translation>pays de destination</translation>
    </message>
    <message>
        <source>onward transfers</source>
        <translation>transferts ultérieurs</translation>
    </message>
    <message>
        <source>BCR reference</source>
        <translation>référence des BCR</translation>
    </message>
    <message>
        <source>derogation reason</source>
        <translation>motif de la dérogation</translation>
    </message>
    <message>
        <source>TIA outcome</source>
        <translation>conclusion de l’analyse d’impact du transfert</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>mesures</translation>
    </message>
    <message>
        <source>There is no {what} numbered {id}.</source>
        <translation>Introuvable : {what} n° {id}.</translation>
    </message>
    <message>
        <source>such record</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>The {what} must be a two-letter ISO 3166 country code (for example FR, SE or US).</source>
        <translation>Le champ « {what} » doit être un code pays ISO 3166 à deux lettres (par exemple FR, SE ou US).</translation>
    </message>
    <message>
        <source>A register entry needs its legal name.</source>
        <translation>Une entrée du registre doit avoir sa raison sociale.</translation>
    </message>
    <message>
        <source>An ended entry needs the date its contract ended.</source>
        <translation>Une entrée terminée doit indiquer la date de fin de son contrat.</translation>
    </message>
    <message>
        <source>{term} is not one of the art. 28(3) terms.</source>
        <translation>{term} ne fait pas partie des clauses de l’art. 28(3).</translation>
    </message>
    <message>
        <source>The agreement cannot expire before it was signed.</source>
        <translation>Le contrat ne peut pas expirer avant d’avoir été signé.</translation>
    </message>
    <message>
        <source>A processing activity needs a name.</source>
        <translation>Une activité de traitement doit avoir un nom.</translation>
    </message>
    <message>
        <source>A processing activity needs at least one purpose.</source>
        <translation>Une activité de traitement doit avoir au moins une finalité.</translation>
    </message>
    <message>
        <source>A processing activity needs its legal basis (GDPR art. 6(1)).</source>
        <translation>Une activité de traitement doit avoir sa base légale (art. 6(1) du RGPD).</translation>
    </message>
    <message>
        <source>A transfer needs its exporter.</source>
        <translation>Un transfert doit avoir son exportateur.</translation>
    </message>
    <message>
        <source>A transfer needs its importer (a register entry or a name).</source>
        <translation>Un transfert doit avoir son importateur (une entrée du registre ou un nom).</translation>
    </message>
    <message>
        <source>A transfer needs its destination country.</source>
        <translation>Un transfert doit avoir son pays de destination.</translation>
    </message>
    <message>
        <source>A transfer needs its legal ground (adequacy, standard contractual clauses, binding corporate rules, a code or certification, or an art. 49 derogation).</source>
        <translation>Un transfert doit avoir son fondement juridique (adéquation, clauses contractuelles types, règles d’entreprise contraignantes, code de conduite ou certification, ou dérogation de l’art. 49).</translation>
    </message>
    <message>
        <source>The standard contractual clauses&apos; module is 1, 2, 3 or 4.</source>
        <translation>Le module des clauses contractuelles types est 1, 2, 3 ou 4.</translation>
    </message>
    <message>
        <source>{point} is not a point of GDPR art. 49(1).</source>
        <translation>{point} n’est pas un point de l’art. 49(1) du RGPD.</translation>
    </message>
    <message>
        <source>Say what the letter asks for (access, correction, ...).</source>
        <translation>Indiquez ce que demande le courrier (accès, rectification…).</translation>
    </message>
    <message>
        <source>A letter cannot be received in the future: check the date.</source>
        <translation>Un courrier ne peut pas être reçu dans le futur : vérifiez la date.</translation>
    </message>
    <message>
        <source>writer&apos;s name</source>
        <translation>nom du demandeur</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>Give the writer&apos;s name as it appears on the letter.</source>
        <translation>Indiquez le nom du demandeur tel qu’il figure sur le courrier.</translation>
    </message>
    <message>
        <source>That item is not in the file.</source>
        <translation>Cet élément n’est pas dans le fichier.</translation>
    </message>
    <message>
        <source>That processing activity does not exist.</source>
        <translation>Ce traitement n’existe pas.</translation>
    </message>
    <message>
        <source>That partner is not in the register.</source>
        <translation>Ce partenaire n’est pas dans le registre.</translation>
    </message>
    <message>
        <source>That person is not in the file (erased or removed).</source>
        <translation>Cette personne n’est pas dans le fichier (effacée ou supprimée).</translation>
    </message>
    <message>
        <source>Choose the processing activity this fact concerns.</source>
        <translation>Choisissez le traitement que ce fait concerne.</translation>
    </message>
    <message>
        <source>Choose the art. 49 transfer that was made for this person.</source>
        <translation>Choisissez le transfert fondé sur l’art. 49 effectué pour cette personne.</translation>
    </message>
    <message>
        <source>That fact is not in the file.</source>
        <translation>Ce fait n’est pas dans le fichier.</translation>
    </message>
    <message>
        <source>A fact cannot end before it began.</source>
        <translation>Un fait ne peut pas finir avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>Identity cannot be asked before the letter arrived.</source>
        <translation>L’identité ne peut pas être demandée avant l’arrivée du courrier.</translation>
    </message>
    <message>
        <source>No identity information was asked for this request.</source>
        <translation>Aucune information d’identité n’a été sollicitée pour cette demande.</translation>
    </message>
    <message>
        <source>The answer cannot arrive before the question was asked.</source>
        <translation>La réponse ne peut pas arriver avant que la question ait été posée.</translation>
    </message>
    <message>
        <source>The scan is {size} MB; the limit is {limit} MB. Scan it at a lower resolution.</source>
        <translation>Le scan fait {size} Mo ; la limite est de {limit} Mo. Numérisez-le à une résolution plus basse.</translation>
    </message>
    <message>
        <source>This file is not a PDF, JPEG or PNG scan (whatever its name says); nothing was saved.</source>
        <translation>Ce fichier n’est pas un scan PDF, JPEG ou PNG (quoi qu’en dise son nom) ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Cannot open {name}: the key is wrong, or the file is damaged or is not an Alba Nera Desk store.</source>
        <translation>Impossible d’ouvrir {name} : la clé est erronée, ou le fichier est endommagé ou n’est pas une base Alba Nera Desk.</translation>
    </message>
    <message>
        <source>The store {name} is damaged (SQLite: {problem}).</source>
        <translation>La base {name} est endommagée (SQLite : {problem}).</translation>
    </message>
    <message>
        <source>The store {name} is busy in another program; close it there and try again.</source>
        <translation>La base {name} est occupée par un autre programme ; fermez-la là-bas et réessayez.</translation>
    </message>
    <message>
        <source>The disk holding {name} is full: nothing was saved. Free some space and try again.</source>
        <translation>Le disque qui contient {name} est plein : rien n’a été enregistré. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The store {name} cannot be written (read-only file or folder): nothing was saved.</source>
        <translation>La base {name} ne peut pas être modifiée (fichier ou dossier en lecture seule) : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Cannot open {path}: the folder is missing or not readable.</source>
        <translation>Impossible d’ouvrir {path} : le dossier est introuvable ou illisible.</translation>
    </message>
    <message>
        <source>The disk holding {name} reported an error: nothing was saved.</source>
        <translation>Le disque qui contient {name} a signalé une erreur : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>no system keyring</source>
        <translation>pas de trousseau système</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer: choose a passphrase instead.</source>
        <translation>Cet ordinateur n’a pas de trousseau système : choisissez plutôt une phrase secrète.</translation>
    </message>
    <message>
        <source>The system keyring refused to keep the key: choose a passphrase instead.</source>
        <translation>Le trousseau système a refusé de conserver la clé : choisissez plutôt une phrase secrète.</translation>
    </message>
    <message>
        <source>The keyring already holds another key for this store; nothing was replaced.</source>
        <translation>Le trousseau contient déjà une autre clé pour cette base ; rien n&apos;a été remplacé.</translation>
    </message>
    <message>
        <source>The keyring entry of this store does not hold a key (it was changed outside Alba Nera Desk): put the key back from the recovery sheet with &apos;albanera-desk key restore&apos;.</source>
        <translation>L&apos;entrée du trousseau de cette base ne contient pas une clé (elle a été modifiée hors d&apos;Alba Nera Desk) : remettez la clé depuis la fiche de secours avec « albanera-desk key restore ».</translation>
    </message>
    <message>
        <source>The lock file {path} is a link or cannot be opened ({reason}): remove it, then open the store again.</source>
        <translation>Le fichier de verrou {path} est un lien ou ne peut pas être ouvert ({reason}) : supprimez-le, puis rouvrez la base.</translation>
    </message>
    <message>
        <source>The lock file {path} is not a plain file: remove it, then open the store again.</source>
        <translation>Le fichier de verrou {path} n&apos;est pas un fichier ordinaire : supprimez-le, puis rouvrez la base.</translation>
    </message>
    <message>
        <source>{name} is already open in another Alba Nera Desk window on this computer: use that window, or close it first.</source>
        <translation>La base {name} est déjà ouverte dans une autre fenêtre d’Alba Nera Desk sur cet ordinateur : utilisez cette fenêtre, ou fermez-la d’abord.</translation>
    </message>
    <message>
        <source>The schema upgrade would leave {count} broken links; nothing was changed.</source>
        <translation>La mise à niveau du schéma laisserait {count} liens rompus ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>A file already exists at {path}; choose another name.</source>
        <translation>Un fichier existe déjà à l’emplacement {path} ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>Impossible de créer {path} : {reason}.</translation>
    </message>
    <message>
        <source>{name} is an empty file, not an Alba Nera Desk store.</source>
        <translation>{name} est un fichier vide, pas une base Alba Nera Desk.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Alba Nera Desk (schema {revision}); update the application to open it.</source>
        <translation>La base {name} a été écrite par une version plus récente d’Alba Nera Desk (schéma {revision}) ; mettez l’application à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>{name} is an encrypted database, but not an Alba Nera Desk store.</source>
        <translation>{name} est une base de données chiffrée, mais pas une base Alba Nera Desk.</translation>
    </message>
    <message>
        <source>The store {name} (or its -wal file) was moved, replaced or removed while the desk was using it: nothing more can be saved in it. Close the desk and open the store again, or restore the latest backup.</source>
        <translation>La base {name} (ou son fichier -wal) a été déplacée, remplacée ou supprimée pendant que le bureau l&apos;utilisait : plus rien ne peut y être enregistré. Fermez le bureau et rouvrez la base, ou restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The store {name} has no identity yet.</source>
        <translation>La base {name} n&apos;a pas encore d&apos;identifiant.</translation>
    </message>
    <message>
        <source>missing: {names}</source>
        <translation>manquants : {names}</translation>
    </message>
    <message>
        <source>altered: {names}</source>
        <translation>modifiés : {names}</translation>
    </message>
    <message>
        <source>not of this schema: {names}</source>
        <translation>étrangers à ce schéma : {names}</translation>
    </message>
    <message>
        <source>all {count} triggers in place</source>
        <translation>les {count} déclencheurs sont en place</translation>
    </message>
    <message>
        <source>the people search index is missing ({names}): searching cannot work</source>
        <translation>l’index de recherche des personnes manque ({names}) : la recherche ne peut pas fonctionner</translation>
    </message>
    <message>
        <source>the people search index holds {indexed} entries for {people} people</source>
        <translation>l’index de recherche des personnes compte {indexed} entrées pour {people} personnes</translation>
    </message>
    <message>
        <source>covers all {people} people</source>
        <translation>couvre les {people} personnes</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>aucune sauvegarde pour l’instant</translation>
    </message>
    <message>
        <source>the newest backup is less than an hour old</source>
        <translation>la dernière sauvegarde a moins d’une heure</translation>
    </message>
    <message>
        <source>the newest backup is {hours} hours old</source>
        <translation>la dernière sauvegarde date de {hours} heures</translation>
    </message>
    <message>
        <source>the newest backup is {days} days old</source>
        <translation>la dernière sauvegarde date de {days} jours</translation>
    </message>
    <message>
        <source>{backup} does not open with this key: not compared</source>
        <translation>{backup} ne s’ouvre pas avec cette clé : pas de comparaison</translation>
    </message>
    <message>
        <source>{backup} cannot be read</source>
        <translation>{backup} est illisible</translation>
    </message>
    <message>
        <source>the store was restored from an older backup since {backup} was made: its trail goes on from that backup</source>
        <translation>la base a été restaurée depuis une sauvegarde plus ancienne après la création de {backup} : son journal reprend à partir de cette sauvegarde</translation>
    </message>
    <message>
        <source>events {first} to {last} of the newest backup ({backup}) are not in this store as they were: the trail was cut or rewritten, or an older backup was restored since</source>
        <translation>les événements {first} à {last} de la dernière sauvegarde ({backup}) ne sont plus tels quels dans ce fichier : le journal a été tronqué ou réécrit, ou une sauvegarde plus ancienne a été restaurée depuis</translation>
    </message>
    <message>
        <source>every event of {backup} is here</source>
        <translation>tous les événements de {backup} sont présents</translation>
    </message>
    <message>
        <source>table {table} holds {found} rows instead of {expected}</source>
        <translation>la table {table} contient {found} lignes au lieu de {expected}</translation>
    </message>
    <message>
        <source>its audit trail does not end where the manifest says</source>
        <translation>son journal d&apos;audit ne s&apos;arrête pas là où l&apos;indique le manifeste</translation>
    </message>
    <message>
        <source>The copy did not match the store ({problem}); it was not kept.</source>
        <translation>La copie ne correspondait pas à la base ({problem}) ; elle n&apos;a pas été conservée.</translation>
    </message>
    <message>
        <source>{code} is not a holiday region the calendar knows: leave it empty for national holidays, or use 57 (Moselle), 67 or 68 (Alsace), 971 to 976 (overseas departments).</source>
        <translation type="vanished">{code} n’est pas une région de jours fériés connue du calendrier : laissez vide pour les jours fériés nationaux, ou indiquez 57 (Moselle), 67 ou 68 (Alsace), 971 à 976 (départements d’outre-mer).</translation>
    </message>
    <message>
        <source>Another program is writing to {name}, so the search cannot be recorded in the audit trail: try again when it has finished.</source>
        <translation>Un autre programme écrit dans {name}, la recherche ne peut donc pas être inscrite au journal d&apos;audit&#xa0;: réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>Choose at least one request.</source>
        <translation>Choisissez au moins une demande.</translation>
    </message>
    <message>
        <source>A SIREN number has nine digits.</source>
        <translation>Un numéro SIREN comporte neuf chiffres.</translation>
    </message>
    <message>
        <source>This SIREN number is not valid: check its digits.</source>
        <translation>Ce numéro SIREN n’est pas valide : vérifiez ses chiffres.</translation>
    </message>
    <message>
        <source>Request {ref} is not linked to anyone yet: link it to the person it is about, or record that it is about nobody we know, before answering.</source>
        <translation>La demande {ref} n’est encore rattachée à personne : rattachez-la à la personne qu’elle concerne, ou enregistrez qu’elle ne concerne personne de connu, avant de répondre.</translation>
    </message>
    <message>
        <source>This request is linked to nobody in the file: link it to the person it is about first.</source>
        <translation>Cette demande n’est rattachée à personne dans le fichier : rattachez-la d’abord à la personne qu’elle concerne.</translation>
    </message>
    <message>
        <source>The person this request is about was erased: nothing is held.</source>
        <translation>La personne concernée par cette demande a été effacée : plus rien n’est détenu.</translation>
    </message>
    <message>
        <source>The file no longer says who received this person&apos;s data (erased before the notices were planned): tell the recipients from the register yourself.</source>
        <translation>Le fichier ne dit plus qui a reçu les données de cette personne (effacée avant la préparation des notifications) : informez vous-même les destinataires d’après le registre.</translation>
    </message>
    <message>
        <source>Nothing was corrected for this request: there is nobody to tell.</source>
        <translation>Rien n’a été rectifié pour cette demande : il n’y a personne à informer.</translation>
    </message>
    <message>
        <source>Make the portable copy (JSON and CSV) for this request first: the letter names the files it encloses.</source>
        <translation>Préparez d’abord la copie portable (JSON et CSV) pour cette demande : le courrier nomme les fichiers joints.</translation>
    </message>
    <message>
        <source>The person accepted marketing, but the record of processing has no marketing activity to say who receives their details: add it first.</source>
        <translation>La personne a accepté la prospection, mais le registre des traitements ne compte aucun traitement de prospection qui dise qui reçoit ses coordonnées : ajoutez-le d’abord.</translation>
    </message>
    <message>
        <source>Items held about this person serve no processing activity yet ({count}): link each to its activity in the person&apos;s file, so the letter can say truthfully why it is held and who receives it.</source>
        <translation>Des éléments détenus sur cette personne ne sont rattachés à aucun traitement ({count}) : rattachez chacun à son traitement dans la fiche de la personne, pour que le courrier dise exactement pourquoi il est détenu et qui le reçoit.</translation>
    </message>
    <message>
        <source>Items came from a partner the file does not name ({count}): name the partner (art. 14(2)(f) GDPR) before answering.</source>
        <translation>Des éléments proviennent d’un partenaire que la fiche ne nomme pas ({count}) : nommez ce partenaire (art. 14, paragraphe 2, point f), du RGPD) avant de répondre.</translation>
    </message>
    <message>
        <source>This person&apos;s data goes to {importer} outside the EEA by a transfer still to confirm: confirm its legal ground in Transfers before answering.</source>
        <translation>Les données de cette personne vont à {importer} hors de l’EEE par un transfert encore à confirmer&#xa0;: confirmez son fondement dans Transferts avant de répondre.</translation>
    </message>
    <message>
        <source>This ground narrows an answer; it cannot refuse a whole request.</source>
        <translation>Ce motif restreint une réponse ; il ne permet pas de refuser toute la demande.</translation>
    </message>
    <message>
        <source>A refusal needs its reason, in words.</source>
        <translation>Un refus doit donner son motif, en toutes lettres.</translation>
    </message>
    <message>
        <source>Say what is not done.</source>
        <translation>Indiquez ce qui n’est pas fait.</translation>
    </message>
    <message>
        <source>Say why it is not done.</source>
        <translation>Indiquez pourquoi ce n’est pas fait.</translation>
    </message>
    <message>
        <source>Say why the restriction ends.</source>
        <translation>Indiquez pourquoi la limitation prend fin.</translation>
    </message>
    <message>
        <source>No restriction is recorded for this request.</source>
        <translation>Aucune limitation n’est enregistrée pour cette demande.</translation>
    </message>
    <message>
        <source>A restriction cannot end before it began.</source>
        <translation>Une limitation ne peut pas finir avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>Choose the processing the objection stops.</source>
        <translation>Choisissez le traitement auquel l’opposition met fin.</translation>
    </message>
    <message>
        <source>A single letter is found only as a whole word ({letters}): type one more to find the words it starts.</source>
        <translation>Une lettre seule n&apos;est cherchée que comme mot entier ({letters}) : tapez une lettre de plus pour trouver les mots qui commencent ainsi.</translation>
    </message>
    <message>
        <source>The record of processing has no “{name}” activity, which the shop&apos;s customer data serves: add it from the privacy policy&apos;s starter while importing, or the imported customers&apos; details will serve no activity and their access responses will wait until you link them (People › Link items…).</source>
        <translation>Le registre des traitements n’a pas de traitement «&#xa0;{name}&#xa0;», celui que servent les données clients de la boutique&#xa0;: ajoutez-le à partir du modèle de la politique de confidentialité pendant l’import, sinon les données des clients importés ne serviront aucun traitement et leurs réponses aux demandes d’accès attendront que vous les rattachiez (Personnes › Rattacher les éléments…).</translation>
    </message>
    <message>
        <source>{count} imported items serve no processing activity, because the record of processing has no “{name}” activity: add it (Register › Add entries from the privacy policy), then link them (People › Link items…) before answering these customers&apos; access requests.</source>
        <translation>{count} éléments importés ne servent aucun traitement, car le registre des traitements n’a pas de traitement «&#xa0;{name}&#xa0;»&#xa0;: ajoutez-le (Registre › Ajouter les entrées de la politique de confidentialité), puis rattachez-les (Personnes › Rattacher les éléments…) avant de répondre aux demandes d’accès de ces clients.</translation>
    </message>
    <message>
        <source>The “{name}” activity was added to the record of processing from the privacy policy&apos;s starter, and the imported customers&apos; items serve it: complete it in the Register (recipients, retention, security measures).</source>
        <translation>Le traitement «&#xa0;{name}&#xa0;» a été ajouté au registre des traitements à partir du modèle de la politique de confidentialité, et les éléments des clients importés le servent&#xa0;: complétez-le dans le Registre (destinataires, durée de conservation, mesures de sécurité).</translation>
    </message>
    <message>
        <source>The address of {name} does not fit the envelope&apos;s window ({count} lines): shorten its longest line or choose another envelope.</source>
        <translation>L’adresse de {name} ne tient pas dans la fenêtre de l’enveloppe ({count} lignes) : raccourcissez sa ligne la plus longue ou choisissez une autre enveloppe.</translation>
    </message>
    <message>
        <source>The letter has no address to show in the envelope&apos;s window: add it first.</source>
        <translation>Le courrier n’a pas d’adresse à faire paraître dans la fenêtre de l’enveloppe : ajoutez-la d’abord.</translation>
    </message>
    <message>
        <source>The address has {count} lines: an envelope&apos;s window holds {most} at most (French postal standard NF Z10-011). Shorten it, for example by joining the street lines.</source>
        <translation>L’adresse compte {count} lignes : la fenêtre d’une enveloppe en contient {most} au plus (norme postale NF Z10-011). Raccourcissez-la, par exemple en regroupant les lignes de la voie.</translation>
    </message>
    <message>
        <source>The address line &quot;{line}&quot; has {count} characters: the post reads {most} at most (French postal standard NF Z10-011). Shorten it (abbreviate the street type, move a building name to its own line).</source>
        <translation>La ligne d’adresse « {line} » compte {count} caractères : la poste en lit {most} au plus (norme postale NF Z10-011). Raccourcissez-la (abrégez le type de voie, mettez le nom d’un bâtiment sur sa propre ligne).</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct {ref}</source>
        <translation>Rectifier {ref}</translation>
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
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation type="vanished">Date de naissance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Date of birth (DD/MM/YYYY)</source>
        <translation>Date de naissance (JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Numéro client</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>e.g. as written in the letter of 4 May</source>
        <translation>par ex. comme indiqué dans le courrier du 4 mai</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Answers request</source>
        <translation>Répond à la demande</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>CountTiles</name>
    <message>
        <source>open</source>
        <translation>ouvertes</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>awaiting identity</source>
        <translation>en attente d’identité</translation>
    </message>
    <message>
        <source>to post this week</source>
        <translation>à poster cette semaine</translation>
    </message>
    <message>
        <source>Requests received, awaiting identity or in progress</source>
        <translation>Demandes reçues, en attente d’identité ou en cours</translation>
    </message>
    <message>
        <source>Open requests whose answer is late</source>
        <translation>Demandes ouvertes dont la réponse est en retard</translation>
    </message>
    <message>
        <source>Waiting for the writer to confirm who they are</source>
        <translation>En attente de la confirmation d’identité du demandeur</translation>
    </message>
    <message>
        <source>Answers to post within seven days so they arrive in time, and CCPA receipts</source>
        <translation>Réponses à poster dans les sept jours pour arriver à temps, et accusés de réception CCPA</translation>
    </message>
</context>
<context>
    <name>CountriesEdit</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Voir…</translation>
    </message>
    <message>
        <source>Save the record first.</source>
        <translation>Enregistrez d’abord la fiche.</translation>
    </message>
    <message>
        <source>kept in the store</source>
        <translation>conservé dans le stockage</translation>
    </message>
    <message>
        <source>none attached</source>
        <translation>aucun document joint</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF ou image (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>That file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>This PDF is damaged and cannot be shown.</source>
        <translation>Ce PDF est endommagé et ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Cette image ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>DueCalendar</name>
    <message numerus="yes">
        <source>%n answer(s) due</source>
        <translation>
            <numerusform>%n réponse due</numerusform>
            <numerusform>%n réponses dues</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due on {day}. Marked days have answers due: click one.</source>
        <translation>Rien n’est dû le {day}. Les jours marqués ont des réponses dues&#xa0;: cliquez sur l’un d’eux.</translation>
    </message>
    <message>
        <source>Due on {day}:</source>
        <translation>Dues le {day}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {ref}</source>
        <translation>Effacer {ref}</translation>
    </message>
    <message>
        <source>Erasing removes this person&apos;s data and its history for good; only a record of the erasure (reference, date, request) is kept. Type {ref} to confirm.</source>
        <translation>L’effacement supprime définitivement les données de cette personne et leur historique ; seule la trace de l’effacement (référence, date, demande) est conservée. Saisissez {ref} pour confirmer.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Answers request</source>
        <translation>Répond à la demande</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Extend by two months — {ref}</source>
        <translation>Prolonger de deux mois — {ref}</translation>
    </message>
    <message>
        <source>Only for a complex request or many requests at once, once, and the writer is told why within the first month. Due now: {due}.</source>
        <translation>Seulement pour une demande complexe ou des demandes nombreuses, une seule fois, et le demandeur en est informé avec les motifs dans le premier mois. Échéance actuelle&#xa0;: {due}.</translation>
    </message>
    <message>
        <source>A large amount of information, in several systems</source>
        <translation>Beaucoup d’informations, dans plusieurs systèmes</translation>
    </message>
    <message>
        <source>Information to obtain from service providers</source>
        <translation>Des informations à obtenir des prestataires</translation>
    </message>
    <message>
        <source>An unusual number of requests</source>
        <translation>Un nombre inhabituel de demandes</translation>
    </message>
    <message>
        <source>another reason, as the letter will say it</source>
        <translation>un autre motif, tel que le courrier le dira</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Notice sent on</source>
        <translation>Notification envoyée le</translation>
    </message>
    <message>
        <source>Give the writer at least one reason.</source>
        <translation>Donnez au moins un motif au demandeur.</translation>
    </message>
    <message>
        <source>The notice will say: « {text} »</source>
        <translation>La notification dira&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Alba Nera Desk</source>
        <translation>Bienvenue dans Alba Nera Desk</translation>
    </message>
    <message>
        <source>Create a new store</source>
        <translation>Créer une nouvelle base</translation>
    </message>
    <message>
        <source>Open an existing store</source>
        <translation>Ouvrir une base existante</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Lock it with a passphrase instead</source>
        <translation>La verrouiller plutôt par une phrase secrète</translation>
    </message>
    <message>
        <source>Only if its key is not in this computer&apos;s keyring</source>
        <translation>Seulement si sa clé n’est pas dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Alba Nera Desk keeps the privacy office&apos;s records in one encrypted file on this computer. Nothing leaves it unless you print or export it.</source>
        <translation>Alba Nera Desk conserve les registres du bureau de la protection des données dans un seul fichier chiffré sur cet ordinateur. Rien n’en sort, sauf ce que vous imprimez ou exportez.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Pre-filled from the published privacy policy, which gives a Los Angeles address naming Jacques Marie Mage: check that this is where Alba Nera receives its letters. Answers are sent from this address and signed by the person named here.</source>
        <translation>Pré-rempli d’après la politique de confidentialité publiée, qui donne une adresse à Los Angeles au nom de Jacques Marie Mage&#xa0;: vérifiez que c’est bien là qu’Alba Nera reçoit son courrier. Les réponses partent de cette adresse, signées par la personne indiquée ici.</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Enregistrer et commencer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <source>Its key will be kept in this computer&apos;s keyring ({name}): you will not need to type anything to open it.</source>
        <translation>Sa clé sera conservée dans le trousseau de cet ordinateur ({name})&#xa0;: vous n’aurez rien à saisir pour l’ouvrir.</translation>
    </message>
    <message>
        <source>You will type this passphrase each time. It cannot be recovered if lost.</source>
        <translation>Vous saisirez cette phrase secrète à chaque ouverture. Perdue, elle ne peut pas être retrouvée.</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer: the store will be locked with a passphrase you type each time. It cannot be recovered if lost.</source>
        <translation>Cet ordinateur n’a pas de trousseau système&#xa0;: la base sera verrouillée par une phrase secrète à saisir à chaque ouverture. Perdue, elle ne peut pas être retrouvée.</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>Open a store</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation>Création de la base…</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Ouverture de la base…</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (a bug); it was written to the log.</source>
        <translation>Une erreur inattendue s’est produite (un bogue)&#xa0;; elle a été notée dans le journal.</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>Start here</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>Fill in the organisation profile</source>
        <translation>Remplir le profil de l’organisation</translation>
    </message>
    <message>
        <source>Letters need the controller&apos;s name, address and signatory.</source>
        <translation>Les courriers ont besoin du nom, de l’adresse et du signataire du responsable de traitement.</translation>
    </message>
    <message>
        <source>Organisation profile…</source>
        <translation>Profil de l’organisation…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer les clients</translation>
    </message>
    <message>
        <source>The shop&apos;s customer export (CSV): letters are then linked to people.</source>
        <translation>L’export clients de la boutique (CSV)&#xa0;: les courriers sont ensuite reliés aux personnes.</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Importer des clients…</translation>
    </message>
    <message>
        <source>Log the first letter</source>
        <translation>Enregistrer le premier courrier</translation>
    </message>
    <message>
        <source>With its date of receipt: the due date is computed for you.</source>
        <translation>Avec sa date de réception&#xa0;: l’échéance est calculée pour vous.</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
</context>
<context>
    <name>IdentityAskDialog</name>
    <message>
        <source>Ask for identity — {ref}</source>
        <translation>Demander l’identité — {ref}</translation>
    </message>
    <message>
        <source>Ask only what removes the doubt, never an identity document by default. The answer&apos;s deadline waits until the reply arrives.</source>
        <translation>Ne demandez que ce qui lève le doute, jamais une pièce d’identité par défaut. Le délai de réponse est suspendu jusqu’à la réponse.</translation>
    </message>
    <message>
        <source>The customer number on an invoice</source>
        <translation>Le numéro client d’une facture</translation>
    </message>
    <message>
        <source>The email address of their account</source>
        <translation>L’adresse électronique de son compte</translation>
    </message>
    <message>
        <source>The date and amount of their last order</source>
        <translation>La date et le montant de sa dernière commande</translation>
    </message>
    <message>
        <source>The delivery address of their last order</source>
        <translation>L’adresse de livraison de sa dernière commande</translation>
    </message>
    <message>
        <source>The last four digits of their phone number</source>
        <translation>Les quatre derniers chiffres de son téléphone</translation>
    </message>
    <message>
        <source>another question, as the letter will say it</source>
        <translation>une autre question, telle que le courrier la posera</translation>
    </message>
    <message>
        <source>The address differs from the file</source>
        <translation>L’adresse diffère de celle du fichier</translation>
    </message>
    <message>
        <source>The letter is not signed</source>
        <translation>Le courrier n’est pas signé</translation>
    </message>
    <message>
        <source>Several customers share this name</source>
        <translation>Plusieurs clients portent ce nom</translation>
    </message>
    <message>
        <source>Made for someone else, no mandate enclosed</source>
        <translation>Faite pour un tiers, sans mandat joint</translation>
    </message>
    <message>
        <source>Another reason…</source>
        <translation>Un autre motif…</translation>
    </message>
    <message>
        <source>the reason, as the letter will say it</source>
        <translation>le motif, tel que le courrier le dira</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Tick what to ask, or type another question.</source>
        <translation>Cochez ce qu’il faut demander, ou saisissez une autre question.</translation>
    </message>
    <message>
        <source>Say why identity is in doubt.</source>
        <translation>Dites pourquoi l’identité est douteuse.</translation>
    </message>
    <message>
        <source>The letter will ask: « {text} »</source>
        <translation>Le courrier demandera&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>IdentityConfirmedDialog</name>
    <message>
        <source>Identity confirmed — {ref}</source>
        <translation>Identité confirmée — {ref}</translation>
    </message>
    <message>
        <source>Keep how identity was confirmed, not the documents. The deadline starts again from the day the reply arrived.</source>
        <translation>Gardez la façon dont l’identité a été confirmée, pas les documents. Le délai reprend au jour où la réponse est arrivée.</translation>
    </message>
    <message>
        <source>The answers match the file</source>
        <translation>Les réponses concordent avec le fichier</translation>
    </message>
    <message>
        <source>The customer number matches</source>
        <translation>Le numéro client concorde</translation>
    </message>
    <message>
        <source>Confirmed in person at the shop</source>
        <translation>Confirmée en personne au magasin</translation>
    </message>
    <message>
        <source>Another way…</source>
        <translation>Autrement…</translation>
    </message>
    <message>
        <source>how it was confirmed</source>
        <translation>comment elle a été confirmée</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>Réponse reçue le</translation>
    </message>
    <message>
        <source>Say how identity was confirmed.</source>
        <translation>Dites comment l’identité a été confirmée.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Customer ID</source>
        <translation>Numéro client</translation>
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
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Accepts email marketing</source>
        <translation>Accepte la prospection par courriel</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
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
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Province or state</source>
        <translation>Région ou État</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Address phone</source>
        <translation>Téléphone de l’adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Accepts SMS marketing</source>
        <translation>Accepte la prospection par SMS</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Montant total dépensé</translation>
    </message>
    <message>
        <source>Total orders</source>
        <translation>Nombre de commandes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Import customers — {name}</source>
        <translation>Importer des clients — {name}</translation>
    </message>
    <message>
        <source>Add this activity to the record of processing from the privacy policy</source>
        <translation>Ajouter ce traitement au registre à partir de la politique de confidentialité</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Premières lignes du fichier :</translation>
    </message>
    <message>
        <source>Which column feeds which field:</source>
        <translation>Quelle colonne alimente quel champ :</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>The shop&apos;s customer export: its columns are already mapped.</source>
        <translation>Export clients de la boutique : ses colonnes sont déjà associées.</translation>
    </message>
    <message>
        <source>Check which column feeds which field below.</source>
        <translation>Vérifiez ci-dessous quelle colonne alimente quel champ.</translation>
    </message>
    <message>
        <source>{encoding}, separated by {delimiter}, {columns} columns. {kind}</source>
        <translation>{encoding}, séparé par {delimiter}, {columns} colonnes. {kind}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Map at least a last name, an email or a customer ID column.</source>
        <translation>Associez au moins une colonne de nom, de courriel ou de numéro client.</translation>
    </message>
    <message>
        <source>Importing… nothing is saved until the end</source>
        <translation>Import en cours… rien n’est enregistré avant la fin</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Import des clients…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was saved.</source>
        <translation>Import annulé : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The import failed: nothing was saved.</source>
        <translation>L’import a échoué : rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Add an item held</source>
        <translation>Ajouter une donnée détenue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Collectée le</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Règle de conservation</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Conservée jusqu’au</translation>
    </message>
</context>
<context>
    <name>ItemLinksDialog</name>
    <message>
        <source>Link items to their activity</source>
        <translation>Rattacher les éléments à leur traitement</translation>
    </message>
    <message>
        <source>{category}, from {source}: {count}</source>
        <translation>{category}, source {source} : {count}</translation>
    </message>
    <message>
        <source>leave unlinked</source>
        <translation>laisser non rattachés</translation>
    </message>
    <message>
        <source>Letters say why each item is held and who receives it: choose the processing activity these items serve.</source>
        <translation>Les courriers disent pourquoi chaque élément est détenu et qui le reçoit : choisissez le traitement que servent ces éléments.</translation>
    </message>
    <message>
        <source>Every item serves an activity.</source>
        <translation>Chaque élément est rattaché à un traitement.</translation>
    </message>
</context>
<context>
    <name>KeyChangeDialog</name>
    <message>
        <source>Change the store&apos;s key</source>
        <translation>Changer la clé du stockage</translation>
    </message>
    <message>
        <source>The passphrase that opens it now</source>
        <translation>La phrase secrète qui l’ouvre aujourd’hui</translation>
    </message>
    <message>
        <source>The store&apos;s key is now kept in this computer&apos;s keyring.</source>
        <translation>La clé du stockage est actuellement conservée dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>The store is now locked with a passphrase.</source>
        <translation>Le stockage est actuellement verrouillé par une phrase secrète.</translation>
    </message>
    <message>
        <source>A backup with the current key is made first. Afterwards, print a new recovery sheet: the old one no longer opens the store.</source>
        <translation>Une sauvegarde avec la clé actuelle est faite d’abord. Ensuite, imprimez une nouvelle fiche de secours : l’ancienne n’ouvre plus le stockage.</translation>
    </message>
    <message>
        <source>A new passphrase I choose</source>
        <translation>Une nouvelle phrase secrète de mon choix</translation>
    </message>
    <message>
        <source>A new random key kept in the system keyring</source>
        <translation>Une nouvelle clé aléatoire conservée dans le trousseau du système</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer.</source>
        <translation>Il n’y a pas de trousseau système sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>Changer la clé</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>This is not the store&apos;s current passphrase; the key was not changed.</source>
        <translation>Ce n’est pas la phrase secrète actuelle de la base ; la clé n’a pas été changée.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Contact details</source>
        <translation type="vanished">Coordonnées</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="vanished">Paiement</translation>
    </message>
    <message>
        <source>Posted content (reviews, messages)</source>
        <translation type="vanished">Contenus publiés (avis, messages)</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Demographic</source>
        <translation type="vanished">Données démographiques</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="vanished">Achats</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="vanished">Appareils</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="vanished">Localisation</translation>
    </message>
    <message>
        <source>Browsing and tracking</source>
        <translation type="vanished">Navigation et traceurs</translation>
    </message>
    <message>
        <source>The person directly</source>
        <translation>La personne elle-même</translation>
    </message>
    <message>
        <source>Online account</source>
        <translation>Compte en ligne</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>In-store customer card</source>
        <translation>Carte client en magasin</translation>
    </message>
    <message>
        <source>Promotional sign-up</source>
        <translation>Inscription promotionnelle</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Tracking tool</source>
        <translation>Outil de suivi</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="vanished">Sous-traitant</translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation type="vanished">Sous-traitant ultérieur</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation type="vanished">Responsable conjoint</translation>
    </message>
    <message>
        <source>Independent controller</source>
        <translation type="vanished">Responsable distinct</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation type="vanished">Autorité publique</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation type="vanished">Prestataire de services (service provider)</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="vanished">Contractant (contractor)</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="vanished">Tiers (third party)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="vanished">Actif</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="vanished">Terminé</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l’instant</translation>
    </message>
    <message>
        <source>Within the EU/EEA</source>
        <translation type="vanished">Au sein de l’UE/EEE</translation>
    </message>
    <message>
        <source>Adequacy decision (art. 45)</source>
        <translation type="vanished">Décision d’adéquation (art. 45)</translation>
    </message>
    <message>
        <source>Standard contractual clauses (art. 46)</source>
        <translation type="vanished">Clauses contractuelles types (art. 46)</translation>
    </message>
    <message>
        <source>Binding corporate rules (art. 47)</source>
        <translation type="vanished">Règles d’entreprise contraignantes (art. 47)</translation>
    </message>
    <message>
        <source>Code of conduct or certification</source>
        <translation type="vanished">Code de conduite ou certification</translation>
    </message>
    <message>
        <source>Derogation (art. 49)</source>
        <translation type="vanished">Dérogation (art. 49)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter for {ref}</source>
        <translation>Courrier pour {ref}</translation>
    </message>
    <message numerus="yes">
        <source>Letters for %n request(s)</source>
        <translation>
            <numerusform>Courriers pour %n demande</numerusform>
            <numerusform>Courriers pour %n demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Vérification d’identité</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Avis de prolongation</translation>
    </message>
    <message>
        <source>Access response</source>
        <translation>Réponse à une demande d’accès</translation>
    </message>
    <message>
        <source>Correction confirmation</source>
        <translation>Confirmation de rectification</translation>
    </message>
    <message>
        <source>Erasure confirmation</source>
        <translation>Confirmation d’effacement</translation>
    </message>
    <message>
        <source>Marketing opt-out confirmation</source>
        <translation>Confirmation d’opposition à la prospection</translation>
    </message>
    <message>
        <source>Portable copy (covering letter)</source>
        <translation type="vanished">Copie portable (lettre d’accompagnement)</translation>
    </message>
    <message>
        <source>Restriction confirmation</source>
        <translation>Confirmation de limitation</translation>
    </message>
    <message>
        <source>Notice before lifting a restriction</source>
        <translation type="vanished">Avis avant la levée d’une limitation</translation>
    </message>
    <message>
        <source>Objection upheld</source>
        <translation type="vanished">Opposition accueillie</translation>
    </message>
    <message>
        <source>Partial answer</source>
        <translation type="vanished">Réponse partielle</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Portability response (their data, in a file)</source>
        <translation>Réponse de portabilité (ses données, dans un fichier)</translation>
    </message>
    <message>
        <source>Notice before the restriction is lifted</source>
        <translation>Information avant la levée de la limitation</translation>
    </message>
    <message>
        <source>Answer to an objection (art. 21)</source>
        <translation>Réponse à une opposition (art. 21)</translation>
    </message>
    <message>
        <source>Partial answer (the rest by the due date)</source>
        <translation>Réponse partielle (le reste d’ici l’échéance)</translation>
    </message>
    <message>
        <source>Notices to recipients (art. 19)</source>
        <translation>Notifications aux destinataires (art. 19)</translation>
    </message>
    <message>
        <source>From the address</source>
        <translation>Selon l’adresse</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>DL, window on the right (France)</source>
        <translation>DL, fenêtre à droite (France)</translation>
    </message>
    <message>
        <source>DIN 5008 form B</source>
        <translation>DIN 5008 forme B</translation>
    </message>
    <message>
        <source>US #10</source>
        <translation>US n° 10</translation>
    </message>
    <message>
        <source>registered mail only</source>
        <translation>recommandé seulement</translation>
    </message>
    <message>
        <source>Saving writes the letter outside the encrypted store, where you choose. Recording it as posted keeps the PDF inside the store with the request.</source>
        <translation>L’enregistrement écrit le courrier hors de la base chiffrée, à l’endroit choisi. Le noter comme posté conserve le PDF dans la base, avec la demande.</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Aperçu et impression…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Record as posted</source>
        <translation>Noter comme posté</translation>
    </message>
    <message>
        <source>Print and record as posted…</source>
        <translation>Imprimer et enregistrer comme posté…</translation>
    </message>
    <message>
        <source>One print job for every letter, then each request keeps its letter as posted</source>
        <translation>Une seule impression pour tous les courriers, puis chaque demande garde son courrier comme posté</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Posté le</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message numerus="yes">
        <source>For %n request(s): {list}</source>
        <translation>
            <numerusform>Pour %n demande&#xa0;: {list}</numerusform>
            <numerusform>Pour %n demandes&#xa0;: {list}</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter fits where this request stands now (closed or withdrawn).</source>
        <translation>Aucun courrier ne convient à cette demande à ce stade (clôturée ou retirée).</translation>
    </message>
    <message>
        <source>No letter fits all these requests at once: choose requests at the same stage.</source>
        <translation>Aucun courrier ne convient à toutes ces demandes à la fois&#xa0;: choisissez des demandes au même stade.</translation>
    </message>
    <message>
        <source>Preparing the letters…</source>
        <translation>Préparation des courriers…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was recorded.</source>
        <translation>Annulé&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A bug stopped it.</source>
        <translation>Un bogue l’a interrompu (noté dans le journal).</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Enregistrer le courrier</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>acknowledgement</source>
        <translation>accusé de réception</translation>
    </message>
    <message>
        <source>identity check</source>
        <translation>vérification d’identité</translation>
    </message>
    <message>
        <source>extension notice</source>
        <translation>avis de prolongation</translation>
    </message>
    <message>
        <source>access response</source>
        <translation>réponse d’accès</translation>
    </message>
    <message>
        <source>correction confirmation</source>
        <translation>confirmation de rectification</translation>
    </message>
    <message>
        <source>erasure confirmation</source>
        <translation>confirmation d’effacement</translation>
    </message>
    <message>
        <source>opt-out confirmation</source>
        <translation>confirmation d’opposition</translation>
    </message>
    <message>
        <source>notice to recipient</source>
        <translation>notification au destinataire</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>refus</translation>
    </message>
    <message>
        <source>no data held</source>
        <translation>aucune donnée détenue</translation>
    </message>
    <message>
        <source>portability response</source>
        <translation>réponse de portabilité</translation>
    </message>
    <message>
        <source>answer to an objection</source>
        <translation>réponse à une opposition</translation>
    </message>
    <message>
        <source>portable copy</source>
        <translation type="vanished">copie portable</translation>
    </message>
    <message>
        <source>restriction confirmation</source>
        <translation>confirmation de limitation</translation>
    </message>
    <message>
        <source>notice before lifting a restriction</source>
        <translation>information avant levée de limitation</translation>
    </message>
    <message>
        <source>objection upheld</source>
        <translation type="vanished">opposition accueillie</translation>
    </message>
    <message>
        <source>partial answer</source>
        <translation>réponse partielle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Alba Nera Desk — {name}</source>
        <translation>Alba Nera Desk — {name}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>The personal-information file: each customer or writer, and what we hold about them by category (contact, payment, purchases, devices, location, browsing…), with its source, date and retention.</source>
        <translation>Le fichier des informations personnelles&#xa0;: chaque client ou correspondant, et ce que nous détenons à son sujet par catégorie (contact, paiement, achats, appareils, localisation, navigation…), avec la source, la date et la durée de conservation.</translation>
    </message>
    <message>
        <source>Add a person when you log a letter about them, or import the shop&apos;s customer export (CSV). Opening a file is itself recorded in the audit trail.</source>
        <translation>Ajoutez une personne en enregistrant un courrier qui la concerne, ou importez l’export clients de la boutique (CSV). L’ouverture d’une fiche est elle-même consignée dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Letters asking to see or correct personal information, logged the day they arrive, with their legal deadline (one month under the GDPR) and the answers printed and posted.</source>
        <translation>Les courriers demandant l’accès à des informations personnelles ou leur rectification, enregistrés le jour de leur arrivée, avec leur délai légal (un mois selon le RGPD) et les réponses imprimées et postées.</translation>
    </message>
    <message>
        <source>Log the first letter with its date of receipt; the due date is computed for you, and what is due this week appears under Today.</source>
        <translation>Enregistrez le premier courrier avec sa date de réception&#xa0;; l’échéance est calculée pour vous, et ce qui arrive à échéance cette semaine apparaît sous Aujourd’hui.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Processor register</source>
        <translation type="vanished">Registre des sous-traitants</translation>
    </message>
    <message>
        <source>The third parties that receive personal information (email vendors, platform providers, event co-sponsors, payment and advertising partners) and the record of processing.</source>
        <translation type="vanished">Les tiers qui reçoivent des informations personnelles (prestataires d’envoi d’e-mails, fournisseurs de la plateforme, co-organisateurs d’événements, partenaires de paiement et de publicité) et le registre des traitements.</translation>
    </message>
    <message>
        <source>Add each third party with its role, purposes, data categories and contract; export the register as CSV, XLSX or PDF when asked.</source>
        <translation type="vanished">Ajoutez chaque tiers avec son rôle, ses finalités, les catégories de données et son contrat&#xa0;; exportez le registre en CSV, XLSX ou PDF sur demande.</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>What is stored or accessed outside France and the EU: exporter, importer, destination country and the legal ground (adequacy, standard contractual clauses…).</source>
        <translation type="vanished">Ce qui est stocké ou consulté hors de France et de l’UE&#xa0;: exportateur, importateur, pays de destination et fondement juridique (adéquation, clauses contractuelles types…).</translation>
    </message>
    <message>
        <source>Record a transfer for each third party whose countries lie outside the EU; the register shows those still missing one.</source>
        <translation type="vanished">Enregistrez un transfert pour chaque tiers dont les pays sont hors de l’UE&#xa0;; le registre signale ceux qui n’en ont pas encore.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open another store…</source>
        <translation>&amp;Ouvrir un autre base…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Organisation &amp;profile…</source>
        <translation>&amp;Profil de l’organisation…</translation>
    </message>
    <message>
        <source>&amp;Check the store</source>
        <translation>&amp;Vérifier la base</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Recovery &amp;sheet…</source>
        <translation>&amp;Fiche de secours…</translation>
    </message>
    <message>
        <source>Change the &amp;key…</source>
        <translation>Changer la &amp;clé…</translation>
    </message>
    <message>
        <source>Office &amp;settings…</source>
        <translation>&amp;Réglages du bureau…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Alba Nera Desk</source>
        <translation>À &amp;propos d’Alba Nera Desk</translation>
    </message>
    <message>
        <source>key in the system keyring</source>
        <translation>clé dans le trousseau système</translation>
    </message>
    <message>
        <source>locked with a passphrase</source>
        <translation>verrouillée par une phrase secrète</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Ouverture de la base…</translation>
    </message>
    <message>
        <source>{path}
Encrypted (SQLCipher), {key}.
Checking…</source>
        <translation>{path}
Chiffrée (SQLCipher), {key}.
Vérification…</translation>
    </message>
    <message>
        <source>No organisation profile yet: File ▸ Organisation profile (Ctrl+,).</source>
        <translation>Pas encore de profil de l’organisation&#xa0;: Fichier ▸ Profil de l’organisation (Ctrl+,).</translation>
    </message>
    <message>
        <source>Nothing missing: every processor has its agreement and terms, every transfer its ground, and no review is overdue.</source>
        <translation>Rien ne manque : chaque sous-traitant a son contrat et ses clauses, chaque transfert son fondement, et aucune revue n’est en retard.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Under 16 according to their file: check how their data came in, and erase it unless there is a reason to keep it.</source>
        <translation>Moins de 16 ans d’après leur fiche : vérifiez comment leurs données sont arrivées, et effacez-les sauf raison de les garder.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the people file are kept past their retention end: they should be deleted.</source>
        <translation>
            <numerusform>%n donnée du fichier des personnes est conservée au-delà de sa durée : elle doit être supprimée.</numerusform>
            <numerusform>%n données du fichier des personnes sont conservées au-delà de leur durée : elles doivent être supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept too long</source>
        <translation>Conservé trop longtemps</translation>
    </message>
    <message>
        <source>Delete every item kept past its retention end? The rest of each file stays; each deletion is recorded in the audit trail.</source>
        <translation>Supprimer toutes les données conservées au-delà de leur durée ? Le reste de chaque fiche est gardé ; chaque suppression est inscrite au journal d’audit.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted.</source>
        <translation>
            <numerusform>%n donnée supprimée.</numerusform>
            <numerusform>%n données supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>CCPA acknowledgement {when}</source>
        <translation>Accusé de réception CCPA {when}</translation>
    </message>
    <message>
        <source>Checking the store…</source>
        <translation>Vérification de la base…</translation>
    </message>
    <message>
        <source>Healthy: integrity, encryption, schema and audit chain all hold.</source>
        <translation>Saine&#xa0;: intégrité, chiffrement, schéma et chaîne d’audit sont en ordre.</translation>
    </message>
    <message>
        <source>Problems found: {list}</source>
        <translation>Problèmes trouvés&#xa0;: {list}</translation>
    </message>
    <message>
        <source>{path}
Encrypted (SQLCipher), {key}.
{verdict}</source>
        <translation>{path}
Chiffrée (SQLCipher), {key}.
{verdict}</translation>
    </message>
    <message>
        <source>Check the store</source>
        <translation>Vérifier le stockage</translation>
    </message>
    <message>
        <source>The store could not be checked.</source>
        <translation>La base n’a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>Today, People, Requests, Register, Transfers, Audit</source>
        <translation>Aujourd’hui, Personnes, Demandes, Registre, Transferts, Audit</translation>
    </message>
    <message>
        <source>New request, person or register entry (in that section)</source>
        <translation>Nouvelle demande, personne ou entrée du registre (dans la section)</translation>
    </message>
    <message>
        <source>Search the people file</source>
        <translation type="vanished">Rechercher dans le fichier des personnes</translation>
    </message>
    <message>
        <source>Search people or requests (in that section)</source>
        <translation>Rechercher des personnes ou des demandes (dans cette section)</translation>
    </message>
    <message>
        <source>Open the selected file or record</source>
        <translation>Ouvrir la fiche ou l’entrée choisie</translation>
    </message>
    <message>
        <source>Close a form (asks first if it was changed)</source>
        <translation>Fermer un formulaire (demande d’abord s’il a été modifié)</translation>
    </message>
    <message>
        <source>Print, in the letter preview</source>
        <translation>Imprimer, dans l’aperçu du courrier</translation>
    </message>
    <message>
        <source>Previous or next page, in the letter preview</source>
        <translation>Page précédente ou suivante, dans l’aperçu du courrier</translation>
    </message>
    <message>
        <source>Zoom in, zoom out, whole page, in the letter preview</source>
        <translation>Agrandir, réduire, page entière, dans l’aperçu des courriers</translation>
    </message>
    <message>
        <source>Open another store</source>
        <translation>Ouvrir une autre base</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>Profil de l’organisation</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Alba Nera Desk</source>
        <translation>À propos d’Alba Nera Desk</translation>
    </message>
    <message>
        <source>Alba Nera Desk {version}
The privacy office&apos;s desk: requests, the personal-information file, the processor register and transfers, kept in one encrypted file on this computer.</source>
        <translation>Alba Nera Desk {version}
Le bureau de la protection des données&#xa0;: demandes, fichier des informations personnelles, registre des sous-traitants et transferts, conservés dans un seul fichier chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Fiche de secours</translation>
    </message>
    <message>
        <source>The sheet shows the store&apos;s key: anyone with it and the file can read everything. Save it, print it for the office safe, then delete the file.</source>
        <translation>La fiche montre la clé de la base&#xa0;: qui la détient avec le fichier peut tout lire. Enregistrez-la, imprimez-la pour le coffre, puis supprimez le fichier.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups (*.albanera-backup *.db)</source>
        <translation>Sauvegardes (*.albanera-backup *.db)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>This backup cannot be restored ({why}); nothing was changed.</source>
        <translation>Cette sauvegarde ne peut pas être restaurée ({why})&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Replace the store with the backup {name}? Everything since that backup is set aside with the current store, not deleted.</source>
        <translation>Remplacer la base par la sauvegarde {name}&#xa0;? Tout ce qui a été fait depuis est mis de côté avec la base actuelle, pas effacé.</translation>
    </message>
    <message>
        <source>Backing up the store…</source>
        <translation>Sauvegarde de la base…</translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation type="vanished">Sauvegarde faite&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>The backup failed: {why}</source>
        <translation>La sauvegarde a échoué&#xa0;: {why}</translation>
    </message>
    <message>
        <source>The third parties that receive personal information (email vendors, platform providers, payment and advertising partners), their contracts and art. 28 terms, and the record of processing (art. 30).</source>
        <translation>Les tiers qui reçoivent des données personnelles (routeurs de courriels, prestataires de la plateforme, partenaires de paiement et de publicité), leurs contrats et clauses de l’article 28, et le registre des traitements (art. 30).</translation>
    </message>
    <message>
        <source>Start from the entries the privacy policy names, then complete each one.</source>
        <translation>Partez des entrées citées par la politique de confidentialité, puis complétez chacune.</translation>
    </message>
    <message>
        <source>What is stored or accessed outside France, where, and on which legal ground (adequacy decision, standard contractual clauses, ...).</source>
        <translation>Ce qui est stocké ou consulté hors de France, où, et sur quel fondement (décision d’adéquation, clauses contractuelles types…).</translation>
    </message>
    <message>
        <source>Record each flow of personal data abroad with its importer and its ground.</source>
        <translation>Enregistrez chaque flux de données personnelles vers l’étranger avec son importateur et son fondement.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cannot open {name}: the key is wrong, or the file is damaged or is not an Alba Nera Desk store.</source>
        <translation>Impossible d’ouvrir {name}&#xa0;: la clé est erronée, ou le fichier est endommagé ou n’est pas une base Alba Nera Desk.</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>la base</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Alba Nera Desk; update the application to open it.</source>
        <translation>{name} a été écrite par une version plus récente d’Alba Nera Desk&#xa0;; mettez l’application à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The key of this store is not in this computer&apos;s keyring: enter its passphrase.</source>
        <translation>La clé de cette base n’est pas dans le trousseau de cet ordinateur&#xa0;: saisissez sa phrase secrète.</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer: choose a passphrase instead.</source>
        <translation>Cet ordinateur n’a pas de trousseau système&#xa0;: choisissez plutôt une phrase secrète.</translation>
    </message>
    <message>
        <source>This store is already open in another Alba Nera Desk window on this computer: use that window, or close it first.</source>
        <translation>Cette base est déjà ouverte dans une autre fenêtre d’Alba Nera Desk sur cet ordinateur&#xa0;: utilisez cette fenêtre, ou fermez-la d’abord.</translation>
    </message>
    <message>
        <source>The store is busy in another program; close it there and try again.</source>
        <translation>La base est occupée par un autre programme&#xa0;; fermez-la là-bas et réessayez.</translation>
    </message>
    <message>
        <source>A file already exists there; choose another name.</source>
        <translation>Un fichier existe déjà à cet endroit&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no store at this place: {path}</source>
        <translation>Il n’y a pas de base à cet endroit&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Too short: at least 12 characters</source>
        <translation>Trop courte&#xa0;: au moins 12 caractères</translation>
    </message>
    <message>
        <source>Weak: easy to guess</source>
        <translation>Faible&#xa0;: facile à deviner</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>e.g. 06 12 34 56 78 or +44 20 7946 0000</source>
        <translation>par ex. 06 12 34 56 78 ou +44 20 7946 0000</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY, if known</source>
        <translation>AAAA-MM-JJ ou JJ/MM/AAAA, si connue</translation>
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
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postcode</source>
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
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Give at least a last name or an email.</source>
        <translation>Indiquez au moins un nom ou un courriel.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>post</source>
        <translation>courrier</translation>
    </message>
    <message>
        <source>registered post</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>number and street, building…</source>
        <translation>numéro et voie, bâtiment…</translation>
    </message>
    <message>
        <source>state, e.g. CA</source>
        <translation>État, ex. CA</translation>
    </message>
    <message>
        <source>Attach the scan…</source>
        <translation>Joindre le scan…</translation>
    </message>
    <message>
        <source>No scan: drop a PDF, JPEG or PNG on the window.</source>
        <translation>Pas de scan&#xa0;: déposez un PDF, JPEG ou PNG sur la fenêtre.</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Writer&apos;s name</source>
        <translation>Nom du demandeur</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Postcode, city</source>
        <translation>Code postal, ville</translation>
    </message>
    <message>
        <source>This address would not reach the writer: {problems}.</source>
        <translation>Cette adresse n’atteindrait pas le demandeur&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="vanished">Adresse postale</translation>
    </message>
    <message>
        <source>Country, region</source>
        <translation>Pays, région</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Scanned letter</source>
        <translation>Courrier scanné</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The scan is too large (limit {mb} MB).</source>
        <translation>Le scan est trop volumineux (limite {mb} Mo).</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>This file is not a PDF, JPEG or PNG scan.</source>
        <translation>Ce fichier n’est pas un scan PDF, JPEG ou PNG.</translation>
    </message>
    <message>
        <source>Give the writer&apos;s name as it appears on the letter.</source>
        <translation>Indiquez le nom du demandeur tel qu’il figure sur le courrier.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation profile</source>
        <translation>Profil de l’organisation</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>The business meets the CCPA thresholds (California residents&apos; requests)</source>
        <translation type="vanished">L’entreprise atteint les seuils du CCPA (demandes de résidents californiens)</translation>
    </message>
    <message>
        <source>Subject to the CCPA (requests from California residents)</source>
        <translation>Soumise au CCPA (demandes de résidents californiens)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Controller (organisation) name</source>
        <translation>Responsable du traitement (organisation)</translation>
    </message>
    <message>
        <source>Contact (role)</source>
        <translation>Contact (fonction)</translation>
    </message>
    <message>
        <source>Postal address (one line each)</source>
        <translation>Adresse postale (une ligne par ligne)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>Région ou État</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation type="vanished">Pays (code ISO)</translation>
    </message>
    <message>
        <source>SAS, SARL, SA…</source>
        <translation>SAS, SARL, SA…</translation>
    </message>
    <message>
        <source>when not the postal address above</source>
        <translation>s’il diffère de l’adresse postale ci-dessus</translation>
    </message>
    <message>
        <source>RCS Paris 123 456 789</source>
        <translation>RCS Paris 123 456 789</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail de contact</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <source>Letters signed by</source>
        <translation>Courriers signés par</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <source>Signatory&apos;s title in French</source>
        <translation>Titre du signataire en français</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Share capital</source>
        <translation>Capital social</translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation>Siège social</translation>
    </message>
    <message>
        <source>RCS registration</source>
        <translation>Immatriculation au RCS</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Default letter language</source>
        <translation>Langue des courriers par défaut</translation>
    </message>
    <message>
        <source>the controller&apos;s name</source>
        <translation>le nom du responsable du traitement</translation>
    </message>
    <message>
        <source>the postal address</source>
        <translation>l’adresse postale</translation>
    </message>
    <message>
        <source>the city</source>
        <translation>la ville</translation>
    </message>
    <message>
        <source>the country</source>
        <translation>le pays</translation>
    </message>
    <message>
        <source>who signs the letters</source>
        <translation>le signataire des courriers</translation>
    </message>
    <message>
        <source>Letters will need: {fields}.</source>
        <translation>Les courriers auront besoin de&#xa0;: {fields}.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>At least {n} characters</source>
        <translation>Au moins {n} caractères</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Same again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>the two entries differ</source>
        <translation>les deux saisies diffèrent</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Postcode</source>
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
        <source>Customer ID</source>
        <translation>N° client</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Under 16: to review (the shop does not knowingly collect their data)</source>
        <translation>Moins de 16 ans : à examiner (la boutique ne collecte pas sciemment leurs données)</translation>
    </message>
    <message>
        <source>under 16</source>
        <translation>moins de 16 ans</translation>
    </message>
    <message>
        <source>Opted out of marketing</source>
        <translation>Opposé à la prospection</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>opposé</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Search by name, email, postcode, phone or customer ID (Ctrl+F)</source>
        <translation>Rechercher par nom, courriel, code postal, téléphone ou numéro client (Ctrl+F)</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Importer des clients…</translation>
    </message>
    <message>
        <source>The shop&apos;s customer export, or any CSV with a column mapping</source>
        <translation>L’export clients de la boutique, ou tout CSV avec une association de colonnes</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <source>Add someone by hand (Ctrl+N)</source>
        <translation>Ajouter quelqu’un à la main (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Link items…</source>
        <translation>Rattacher les éléments…</translation>
    </message>
    <message>
        <source>Say which processing activity the items of older imports serve</source>
        <translation>Dire à quel traitement servent les éléments des imports antérieurs</translation>
    </message>
    <message>
        <source>Open the selected person&apos;s file (Enter)</source>
        <translation>Ouvrir la fiche de la personne choisie (Entrée)</translation>
    </message>
    <message>
        <source>Counting the people in the file…</source>
        <translation>Décompte des personnes du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the file</source>
        <translation>
            <numerusform>%n personne dans le fichier</numerusform>
            <numerusform>%n personnes dans le fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>PersonFileDialog</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collectée le</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Conservée jusqu’au</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Undo the last correction</source>
        <translation>Annuler la dernière rectification</translation>
    </message>
    <message>
        <source>Puts the value back as it was; both changes stay in the history</source>
        <translation>Remet la valeur d’avant ; les deux changements restent dans l’historique</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Items held</source>
        <translation>Données détenues</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Rectifications</translation>
    </message>
    <message>
        <source>Show in Requests</source>
        <translation>Afficher dans Demandes</translation>
    </message>
    <message>
        <source>Open the selected request in the Requests section (Enter)</source>
        <translation>Ouvrir la demande choisie dans la section Demandes (Entrée)</translation>
    </message>
    <message>
        <source>No request from or about this person.</source>
        <translation>Aucune demande de cette personne ou la concernant.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Journal des accès</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Rectifier…</translation>
    </message>
    <message>
        <source>Change a value, keeping before and after</source>
        <translation>Modifier une valeur en gardant l’avant et l’après</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Ajouter une donnée…</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Prospection</translation>
    </message>
    <message>
        <source>Opt out of {channel}</source>
        <translation>Opposition : {channel}</translation>
    </message>
    <message>
        <source>Opt in to {channel}</source>
        <translation>Consentement : {channel}</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>PDF (annex of an access response)</source>
        <translation>PDF (annexe d’une réponse d’accès)</translation>
    </message>
    <message>
        <source>JSON (portability)</source>
        <translation>JSON (portabilité)</translation>
    </message>
    <message>
        <source>CSV (portability)</source>
        <translation>CSV (portabilité)</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation>client {id}</translation>
    </message>
    <message>
        <source>Under 16: to review. The policy says the shop does not knowingly collect their data.</source>
        <translation>Moins de 16 ans : à examiner. La politique indique que la boutique ne collecte pas sciemment leurs données.</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>jamais demandé</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>OPTED OUT: do not contact</source>
        <translation>OPPOSITION : ne pas contacter</translation>
    </message>
    <message>
        <source>{channel}: {state}</source>
        <translation>{channel}&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Every change of choice:</source>
        <translation>Chaque changement de choix :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>opened the file</source>
        <translation>a ouvert la fiche</translation>
    </message>
    <message>
        <source>created the file</source>
        <translation>a créé la fiche</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>a modifié</translation>
    </message>
    <message>
        <source>exported the file</source>
        <translation>a exporté la fiche</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>a importé</translation>
    </message>
    <message>
        <source>erased the file</source>
        <translation>a effacé la fiche</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>a supprimé</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>a imprimé</translation>
    </message>
    <message>
        <source>Nothing has been corrected in this file.</source>
        <translation>Rien n’a été rectifié dans cette fiche.</translation>
    </message>
    <message>
        <source>Undo of the correction of {when}</source>
        <translation>Annulation de la rectification du {when}</translation>
    </message>
    <message>
        <source>office</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>Export — the file leaves the encrypted store</source>
        <translation>Exporter — le fichier sort du stockage chiffré</translation>
    </message>
    <message>
        <source>No request (the office&apos;s own correction)</source>
        <translation>Aucune demande (rectification à l’initiative du bureau)</translation>
    </message>
</context>
<context>
    <name>PersonLinkDialog</name>
    <message>
        <source>Whom is {ref} about?</source>
        <translation>Qui concerne {ref} ?</translation>
    </message>
    <message>
        <source>Name, email, postcode, phone or customer ID</source>
        <translation>Nom, courriel, code postal, téléphone ou numéro client</translation>
    </message>
    <message>
        <source>Create from the letter</source>
        <translation>Créer d’après le courrier</translation>
    </message>
    <message>
        <source>A new file with the writer&apos;s name and address as on the letter</source>
        <translation>Une nouvelle fiche avec le nom et l’adresse de l’auteur tels que sur le courrier</translation>
    </message>
    <message>
        <source>Nobody we know</source>
        <translation>Personne de connu</translation>
    </message>
    <message>
        <source>The answer will say that no data is held</source>
        <translation>La réponse indiquera qu’aucune donnée n’est détenue</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Choose a person in the list, or create one.</source>
        <translation>Choisissez une personne dans la liste, ou créez-en une.</translation>
    </message>
</context>
<context>
    <name>PersonWords</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Numéro client</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Index de recherche</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Marketing by {channel}</source>
        <translation>Prospection par {channel}</translation>
    </message>
    <message>
        <source>An item held</source>
        <translation>Une donnée détenue</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>◀ Previous</source>
        <translation type="vanished">◀ Précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="vanished">Suivante ▶</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>of {pages}</source>
        <translation>sur {pages}</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Réduire (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Agrandir (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Show the whole page (Ctrl+0)</source>
        <translation>Afficher la page entière (Ctrl+0)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="vanished">Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Printing failed; nothing was lost, try again.</source>
        <translation>L’impression a échoué ; rien n’est perdu, réessayez.</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
</context>
<context>
    <name>ProcessorDialog</name>
    <message>
        <source>New third party</source>
        <translation>Nouveau tiers</translation>
    </message>
    <message>
        <source>ISO codes, e.g. FR, IE, US</source>
        <translation type="vanished">codes ISO, par ex. FR, IE, US</translation>
    </message>
    <message>
        <source>None (works for us directly)</source>
        <translation>Aucun (travaille directement pour nous)</translation>
    </message>
    <message>
        <source>Signed agreement kept in the store</source>
        <translation type="vanished">Contrat signé conservé dans le stockage</translation>
    </message>
    <message>
        <source>No signed agreement attached</source>
        <translation type="vanished">Aucun contrat signé joint</translation>
    </message>
    <message>
        <source>Attach the signed agreement…</source>
        <translation type="vanished">Joindre le contrat signé…</translation>
    </message>
    <message>
        <source>View…</source>
        <translation type="vanished">Voir…</translation>
    </message>
    <message>
        <source>To complete</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Role (GDPR)</source>
        <translation>Rôle (RGPD)</translation>
    </message>
    <message>
        <source>Role (CCPA)</source>
        <translation>Rôle (CCPA)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>DPO contact</source>
        <translation>Contact du DPO</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Purposes (one per line)</source>
        <translation>Finalités (une par ligne)</translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Categories of people</source>
        <translation>Catégories de personnes</translation>
    </message>
    <message>
        <source>Processed in</source>
        <translation>Traité dans</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Security measures (art. 32)</source>
        <translation>Mesures de sécurité (art. 32)</translation>
    </message>
    <message>
        <source>Sub-processor of</source>
        <translation>Sous-traitant ultérieur de</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Data returned or deleted on</source>
        <translation>Données restituées ou supprimées le</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Contrat signé le</translation>
    </message>
    <message>
        <source>Agreement expires on</source>
        <translation>Contrat expirant le</translation>
    </message>
    <message>
        <source>Art. 28(3) terms found</source>
        <translation>Clauses de l’art. 28(3) présentes</translation>
    </message>
    <message numerus="yes">
        <source>%n art. 28(3) term(s) missing from the agreement: {terms}.</source>
        <translation>
            <numerusform>%n clause de l’art. 28.3 manque au contrat : {terms}.</numerusform>
            <numerusform>%n clauses de l’art. 28.3 manquent au contrat : {terms}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the terms</source>
        <translation>Voir les clauses</translation>
    </message>
    <message>
        <source>Signed agreement</source>
        <translation>Contrat signé</translation>
    </message>
    <message>
        <source>That file cannot be read.</source>
        <translation type="vanished">Ce fichier ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>ProcessorTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>non requis</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) missing</source>
        <translation>
            <numerusform>%n clause manquante</numerusform>
            <numerusform>%n clauses manquantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Discard the changes to this form?</source>
        <translation>Abandonner les modifications de ce formulaire ?</translation>
    </message>
    <message>
        <source>What you changed has not been saved.</source>
        <translation>Vos modifications n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>The export failed: nothing was written.</source>
        <translation>L’export a échoué : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Export — the file leaves the encrypted store</source>
        <translation>Exporter — le fichier sort du stockage chiffré</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported: {name}. The file is not encrypted: keep it safe.</source>
        <translation>Exporté : {name}. Le fichier n’est pas chiffré : gardez-le en lieu sûr.</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Third parties</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Add an entry to the tab shown (Ctrl+N)</source>
        <translation>Ajouter une entrée à l’onglet affiché (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove an entry made by mistake</source>
        <translation>Retirer une entrée faite par erreur</translation>
    </message>
    <message>
        <source>Add entries from the privacy policy</source>
        <translation>Ajouter les entrées de la politique de confidentialité</translation>
    </message>
    <message>
        <source>The third parties and processing activities the policy names, flagged “to complete”; entries already added are not added twice.</source>
        <translation>Les tiers et traitements cités par la politique, marqués « à compléter » ; les entrées déjà ajoutées ne le sont pas deux fois.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>CSV (comma)</source>
        <translation>CSV (virgule)</translation>
    </message>
    <message>
        <source>CSV (semicolon, for French Excel)</source>
        <translation>CSV (point-virgule, pour Excel en français)</translation>
    </message>
    <message>
        <source>XLSX (all registers, one sheet each)</source>
        <translation>XLSX (tous les registres, une feuille chacun)</translation>
    </message>
    <message>
        <source>PDF (landscape table)</source>
        <translation>PDF (tableau à l’italienne)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added from the privacy policy; complete each one.</source>
        <translation>
            <numerusform>%n entrée ajoutée d’après la politique de confidentialité ; complétez-la.</numerusform>
            <numerusform>%n entrées ajoutées d’après la politique de confidentialité ; complétez chacune.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use this for an entry made by mistake. A third party you no longer work with should be ended instead (Status: ended), so the register keeps its history.</source>
        <translation>À réserver aux entrées faites par erreur. Un tiers avec qui vous ne travaillez plus doit plutôt être terminé (Statut : terminé), pour que le registre garde son historique.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete “{name}” from the register?</source>
        <translation>Supprimer « {name} » du registre ?</translation>
    </message>
    <message>
        <source>Export — the file leaves the encrypted store</source>
        <translation type="vanished">Exporter — le fichier sort du stockage chiffré</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Added: {added}   Updated: {updated}   Unchanged: {unchanged}</source>
        <translation>Ajoutées : {added}   Mises à jour : {updated}   Inchangées : {unchanged}</translation>
    </message>
    <message>
        <source>Rejected: {rejected}</source>
        <translation>Rejetées : {rejected}</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>ligne {line} : {reason}</translation>
    </message>
    <message>
        <source>No line was rejected.</source>
        <translation>Aucune ligne n’a été rejetée.</translation>
    </message>
</context>
<context>
    <name>RequestDecisions</name>
    <message>
        <source>Manifestly unfounded (art. 12(5)(b))</source>
        <translation>Manifestement infondée (art. 12, paragraphe 5, point b))</translation>
    </message>
    <message>
        <source>Manifestly excessive, repetitive (art. 12(5)(b))</source>
        <translation>Manifestement excessive, répétitive (art. 12, paragraphe 5, point b))</translation>
    </message>
    <message>
        <source>Identity not established (art. 11(2), 12(2))</source>
        <translation>Identité non établie (art. 11, paragraphe 2, et 12, paragraphe 2)</translation>
    </message>
    <message>
        <source>Restricted by law (art. 23)</source>
        <translation>Limité par la loi (art. 23)</translation>
    </message>
    <message>
        <source>Legal duty to keep (art. 17(3)(b))</source>
        <translation>Obligation légale de conservation (art. 17, paragraphe 3, point b))</translation>
    </message>
    <message>
        <source>Legal claims (art. 17(3)(e), 21(1))</source>
        <translation>Droits en justice (art. 17, paragraphe 3, point e), et 21, paragraphe 1)</translation>
    </message>
    <message>
        <source>Rights of others (art. 15(4), 20(4))</source>
        <translation>Droits d’autrui (art. 15, paragraphe 4, et 20, paragraphe 4)</translation>
    </message>
    <message>
        <source>Compelling legitimate grounds (art. 21(1))</source>
        <translation>Motifs légitimes et impérieux (art. 21, paragraphe 1)</translation>
    </message>
    <message>
        <source>Not provided by the person (art. 20(1))</source>
        <translation>Non fourni par la personne (art. 20, paragraphe 1)</translation>
    </message>
    <message>
        <source>CCPA exception (§1798.105(d), §1798.145)</source>
        <translation>Exception du CCPA (§1798.105(d), §1798.145)</translation>
    </message>
    <message>
        <source>Refuse {ref}</source>
        <translation>Refuser {ref}</translation>
    </message>
    <message>
        <source>The reason, as the letter will quote it</source>
        <translation>Le motif, tel que le courrier le citera</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Answer {ref} partly</source>
        <translation>Répondre en partie à {ref}</translation>
    </message>
    <message>
        <source>what is not done, as the letter will say it</source>
        <translation>ce qui n’est pas fait, tel que le courrier le dira</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non fait</translation>
    </message>
    <message>
        <source>Lift the restriction for {ref}</source>
        <translation>Lever la limitation pour {ref}</translation>
    </message>
    <message>
        <source>Restrict processing for {ref}</source>
        <translation>Limiter le traitement pour {ref}</translation>
    </message>
    <message>
        <source>why it ends</source>
        <translation>pourquoi elle prend fin</translation>
    </message>
    <message>
        <source>while what is checked</source>
        <translation>le temps de vérifier quoi</translation>
    </message>
    <message>
        <source>Lifted on</source>
        <translation>Levée le</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Uphold the objection of {ref}</source>
        <translation>Accueillir l’opposition de {ref}</translation>
    </message>
    <message>
        <source>Processing that stops</source>
        <translation>Traitements qui cessent</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Décider…</translation>
    </message>
    <message>
        <source>Refuse on a legal ground, answer partly, restrict, uphold an objection</source>
        <translation>Refuser sur un fondement juridique, répondre en partie, limiter, accueillir une opposition</translation>
    </message>
    <message>
        <source>Refuse on a legal ground…</source>
        <translation>Refuser sur un fondement juridique…</translation>
    </message>
    <message>
        <source>Answer partly…</source>
        <translation>Répondre en partie…</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Limiter le traitement…</translation>
    </message>
    <message>
        <source>Plan the end of the restriction…</source>
        <translation>Prévoir la fin de la limitation…</translation>
    </message>
    <message>
        <source>Uphold an objection…</source>
        <translation>Accueillir une opposition…</translation>
    </message>
    <message>
        <source>Make and save the portable copy…</source>
        <translation>Préparer et enregistrer la copie portable…</translation>
    </message>
    <message>
        <source>Save the portable copy</source>
        <translation>Enregistrer la copie portable</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Open the person&apos;s file</source>
        <translation>Ouvrir la fiche de la personne</translation>
    </message>
    <message>
        <source>The file of the person this letter is about (opening it is recorded)</source>
        <translation>La fiche de la personne que concerne ce courrier (son ouverture est enregistrée)</translation>
    </message>
</context>
<context>
    <name>RequestEvents</name>
    <message>
        <source>letter received</source>
        <translation>courrier reçu</translation>
    </message>
    <message>
        <source>linked to a person</source>
        <translation>lié à une personne</translation>
    </message>
    <message>
        <source>no longer linked to a person</source>
        <translation>n’est plus liée à une personne</translation>
    </message>
    <message>
        <source>identity asked</source>
        <translation>identité demandée</translation>
    </message>
    <message>
        <source>identity confirmed</source>
        <translation>identité confirmée</translation>
    </message>
    <message>
        <source>extended by two months</source>
        <translation>prolongée de deux mois</translation>
    </message>
    <message>
        <source>CCPA applied</source>
        <translation>CCPA appliqué</translation>
    </message>
    <message>
        <source>CCPA no longer applied</source>
        <translation>CCPA retiré</translation>
    </message>
    <message>
        <source>recipients notified (art. 19)</source>
        <translation>destinataires notifiés (art. 19)</translation>
    </message>
    <message>
        <source>scan attached</source>
        <translation>scan joint</translation>
    </message>
    <message>
        <source>about nobody in the file</source>
        <translation>ne concerne personne du fichier</translation>
    </message>
    <message>
        <source>about nobody we know</source>
        <translation type="vanished">ne concerne personne de connu</translation>
    </message>
    <message>
        <source>notices to recipients prepared (art. 19)</source>
        <translation>notifications aux destinataires préparées (art. 19)</translation>
    </message>
    <message>
        <source>kept out of the erasure by a legal duty (art. 17(3)(b))</source>
        <translation>conservé malgré l’effacement en vertu d’une obligation légale (art. 17, paragraphe 3, point b))</translation>
    </message>
    <message>
        <source>answered in part</source>
        <translation>réponse partielle</translation>
    </message>
    <message>
        <source>processing restricted</source>
        <translation>traitement limité</translation>
    </message>
    <message>
        <source>end of the restriction planned</source>
        <translation>fin de la limitation prévue</translation>
    </message>
    <message>
        <source>objection upheld</source>
        <translation>opposition accueillie</translation>
    </message>
    <message>
        <source>answered: the answer letter was posted</source>
        <translation>répondue&#xa0;: le courrier de réponse a été posté</translation>
    </message>
    <message>
        <source>answered without a posted letter</source>
        <translation>répondue sans courrier posté</translation>
    </message>
</context>
<context>
    <name>RequestFilterBar</name>
    <message>
        <source>Reference, name or postcode (Ctrl+F)</source>
        <translation>Référence, nom ou code postal (Ctrl+F)</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Non clôturées</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>To post</source>
        <translation>À poster</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
    <message>
        <source>Every request but those closed</source>
        <translation>Toutes les demandes sauf celles clôturées</translation>
    </message>
    <message>
        <source>Received, awaiting identity or in progress</source>
        <translation>Reçues, en attente d’identité ou en cours</translation>
    </message>
    <message>
        <source>Open requests whose answer is late</source>
        <translation>Demandes ouvertes dont la réponse est en retard</translation>
    </message>
    <message>
        <source>Awaiting identity: the writer was asked to confirm who they are; the GDPR deadline waits</source>
        <translation>En attente d’identité&#xa0;: on a demandé au demandeur de confirmer son identité&#xa0;; le délai RGPD est suspendu</translation>
    </message>
    <message>
        <source>Answers to post within seven days so they arrive in time, and CCPA receipts to acknowledge</source>
        <translation>Réponses à poster dans les sept jours pour arriver à temps, et accusés de réception CCPA à envoyer</translation>
    </message>
    <message>
        <source>Requests closed once nothing more is to be done: an answered, refused or withdrawn request stays in the list until it is closed</source>
        <translation>Demandes clôturées une fois qu’il n’y a plus rien à faire&#xa0;: une demande répondue, refusée ou retirée reste dans la liste jusqu’à sa clôture</translation>
    </message>
    <message>
        <source>Requests closed: answered, refused or withdrawn</source>
        <translation type="vanished">Demandes clôturées&#xa0;: répondues, refusées ou retirées</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Réponse due</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="vanished">Réponse</translation>
    </message>
    <message>
        <source>Post by</source>
        <translation>Poster avant le</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message numerus="yes">
        <source>{date} · %n day(s) late</source>
        <translation>
            <numerusform>{date} · %n jour de retard</numerusform>
            <numerusform>{date} · %n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} · today</source>
        <translation>{date} · aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>{date} · in %n day(s)</source>
        <translation>
            <numerusform>{date} · dans %n jour</numerusform>
            <numerusform>{date} · dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue since %n day(s) (due {date})</source>
        <translation>
            <numerusform>en retard depuis %n jour (échéance {date})</numerusform>
            <numerusform>en retard depuis %n jours (échéance {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>due today, {date}</source>
        <translation>à rendre aujourd’hui, {date}</translation>
    </message>
    <message numerus="yes">
        <source>due {date}, in %n day(s)</source>
        <translation>
            <numerusform>à rendre le {date}, dans %n jour</numerusform>
            <numerusform>à rendre le {date}, dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>access</source>
        <translation>accès</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>rectification</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>effacement</translation>
    </message>
    <message>
        <source>objection to marketing</source>
        <translation>opposition à la prospection</translation>
    </message>
    <message>
        <source>restriction</source>
        <translation>limitation</translation>
    </message>
    <message>
        <source>portability</source>
        <translation>portabilité</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>awaiting identity</source>
        <translation>identité en attente</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondue</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>close</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Print the acknowledgements of every open request not yet acknowledged, as one job, and record them as posted</source>
        <translation>Imprimer en une fois les accusés de réception de toutes les demandes ouvertes qui n’en ont pas encore, et les enregistrer comme postés</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <source>Log a letter the day it arrives (Ctrl+N)</source>
        <translation>Enregistrer un courrier le jour de son arrivée (Ctrl+N)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Ask for identity…</source>
        <translation>Demander une preuve d’identité…</translation>
    </message>
    <message>
        <source>Identity confirmed…</source>
        <translation>Identité confirmée…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Prolonger…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>The CCPA applies too (California)</source>
        <translation>Le CCPA s’applique aussi (Californie)</translation>
    </message>
    <message>
        <source>45 calendar days, not paused by identity checks; the stricter date shows</source>
        <translation>45 jours calendaires, non suspendus par la vérification d’identité ; la date la plus stricte s’affiche</translation>
    </message>
    <message>
        <source>View the scanned letter</source>
        <translation>Voir le courrier numérisé</translation>
    </message>
    <message>
        <source>Attach the scanned letter…</source>
        <translation>Joindre le courrier numérisé…</translation>
    </message>
    <message>
        <source>View a letter sent…</source>
        <translation>Voir un courrier envoyé…</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Changer le statut…</translation>
    </message>
    <message>
        <source>Person…</source>
        <translation>Personne…</translation>
    </message>
    <message>
        <source>Link the letter to a person in the file, create them, or say nobody</source>
        <translation>Lier le courrier à une personne du fichier, la créer, ou n’indiquer personne</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Courrier…</translation>
    </message>
    <message>
        <source>Prepare, save and record the letter that answers</source>
        <translation>Préparer, enregistrer et conserver le courrier de réponse</translation>
    </message>
    <message numerus="yes">
        <source>The {shown} most urgent of %n requests: type to narrow.</source>
        <translation>
            <numerusform>Les {shown} plus urgentes sur %n demande&#xa0;: tapez pour affiner.</numerusform>
            <numerusform>Les {shown} plus urgentes sur %n demandes&#xa0;: tapez pour affiner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acknowledgements to post (%n)…</source>
        <translation>
            <numerusform>Accusé de réception à poster (%n)…</numerusform>
            <numerusform>Accusés de réception à poster (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request to see its deadline and history.</source>
        <translation>Sélectionnez une demande pour voir son échéance et son historique.</translation>
    </message>
    <message>
        <source>Linked to a person in the file.</source>
        <translation>Lié à une personne du fichier.</translation>
    </message>
    <message>
        <source>Not linked to anyone in the file yet (Person…).</source>
        <translation>Pas encore lié à une personne du fichier (Personne…).</translation>
    </message>
    <message>
        <source>Letter sent: {kind}, posted {day}</source>
        <translation>Courrier envoyé : {kind}, posté le {day}</translation>
    </message>
    <message>
        <source>CCPA: acknowledge receipt by {day} (10 business days).</source>
        <translation>CCPA : accuser réception au plus tard le {day} (10 jours ouvrés).</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Ask for identity</source>
        <translation type="vanished">Demander une preuve d’identité</translation>
    </message>
    <message>
        <source>What is asked (only what is needed):</source>
        <translation type="vanished">Ce qui est demandé (seulement le nécessaire)&#xa0;:</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation type="vanished">Identité confirmée</translation>
    </message>
    <message>
        <source>How it was confirmed:</source>
        <translation type="vanished">Comment elle a été confirmée&#xa0;:</translation>
    </message>
    <message>
        <source>Extend by two months</source>
        <translation type="vanished">Prolonger de deux mois</translation>
    </message>
    <message>
        <source>Reasons given to the writer:</source>
        <translation type="vanished">Motifs donnés au demandeur&#xa0;:</translation>
    </message>
    <message>
        <source>Scanned letter</source>
        <translation>Courrier numérisé</translation>
    </message>
    <message>
        <source>No scan was kept with this request.</source>
        <translation>Aucun scan n’a été conservé avec cette demande.</translation>
    </message>
    <message>
        <source>Letter {ref}</source>
        <translation>Courrier {ref}</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>That file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Courriers envoyés</translation>
    </message>
    <message>
        <source>No letter has been recorded as posted.</source>
        <translation>Aucun courrier n’a été enregistré comme posté.</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Courrier :</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="vanished">Changer le statut</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation type="vanished">Nouveau statut&#xa0;:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="vanished">Pourquoi&#xa0;?</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backups of this store, newest first. Restoring replaces the store with the backup; the current store is set aside, not deleted.</source>
        <translation>Les sauvegardes de cette base, de la plus récente à la plus ancienne. Restaurer remplace la base par la sauvegarde ; la base actuelle est mise de côté, pas supprimée.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Vérification des sauvegardes…</translation>
    </message>
    <message>
        <source>The backups could not be checked: choose the file with “Another file…”.</source>
        <translation>Les sauvegardes n’ont pas pu être vérifiées&#xa0;: choisissez le fichier avec «&#xa0;Autre fichier…&#xa0;».</translation>
    </message>
    <message>
        <source>No backup of this store was found in its backup folder.</source>
        <translation>Aucune sauvegarde de cette base n’a été trouvée dans son dossier de sauvegarde.</translation>
    </message>
</context>
<context>
    <name>RestoredNotice</name>
    <message>
        <source>Restored</source>
        <translation>Restauration faite</translation>
    </message>
    <message>
        <source>The store as it was before the restore is kept in the folder {folder}, under a name that starts with “{prefix}”.</source>
        <translation>La base telle qu’elle était avant la restauration est conservée dans le dossier {folder}, sous un nom qui commence par «&#xa0;{prefix}&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>The backup was older than %n erasure(s): they were made again.</source>
        <translation>
            <numerusform>La sauvegarde était antérieure à %n effacement&#xa0;: il a été refait.</numerusform>
            <numerusform>La sauvegarde était antérieure à %n effacements&#xa0;: ils ont été refaits.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
    <message>
        <source>The backup of {when} was restored.</source>
        <translation>La sauvegarde du {when} a été restaurée.</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Enregistré : {name}</translation>
    </message>
    <message>
        <source>In the folder {folder}</source>
        <translation>Dans le dossier {folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Office settings</source>
        <translation>Réglages du bureau</translation>
    </message>
    <message>
        <source>none (national holidays only)</source>
        <translation type="vanished">aucune (jours fériés nationaux seulement)</translation>
    </message>
    <message>
        <source>57, 67 or 68 for Alsace-Moselle&apos;s extra holidays</source>
        <translation>57, 67 ou 68 pour les jours fériés propres à l’Alsace-Moselle</translation>
    </message>
    <message>
        <source>Alsace and Moselle add Good Friday and 26 December to the holidays</source>
        <translation type="vanished">L’Alsace et la Moselle ajoutent le Vendredi saint et le 26 décembre aux jours fériés</translation>
    </message>
    <message>
        <source>None (national holidays only)</source>
        <translation type="vanished">Aucune (jours fériés nationaux seulement)</translation>
    </message>
    <message>
        <source>Moselle</source>
        <translation type="vanished">Moselle</translation>
    </message>
    <message>
        <source>Bas-Rhin</source>
        <translation type="vanished">Bas-Rhin</translation>
    </message>
    <message>
        <source>Haut-Rhin</source>
        <translation type="vanished">Haut-Rhin</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Back up when the desk closes</source>
        <translation>Sauvegarder à la fermeture</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Takes effect as soon as you save</source>
        <translation>S’applique dès l’enregistrement</translation>
    </message>
    <message>
        <source>Holiday region</source>
        <translation>Région des jours fériés</translation>
    </message>
    <message>
        <source>Post takes</source>
        <translation>Délai postal</translation>
    </message>
    <message>
        <source>Keep closed requests</source>
        <translation>Conserver les demandes closes</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Sauvegardes conservées</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n ouverte</numerusform>
            <numerusform>%n ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting identity</source>
        <translation>
            <numerusform>%n en attente d’identité</numerusform>
            <numerusform>%n en attente d’identité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to post this week</source>
        <translation>
            <numerusform>%n à poster cette semaine</numerusform>
            <numerusform>%n à poster cette semaine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status — {ref}</source>
        <translation>Changer le statut — {ref}</translation>
    </message>
    <message>
        <source>Now {status}. A request becomes answered by itself when its answer letter is recorded as posted.</source>
        <translation>Actuellement&#xa0;: {status}. Une demande devient répondue d’elle-même quand son courrier de réponse est enregistré comme posté.</translation>
    </message>
    <message>
        <source>{status} — without a posted answer letter</source>
        <translation>{status} — sans courrier de réponse posté</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>No change of status is possible now.</source>
        <translation>Aucun changement de statut n’est possible maintenant.</translation>
    </message>
    <message>
        <source>how it was answered (by email, handed over…): kept in its history</source>
        <translation>comment elle a été répondue (par courriel, remise en main propre…)&#xa0;: gardé dans son historique</translation>
    </message>
    <message>
        <source>manifestly unfounded or excessive, and why: the refusal letter says it</source>
        <translation>manifestement infondée ou excessive, et pourquoi&#xa0;: le courrier de refus le dira</translation>
    </message>
    <message>
        <source>kept in the request&apos;s history</source>
        <translation>gardé dans l’historique de la demande</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Donnez le motif.</translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <source>Backup made: {name}</source>
        <translation type="vanished">Sauvegarde faite : {name}</translation>
    </message>
    <message>
        <source>Backup made on {when}.</source>
        <translation>Sauvegarde faite le {when}.</translation>
    </message>
    <message>
        <source>Open another store</source>
        <translation>Ouvrir un autre base</translation>
    </message>
    <message>
        <source>Alba Nera Desk stores (*.db *.albanera);;All files (*)</source>
        <translation>Bases Alba Nera Desk (*.db *.albanera);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This store is already open.</source>
        <translation>Cette base est déjà ouverte.</translation>
    </message>
    <message>
        <source>The desk could not be started on {name}.</source>
        <translation>Le bureau n’a pas pu être ouvert sur {name}.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Due dates, this month and next</source>
        <translation>Échéances, ce mois-ci et le suivant</translation>
    </message>
    <message>
        <source>The register is empty, so nothing can be checked yet: add the third parties that receive personal information (Register ▸ Add entries from the privacy policy).</source>
        <translation>Le registre est vide, rien ne peut encore être vérifié&#xa0;: ajoutez les tiers qui reçoivent des données personnelles (Registre ▸ Ajouter les entrées de la politique de confidentialité).</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>intégrité</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>chiffrement</translation>
    </message>
    <message>
        <source>links between records</source>
        <translation>liens entre les fiches</translation>
    </message>
    <message>
        <source>version of the file</source>
        <translation>version du fichier</translation>
    </message>
    <message>
        <source>audit chain</source>
        <translation>chaîne d’audit</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>À rendre cette semaine</translation>
    </message>
    <message>
        <source>Nothing is due. Each letter you log under Requests appears here when its answer is due within seven days; overdue answers stand out in red.</source>
        <translation>Rien n’est dû. Chaque courrier enregistré sous Demandes apparaît ici quand sa réponse est due dans les sept jours&#xa0;; les réponses en retard ressortent en rouge.</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>Contrôles du registre</translation>
    </message>
    <message>
        <source>People to review</source>
        <translation>Personnes à examiner</translation>
    </message>
    <message>
        <source>Kept too long</source>
        <translation>Conservé trop longtemps</translation>
    </message>
    <message>
        <source>Delete them…</source>
        <translation>Les supprimer…</translation>
    </message>
    <message>
        <source>This store</source>
        <translation>Cette base</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>New transfer</source>
        <translation>Nouveau transfert</translation>
    </message>
    <message>
        <source>Not in the register (name below)</source>
        <translation>Hors registre (nom ci-dessous)</translation>
    </message>
    <message>
        <source>Suggest from the roles</source>
        <translation>Proposer d’après les rôles</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Yes, on the Data Privacy Framework list</source>
        <translation>Oui, inscrit au Data Privacy Framework</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Signed standard contractual clauses</source>
        <translation>Clauses contractuelles types signées</translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation>Analyse d’impact du transfert</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Exportateur</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importateur</translation>
    </message>
    <message>
        <source>Importer&apos;s name</source>
        <translation>Nom de l’importateur</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Pays de destination</translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Onward transfers</source>
        <translation>Transferts ultérieurs</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <source>SCC module (2021/914)</source>
        <translation>Module des CCT (2021/914)</translation>
    </message>
    <message>
        <source>SCC signed on</source>
        <translation>CCT signées le</translation>
    </message>
    <message>
        <source>Signed SCC</source>
        <translation>CCT signées</translation>
    </message>
    <message>
        <source>BCR reference</source>
        <translation>Référence des BCR</translation>
    </message>
    <message>
        <source>Derogation (art. 49)</source>
        <translation>Dérogation (art. 49)</translation>
    </message>
    <message>
        <source>Why the derogation applies</source>
        <translation>Pourquoi la dérogation s’applique</translation>
    </message>
    <message>
        <source>Importer certified under the DPF</source>
        <translation>Importateur certifié DPF</translation>
    </message>
    <message>
        <source>Transfer impact assessment on</source>
        <translation>Analyse d’impact du transfert le</translation>
    </message>
    <message>
        <source>Assessment outcome</source>
        <translation>Conclusion de l’analyse</translation>
    </message>
    <message>
        <source>Assessment document</source>
        <translation>Document de l’analyse</translation>
    </message>
    <message>
        <source>Supplementary measures</source>
        <translation>Mesures supplémentaires</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Début le</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <source>To complete</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <source>Choose the importer from the register first.</source>
        <translation>Choisissez d’abord l’importateur dans le registre.</translation>
    </message>
</context>
<context>
    <name>TransferTableModel</name>
    <message>
        <source>Importer</source>
        <translation>Importateur</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>module {number}</source>
        <translation>module {number}</translation>
    </message>
</context>
<context>
    <name>TransfersView</name>
    <message>
        <source>Where our data lives</source>
        <translation>Où vivent nos données</translation>
    </message>
    <message>
        <source>New transfer…</source>
        <translation>Nouveau transfert…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>CSV (comma)</source>
        <translation>CSV (virgule)</translation>
    </message>
    <message>
        <source>CSV (semicolon, for French Excel)</source>
        <translation>CSV (point-virgule, pour Excel en français)</translation>
    </message>
    <message>
        <source>XLSX</source>
        <translation>XLSX</translation>
    </message>
    <message>
        <source>PDF (landscape table)</source>
        <translation>PDF (tableau à l’italienne)</translation>
    </message>
    <message numerus="yes">
        <source>%n third party(ies)</source>
        <translation>
            <numerusform>%n tiers</numerusform>
            <numerusform>%n tiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfert</numerusform>
            <numerusform>%n transferts</numerusform>
        </translation>
    </message>
    <message>
        <source>Third parties here: {names}</source>
        <translation>Tiers concernés : {names}</translation>
    </message>
    <message>
        <source>Export — the file leaves the encrypted store</source>
        <translation type="vanished">Exporter — le fichier sort du stockage chiffré</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the transfer to {importer}? Use this for a record made by mistake; a flow that has stopped should get its end date instead.</source>
        <translation>Supprimer le transfert vers {importer} ? À réserver aux fiches faites par erreur ; un flux arrêté doit plutôt recevoir sa date de fin.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the store</source>
        <translation>Déverrouiller la base</translation>
    </message>
    <message>
        <source>Enter the passphrase of {name} ({folder}).</source>
        <translation>Saisissez la phrase secrète de {name} ({folder}).</translation>
    </message>
    <message>
        <source>The desk was locked after a while without use: its views were cleared.</source>
        <translation type="vanished">Le bureau s’est verrouillé après un moment sans activité&#xa0;: ses vues ont été effacées.</translation>
    </message>
    <message>
        <source>Confirm it is you to open it again.</source>
        <translation>Confirmez que c’est bien vous pour le rouvrir.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>The desk is locked: its views were cleared.</source>
        <translation>Le bureau est verrouillé : ses vues ont été vidées.</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Ouverture de la base…</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (a bug); it was written to the log.</source>
        <translation>Une erreur inattendue s’est produite (un bogue)&#xa0;; elle a été notée dans le journal.</translation>
    </message>
</context>
<context>
    <name>_StepDialog</name>
    <message>
        <source>The date cannot be before the letter arrived.</source>
        <translation>La date ne peut pas précéder l’arrivée du courrier.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La date ne peut pas être dans le futur.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Opening the store…</source>
        <translation type="obsolete">Ouverture de la base…</translation>
    </message>
</context>
</TS>
