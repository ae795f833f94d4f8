<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityLogDock</name>
    <message>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Clear the activity log</source>
        <translation>Vider le journal d&apos;activité</translation>
    </message>
</context>
<context>
    <name>ActivityLogModel</name>
    <message>
        <source>OK</source>
        <comment>outcome of a request</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Retries: %1</source>
        <translation>Nouvelles tentatives : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
</context>
<context>
    <name>AddAccessKeyDialog</name>
    <message>
        <source>Add Access Key</source>
        <translation>Ajouter une clé d&apos;accès</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>for example: analytics account</source>
        <translation>par exemple : compte analytique</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clé d&apos;accès</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clé d&apos;accès secrète</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Jeton de session</translation>
    </message>
    <message>
        <source>only for temporary keys (ASIA…)</source>
        <translation>seulement pour les clés temporaires (ASIA…)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>the Region in use</source>
        <translation>la région utilisée</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain, never in a file. Use it by choosing it in the Profile list.</source>
        <translation>La clé est conservée dans le trousseau du système, jamais dans un fichier. Utilisez-la en la choisissant dans la liste des profils.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>ID de &amp;clé d&apos;accès :</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>Clé d&apos;accès &amp;secrète :</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>&amp;Jeton de session :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>Replace Stored Key</source>
        <translation>Remplacer la clé enregistrée</translation>
    </message>
</context>
<context>
    <name>ApiCodec</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <extracomment>%1 is a JSON member path such as datasetImportJobs[3].creationDateTime</extracomment>
        <translation>%1 : %2 attendu, %3 trouvé</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>%1: expected an integer, found %2</source>
        <translation>%1 : un entier est attendu, %2 trouvé</translation>
    </message>
    <message>
        <source>%1: the timestamp %2 is outside the years 1 to 9999</source>
        <translation>%1 : l&apos;horodatage %2 est en dehors des années 1 à 9999</translation>
    </message>
    <message>
        <source>%1: this member is required but missing</source>
        <translation>%1 : ce membre est obligatoire mais absent</translation>
    </message>
</context>
<context>
    <name>AvroSchema</name>
    <message>
        <source>The schema is longer than the %1 characters the service allows.</source>
        <translation>Le schéma dépasse les %1 caractères que le service accepte.</translation>
    </message>
    <message>
        <source>The schema is not valid JSON: %1.</source>
        <translation>Le schéma n&apos;est pas du JSON valide : %1.</translation>
    </message>
    <message>
        <source>The schema is not an Avro record.</source>
        <translation>Le schéma n&apos;est pas un enregistrement Avro.</translation>
    </message>
    <message>
        <source>The schema lists no fields.</source>
        <translation>Le schéma ne liste aucun champ.</translation>
    </message>
    <message>
        <source>A field of the schema has no name.</source>
        <translation>Un champ du schéma n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The schema names the field %1 twice.</source>
        <translation>Le schéma nomme deux fois le champ %1.</translation>
    </message>
    <message>
        <source>The field %1 has a type Import Desk cannot check (%2).</source>
        <translation>Le champ %1 a un type qu&apos;Import Desk ne sait pas vérifier (%2).</translation>
    </message>
</context>
<context>
    <name>AwsCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>No AWS Region is selected. Choose a region, or set one in the profile or with AWS_REGION.</source>
        <translation>Aucune région AWS n&apos;est sélectionnée. Choisissez une région, ou définissez-en une dans le profil ou avec AWS_REGION.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds, retries included.</source>
        <translation>Aucune réponse en %1 secondes, nouvelles tentatives comprises.</translation>
    </message>
    <message>
        <source>No credentials are configured for this connection.</source>
        <translation>Aucun identifiant n&apos;est configuré pour cette connexion.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2, far more than the service ever sends, so it was not read. Check that the endpoint URL points at the AWS service.</source>
        <translation>La réponse de %1 dépasse %2, bien plus que ce que le service envoie jamais ; elle n&apos;a donc pas été lue. Vérifiez que l&apos;URL de point de terminaison désigne bien le service AWS.</translation>
    </message>
    <message>
        <source>HTTP %1; the body stopped at byte %2</source>
        <translation>HTTP %1 ; le corps s&apos;est arrêté à l&apos;octet %2</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of its answer (%2).</source>
        <translation>%1 a fermé la connexion au milieu de sa réponse (%2).</translation>
    </message>
    <message>
        <source>%1 stopped sending its answer (%2) and the attempt timed out.</source>
        <translation>%1 a cessé d&apos;envoyer sa réponse (%2) et le délai de la tentative a expiré.</translation>
    </message>
    <message>
        <source>%1 sent a malformed answer (%2), so it could not be read.</source>
        <translation>%1 a envoyé une réponse mal formée (%2), qui n&apos;a donc pas pu être lue.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>ce n&apos;est pas du JSON valide (%1 à l&apos;octet %2 sur %3)</translation>
    </message>
    <message>
        <source>it is a JSON %1 where the service always sends an object</source>
        <translation>c&apos;est %1 JSON, alors que le service envoie toujours un objet</translation>
    </message>
    <message>
        <source>array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>The answer from %1 (HTTP %2) could not be read: %3. The request may have been carried out.</source>
        <translation>La réponse de %1 (HTTP %2) n&apos;a pas pu être lue : %3. La requête a peut-être été exécutée.</translation>
    </message>
    <message>
        <source>it is not well-formed XML (%1 at byte %2 of %3)</source>
        <translation>ce n&apos;est pas du XML bien formé (%1 à l&apos;octet %2 sur %3)</translation>
    </message>
    <message>
        <source>it is empty where the service always sends an XML document</source>
        <translation>elle est vide, alors que le service envoie toujours un document XML</translation>
    </message>
</context>
<context>
    <name>AwsCredentials</name>
    <message>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation>, expire %1</translation>
    </message>
</context>
<context>
    <name>AwsError</name>
    <message>
        <source>request id %1</source>
        <translation>ID de requête %1</translation>
    </message>
    <message>
        <source>Check the region and the endpoint address, and that this computer is online.</source>
        <translation>Vérifiez la région et l&apos;adresse du point de terminaison, et que cet ordinateur est connecté.</translation>
    </message>
    <message>
        <source>Nothing answers at the endpoint. Check the endpoint address, or start the sandbox if you use one.</source>
        <translation>Rien ne répond au point de terminaison. Vérifiez son adresse, ou démarrez le bac à sable si vous en utilisez un.</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The service took too long to answer. Try again in a moment.</source>
        <translation>Le service a mis trop de temps à répondre. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s certificate is not trusted. If your network inspects TLS traffic, point AWS_CA_BUNDLE or the profile&apos;s ca_bundle at its certificate.</source>
        <translation>Le certificat du point de terminaison n&apos;est pas approuvé. Si votre réseau inspecte le trafic TLS, faites pointer AWS_CA_BUNDLE ou le ca_bundle du profil vers son certificat.</translation>
    </message>
    <message>
        <source>Configure credentials for this profile, or choose another profile.</source>
        <translation>Configurez des identifiants pour ce profil, ou choisissez un autre profil.</translation>
    </message>
    <message>
        <source>The access key is not known to AWS. Check the profile&apos;s access key id.</source>
        <translation>La clé d&apos;accès est inconnue d&apos;AWS. Vérifiez l&apos;ID de clé d&apos;accès du profil.</translation>
    </message>
    <message>
        <source>The secret access key does not match the access key id. Check the profile&apos;s secret key, and that this computer&apos;s clock is right.</source>
        <translation>La clé d&apos;accès secrète ne correspond pas à l&apos;ID de clé d&apos;accès. Vérifiez la clé secrète du profil, et que l&apos;horloge de cet ordinateur est juste.</translation>
    </message>
    <message>
        <source>The temporary credentials have expired. Sign in again (for IAM Identity Center: aws sso login) and retry.</source>
        <translation>Les identifiants temporaires ont expiré. Reconnectez-vous (pour IAM Identity Center : aws sso login) et réessayez.</translation>
    </message>
    <message>
        <source>Your identity lacks a permission for this action. Ask your administrator to allow it in your IAM policy.</source>
        <translation>Il manque à votre identité une autorisation pour cette action. Demandez à votre administrateur de l&apos;autoriser dans votre stratégie IAM.</translation>
    </message>
    <message>
        <source>The service is limiting requests. Wait a little and try again.</source>
        <translation>Le service limite les requêtes. Patientez un peu et réessayez.</translation>
    </message>
    <message>
        <source>The service had a temporary problem. Try again in a moment.</source>
        <translation>Le service a rencontré un problème temporaire. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>AwsPartitions</name>
    <message>
        <source>The partitions file is not a valid JSON object (%1). Reinstall Import Desk or replace the file with an unmodified copy.</source>
        <translation>Le fichier des partitions n&apos;est pas un objet JSON valide (%1). Réinstallez Import Desk ou remplacez le fichier par une copie non modifiée.</translation>
    </message>
    <message>
        <source>The partitions file has an entry without an id, a valid region pattern or outputs.</source>
        <translation>Le fichier des partitions contient une entrée sans ID, sans modèle de région valide ou sans sorties.</translation>
    </message>
    <message>
        <source>The partitions file lists no partitions.</source>
        <translation>Le fichier des partitions ne liste aucune partition.</translation>
    </message>
</context>
<context>
    <name>AwsSession</name>
    <message>
        <source>No AWS Region is configured for profile “%1”. Choose a region, or set one with AWS_REGION or a region line in the profile.</source>
        <translation>Aucune région AWS n&apos;est configurée pour le profil « %1 ». Choisissez une région, ou définissez-en une avec AWS_REGION ou une ligne region dans le profil.</translation>
    </message>
    <message>
        <source>No endpoint is known for %1. Set one with %2 or an endpoint_url line in the profile.</source>
        <translation>Aucun point de terminaison n&apos;est connu pour %1. Définissez-en un avec %2 ou une ligne endpoint_url dans le profil.</translation>
    </message>
    <message>
        <source>No %1 endpoint for region “%2”: %3</source>
        <translation>Aucun point de terminaison %1 pour la région « %2 » : %3</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 %2 is not a regular file (it is a folder, a pipe or a device), so it was not read. Point the setting at an ordinary file.</source>
        <translation>%1 %2 n&apos;est pas un fichier ordinaire (c&apos;est un dossier, un tube ou un périphérique) ; il n&apos;a donc pas été lu. Faites pointer le paramètre vers un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 %2 is larger than %3, so it was not read. Check that the setting names the right file.</source>
        <translation>%1 %2 dépasse %3 ; il n&apos;a donc pas été lu. Vérifiez que le paramètre désigne le bon fichier.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be read (%3). Check its permissions.</source>
        <translation>%1 %2 est illisible (%3). Vérifiez ses autorisations.</translation>
    </message>
</context>
<context>
    <name>CaBundle</name>
    <message>
        <source>The certificate bundle %1 named by %2 holds no PEM certificate. Point it at a .pem file with &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation>Le paquet de certificats %1 désigné par %2 ne contient aucun certificat PEM. Faites-le pointer vers un fichier .pem avec des blocs « -----BEGIN CERTIFICATE----- ».</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checking %1 against the dataset&apos;s schema…</source>
        <translation>Vérification de %1 par rapport au schéma du jeu de données…</translation>
    </message>
    <message>
        <source>nothing was checked; correct the values above and try again.</source>
        <translation>rien n&apos;a été vérifié ; corrigez les valeurs ci-dessus et réessayez.</translation>
    </message>
    <message>
        <source>the data could not be checked: %1</source>
        <translation>les données n&apos;ont pas pu être vérifiées : %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Pour corriger : %1</translation>
    </message>
    <message>
        <source>CSV files: %1</source>
        <translation>Fichiers CSV : %1</translation>
    </message>
    <message>
        <source>%1, %2 read, about %3 records</source>
        <translation>%1, %2 lus, environ %3 enregistrements</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>“%1” is not a command. Use one of: submit, describe, list, watch, datasets (importdesk-cli --help shows them all).</source>
        <translation>« %1 » n&apos;est pas une commande. Utilisez l&apos;une de celles-ci : submit, describe, list, watch, datasets (importdesk-cli --help les présente toutes).</translation>
    </message>
    <message>
        <source>Unknown option --%1 (importdesk-cli --help lists the options).</source>
        <translation>Option --%1 inconnue (importdesk-cli --help liste les options).</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>L&apos;option --%1 attend une valeur.</translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation>L&apos;option --%1 ne prend pas de valeur.</translation>
    </message>
    <message>
        <source>Option --%1 does not apply to “%2”.</source>
        <translation>L&apos;option --%1 ne s&apos;applique pas à « %2 ».</translation>
    </message>
    <message>
        <source>--output must be text or json, not “%1”.</source>
        <translation>--output doit valoir text ou json, et non « %1 ».</translation>
    </message>
    <message>
        <source>--tag needs KEY=VALUE (for example --tag team=growth), not “%1”.</source>
        <translation>--tag attend CLÉ=VALEUR (par exemple --tag team=growth), et non « %1 ».</translation>
    </message>
    <message>
        <source>--status takes pending, in-progress, active or failed (or the service&apos;s CREATE PENDING, CREATE IN_PROGRESS, ACTIVE, CREATE FAILED), not “%1”.</source>
        <translation>--status attend pending, in-progress, active ou failed (ou les états du service CREATE PENDING, CREATE IN_PROGRESS, ACTIVE, CREATE FAILED), et non « %1 ».</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of seconds (at least %2), not “%3”.</source>
        <translation>--%1 attend un nombre entier de secondes (au moins %2), et non « %3 ».</translation>
    </message>
    <message>
        <source>describe takes one import job ARN.</source>
        <translation>describe attend l&apos;ARN d&apos;une tâche d&apos;importation.</translation>
    </message>
    <message>
        <source>watch takes one or more import job ARNs.</source>
        <translation>watch attend un ou plusieurs ARN de tâches d&apos;importation.</translation>
    </message>
    <message>
        <source>submit takes options only; “%1” is not one.</source>
        <translation>submit n&apos;accepte que des options ; « %1 » n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>submit needs --job-name, --dataset-arn and --data-location (or a --cli-input-json file).</source>
        <translation>submit a besoin de --job-name, --dataset-arn et --data-location (ou d&apos;un fichier --cli-input-json).</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu : « %1 ».</translation>
    </message>
    <message>
        <source>check takes options only; “%1” is not one.</source>
        <translation>check n&apos;accepte que des options ; « %1 » n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>check needs --dataset-arn and --data-location (or a --cli-input-json file).</source>
        <translation>check a besoin de --dataset-arn et --data-location (ou d&apos;un fichier --cli-input-json).</translation>
    </message>
    <message>
        <source>Usage: importdesk-cli COMMAND [OPTIONS]

Create and follow Amazon Personalize dataset import jobs.

Commands:
  submit      Create a dataset import job
                --job-name NAME --dataset-arn ARN --data-location S3_URI
                [--role-arn ARN] [--tag KEY=VALUE]... [--import-mode FULL|INCREMENTAL]
                [--publish-attribution-metrics] [--cli-input-json FILE]
                [--dry-run] [--check] [--wait] [--queue] [--timeout S] [--interval S]
              Values given as options override those of the --cli-input-json file
              (the format of aws personalize create-dataset-import-job). With --queue,
              a region that already runs 5 imports is waited for until one finishes.
              With --check, the data is checked first and nothing is sent when the
              check finds an error.
  check       Check the data at the location against the dataset&apos;s schema before
              importing it, reading a sample of the files with your credentials:
                --dataset-arn ARN --data-location S3_URI [--import-mode FULL|INCREMENTAL]
                [--cli-input-json FILE]
  describe    Show one import job: describe ARN
  list        List the import jobs of the account, or of one dataset:
                list [--dataset-arn ARN] [--status STATUS[,STATUS]...]
              STATUS: pending, in-progress, active or failed
  watch       Wait until every job has finished, showing each change of status:
                watch ARN... [--timeout S] [--interval S]
  datasets    List dataset groups and their datasets

Connection (as with the AWS CLI; default: the AWS configuration files and environment):
  --profile NAME        a profile of ~/.aws/config and ~/.aws/credentials
  --region REGION       for example eu-west-1
  --endpoint-url URL    another endpoint, such as a sandbox: http://127.0.0.1:4576

Other options:
  --output text|json    how results are printed (default text)
  --debug               log each request (secrets are never shown)
  --help, --version

Exit status: 0 done; 1 the request failed; 2 bad arguments or input;
3 watch timed out (or submit --queue found no free slot in time);
4 a watched job ended in CREATE FAILED; 5 the data check found an error.
</source>
        <translation>Utilisation : importdesk-cli COMMANDE [OPTIONS]

Crée et suit les tâches d&apos;importation de jeux de données Amazon Personalize.

Commandes :
  submit      Crée une tâche d&apos;importation de jeu de données
                --job-name NOM --dataset-arn ARN --data-location URI_S3
                [--role-arn ARN] [--tag CLÉ=VALEUR]... [--import-mode FULL|INCREMENTAL]
                [--publish-attribution-metrics] [--cli-input-json FICHIER]
                [--dry-run] [--check] [--wait] [--queue] [--timeout S] [--interval S]
              Les valeurs données en options remplacent celles du fichier --cli-input-json
              (au format de aws personalize create-dataset-import-job). Avec --queue,
              si une région exécute déjà 5 importations, la commande attend que l&apos;une
              d&apos;elles se termine. Avec --check, les données sont d&apos;abord vérifiées et
              rien n&apos;est envoyé si la vérification trouve une erreur.
  check       Vérifie les données de l&apos;emplacement par rapport au schéma du jeu de
              données avant de les importer, en lisant un échantillon des fichiers
              avec vos identifiants :
                --dataset-arn ARN --data-location URI_S3 [--import-mode FULL|INCREMENTAL]
                [--cli-input-json FICHIER]
  describe    Affiche une tâche d&apos;importation : describe ARN
  list        Liste les tâches d&apos;importation du compte, ou d&apos;un jeu de données :
                list [--dataset-arn ARN] [--status ÉTAT[,ÉTAT]...]
              ÉTAT : pending, in-progress, active ou failed
  watch       Attend que toutes les tâches soient terminées, en affichant chaque changement d&apos;état :
                watch ARN... [--timeout S] [--interval S]
  datasets    Liste les groupes de jeux de données et leurs jeux de données

Connexion (comme avec l&apos;AWS CLI ; par défaut : les fichiers de configuration AWS et l&apos;environnement) :
  --profile NOM         un profil de ~/.aws/config et ~/.aws/credentials
  --region RÉGION       par exemple eu-west-1
  --endpoint-url URL    un autre point de terminaison, comme un bac à sable : http://127.0.0.1:4576

Autres options :
  --output text|json    format d&apos;affichage des résultats (text par défaut)
  --debug               journalise chaque requête (les secrets ne sont jamais affichés)
  --help, --version

Code de sortie : 0 terminé ; 1 la requête a échoué ; 2 arguments ou entrée incorrects ;
3 délai dépassé pour watch (ou submit --queue n&apos;a pas trouvé de place libre à temps) ;
4 une tâche surveillée s&apos;est terminée en CREATE FAILED ; 5 la vérification des données a trouvé une erreur.
</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>importdesk-cli: %1</source>
        <translation>importdesk-cli : %1</translation>
    </message>
    <message>
        <source>cannot read %1: there is no such file.</source>
        <translation>impossible de lire %1 : ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>cannot read %1: it is not a regular file (but a device, a pipe or a folder). Save the job&apos;s JSON in a file and give its path.</source>
        <translation>impossible de lire %1 : ce n&apos;est pas un fichier ordinaire (mais un périphérique, un tube ou un dossier). Enregistrez le JSON de la tâche dans un fichier et donnez son chemin.</translation>
    </message>
    <message>
        <source>cannot read %1: it is larger than %2 KiB, and a --cli-input-json file holds the settings of one import job. Check that this is the right file.</source>
        <translation>impossible de lire %1 : il dépasse %2 Kio, alors qu&apos;un fichier --cli-input-json ne contient que les paramètres d&apos;une tâche d&apos;importation. Vérifiez qu&apos;il s&apos;agit du bon fichier.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>error</source>
        <comment>severity of a finding</comment>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>severity of a finding</comment>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
</context>
<context>
    <name>CliDispatcher</name>
    <message>
        <source>importdesk-cli: %1</source>
        <translation>importdesk-cli : %1</translation>
    </message>
    <message>
        <source>Run importdesk-cli --help for the commands.</source>
        <translation>Exécutez importdesk-cli --help pour voir les commandes.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Standard input is not a terminal, so importdesk-cli cannot ask for it. Run the command from a terminal, or export temporary credentials as AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN.</source>
        <translation>L&apos;entrée standard n&apos;est pas un terminal ; importdesk-cli ne peut donc pas le demander. Lancez la commande depuis un terminal, ou exportez des identifiants temporaires dans AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY et AWS_SESSION_TOKEN.</translation>
    </message>
</context>
<context>
    <name>CliInputJson</name>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation>Ce n&apos;est pas du JSON valide : %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>The CLI input must be a JSON object ({ … }).</source>
        <translation>L&apos;entrée CLI doit être un objet JSON ({ … }).</translation>
    </message>
    <message>
        <source>The AWS CLI does not accept these keys: %1. Remove them; the known keys are %2.</source>
        <translation>L&apos;AWS CLI n&apos;accepte pas ces clés : %1. Supprimez-les ; les clés connues sont %2.</translation>
    </message>
    <message>
        <source>The CLI input has a value of the wrong type: %1</source>
        <translation>L&apos;entrée CLI contient une valeur de type incorrect : %1</translation>
    </message>
</context>
<context>
    <name>ClientConfiguration</name>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; (from %2) does not exist in %3 or %4. Choose an existing profile, or create it with &quot;aws configure --profile %1&quot;.</source>
        <translation>Le profil « %1 » (provenant de %2) n&apos;existe ni dans %3 ni dans %4. Choisissez un profil existant, ou créez-le avec « aws configure --profile %1 ».</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>%1 must be &quot;true&quot; or &quot;false&quot;, not &quot;%2&quot;. Correct or remove the setting.</source>
        <translation>%1 doit valoir « true » ou « false », et non « %2 ». Corrigez ou supprimez le paramètre.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; refers to the services section &quot;%2&quot;, which does not exist in %3. Add a [services %2] section or remove the &quot;services&quot; setting.</source>
        <translation>Le profil « %1 » fait référence à la section services « %2 », qui n&apos;existe pas dans %3. Ajoutez une section [services %2] ou supprimez le paramètre « services ».</translation>
    </message>
    <message>
        <source>services %1</source>
        <translation>services %1</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; from %2 is not a valid http:// or https:// address. Correct or remove it.</source>
        <translation>L&apos;URL de point de terminaison « %1 » provenant de %2 n&apos;est pas une adresse http:// ou https:// valide. Corrigez-la ou supprimez-la.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; from %2 contains a user name or password. Remove them from the address: requests are signed with your AWS credentials instead.</source>
        <translation>L&apos;URL de point de terminaison « %1 » provenant de %2 contient un nom d&apos;utilisateur ou un mot de passe. Retirez-les de l&apos;adresse : les requêtes sont signées avec vos identifiants AWS.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of attempts of at least 1, not &quot;%2&quot;. Correct or remove the setting.</source>
        <translation>%1 doit être un nombre entier de tentatives d&apos;au moins 1, et non « %2 ». Corrigez ou supprimez le paramètre.</translation>
    </message>
    <message>
        <source>%1 must be &quot;standard&quot;, &quot;adaptive&quot; or &quot;legacy&quot;, not &quot;%2&quot;. Correct or remove the setting.</source>
        <translation>%1 doit valoir « standard », « adaptive » ou « legacy », et non « %2 ». Corrigez ou supprimez le paramètre.</translation>
    </message>
    <message>
        <source>Import Desk always retries with the standard retry mode; the &quot;%1&quot; mode from %2 is not used.</source>
        <translation>Import Desk utilise toujours le mode de nouvelle tentative standard ; le mode « %1 » provenant de %2 n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <source>The certificate bundle</source>
        <translation>Le paquet de certificats</translation>
    </message>
    <message>
        <source>The certificate bundle %1 named by %2 cannot be read. Check the path and its permissions.</source>
        <translation>Le paquet de certificats %1 désigné par %2 est illisible. Vérifiez le chemin et ses autorisations.</translation>
    </message>
    <message>
        <source>%1 It is named by %2.</source>
        <translation>%1 Il est désigné par %2.</translation>
    </message>
    <message>
        <source>The certificate bundle %1 named by %2 holds no PEM certificate. Point it at a .pem file.</source>
        <translation>Le paquet de certificats %1 désigné par %2 ne contient aucun certificat PEM. Faites-le pointer vers un fichier .pem.</translation>
    </message>
</context>
<context>
    <name>ConfigFileEditor</name>
    <message>
        <source>The AWS config file</source>
        <translation>Le fichier de configuration AWS</translation>
    </message>
    <message>
        <source>The folder of %1 could not be created. Check that you may write there.</source>
        <translation>Le dossier de %1 n&apos;a pas pu être créé. Vérifiez que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Check that you may write to it and its folder.</source>
        <translation>%1 n&apos;a pas pu être écrit : %2. Vérifiez que vous pouvez écrire dans ce fichier et dans son dossier.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. It was left as it was.</source>
        <translation>%1 n&apos;a pas pu être écrit : %2. Il est resté tel quel.</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>AWS profile</source>
        <translation>Profil AWS</translation>
    </message>
    <message>
        <source>AWS Region</source>
        <translation>Région AWS</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <comment>badge: the app talks to the local sandbox</comment>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Sandbox: not connected to AWS</source>
        <translation>Bac à sable : non connecté à AWS</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>Account: not known yet</source>
        <translation>Compte : pas encore connu</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <source>Requests go to the local sandbox at %1, not to AWS. Nothing you do here touches a real account.</source>
        <translation>Les requêtes vont au bac à sable local %1, pas à AWS. Rien de ce que vous faites ici ne touche un compte réel.</translation>
    </message>
    <message>
        <source>The sandbox serves one fixed account and Region.</source>
        <translation>Le bac à sable sert un seul compte et une seule Région.</translation>
    </message>
    <message>
        <source>Account: %1 · %2</source>
        <comment>account id, then who is signed in</comment>
        <translation>Compte : %1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (reported by AWS STS).</source>
        <translation>Connecté en tant que %1 (selon AWS STS).</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <comment>to IAM Identity Center</comment>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign in to IAM Identity Center</source>
        <translation>Se connecter à IAM Identity Center</translation>
    </message>
    <message>
        <source>Stored key: %1</source>
        <translation>Clé enregistrée : %1</translation>
    </message>
    <message>
        <source>Access key stored in Import Desk, not an AWS profile</source>
        <translation>Clé d&apos;accès enregistrée dans Import Desk, pas un profil AWS</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>Checking the credentials of profile “%1”…</source>
        <translation>Vérification des identifiants du profil « %1 »…</translation>
    </message>
    <message>
        <source>Connected to the local sandbox at %1.</source>
        <translation>Connecté au bac à sable local %1.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Connecté avec %1.</translation>
    </message>
    <message>
        <source>Sign in again with “aws sso login --profile %1”, then choose the profile again.</source>
        <translation>Reconnectez-vous avec « aws sso login --profile %1 », puis choisissez de nouveau le profil.</translation>
    </message>
    <message>
        <source>root user</source>
        <translation>utilisateur racine</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>role %1 (session %2)</source>
        <translation>rôle %1 (session %2)</translation>
    </message>
    <message>
        <source>federated user %1</source>
        <translation>utilisateur fédéré %1</translation>
    </message>
    <message>
        <source>Checking the stored key “%1”…</source>
        <translation>Vérification de la clé enregistrée « %1 »…</translation>
    </message>
    <message>
        <source>Check the stored key “%1”: replace it in Stored keys if it was deleted or rotated.</source>
        <translation>Vérifiez la clé enregistrée « %1 » : remplacez-la dans Clés enregistrées si elle a été supprimée ou renouvelée.</translation>
    </message>
</context>
<context>
    <name>CredentialChain</name>
    <message>
        <source>The credentials are no longer available. Restart the operation.</source>
        <translation>Les identifiants ne sont plus disponibles. Relancez l&apos;opération.</translation>
    </message>
    <message>
        <source>credentials entered in Import Desk</source>
        <translation>identifiants saisis dans Import Desk</translation>
    </message>
    <message>
        <source>Only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set. Set both, or unset both to use a profile.</source>
        <translation>Une seule des variables AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY est définie. Définissez les deux, ou supprimez les deux pour utiliser un profil.</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <source>AWS_CREDENTIAL_EXPIRATION is not an ISO 8601 date and time (&quot;%1&quot;). Correct or unset it.</source>
        <translation>AWS_CREDENTIAL_EXPIRATION n&apos;est pas une date et heure ISO 8601 (« %1 »). Corrigez-la ou supprimez-la.</translation>
    </message>
    <message>
        <source>The credentials in the environment expired at %1 (AWS_CREDENTIAL_EXPIRATION). Set new ones, or unset AWS_ACCESS_KEY_ID to use a profile.</source>
        <translation>Les identifiants de l&apos;environnement ont expiré le %1 (AWS_CREDENTIAL_EXPIRATION). Définissez-en de nouveaux, ou supprimez AWS_ACCESS_KEY_ID pour utiliser un profil.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; does not exist in %2. Choose an existing profile, or create it with &quot;%3&quot;.</source>
        <translation>Le profil « %1 » n&apos;existe pas dans %2. Choisissez un profil existant, ou créez-le avec « %3 ».</translation>
    </message>
    <message>
        <source>No AWS credentials were found: there is no default profile in %1 and AWS_ACCESS_KEY_ID is not set. Run &quot;aws configure&quot; to store access keys, &quot;aws configure sso&quot; for IAM Identity Center, or choose a profile.</source>
        <translation>Aucun identifiant AWS trouvé : il n&apos;y a pas de profil par défaut dans %1 et AWS_ACCESS_KEY_ID n&apos;est pas défini. Exécutez « aws configure » pour enregistrer des clés d&apos;accès, « aws configure sso » pour IAM Identity Center, ou choisissez un profil.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has only one of aws_access_key_id and aws_secret_access_key. Add the other, for example with &quot;%2&quot;.</source>
        <translation>Le profil « %1 » ne contient qu&apos;une seule des clés aws_access_key_id et aws_secret_access_key. Ajoutez l&apos;autre, par exemple avec « %2 ».</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; holds no credentials. Run &quot;%2&quot; to store access keys, &quot;aws configure sso --profile %1&quot; for IAM Identity Center, or add a credential_process.</source>
        <translation>Le profil « %1 » ne contient aucun identifiant. Exécutez « %2 » pour enregistrer des clés d&apos;accès, « aws configure sso --profile %1 » pour IAM Identity Center, ou ajoutez un credential_process.</translation>
    </message>
    <message>
        <source>The profiles %1 name each other as source_profile in a loop, so none of them leads to credentials. Give one of them access keys, credential_process or IAM Identity Center, or credential_source = Environment.</source>
        <translation>Les profils %1 se désignent les uns les autres comme source_profile en boucle ; aucun ne mène donc à des identifiants. Donnez à l&apos;un d&apos;eux des clés d&apos;accès, un credential_process, IAM Identity Center ou credential_source = Environment.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has %2 but no role_arn, so there is no role to assume. Add the role&apos;s ARN as role_arn, or remove %2.</source>
        <translation>Le profil « %1 » a un %2 mais pas de role_arn ; il n&apos;y a donc aucun rôle à endosser. Ajoutez l&apos;ARN du rôle dans role_arn, ou supprimez %2.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot;, the source_profile of &quot;%2&quot;, holds no credentials. Run &quot;%3&quot; to store access keys in it, or name another source_profile.</source>
        <translation>Le profil « %1 », source_profile de « %2 », ne contient aucun identifiant. Exécutez « %3 » pour y enregistrer des clés d&apos;accès, ou indiquez un autre source_profile.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has both source_profile and credential_source, so it is not clear which credentials should assume its role. Keep one of them.</source>
        <translation>Le profil « %1 » a à la fois source_profile et credential_source ; on ne sait donc pas quels identifiants doivent endosser son rôle. Gardez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has a role_arn but no source_profile or credential_source, so there are no credentials to assume the role with. Add source_profile = the profile whose credentials may assume it.</source>
        <translation>Le profil « %1 » a un role_arn mais ni source_profile ni credential_source ; il n&apos;y a donc aucun identifiant avec lequel endosser le rôle. Ajoutez source_profile = le profil dont les identifiants peuvent l&apos;endosser.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; takes the credentials for its role from %2, but Import Desk never contacts the instance metadata or container credentials service: it is a desktop tool, and those addresses could be answered by anyone on the network. Use source_profile, or credential_source = Environment.</source>
        <translation>Le profil « %1 » prend les identifiants de son rôle dans %2, mais Import Desk ne contacte jamais le service de métadonnées d&apos;instance ni celui des identifiants de conteneur : c&apos;est un outil de bureau, et n&apos;importe qui sur le réseau pourrait répondre à ces adresses. Utilisez source_profile, ou credential_source = Environment.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has credential_source = %2, which is not a known source. Use Environment, or name a source_profile instead.</source>
        <translation>Le profil « %1 » a credential_source = %2, qui n&apos;est pas une source connue. Utilisez Environment, ou indiquez plutôt un source_profile.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; sets duration_seconds to &quot;%2&quot;, but a role session lasts from 900 seconds (15 minutes) to 43200 seconds (12 hours). Correct the value, or remove it for the role&apos;s default of one hour.</source>
        <translation>Le profil « %1 » fixe duration_seconds à « %2 », mais une session de rôle dure de 900 secondes (15 minutes) à 43200 secondes (12 heures). Corrigez la valeur, ou supprimez-la pour la durée par défaut du rôle, une heure.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs a code from the MFA device %2 (mfa_serial) to assume its role, and there is no way to ask for one here. Use a profile without mfa_serial, or export temporary credentials as AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN.</source>
        <translation>Le profil « %1 » a besoin d&apos;un code du dispositif MFA %2 (mfa_serial) pour endosser son rôle, et aucun moyen n&apos;est disponible ici pour le demander. Utilisez un profil sans mfa_serial, ou exportez des identifiants temporaires dans AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY et AWS_SESSION_TOKEN.</translation>
    </message>
    <message>
        <source>No MFA code was entered for the profile &quot;%1&quot; (device %2), so its role was not assumed.</source>
        <translation>Aucun code MFA n&apos;a été saisi pour le profil « %1 » (dispositif %2) ; son rôle n&apos;a donc pas été endossé.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; assumes its role with the credentials in the environment (credential_source = Environment), but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set. Set them, or use source_profile.</source>
        <translation>Le profil « %1 » endosse son rôle avec les identifiants de l&apos;environnement (credential_source = Environment), mais AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY ne sont pas définies. Définissez-les, ou utilisez source_profile.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; names &quot;%2&quot; as its source_profile, but there is no such profile. Correct source_profile, or create the profile.</source>
        <translation>Le profil « %1 » désigne « %2 » comme source_profile, mais ce profil n&apos;existe pas. Corrigez source_profile, ou créez le profil.</translation>
    </message>
    <message>
        <source>The role of the profile &quot;%1&quot; could not be assumed: %2</source>
        <translation>Le rôle du profil « %1 » n&apos;a pas pu être endossé : %2</translation>
    </message>
    <message>
        <source>profile %1 (role %2)</source>
        <translation>profil %1 (rôle %2)</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs an MFA code from the device %2 (mfa_serial) to assume its role. %3</source>
        <translation>Le profil « %1 » a besoin d&apos;un code MFA du dispositif %2 (mfa_serial) pour endosser son rôle. %3</translation>
    </message>
    <message>
        <source>%1 of the profile &quot;%2&quot;</source>
        <translation>%1 du profil « %2 »</translation>
    </message>
    <message>
        <source>A web identity token file is set (%1), but no role to assume with it. Set role_arn in the profile &quot;%2&quot;, or AWS_ROLE_ARN.</source>
        <translation>Un fichier de jeton d&apos;identité web est indiqué (%1), mais aucun rôle à endosser avec lui. Indiquez role_arn dans le profil « %2 », ou AWS_ROLE_ARN.</translation>
    </message>
    <message>
        <source>The web identity token file</source>
        <translation>Le fichier de jeton d&apos;identité web</translation>
    </message>
    <message>
        <source>The web identity token file %1 (%2) does not exist. Check the path, or that the identity provider has written the token yet.</source>
        <translation>Le fichier de jeton d&apos;identité web %1 (%2) n&apos;existe pas. Vérifiez le chemin, ou que le fournisseur d&apos;identité a déjà écrit le jeton.</translation>
    </message>
    <message>
        <source>The web identity token file %1 (%2) is empty. Check that the identity provider writes its token there.</source>
        <translation>Le fichier de jeton d&apos;identité web %1 (%2) est vide. Vérifiez que le fournisseur d&apos;identité y écrit son jeton.</translation>
    </message>
    <message>
        <source>The role %1 could not be assumed with the web identity token: %2</source>
        <translation>Le rôle %1 n&apos;a pas pu être endossé avec le jeton d&apos;identité web : %2</translation>
    </message>
    <message>
        <source>web identity (role %1)</source>
        <translation>identité web (rôle %1)</translation>
    </message>
</context>
<context>
    <name>CredentialProcess</name>
    <message>
        <source>it ends with a lone backslash</source>
        <translation>elle se termine par une barre oblique inverse isolée</translation>
    </message>
    <message>
        <source>a quotation mark is not closed</source>
        <translation>un guillemet n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation>la commande est vide</translation>
    </message>
    <message>
        <source>The credential_process of profile &quot;%1&quot;</source>
        <translation>Le credential_process du profil « %1 »</translation>
    </message>
    <message>
        <source>%1 did not print a JSON object (%2). Check that the command prints credentials in the Version 1 format.</source>
        <translation>%1 n&apos;a pas affiché d&apos;objet JSON (%2). Vérifiez que la commande affiche les identifiants au format Version 1.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>credential_process of profile %1</source>
        <translation>credential_process du profil %1</translation>
    </message>
    <message>
        <source>%1 printed no %2. Check the command&apos;s output format.</source>
        <translation>%1 n&apos;a pas affiché %2. Vérifiez le format de sortie de la commande.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>une valeur true/false</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>no Version</source>
        <translation>une sortie sans Version</translation>
    </message>
    <message>
        <source>a Version that is %1</source>
        <translation>une Version qui est %1</translation>
    </message>
    <message>
        <source>%1 printed %2; only Version 1 (the number 1) is supported. Update the command or its configuration.</source>
        <translation>%1 a affiché %2 ; seule la Version 1 (le nombre 1) est prise en charge. Mettez à jour la commande ou sa configuration.</translation>
    </message>
    <message>
        <source>It must be an ISO 8601 date and time in UTC, such as 2026-01-01T12:00:00Z.</source>
        <translation>Elle doit être une date et heure ISO 8601 en UTC, comme 2026-01-01T12:00:00Z.</translation>
    </message>
    <message>
        <source>%1 printed an Expiration that is %2, not a text. %3</source>
        <translation>%1 a affiché une valeur Expiration qui est %2, et non un texte. %3</translation>
    </message>
    <message>
        <source>%1 printed the Expiration &quot;%2&quot;, which is not a date and time. %3</source>
        <translation>%1 a affiché la valeur Expiration « %2 », qui n&apos;est pas une date et heure. %3</translation>
    </message>
    <message>
        <source>%1 returned credentials that expired at %2. Check the command, and that this computer&apos;s clock is right.</source>
        <translation>%1 a renvoyé des identifiants qui ont expiré le %2. Vérifiez la commande, et que l&apos;horloge de cet ordinateur est juste.</translation>
    </message>
    <message>
        <source>The credential_process of profile &quot;%1&quot; is already running.</source>
        <translation>Le credential_process du profil « %1 » est déjà en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>The credential_process of profile &quot;%1&quot; cannot be used: %2. Correct it in the config file.</source>
        <translation>Le credential_process du profil « %1 » est inutilisable : %2. Corrigez-le dans le fichier de configuration.</translation>
    </message>
    <message>
        <source>The credential_process of profile &quot;%1&quot; printed more than %2, far more than credentials take, and was stopped. Check that the command prints only the credentials JSON.</source>
        <translation>Le credential_process du profil « %1 » a affiché plus de %2, bien plus que ne l&apos;exigent des identifiants, et a été arrêté. Vérifiez que la commande n&apos;affiche que le JSON des identifiants.</translation>
    </message>
    <message>
        <source>The credential_process of profile &quot;%1&quot; wrote more than %2 of error messages and was stopped. Run the command in a terminal to see what it reports.</source>
        <translation>Le credential_process du profil « %1 » a écrit plus de %2 de messages d&apos;erreur et a été arrêté. Exécutez la commande dans un terminal pour voir ce qu&apos;elle signale.</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly.</source>
        <translation>%1 s&apos;est arrêté de façon inattendue.</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 a échoué avec le code de sortie %2.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Message : %1</translation>
    </message>
    <message>
        <source>The credential_process of profile &quot;%1&quot; could not be started (%2: %3). Check the command in the config file.</source>
        <translation>Le credential_process du profil « %1 » n&apos;a pas pu être lancé (%2 : %3). Vérifiez la commande dans le fichier de configuration.</translation>
    </message>
    <message>
        <source>The credential_process of profile &quot;%1&quot; did not finish within %2 seconds and was stopped. Check that the command does not wait for input.</source>
        <translation>Le credential_process du profil « %1 » ne s&apos;est pas terminé en %2 secondes et a été arrêté. Vérifiez que la commande n&apos;attend pas de saisie.</translation>
    </message>
</context>
<context>
    <name>DataCheck</name>
    <message>
        <source>Only s3:// locations can be checked.</source>
        <translation>Seuls les emplacements s3:// peuvent être vérifiés.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The dataset&apos;s schema could not be read: %1</source>
        <translation>Le schéma du jeu de données n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The dataset has no schema to check against.</source>
        <translation>Le jeu de données n&apos;a aucun schéma auquel comparer les données.</translation>
    </message>
    <message>
        <source>Your credentials may not list this folder, so its files were not checked. Personalize reads with the import role and the bucket policy, not with your rights, so the import may still work.</source>
        <translation>Vos identifiants ne permettent pas de lister ce dossier ; ses fichiers n&apos;ont donc pas été vérifiés. Personalize lit les données avec le rôle d&apos;importation et la stratégie du compartiment, et non avec vos droits : l&apos;importation peut donc tout de même réussir.</translation>
    </message>
    <message>
        <source>Check that the import role may s3:ListBucket on the bucket and s3:GetObject on its files, and that the bucket policy allows the Personalize service principal.</source>
        <translation>Vérifiez que le rôle d&apos;importation dispose de s3:ListBucket sur le compartiment et de s3:GetObject sur ses fichiers, et que la stratégie du compartiment autorise le principal de service de Personalize.</translation>
    </message>
    <message>
        <source>The bucket %1 does not exist.</source>
        <translation>Le compartiment %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the bucket name in the location.</source>
        <translation>Vérifiez le nom du compartiment dans l&apos;emplacement.</translation>
    </message>
    <message>
        <source>The location could not be listed: %1</source>
        <translation>Le contenu de l&apos;emplacement n&apos;a pas pu être listé : %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>DataCheckReport</name>
    <message>
        <source>the check stopped before it read the data.</source>
        <translation>la vérification s&apos;est arrêtée avant de lire les données.</translation>
    </message>
    <message>
        <source>Check incomplete: %1</source>
        <translation>Vérification incomplète : %1</translation>
    </message>
    <message>
        <source>%1 of 1 file</source>
        <comment>files read of files found</comment>
        <translation>%1 fichier sur 1</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <comment>files read of files found</comment>
        <translation>%1 fichiers sur %2</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 fichier</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 fichiers</translation>
    </message>
    <message>
        <source>No problems found in %1</source>
        <comment>in N files</comment>
        <translation>Aucun problème trouvé dans %1</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>2 errors, 1 warning in 3 files</comment>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of a data check summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Error</source>
        <comment>severity of a data check finding</comment>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>severity of a data check finding</comment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>severity of a data check finding: worth knowing, nothing to fix</comment>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>DataCheckRules</name>
    <message>
        <source>This file is not a .csv file; the import expects CSV files only in the folder.</source>
        <translation>Ce fichier n&apos;est pas un fichier .csv ; l&apos;importation n&apos;attend que des fichiers CSV dans le dossier.</translation>
    </message>
    <message>
        <source>Move it out of the folder, or rename it if it is CSV data.</source>
        <translation>Déplacez-le hors du dossier, ou renommez-le s&apos;il contient des données CSV.</translation>
    </message>
    <message numerus="yes">
        <source>Other files in the folder are not .csv files either (%n more).</source>
        <translation>
            <numerusform>Un autre fichier du dossier n&apos;est pas non plus un fichier .csv (%n de plus).</numerusform>
            <numerusform>D&apos;autres fichiers du dossier ne sont pas non plus des fichiers .csv (%n de plus).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep only the data files in the import folder.</source>
        <translation>Ne gardez que les fichiers de données dans le dossier d&apos;importation.</translation>
    </message>
    <message>
        <source>Nothing is stored under %1: the folder is empty or does not exist.</source>
        <translation>Rien n&apos;est stocké sous %1 : le dossier est vide ou n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder %1 holds no .csv file.</source>
        <translation>Le dossier %1 ne contient aucun fichier .csv.</translation>
    </message>
    <message>
        <source>Upload the CSV files to this folder, or correct the location (a folder ends with /, a file is named in full).</source>
        <translation>Chargez les fichiers CSV dans ce dossier, ou corrigez l&apos;emplacement (un dossier se termine par /, un fichier est désigné par son nom complet).</translation>
    </message>
    <message numerus="yes">
        <source>The folder holds more objects than the check lists; the figures below cover the first %n.</source>
        <translation>
            <numerusform>Le dossier contient plus d&apos;objets que la vérification n&apos;en liste ; les chiffres ci-dessous ne portent que sur le premier (%n objet).</numerusform>
            <numerusform>Le dossier contient plus d&apos;objets que la vérification n&apos;en liste ; les chiffres ci-dessous ne portent que sur les %n premiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Il n&apos;y a aucun fichier à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Check the bucket and the file name (they are case-sensitive); for a folder of files, end the location with /.</source>
        <translation>Vérifiez le compartiment et le nom du fichier (ils sont sensibles à la casse) ; pour un dossier de fichiers, terminez l&apos;emplacement par /.</translation>
    </message>
    <message>
        <source>The data is %1 GB; a FULL import takes at most %2 GB.</source>
        <translation>Les données font %1 Go ; une importation FULL accepte au plus %2 Go.</translation>
    </message>
    <message>
        <source>The data is %1 GB; an INCREMENTAL import takes at most %2 GB.</source>
        <translation>Les données font %1 Go ; une importation INCREMENTAL accepte au plus %2 Go.</translation>
    </message>
    <message>
        <source>Split the data over several import jobs (INCREMENTAL after the first), each under the limit.</source>
        <translation>Répartissez les données entre plusieurs tâches d&apos;importation (INCREMENTAL après la première), chacune en dessous de la limite.</translation>
    </message>
    <message>
        <source>The data holds %1 interactions; an import needs at least %2.</source>
        <translation>Les données contiennent %1 interactions ; une importation en nécessite au moins %2.</translation>
    </message>
    <message>
        <source>The data holds about %1 interactions (estimated from the files&apos; sizes); an import needs at least %2.</source>
        <translation>Les données contiennent environ %1 interactions (estimation d&apos;après la taille des fichiers) ; une importation en nécessite au moins %2.</translation>
    </message>
    <message>
        <source>Import at least %1 interaction records, for example by collecting more history before the first import.</source>
        <translation>Importez au moins %1 enregistrements d&apos;interactions, par exemple en collectant davantage d&apos;historique avant la première importation.</translation>
    </message>
</context>
<context>
    <name>DataCheckView</name>
    <message>
        <source>%1: %2</source>
        <comment>severity: message</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>In %1.</source>
        <comment>where a finding is</comment>
        <translation>Dans %1.</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <comment>how to fix a finding</comment>
        <translation>Pour corriger : %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <comment>file, line</comment>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Column: %1</source>
        <translation>Colonne : %1</translation>
    </message>
    <message>
        <source>Checking the data</source>
        <translation>Vérification des données en cours</translation>
    </message>
    <message>
        <source>Data check findings</source>
        <translation>Résultats de la vérification des données</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <comment>file name, line number</comment>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Checking the data…</source>
        <translation>Vérification des données…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <comment>checking s3://bucket/folder/</comment>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Data check: %1</source>
        <translation>Vérification des données : %1</translation>
    </message>
    <message>
        <source>No problems</source>
        <comment>icon of a data check that found nothing to fix</comment>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>%1 read of %2</source>
        <comment>bytes read of the data&apos;s total size</comment>
        <translation>%1 lus sur %2</translation>
    </message>
    <message>
        <source>about %1 records</source>
        <comment>estimated from the sample</comment>
        <translation>environ %1 enregistrements</translation>
    </message>
    <message>
        <source>checked %1</source>
        <comment>when the data was checked</comment>
        <translation>vérifié le %1</translation>
    </message>
</context>
<context>
    <name>DatasetLabel</name>
    <message>
        <source>%1 / %2</source>
        <comment>dataset group / dataset type</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / %2 (%3)</source>
        <comment>dataset group / dataset (dataset type)</comment>
        <translation>%1 / %2 (%3)</translation>
    </message>
</context>
<context>
    <name>DescribeCommand</name>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>import job field</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>import job field</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Emplacement des données</translation>
    </message>
    <message>
        <source>IAM role</source>
        <translation>Rôle IAM</translation>
    </message>
    <message>
        <source>Import mode</source>
        <translation>Mode d&apos;importation</translation>
    </message>
    <message>
        <source>Publish metrics</source>
        <translation>Publication des métriques</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>metrics are published</comment>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <comment>metrics are not published</comment>
        <translation>non</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>import job field: when the job was created</comment>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Last updated</source>
        <comment>import job field</comment>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Raison de l&apos;échec</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>the sandbox has no region %1</source>
        <translation>le bac à sable n&apos;a pas de région %1</translation>
    </message>
    <message>
        <source>The job may have been created. The submission is kept and looked up by name when Import Desk next connects; it is never sent twice. Meanwhile, check the dataset&apos;s jobs before sending it again.</source>
        <translation>La tâche a peut-être été créée. La soumission est conservée et recherchée par son nom à la prochaine connexion d&apos;Import Desk ; elle n&apos;est jamais envoyée deux fois. En attendant, vérifiez les tâches du jeu de données avant de la renvoyer.</translation>
    </message>
    <message>
        <source>%1 Jobs are kept only until Import Desk closes.</source>
        <translation>%1 Les tâches ne sont conservées que jusqu&apos;à la fermeture d&apos;Import Desk.</translation>
    </message>
    <message>
        <source>The connection changed while the job was being sent. Check the dataset&apos;s jobs before sending it again.</source>
        <translation>La connexion a changé pendant l&apos;envoi de la tâche. Vérifiez les tâches du jeu de données avant de la renvoyer.</translation>
    </message>
    <message>
        <source>The submission could not be recorded, so nothing was sent: %1</source>
        <translation>La soumission n&apos;a pas pu être enregistrée, donc rien n&apos;a été envoyé : %1</translation>
    </message>
    <message>
        <source>The import job “%1” was not created: %2</source>
        <translation>La tâche d&apos;importation « %1 » n&apos;a pas été créée : %2</translation>
    </message>
    <message>
        <source>Submission %1 is not in the job history.</source>
        <translation>La soumission %1 n&apos;est pas dans l&apos;historique des tâches.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>choose the stored key “%1” to follow them</source>
        <translation>choisissez la clé enregistrée « %1 » pour les suivre</translation>
    </message>
    <message>
        <source>Amazon S3 cannot be reached with this profile&apos;s settings: %1</source>
        <translation>Impossible de joindre Amazon S3 avec les paramètres de ce profil : %1</translation>
    </message>
    <message>
        <source>There is no connection to check with.</source>
        <translation>Aucune connexion n&apos;est disponible pour effectuer la vérification.</translation>
    </message>
</context>
<context>
    <name>DraftAutosave</name>
    <message>
        <source>The draft could not be saved to %1: %2</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>The saved draft</source>
        <translation>Le brouillon enregistré</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>No endpoint URL is set. Enter an address such as https://example.com.</source>
        <translation>Aucune URL de point de terminaison n&apos;est définie. Saisissez une adresse telle que https://example.com.</translation>
    </message>
    <message>
        <source>The endpoint URL “%1” is not a valid URL. Enter an address such as https://example.com.</source>
        <translation>L&apos;URL de point de terminaison « %1 » n&apos;est pas valide. Saisissez une adresse telle que https://example.com.</translation>
    </message>
    <message>
        <source>The endpoint URL “%1” uses “%2”, but only https:// (or http:// to this computer) is supported. Change the address to start with https://.</source>
        <translation>L&apos;URL de point de terminaison « %1 » utilise « %2 », mais seul https:// (ou http:// vers cet ordinateur) est pris en charge. Modifiez l&apos;adresse pour qu&apos;elle commence par https://.</translation>
    </message>
    <message>
        <source>The endpoint URL “%1” has no host name. Enter an address such as https://example.com.</source>
        <translation>L&apos;URL de point de terminaison « %1 » n&apos;a pas de nom d&apos;hôte. Saisissez une adresse telle que https://example.com.</translation>
    </message>
    <message>
        <source>The endpoint URL “%1” contains a user name or password. Remove them from the address; Import Desk signs requests with your AWS credentials instead.</source>
        <translation>L&apos;URL de point de terminaison « %1 » contient un nom d&apos;utilisateur ou un mot de passe. Retirez-les de l&apos;adresse ; Import Desk signe les requêtes avec vos identifiants AWS.</translation>
    </message>
    <message>
        <source>The endpoint URL “%1” contains a query (?…) or fragment (#…). Remove it and keep only the scheme, host, port and path.</source>
        <translation>L&apos;URL de point de terminaison « %1 » contient une requête (?…) ou un fragment (#…). Retirez-le et ne gardez que le schéma, l&apos;hôte, le port et le chemin.</translation>
    </message>
    <message>
        <source>Import Desk sends credentials-signed requests only over HTTPS, except to this computer (localhost, 127.0.0.1, ::1). Change “%1” to use https://.</source>
        <translation>Import Desk n&apos;envoie de requêtes signées avec des identifiants que par HTTPS, sauf vers cet ordinateur (localhost, 127.0.0.1, ::1). Modifiez « %1 » pour utiliser https://.</translation>
    </message>
</context>
<context>
    <name>EndpointRuleSet</name>
    <message>
        <source>endpoint rule set</source>
        <translation>jeu de règles de point de terminaison</translation>
    </message>
    <message>
        <source>The endpoint rule set has version “%1”; Import Desk understands version 1.x.</source>
        <translation>Le jeu de règles de point de terminaison est en version « %1 » ; Import Desk comprend la version 1.x.</translation>
    </message>
    <message>
        <source>The endpoint rule set parameter “%1” has the unsupported type “%2”.</source>
        <translation>Le paramètre « %1 » du jeu de règles de point de terminaison a le type non pris en charge « %2 ».</translation>
    </message>
    <message>
        <source>The partitions file lists no partitions.</source>
        <translation>Le fichier des partitions ne liste aucune partition.</translation>
    </message>
    <message>
        <source>The endpoint rules built into Import Desk are missing. Reinstall Import Desk, or set an endpoint URL.</source>
        <translation>Les règles de point de terminaison intégrées à Import Desk sont absentes. Réinstallez Import Desk, ou définissez une URL de point de terminaison.</translation>
    </message>
    <message>
        <source>The endpoint setting “%1” is required but has no value.</source>
        <translation>Le paramètre de point de terminaison « %1 » est obligatoire mais n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>“%1” is not a valid AWS Region name. Use a name such as us-east-1.</source>
        <translation>« %1 » n&apos;est pas un nom de région AWS valide. Utilisez un nom tel que us-east-1.</translation>
    </message>
    <message>
        <source>The endpoint rules have no answer for these settings. Set an endpoint URL, or check the region.</source>
        <translation>Les règles de point de terminaison n&apos;ont pas de réponse pour ces paramètres. Définissez une URL de point de terminaison, ou vérifiez la région.</translation>
    </message>
</context>
<context>
    <name>ErrorParser</name>
    <message>
        <source>The endpoint answered with a redirect (HTTP %1) that names no address. Check the endpoint URL and the region.</source>
        <translation>Le point de terminaison a répondu par une redirection (HTTP %1) qui n&apos;indique aucune adresse. Vérifiez l&apos;URL de point de terminaison et la région.</translation>
    </message>
    <message>
        <source>The endpoint answered with a redirect (HTTP %1) to %2, which is not followed: requests are signed for one address. Check the endpoint URL and the region.</source>
        <translation>Le point de terminaison a répondu par une redirection (HTTP %1) vers %2, qui n&apos;est pas suivie : les requêtes sont signées pour une seule adresse. Vérifiez l&apos;URL de point de terminaison et la région.</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1 with a web page instead of an AWS error. Check the endpoint URL, and any proxy between this computer and AWS.</source>
        <translation>Le point de terminaison a répondu HTTP %1 avec une page web au lieu d&apos;une erreur AWS. Vérifiez l&apos;URL de point de terminaison, ainsi que tout proxy entre cet ordinateur et AWS.</translation>
    </message>
    <message>
        <source>The service answered HTTP %1 without an explanation.</source>
        <translation>Le service a répondu HTTP %1 sans explication.</translation>
    </message>
    <message>
        <source>The address %1 could not be found (DNS lookup failed).</source>
        <translation>L&apos;adresse %1 est introuvable (échec de la résolution DNS).</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec %1 : %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>La requête vers %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>FailureHints</name>
    <message>
        <source>Too many imports running</source>
        <translation>Trop d&apos;importations en cours</translation>
    </message>
    <message>
        <source>A region allows five dataset import jobs pending or in progress at once, and the limit cannot be raised. Wait until one finishes, then submit again.</source>
        <translation>Une région autorise cinq tâches d&apos;importation de jeux de données en attente ou en cours à la fois, et cette limite ne peut pas être relevée. Attendez qu&apos;une tâche se termine, puis soumettez de nouveau.</translation>
    </message>
    <message>
        <source>Role cannot be passed</source>
        <translation>Impossible de transmettre le rôle</translation>
    </message>
    <message>
        <source>Your user may not hand the role to Amazon Personalize. Allow iam:PassRole on the role, limited with the condition iam:PassedToService = personalize.amazonaws.com.</source>
        <translation>Votre utilisateur n&apos;a pas le droit de transmettre le rôle à Amazon Personalize. Autorisez iam:PassRole sur le rôle, restreint par la condition iam:PassedToService = personalize.amazonaws.com.</translation>
    </message>
    <message>
        <source>S3 access denied</source>
        <translation>Accès S3 refusé</translation>
    </message>
    <message>
        <source>Amazon Personalize could not read the data. Give the job&apos;s role s3:GetObject and s3:ListBucket on the bucket and its objects, add a bucket policy that allows the service principal personalize.amazonaws.com, and allow the key&apos;s use if the bucket is encrypted with KMS.</source>
        <translation>Amazon Personalize n&apos;a pas pu lire les données. Accordez au rôle de la tâche s3:GetObject et s3:ListBucket sur le compartiment et ses objets, ajoutez une stratégie de compartiment qui autorise le principal de service personalize.amazonaws.com, et autorisez l&apos;utilisation de la clé si le compartiment est chiffré avec KMS.</translation>
    </message>
    <message>
        <source>Columns missing from the CSV</source>
        <translation>Colonnes absentes du CSV</translation>
    </message>
    <message>
        <source>The first line of the CSV must name every field of the dataset&apos;s schema exactly; add %1. If a column is reported although the file has it, the file probably starts with a byte-order mark: save it as UTF-8 without BOM.</source>
        <translation>La première ligne du CSV doit nommer exactement chaque champ du schéma du jeu de données ; ajoutez %1. Si une colonne est signalée alors que le fichier la contient, le fichier commence probablement par une marque d&apos;ordre d&apos;octets : enregistrez-le en UTF-8 sans BOM.</translation>
    </message>
    <message>
        <source>the missing columns</source>
        <translation>les colonnes manquantes</translation>
    </message>
    <message>
        <source>Invalid data location</source>
        <translation>Emplacement des données non valide</translation>
    </message>
    <message>
        <source>Give the S3 path as s3://bucket/folder/file.csv, or as s3://bucket/folder/ (ending with a slash) to import every file in the folder.</source>
        <translation>Indiquez le chemin S3 sous la forme s3://bucket/folder/file.csv, ou s3://bucket/folder/ (terminé par une barre oblique) pour importer tous les fichiers du dossier.</translation>
    </message>
    <message>
        <source>Value too long</source>
        <translation>Valeur trop longue</translation>
    </message>
    <message>
        <source>Values of %1 may have at most %2 characters. If none is that long, the CSV is probably malformed: put text values in double quotes, escape quotes and backslashes with a backslash, and keep one record per line.</source>
        <translation>Les valeurs de %1 peuvent compter au plus %2 caractères. Si aucune n&apos;est aussi longue, le CSV est probablement mal formé : mettez les valeurs texte entre guillemets doubles, échappez les guillemets et les barres obliques inverses avec une barre oblique inverse, et gardez un enregistrement par ligne.</translation>
    </message>
    <message>
        <source>Not enough records</source>
        <translation>Pas assez d&apos;enregistrements</translation>
    </message>
    <message>
        <source>Each import needs at least 1,000 records (interactions for an Interactions dataset). Add more data to the file, or combine it with another before importing.</source>
        <translation>Chaque importation nécessite au moins 1 000 enregistrements (des interactions pour un jeu de données Interactions). Ajoutez des données au fichier, ou combinez-le avec un autre avant l&apos;importation.</translation>
    </message>
    <message>
        <source>Wrong timestamp format</source>
        <translation>Format d&apos;horodatage incorrect</translation>
    </message>
    <message>
        <source>Timestamps must be Unix epoch time in seconds (10 digits, such as 1700000000), not milliseconds or formatted dates. Convert the column and import again.</source>
        <translation>Les horodatages doivent être en temps Unix en secondes (10 chiffres, comme 1700000000), et non en millisecondes ni en dates formatées. Convertissez la colonne et importez de nouveau.</translation>
    </message>
    <message>
        <source>No known fix</source>
        <translation>Aucune solution connue</translation>
    </message>
    <message>
        <source>Import Desk does not recognise this message. The Amazon Personalize guide to common error messages may explain it.</source>
        <translation>Import Desk ne reconnaît pas ce message. Le guide Amazon Personalize des messages d&apos;erreur courants peut l&apos;expliquer.</translation>
    </message>
    <message>
        <source>Open the troubleshooting guide</source>
        <translation>Ouvrir le guide de dépannage</translation>
    </message>
    <message>
        <source>Read more in the Amazon Personalize guide</source>
        <translation>En savoir plus dans le guide Amazon Personalize</translation>
    </message>
    <message>
        <source>Malformed row</source>
        <translation>Ligne mal formée</translation>
    </message>
    <message>
        <source>Line %1 of the CSV does not have one value per column. Put values that hold commas or line breaks in double quotes, double the quotes inside them, and check that every quote is closed.</source>
        <translation>La ligne %1 du CSV n&apos;a pas une valeur par colonne. Mettez entre guillemets les valeurs qui contiennent des virgules ou des sauts de ligne, doublez les guillemets à l&apos;intérieur et vérifiez que chaque guillemet est fermé.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV leaves %2 empty, and the schema requires it. Fill it in on every row, or leave such rows out.</source>
        <translation>La ligne %1 du CSV laisse %2 vide, alors que le schéma l&apos;exige. Remplissez-la sur chaque ligne, ou retirez ces lignes.</translation>
    </message>
    <message>
        <source>Too much data for one import</source>
        <translation>Trop de données pour une importation</translation>
    </message>
    <message>
        <source>A FULL import takes at most 100 GB and an INCREMENTAL one 1 GB. Split the data over several jobs, importing the parts after the first with INCREMENTAL.</source>
        <translation>Une importation FULL accepte au plus 100 Go et une importation INCREMENTAL 1 Go. Répartissez les données sur plusieurs tâches, en important les parties après la première en mode INCREMENTAL.</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>FileFindings</name>
    <message numerus="yes">
        <source>Other rows in this file have the same problem (%n more).</source>
        <translation>
            <numerusform>Une autre ligne de ce fichier présente le même problème (%n de plus).</numerusform>
            <numerusform>D&apos;autres lignes de ce fichier présentent le même problème (%n de plus).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormDataCheck</name>
    <message>
        <source>The data is checked as soon as the dataset and an s3:// location are filled in.</source>
        <translation>Les données sont vérifiées dès que le jeu de données et un emplacement s3:// sont renseignés.</translation>
    </message>
    <message>
        <source>The data can be checked once connected.</source>
        <translation>Les données pourront être vérifiées une fois la connexion établie.</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <source>New import</source>
        <translation>Nouvelle importation</translation>
    </message>
    <message>
        <source>New import job fields</source>
        <translation>Champs de la nouvelle tâche d&apos;importation</translation>
    </message>
    <message>
        <source>New import job</source>
        <translation>Nouvelle tâche d&apos;importation</translation>
    </message>
    <message>
        <source>Job &amp;name:</source>
        <translation>&amp;Nom de la tâche :</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nom de la tâche</translation>
    </message>
    <message>
        <source>for example retail-shop-interactions-import-20240601-120000</source>
        <translation>par exemple retail-shop-interactions-import-20240601-120000</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Propose a name made of the dataset and the current time</source>
        <translation>Proposer un nom formé du jeu de données et de l&apos;heure actuelle</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données :</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Data &amp;location:</source>
        <translation>&amp;Emplacement des données :</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Emplacement des données</translation>
    </message>
    <message>
        <source>s3://bucket/folder/data.csv</source>
        <translation>s3://compartiment/dossier/donnees.csv</translation>
    </message>
    <message>
        <source>IAM &amp;role ARN:</source>
        <translation>ARN du &amp;rôle IAM :</translation>
    </message>
    <message>
        <source>IAM role ARN</source>
        <translation>ARN du rôle IAM</translation>
    </message>
    <message>
        <source>Import &amp;mode:</source>
        <translation>&amp;Mode d&apos;importation :</translation>
    </message>
    <message>
        <source>Import mode</source>
        <translation>Mode d&apos;importation</translation>
    </message>
    <message>
        <source>Me&amp;trics:</source>
        <translation>Mé&amp;triques :</translation>
    </message>
    <message>
        <source>Publish attribution metrics to Amazon S3</source>
        <translation>Publier les métriques d&apos;attribution dans Amazon S3</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>B&amp;alises :</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>The JSON body of CreateDatasetImportJob, exactly as it will be sent.</source>
        <translation>Le corps JSON de CreateDatasetImportJob, exactement tel qu&apos;il sera envoyé.</translation>
    </message>
    <message>
        <source>Copy the AWS CLI command that creates this job to the clipboard</source>
        <translation>Copier dans le presse-papiers la commande AWS CLI qui crée cette tâche</translation>
    </message>
    <message>
        <source>&amp;Copy as AWS CLI command</source>
        <translation>&amp;Copier comme commande AWS CLI</translation>
    </message>
    <message>
        <source>Save the request as a file for aws personalize create-dataset-import-job --cli-input-json</source>
        <translation>Enregistrer la requête dans un fichier pour aws personalize create-dataset-import-job --cli-input-json</translation>
    </message>
    <message>
        <source>Save as --cli-&amp;input-json…</source>
        <translation>Enregistrer comme --cli-&amp;input-json…</translation>
    </message>
    <message>
        <source>Fill the form from a --cli-input-json file</source>
        <translation>Remplir le formulaire à partir d&apos;un fichier --cli-input-json</translation>
    </message>
    <message>
        <source>L&amp;oad from file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Sending the import job</source>
        <translation>Envoi de la tâche d&apos;importation</translation>
    </message>
    <message>
        <source>Create the import job (Ctrl+Return)</source>
        <translation>Créer la tâche d&apos;importation (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Submit import job</source>
        <translation>&amp;Soumettre la tâche</translation>
    </message>
    <message>
        <source>Replace existing bulk data (FULL)</source>
        <translation>Remplacer les données en masse existantes (FULL)</translation>
    </message>
    <message>
        <source>Add to existing data (INCREMENTAL)</source>
        <translation>Ajouter aux données existantes (INCREMENTAL)</translation>
    </message>
    <message>
        <source>Choose a dataset, or paste a dataset ARN</source>
        <translation>Choisissez un jeu de données ou collez son ARN</translation>
    </message>
    <message>
        <source>arn:aws:iam::111122223333:role/PersonalizeS3Read (optional)</source>
        <translation>arn:aws:iam::111122223333:role/PersonalizeS3Read (facultatif)</translation>
    </message>
    <message>
        <source>Submit import job</source>
        <translation>Soumettre la tâche d&apos;importation</translation>
    </message>
    <message>
        <source>Available once the dataset has a finished FULL import</source>
        <translation>Disponible dès que le jeu de données a une importation FULL terminée</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Choose a dataset to see whether INCREMENTAL (add to existing data) is possible.</source>
        <translation>Choisissez un jeu de données pour savoir si INCREMENTAL (ajout aux données existantes) est possible.</translation>
    </message>
    <message>
        <source>Checking the dataset&apos;s earlier imports…</source>
        <translation>Vérification des importations précédentes du jeu de données…</translation>
    </message>
    <message>
        <source>INCREMENTAL is not available: this dataset has no finished FULL import yet. Run a FULL import first.</source>
        <translation>INCREMENTAL n&apos;est pas disponible : ce jeu de données n&apos;a encore aucune importation FULL terminée. Lancez d&apos;abord une importation FULL.</translation>
    </message>
    <message>
        <source>INCREMENTAL becomes available once the dataset is known to have a finished FULL import.</source>
        <translation>INCREMENTAL devient disponible dès que le jeu de données est connu pour avoir une importation FULL terminée.</translation>
    </message>
    <message>
        <source>Choose a dataset to see whether its group has a metric attribution.</source>
        <translation>Choisissez un jeu de données pour savoir si son groupe a une attribution de métriques.</translation>
    </message>
    <message>
        <source>Checking the dataset group&apos;s metric attribution…</source>
        <translation>Vérification de l&apos;attribution de métriques du groupe…</translation>
    </message>
    <message>
        <source>Not available: the dataset group has no metric attribution, so there are no metrics to publish. Create one in the dataset group first.</source>
        <translation>Non disponible : le groupe de jeux de données n&apos;a pas d&apos;attribution de métriques, il n&apos;y a donc rien à publier. Créez-en d&apos;abord une dans le groupe.</translation>
    </message>
    <message>
        <source>Available when the dataset group is known to have a metric attribution.</source>
        <translation>Disponible lorsque le groupe est connu pour avoir une attribution de métriques.</translation>
    </message>
    <message>
        <source>1 field still to fill in</source>
        <translation>1 champ encore à remplir</translation>
    </message>
    <message>
        <source>%1 fields still to fill in</source>
        <translation>%1 champs encore à remplir</translation>
    </message>
    <message>
        <source>1 problem left</source>
        <translation>1 problème restant</translation>
    </message>
    <message>
        <source>%1 problems left</source>
        <translation>%1 problèmes restants</translation>
    </message>
    <message>
        <source>, 1 warning</source>
        <translation>, 1 avertissement</translation>
    </message>
    <message>
        <source>, %1 warnings</source>
        <translation>, %1 avertissements</translation>
    </message>
    <message>
        <source>Ready, but not connected: fix the connection above to submit</source>
        <translation>Prêt, mais non connecté : corrigez la connexion ci-dessus pour soumettre</translation>
    </message>
    <message>
        <source>Ready to submit, with 1 warning</source>
        <translation>Prêt à soumettre, avec 1 avertissement</translation>
    </message>
    <message>
        <source>Ready to submit, with %1 warnings</source>
        <translation>Prêt à soumettre, avec %1 avertissements</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>Prêt à soumettre</translation>
    </message>
    <message>
        <source>Fix the problems shown in red before submitting.</source>
        <translation>Corrigez les problèmes signalés en rouge avant de soumettre.</translation>
    </message>
    <message>
        <source>Not connected: fix the connection before submitting.</source>
        <translation>Non connecté : corrigez la connexion avant de soumettre.</translation>
    </message>
    <message>
        <source>Sending the import job “%1”…</source>
        <translation>Envoi de la tâche d&apos;importation « %1 »…</translation>
    </message>
    <message>
        <source>Import job “%1” created.
%2</source>
        <translation>Tâche d&apos;importation « %1 » créée.
%2</translation>
    </message>
    <message>
        <source>Import job “%1” was created, then failed. Its details in the jobs list say why.</source>
        <translation>La tâche d&apos;importation « %1 » a été créée, puis a échoué. Ses détails dans la liste des tâches en indiquent la raison.</translation>
    </message>
    <message>
        <source>Copied the AWS CLI command to the clipboard.</source>
        <translation>Commande AWS CLI copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save as --cli-input-json file</source>
        <translation>Enregistrer comme fichier --cli-input-json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Saved. Use it with: aws personalize create-dataset-import-job --cli-input-json file://%1</source>
        <translation>Enregistré. Utilisez-le avec : aws personalize create-dataset-import-job --cli-input-json file://%1</translation>
    </message>
    <message>
        <source>Load a --cli-input-json file</source>
        <translation>Ouvrir un fichier --cli-input-json</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a usable --cli-input-json file: %2</source>
        <translation>%1 n&apos;est pas un fichier --cli-input-json utilisable : %2</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>%1 chargé.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Keep the job in the form, to submit it later</source>
        <translation>Garder la tâche dans le formulaire pour la soumettre plus tard</translation>
    </message>
    <message>
        <source>&amp;Queue it</source>
        <translation>Mettre en &amp;file</translation>
    </message>
    <message>
        <source>Keep the job in the queue and send it as soon as an import in the Region finishes</source>
        <translation>Mettre la tâche en file d&apos;attente et l&apos;envoyer dès qu&apos;une importation de la région se termine</translation>
    </message>
    <message>
        <source>Not queued. The form keeps the job: submit it again once an import in %1 has finished.</source>
        <translation>Tâche non mise en file. Le formulaire la conserve : soumettez-la de nouveau une fois qu&apos;une importation dans %1 sera terminée.</translation>
    </message>
    <message>
        <source>Not sent: %1 already runs %2 imports, as many as the service allows at once.</source>
        <translation>Non envoyée : %1 a déjà %2 importations en cours, le maximum que le service autorise simultanément.</translation>
    </message>
    <message>
        <source>The job can wait in the queue: Import Desk sends it as soon as one of them finishes.</source>
        <translation>La tâche peut attendre dans la file d&apos;attente : Import Desk l&apos;enverra dès que l&apos;une d&apos;elles se terminera.</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
    <message>
        <source>“%1” is queued. It is sent as soon as an import in %2 finishes; the jobs list shows it as Queued until then.</source>
        <translation>« %1 » est en file d&apos;attente. La tâche sera envoyée dès qu&apos;une importation dans %2 se terminera ; d&apos;ici là, la liste des tâches l&apos;affiche avec l&apos;état En file.</translation>
    </message>
    <message>
        <source>Data check</source>
        <translation>Vérification des données</translation>
    </message>
    <message>
        <source>Data check findings</source>
        <translation>Résultats de la vérification des données</translation>
    </message>
    <message>
        <source>Read the dataset&apos;s schema and a sample of the files, and say what would make the import fail</source>
        <translation>Lire le schéma du jeu de données et un échantillon des fichiers, et indiquer ce qui ferait échouer l&apos;importation</translation>
    </message>
    <message>
        <source>Ch&amp;eck data</source>
        <translation>&amp;Vérifier les données</translation>
    </message>
    <message>
        <source>The data check found problems that would make the import fail</source>
        <translation>La vérification des données a trouvé des problèmes qui feraient échouer l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Submit anyway</source>
        <translation>&amp;Soumettre quand même</translation>
    </message>
</context>
<context>
    <name>ImportJobValidator</name>
    <message>
        <source>“ ” (space)</source>
        <translation>“ ” (espace)</translation>
    </message>
    <message>
        <source>“%1” (a special space, U+%2)</source>
        <translation>« %1 » (un espace spécial, U+%2)</translation>
    </message>
    <message>
        <source>an invisible character (U+%1)</source>
        <translation>un caractère invisible (U+%1)</translation>
    </message>
    <message>
        <source>the combining mark U+%1</source>
        <translation>le signe diacritique combinant U+%1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>“%1” (U+%2)</source>
        <translation>« %1 » (U+%2)</translation>
    </message>
    <message>
        <source>Enter a name for the import job, for example “import-2024-06-01”.</source>
        <translation>Saisissez un nom pour la tâche d&apos;importation, par exemple « import-2024-06-01 ».</translation>
    </message>
    <message>
        <source>A job name can have at most %1 characters; this one has %2. Shorten it.</source>
        <translation>Un nom de tâche peut compter au plus %1 caractères ; celui-ci en compte %2. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>A job name must start with a letter (A–Z, a–z) or a digit. Remove %1 at the start.</source>
        <translation>Un nom de tâche doit commencer par une lettre (A–Z, a–z) ou un chiffre. Supprimez %1 au début.</translation>
    </message>
    <message>
        <source>A job name can use only the letters A–Z and a–z (no accents), digits, hyphens and underscores, and must start with a letter or digit. Remove %1 at position %2.</source>
        <translation>Un nom de tâche ne peut contenir que les lettres A–Z et a–z (sans accents), des chiffres, des traits d&apos;union et des traits de soulignement, et doit commencer par une lettre ou un chiffre. Supprimez %1 à la position %2.</translation>
    </message>
    <message>
        <source>This dataset already has an import job named “%1”, and job names must be unique within a dataset. Choose another name, such as “%2”.</source>
        <translation>Ce jeu de données a déjà une tâche d&apos;importation nommée « %1 », et les noms de tâche doivent être uniques au sein d&apos;un jeu de données. Choisissez un autre nom, comme « %2 ».</translation>
    </message>
    <message>
        <source>Choose the dataset to import into, or paste its ARN, for example %1.</source>
        <translation>Choisissez le jeu de données dans lequel importer, ou collez son ARN, par exemple %1.</translation>
    </message>
    <message>
        <source>An ARN has at most %1 characters; this one has %2. Check that exactly one ARN was pasted.</source>
        <translation>Un ARN compte au plus %1 caractères ; celui-ci en compte %2. Vérifiez qu&apos;un seul ARN a été collé.</translation>
    </message>
    <message>
        <source>This is the ARN of a resource of the “%1” service, not of an Amazon Personalize dataset. A dataset ARN looks like %2.</source>
        <translation>Ceci est l&apos;ARN d&apos;une ressource du service « %1 », et non d&apos;un jeu de données Amazon Personalize. Un ARN de jeu de données ressemble à %2.</translation>
    </message>
    <message>
        <source>This is not an Amazon Personalize ARN. A dataset ARN looks like %1: arn:PARTITION:personalize:REGION:ACCOUNT:dataset/DATASET_GROUP/TYPE.</source>
        <translation>Ceci n&apos;est pas un ARN Amazon Personalize. Un ARN de jeu de données ressemble à %1 : arn:PARTITION:personalize:REGION:ACCOUNT:dataset/DATASET_GROUP/TYPE.</translation>
    </message>
    <message>
        <source>This is the ARN of a dataset group, not of a dataset. Choose one of the group&apos;s datasets: its ARN ends in dataset/%1/ and the dataset type, for example dataset/%1/INTERACTIONS.</source>
        <translation>Ceci est l&apos;ARN d&apos;un groupe de jeux de données, et non d&apos;un jeu de données. Choisissez l&apos;un des jeux de données du groupe : son ARN se termine par dataset/%1/ suivi du type de jeu de données, par exemple dataset/%1/INTERACTIONS.</translation>
    </message>
    <message>
        <source>This ARN names “%1”, which is not a dataset. A dataset ARN ends in dataset/DATASET_GROUP/TYPE, for example %2.</source>
        <translation>Cet ARN désigne « %1 », qui n&apos;est pas un jeu de données. Un ARN de jeu de données se termine par dataset/DATASET_GROUP/TYPE, par exemple %2.</translation>
    </message>
    <message>
        <source>This ARN has no Region (the fourth part, such as us-east-1). Copy the complete dataset ARN from the console or from the dataset list.</source>
        <translation>Cet ARN n&apos;a pas de région (la quatrième partie, comme us-east-1). Copiez l&apos;ARN complet du jeu de données depuis la console ou la liste des jeux de données.</translation>
    </message>
    <message>
        <source>The account ID in this ARN (the fifth part) must be 12 digits, but it is “%1”.</source>
        <translation>L&apos;ID de compte de cet ARN (la cinquième partie) doit comporter 12 chiffres, mais il vaut « %1 ».</translation>
    </message>
    <message>
        <source>This dataset is in the Region %1, but the selected Region is %2. Select %1, or choose a dataset in %2.</source>
        <translation>Ce jeu de données se trouve dans la région %1, mais la région sélectionnée est %2. Sélectionnez %1, ou choisissez un jeu de données dans %2.</translation>
    </message>
    <message>
        <source>This ARN is in the “%1” partition, but the Region %2 belongs to the “%3” partition. Check the start of the ARN (arn:%3:personalize:…) and the Region.</source>
        <translation>Cet ARN est dans la partition « %1 », mais la région %2 appartient à la partition « %3 ». Vérifiez le début de l&apos;ARN (arn:%3:personalize:…) et la région.</translation>
    </message>
    <message>
        <source>Enter where the data is in Amazon S3: a CSV file such as s3://bucket/folder/data.csv, or a folder ending in / such as s3://bucket/folder/.</source>
        <translation>Indiquez où se trouvent les données dans Amazon S3 : un fichier CSV comme s3://bucket/folder/data.csv, ou un dossier terminé par / comme s3://bucket/folder/.</translation>
    </message>
    <message>
        <source>An S3 path can have at most %1 characters; this one has %2. Use a shorter path, or point to the folder that holds the files.</source>
        <translation>Un chemin S3 peut compter au plus %1 caractères ; celui-ci en compte %2. Utilisez un chemin plus court, ou indiquez le dossier qui contient les fichiers.</translation>
    </message>
    <message>
        <source>The S3 path contains %1 at position %2. Remove it: line breaks and tabs cannot be part of the path.</source>
        <translation>Le chemin S3 contient %1 à la position %2. Supprimez-le : les sauts de ligne et les tabulations ne peuvent pas faire partie du chemin.</translation>
    </message>
    <message>
        <source>Write “%1” in lower case: %2</source>
        <translation>Écrivez « %1 » en minuscules : %2</translation>
    </message>
    <message>
        <source>Start the S3 path with s3://, for example s3://%1</source>
        <translation>Commencez le chemin S3 par s3://, par exemple s3://%1</translation>
    </message>
    <message>
        <source>An S3 path looks like s3://bucket/folder/data.csv or s3://bucket/folder/.</source>
        <translation>Un chemin S3 ressemble à s3://bucket/folder/data.csv ou s3://bucket/folder/.</translation>
    </message>
    <message>
        <source>The path has no bucket name. Write it as s3://BUCKET/folder/ or s3://BUCKET/folder/data.csv.</source>
        <translation>Le chemin n&apos;a pas de nom de compartiment. Écrivez-le sous la forme s3://BUCKET/folder/ ou s3://BUCKET/folder/data.csv.</translation>
    </message>
    <message>
        <source>The path names only a bucket. Add the CSV file (s3://%1/data.csv) or a folder ending in / (s3://%1/folder/).</source>
        <translation>Le chemin ne désigne qu&apos;un compartiment. Ajoutez le fichier CSV (s3://%1/data.csv) ou un dossier terminé par / (s3://%1/folder/).</translation>
    </message>
    <message>
        <source>Amazon Personalize imports CSV files, and “%1” is neither a .csv file nor a folder. If it is a folder, end the path with /.</source>
        <translation>Amazon Personalize importe des fichiers CSV, et « %1 » n&apos;est ni un fichier .csv ni un dossier. S&apos;il s&apos;agit d&apos;un dossier, terminez le chemin par /.</translation>
    </message>
    <message>
        <source>“%1” in the path looks URL-encoded. Type the object key as S3 shows it, for example with a space rather than %2.</source>
        <translation>« %1 » dans le chemin semble encodé en URL. Saisissez la clé d&apos;objet telle que S3 l&apos;affiche, par exemple avec un espace plutôt que %2.</translation>
    </message>
    <message>
        <source>A bucket name can use only lowercase letters, digits, dots and hyphens. Remove %1 at position %2 of the bucket name “%3”.</source>
        <translation>Un nom de compartiment ne peut contenir que des lettres minuscules, des chiffres, des points et des traits d&apos;union. Supprimez %1 à la position %2 du nom de compartiment « %3 ».</translation>
    </message>
    <message>
        <source>A bucket name has at least 3 characters, but “%1” has %2. Check the bucket name.</source>
        <translation>Un nom de compartiment compte au moins 3 caractères, mais « %1 » en compte %2. Vérifiez le nom du compartiment.</translation>
    </message>
    <message>
        <source>Bucket names have at most 63 characters, but “%1” has %2. Check the bucket name.</source>
        <translation>Les noms de compartiment comptent au plus 63 caractères, mais « %1 » en compte %2. Vérifiez le nom du compartiment.</translation>
    </message>
    <message>
        <source>Bucket names are written in lowercase, without underscores; only some very old buckets contain %1. Check the bucket name “%2”.</source>
        <translation>Les noms de compartiment s&apos;écrivent en minuscules, sans traits de soulignement ; seuls quelques très anciens compartiments contiennent %1. Vérifiez le nom de compartiment « %2 ».</translation>
    </message>
    <message>
        <source>A bucket name starts and ends with a letter or digit. Check “%1”.</source>
        <translation>Un nom de compartiment commence et se termine par une lettre ou un chiffre. Vérifiez « %1 ».</translation>
    </message>
    <message>
        <source>A bucket name cannot have two dots in a row. Check “%1”.</source>
        <translation>Un nom de compartiment ne peut pas contenir deux points consécutifs. Vérifiez « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is an IP address, not a bucket name. Use the bucket&apos;s name.</source>
        <translation>« %1 » est une adresse IP, et non un nom de compartiment. Utilisez le nom du compartiment.</translation>
    </message>
    <message>
        <source>Bucket names cannot start with “%1”. Check “%2”.</source>
        <translation>Les noms de compartiment ne peuvent pas commencer par « %1 ». Vérifiez « %2 ».</translation>
    </message>
    <message>
        <source>Bucket names cannot end in “%1”: that ending marks an access point alias. If “%2” is one, make sure the role may read through it; otherwise check the bucket name.</source>
        <translation>Les noms de compartiment ne peuvent pas se terminer par « %1 » : cette terminaison signale un alias de point d&apos;accès. Si « %2 » en est un, vérifiez que le rôle peut lire par son intermédiaire ; sinon, vérifiez le nom du compartiment.</translation>
    </message>
    <message>
        <source>Amazon Personalize reads import data from Amazon S3 paths, not web addresses. Use %1 instead.</source>
        <translation>Amazon Personalize lit les données d&apos;importation depuis des chemins Amazon S3, et non des adresses web. Utilisez plutôt %1.</translation>
    </message>
    <message>
        <source>Amazon Personalize reads import data from Amazon S3, not from web addresses. Copy the data to a bucket and enter its s3:// path, such as s3://bucket/folder/data.csv.</source>
        <translation>Amazon Personalize lit les données d&apos;importation depuis Amazon S3, et non depuis des adresses web. Copiez les données dans un compartiment et saisissez leur chemin s3://, comme s3://bucket/folder/data.csv.</translation>
    </message>
    <message>
        <source>This is the ARN of an IAM user. Enter the ARN of an IAM role that Amazon Personalize can assume, such as %1.</source>
        <translation>Ceci est l&apos;ARN d&apos;un utilisateur IAM. Saisissez l&apos;ARN d&apos;un rôle IAM qu&apos;Amazon Personalize peut endosser, comme %1.</translation>
    </message>
    <message>
        <source>The account ID in a role ARN must be 12 digits, but it is “%1”.</source>
        <translation>L&apos;ID de compte d&apos;un ARN de rôle doit comporter 12 chiffres, mais il vaut « %1 ».</translation>
    </message>
    <message>
        <source>A role name can use only letters, digits and + = , . @ _ - /. Remove %1 at position %2 of the name.</source>
        <translation>Un nom de rôle ne peut contenir que des lettres, des chiffres et + = , . @ _ - /. Supprimez %1 à la position %2 du nom.</translation>
    </message>
    <message>
        <source>Enter the ARN of an IAM role, such as %1, or leave this empty.</source>
        <translation>Saisissez l&apos;ARN d&apos;un rôle IAM, comme %1, ou laissez ce champ vide.</translation>
    </message>
    <message>
        <source>The role is in the “%1” partition but the dataset is in “%2”. Use a role from the dataset&apos;s partition.</source>
        <translation>Le rôle est dans la partition « %1 » mais le jeu de données dans « %2 ». Utilisez un rôle de la partition du jeu de données.</translation>
    </message>
    <message>
        <source>The role belongs to account %1, but the dataset to account %2. Amazon Personalize normally uses a role of the dataset&apos;s own account: check that this is the right role.</source>
        <translation>Le rôle appartient au compte %1, mais le jeu de données au compte %2. Amazon Personalize utilise normalement un rôle du compte du jeu de données : vérifiez qu&apos;il s&apos;agit du bon rôle.</translation>
    </message>
    <message>
        <source>A job can have at most %1 tags, but this one has %2. Remove %3 of them.</source>
        <translation>Une tâche peut avoir au plus %1 balises, mais celle-ci en a %2. Supprimez-en %3.</translation>
    </message>
    <message>
        <source>Tag keys that start with “%1” are reserved for AWS. Choose a key without that prefix.</source>
        <translation>Les clés de balise commençant par « %1 » sont réservées à AWS. Choisissez une clé sans ce préfixe.</translation>
    </message>
    <message>
        <source>The key “%1” is already used in row %2. Each key can be used only once: change this key or remove the row.</source>
        <translation>La clé « %1 » est déjà utilisée à la ligne %2. Chaque clé ne peut être utilisée qu&apos;une fois : modifiez cette clé ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>Enter a key for this tag, or clear its value.</source>
        <translation>Saisissez une clé pour cette balise, ou effacez sa valeur.</translation>
    </message>
    <message>
        <source>A tag key can have at most %1 characters, but this one has %2.</source>
        <translation>Une clé de balise peut compter au plus %1 caractères, mais celle-ci en compte %2.</translation>
    </message>
    <message>
        <source>A tag value can have at most %1 characters, but this one has %2.</source>
        <translation>Une valeur de balise peut compter au plus %1 caractères, mais celle-ci en compte %2.</translation>
    </message>
    <message>
        <source>a character</source>
        <translation>un caractère</translation>
    </message>
    <message>
        <source>A tag key can use only letters, digits, spaces and _ . : / = + - @. Remove %1 at position %2.</source>
        <translation>Une clé de balise ne peut contenir que des lettres, des chiffres, des espaces et _ . : / = + - @. Supprimez %1 à la position %2.</translation>
    </message>
    <message>
        <source>A tag value can use only letters, digits, spaces and _ . : / = + - @. Remove %1 at position %2.</source>
        <translation>Une valeur de balise ne peut contenir que des lettres, des chiffres, des espaces et _ . : / = + - @. Supprimez %1 à la position %2.</translation>
    </message>
    <message>
        <source>“%1” is not an import mode. Choose FULL to replace the data imported in bulk before, or INCREMENTAL to add to it.</source>
        <translation>« %1 » n&apos;est pas un mode d&apos;importation. Choisissez FULL pour remplacer les données importées en bloc auparavant, ou INCREMENTAL pour les compléter.</translation>
    </message>
    <message>
        <source>An incremental import adds to the data of an earlier bulk import, and this dataset has no finished bulk import yet. Run a FULL import first; use INCREMENTAL for the imports after it.</source>
        <translation>Une importation incrémentielle complète les données d&apos;une importation en bloc antérieure, et ce jeu de données n&apos;a encore aucune importation en bloc terminée. Lancez d&apos;abord une importation FULL ; utilisez INCREMENTAL pour les importations suivantes.</translation>
    </message>
    <message>
        <source>Publishing metrics to Amazon S3 needs a metric attribution in the dataset group, and this group has none. Create a metric attribution first, or turn this option off.</source>
        <translation>La publication des métriques dans Amazon S3 nécessite une attribution de métriques dans le groupe de jeux de données, et ce groupe n&apos;en a aucune. Créez d&apos;abord une attribution de métriques, ou désactivez cette option.</translation>
    </message>
    <message>
        <source>“%1” is not an AWS Region code. Select a Region such as us-east-1 or eu-west-1.</source>
        <translation>« %1 » n&apos;est pas un code de région AWS. Sélectionnez une région comme us-east-1 ou eu-west-1.</translation>
    </message>
    <message>
        <source>The dataset ARN contains %1 at position %2. Remove it: an ARN has no tabs, line breaks or other invisible characters.</source>
        <translation>L&apos;ARN du jeu de données contient %1 à la position %2. Supprimez-le : un ARN ne contient ni tabulation, ni saut de ligne, ni autre caractère invisible.</translation>
    </message>
    <message>
        <source>This dataset belongs to the account %1, but you are signed in to the account %2. The import will probably be refused: choose a dataset of account %2, or connect with a profile of account %1.</source>
        <translation>Ce jeu de données appartient au compte %1, mais vous êtes connecté au compte %2. L&apos;importation sera probablement refusée : choisissez un jeu de données du compte %2, ou connectez-vous avec un profil du compte %1.</translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <source>The AWS settings file</source>
        <translation>Le fichier de paramètres AWS</translation>
    </message>
    <message>
        <source>(text)</source>
        <translation>(texte)</translation>
    </message>
    <message>
        <source>expected &quot;name = value&quot; inside the &quot;%1&quot; block; the line is ignored.</source>
        <translation>« nom = valeur » attendu dans le bloc « %1 » ; la ligne est ignorée.</translation>
    </message>
    <message>
        <source>the section header has no closing &quot;]&quot;; the section is ignored.</source>
        <translation>l&apos;en-tête de section n&apos;a pas de « ] » fermant ; la section est ignorée.</translation>
    </message>
    <message>
        <source>unexpected text after the section header; the section is ignored.</source>
        <translation>texte inattendu après l&apos;en-tête de section ; la section est ignorée.</translation>
    </message>
    <message>
        <source>the section name is empty; the section is ignored.</source>
        <translation>le nom de section est vide ; la section est ignorée.</translation>
    </message>
    <message>
        <source>expected &quot;name = value&quot; or a [section]; the line is ignored.</source>
        <translation>« nom = valeur » ou une [section] attendu ; la ligne est ignorée.</translation>
    </message>
    <message>
        <source>the property has no name; the line is ignored.</source>
        <translation>la propriété n&apos;a pas de nom ; la ligne est ignorée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside of any valid [section]; the line is ignored.</source>
        <translation>« %1 » est en dehors de toute [section] valide ; la ligne est ignorée.</translation>
    </message>
</context>
<context>
    <name>JobCsv</name>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Check the free space and try again.</source>
        <translation>Impossible d&apos;enregistrer %1 : %2. Vérifiez l&apos;espace disponible et réessayez.</translation>
    </message>
</context>
<context>
    <name>JobDetailsPane</name>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Sélectionnez une tâche pour en voir les détails.</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Détails de la tâche</translation>
    </message>
    <message>
        <source>Why the import failed</source>
        <translation>Pourquoi l&apos;importation a échoué</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Raison de l&apos;échec</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Que corriger</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy the job ARN</comment>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the job ARN to the clipboard</source>
        <translation>Copier l&apos;ARN de la tâche dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy job ARN</source>
        <translation>Copier l&apos;ARN de la tâche</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN :</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Jeu de données :</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>Data location:</source>
        <translation>Emplacement des données :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Import mode:</source>
        <translation>Mode d&apos;importation :</translation>
    </message>
    <message>
        <source>Metrics to S3:</source>
        <translation>Métriques vers S3 :</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Balises :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée :</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mise à jour :</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>in the future</source>
        <comment>age of a timestamp ahead of the local clock</comment>
        <translation>dans le futur</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>timestamp</comment>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>local time (age)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>duration</comment>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <comment>running duration</comment>
        <translation>%1 jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <comment>a detail the service has not sent yet</comment>
        <translation>Pas encore récupéré</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>, account %1</source>
        <translation>, compte %1</translation>
    </message>
    <message>
        <source>, profile %1</source>
        <translation>, profil %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Full (replaces the dataset&apos;s data)</source>
        <comment>import mode</comment>
        <translation>Complet (remplace les données du jeu de données)</translation>
    </message>
    <message>
        <source>Incremental (adds to the dataset&apos;s data)</source>
        <comment>import mode</comment>
        <translation>Incrémentiel (complète les données du jeu de données)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiées</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Non publiées</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <comment>tag key = value</comment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no tags</comment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>The service did not give a reason.</source>
        <translation>Le service n&apos;a pas indiqué de raison.</translation>
    </message>
    <message>
        <source>Waiting for a free slot</source>
        <translation>En attente d&apos;une place libre</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>take a queued job back to the form</comment>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Take the job out of the queue and into the form, to change it and submit or queue it again</source>
        <translation>Retirer la tâche de la file d&apos;attente et la reprendre dans le formulaire pour la modifier, puis la soumettre ou la remettre en file</translation>
    </message>
    <message>
        <source>Edit queued job</source>
        <translation>Modifier la tâche en file</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <comment>drop a queued job</comment>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Remove the job from the queue; it is never sent</source>
        <translation>Retirer la tâche de la file d&apos;attente ; elle ne sera jamais envoyée</translation>
    </message>
    <message>
        <source>Cancel queued job</source>
        <translation>Annuler la tâche en file</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>duration of a queued job</comment>
        <translation>Pas encore démarrée</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>job status: waiting for a free slot</comment>
        <translation>En file</translation>
    </message>
    <message>
        <source>Given by the service when the job is sent</source>
        <translation>Attribué par le service à l&apos;envoi de la tâche</translation>
    </message>
    <message>
        <source>Queued:</source>
        <comment>when a job was queued</comment>
        <translation>Mise en file :</translation>
    </message>
    <message>
        <source>%1 already runs as many imports as the service allows at once. This job is sent as soon as one of them finishes, after any queued before it.</source>
        <translation>%1 a déjà autant d&apos;importations en cours que le service en autorise simultanément. Cette tâche sera envoyée dès que l&apos;une d&apos;elles se terminera, après celles mises en file avant elle.</translation>
    </message>
    <message>
        <source>Data check</source>
        <comment>before the job was submitted</comment>
        <translation>Vérification des données</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>Queued</source>
        <comment>job status: waiting for a free slot</comment>
        <translation>En file</translation>
    </message>
    <message>
        <source>Full</source>
        <comment>import mode</comment>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Incremental</source>
        <comment>import mode</comment>
        <translation>Incrémentiel</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>job table header</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>job table header</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Dataset</source>
        <comment>job table header</comment>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Mode</source>
        <comment>job table header: import mode</comment>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>job table header</comment>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>job table header</comment>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>job table header</comment>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <comment>job table header</comment>
        <translation>Raison de l&apos;échec</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>job status</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>job status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>job status</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job status</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>job status</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>duration</comment>
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>JobsController</name>
    <message>
        <source>Could not check the import jobs in %1: %2</source>
        <translation>Impossible de vérifier les tâches d&apos;importation dans %1 : %2</translation>
    </message>
    <message>
        <source>The import jobs in %1 (profile %2) cannot be followed: %3</source>
        <translation>Les tâches d&apos;importation dans %1 (profil %2) ne peuvent pas être suivies : %3</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>The details of %1 cannot be read: %2</source>
        <translation>Les détails de %1 ne peuvent pas être lus : %2</translation>
    </message>
    <message>
        <source>Not connected: the submission cannot be queued.</source>
        <translation>Non connecté : la soumission ne peut pas être mise en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Submission %1 is not in the job history.</source>
        <translation>La soumission %1 n&apos;est pas dans l&apos;historique des tâches.</translation>
    </message>
    <message>
        <source>Submission %1 cannot be cancelled: it is not waiting in the queue.</source>
        <translation>La soumission %1 ne peut pas être annulée : elle n&apos;attend pas dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Cancelled while queued.</source>
        <translation>Annulée alors qu&apos;elle était en file d&apos;attente.</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>Search name, ARN, dataset or failure reason</source>
        <translation>Rechercher par nom, ARN, jeu de données ou raison de l&apos;échec</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Rechercher des tâches</translation>
    </message>
    <message>
        <source>Show jobs of dataset</source>
        <translation>Afficher les tâches du jeu de données</translation>
    </message>
    <message>
        <source>Show jobs in region</source>
        <translation>Afficher les tâches de la région</translation>
    </message>
    <message>
        <source>Import jobs</source>
        <translation>Tâches d&apos;importation</translation>
    </message>
    <message>
        <source>Incremental</source>
        <comment>import mode</comment>
        <translation>Incrémentiel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Ask the service for the latest job states now</source>
        <translation>Demander maintenant au service les derniers états des tâches</translation>
    </message>
    <message>
        <source>Clone as New Job</source>
        <translation>Cloner en nouvelle tâche</translation>
    </message>
    <message>
        <source>Fill the import form with this job&apos;s values and a new name</source>
        <translation>Remplir le formulaire d&apos;importation avec les valeurs de cette tâche et un nouveau nom</translation>
    </message>
    <message>
        <source>Copy ARN</source>
        <translation>Copier l&apos;ARN</translation>
    </message>
    <message>
        <source>Copy the job&apos;s ARN to the clipboard</source>
        <translation>Copier l&apos;ARN de la tâche dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy as CLI Command</source>
        <translation>Copier en commande CLI</translation>
    </message>
    <message>
        <source>Copy the AWS CLI command that creates a job with the same values</source>
        <translation>Copier la commande AWS CLI qui crée une tâche avec les mêmes valeurs</translation>
    </message>
    <message>
        <source>Open in Console</source>
        <translation>Ouvrir dans la console</translation>
    </message>
    <message>
        <source>Open the job&apos;s dataset group in the AWS console</source>
        <translation>Ouvrir le groupe de jeux de données de la tâche dans la console AWS</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown in the table as a CSV file</source>
        <translation>Enregistrer les lignes affichées dans le tableau dans un fichier CSV</translation>
    </message>
    <message>
        <source>Search Jobs</source>
        <translation>Rechercher des tâches</translation>
    </message>
    <message>
        <source>Clone</source>
        <comment>toolbar: clone the selected job</comment>
        <translation>Cloner</translation>
    </message>
    <message>
        <source>Copy CLI</source>
        <comment>toolbar: copy the job as an AWS CLI command</comment>
        <translation>Copier en CLI</translation>
    </message>
    <message>
        <source>More</source>
        <comment>toolbar: menu of further job actions</comment>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Open in Console, Export CSV and the columns shown</source>
        <translation>Ouvrir dans la console, exporter en CSV et colonnes affichées</translation>
    </message>
    <message>
        <source>More job actions</source>
        <translation>Autres actions sur les tâches</translation>
    </message>
    <message>
        <source>Pending %1</source>
        <comment>status chip with count</comment>
        <translation>En attente %1</translation>
    </message>
    <message>
        <source>Show only jobs waiting to start</source>
        <translation>Afficher uniquement les tâches en attente de démarrage</translation>
    </message>
    <message>
        <source>In progress %1</source>
        <comment>status chip with count</comment>
        <translation>En cours %1</translation>
    </message>
    <message>
        <source>Show only jobs being imported</source>
        <translation>Afficher uniquement les tâches en cours d&apos;importation</translation>
    </message>
    <message>
        <source>Active %1</source>
        <comment>status chip with count</comment>
        <translation>Actives %1</translation>
    </message>
    <message>
        <source>Show only jobs that finished</source>
        <translation>Afficher uniquement les tâches terminées</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <comment>status chip with count</comment>
        <translation>Échec %1</translation>
    </message>
    <message>
        <source>Show only jobs that failed</source>
        <translation>Afficher uniquement les tâches en échec</translation>
    </message>
    <message>
        <source>1 job</source>
        <translation>1 tâche</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 tâches</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>shown of total jobs</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>All datasets</source>
        <translation>Tous les jeux de données</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>No job matches the filters</source>
        <translation>Aucune tâche ne correspond aux filtres</translation>
    </message>
    <message>
        <source>The only job is hidden by the search, status, dataset or region filter.</source>
        <translation>La seule tâche est masquée par le filtre de recherche, d&apos;état, de jeu de données ou de région.</translation>
    </message>
    <message>
        <source>All %1 jobs are hidden by the search, status, dataset or region filter.</source>
        <translation>Les %1 tâches sont toutes masquées par le filtre de recherche, d&apos;état, de jeu de données ou de région.</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Effacer les fi&amp;ltres</translation>
    </message>
    <message>
        <source>No import jobs yet</source>
        <translation>Aucune tâche d&apos;importation pour l&apos;instant</translation>
    </message>
    <message>
        <source>Create one with New import (%1).</source>
        <translation>Créez-en une avec Nouvelle importation (%1).</translation>
    </message>
    <message>
        <source>Jobs created in this account appear here.</source>
        <translation>Les tâches créées dans ce compte apparaissent ici.</translation>
    </message>
    <message>
        <source>Loading the job history…</source>
        <translation>Chargement de l&apos;historique des tâches…</translation>
    </message>
    <message>
        <source>Jobs kept on this computer appear in a moment.</source>
        <translation>Les tâches conservées sur cet ordinateur apparaissent dans un instant.</translation>
    </message>
    <message>
        <source>Listing the jobs of 1 dataset…</source>
        <translation>Récupération des tâches d&apos;un jeu de données…</translation>
    </message>
    <message>
        <source>Listing the jobs of %1 datasets…</source>
        <translation>Récupération des tâches de %1 jeux de données…</translation>
    </message>
    <message>
        <source>Looking for the account&apos;s datasets…</source>
        <translation>Recherche des jeux de données du compte…</translation>
    </message>
    <message>
        <source>Each dataset&apos;s jobs appear as soon as they are listed.</source>
        <translation>Les tâches de chaque jeu de données apparaissent dès qu&apos;elles sont listées.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Choose a profile and Region above, or fix the problem shown there, to see the account&apos;s import jobs.</source>
        <translation>Choisissez un profil et une région ci-dessus, ou corrigez le problème qui y est signalé, pour voir les tâches d&apos;importation du compte.</translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation>&amp;Réinitialiser les colonnes</translation>
    </message>
    <message>
        <source>Copied the ARN of %1.</source>
        <translation>ARN de %1 copié.</translation>
    </message>
    <message>
        <source>Copied the AWS CLI command for %1.</source>
        <translation>Commande AWS CLI de %1 copiée.</translation>
    </message>
    <message>
        <source>Could not open the AWS console for %1. Copy the ARN and look the job up there.</source>
        <translation>Impossible d&apos;ouvrir la console AWS pour %1. Copiez l&apos;ARN et recherchez-y la tâche.</translation>
    </message>
    <message>
        <source>Export Jobs as CSV</source>
        <translation>Exporter les tâches en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported 1 job to %1.</source>
        <translation>1 tâche exportée vers %1.</translation>
    </message>
    <message>
        <source>Exported %1 jobs to %2.</source>
        <translation>%1 tâches exportées vers %2.</translation>
    </message>
    <message>
        <source>Edit Queued Job</source>
        <translation>Modifier la tâche en file</translation>
    </message>
    <message>
        <source>Take the queued job out of the queue and into the form, to change it</source>
        <translation>Retirer la tâche de la file d&apos;attente et la reprendre dans le formulaire pour la modifier</translation>
    </message>
    <message>
        <source>Cancel Queued Job</source>
        <translation>Annuler la tâche en file</translation>
    </message>
    <message>
        <source>Remove the queued job from the queue; it is never sent</source>
        <translation>Retirer la tâche de la file d&apos;attente ; elle ne sera jamais envoyée</translation>
    </message>
</context>
<context>
    <name>KeychainKeyStore</name>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>aucune réponse en %1 secondes</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>No import jobs.</source>
        <translation>Aucune tâche d&apos;importation.</translation>
    </message>
    <message>
        <source>No import jobs with that status.</source>
        <translation>Aucune tâche d&apos;importation dans cet état.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Import Desk — Sandbox</source>
        <translation>Import Desk — Bac à sable</translation>
    </message>
    <message>
        <source>Import Desk</source>
        <translation>Import Desk</translation>
    </message>
    <message>
        <source>Datasets found: %1.</source>
        <translation>Jeux de données trouvés : %1.</translation>
    </message>
    <message>
        <source>The datasets could not be listed: %1</source>
        <translation>Impossible de lister les jeux de données : %1</translation>
    </message>
    <message>
        <source>The dataset&apos;s import history could not be read: %1</source>
        <translation>Impossible de lire l&apos;historique d&apos;importation du jeu de données : %1</translation>
    </message>
    <message>
        <source>Sending the import job…</source>
        <translation>Envoi de la tâche d&apos;importation…</translation>
    </message>
    <message>
        <source>The import job was not created: %1</source>
        <translation>La tâche d&apos;importation n&apos;a pas été créée : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New import</source>
        <translation>Nouvelle importation</translation>
    </message>
    <message>
        <source>Job history not saved</source>
        <translation>Historique des tâches non enregistré</translation>
    </message>
    <message>
        <source>&amp;New import</source>
        <translation>&amp;Nouvelle importation</translation>
    </message>
    <message>
        <source>Open the form for a new import job (%1)</source>
        <translation>Ouvrir le formulaire d&apos;une nouvelle tâche d&apos;importation (%1)</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Fermer le formulaire</translation>
    </message>
    <message>
        <source>&amp;Generate a job name</source>
        <translation>&amp;Générer un nom de tâche</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>Tâc&amp;hes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh datasets</source>
        <translation>&amp;Actualiser les jeux de données</translation>
    </message>
    <message>
        <source>New import &amp;pane</source>
        <translation>&amp;Volet de nouvelle importation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Import Desk</source>
        <translation>À &amp;propos d&apos;Import Desk</translation>
    </message>
    <message>
        <source>About Import Desk</source>
        <translation>À propos d&apos;Import Desk</translation>
    </message>
    <message>
        <source>Import Desk %1
Creates and follows Amazon Personalize dataset import jobs.</source>
        <translation>Import Desk %1
Crée et suit les tâches d&apos;importation de jeux de données Amazon Personalize.</translation>
    </message>
    <message>
        <source>Import job “%1” failed: %2</source>
        <translation>La tâche d&apos;importation « %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>Import job “%1” is active.</source>
        <translation>La tâche d&apos;importation « %1 » est active.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Submissions not sent</source>
        <translation>Soumissions non envoyées</translation>
    </message>
    <message>
        <source>These import jobs were submitted before Import Desk stopped, but the service never created them:

%1

Send them now?</source>
        <translation>Ces tâches d&apos;importation ont été soumises avant l&apos;arrêt d&apos;Import Desk, mais le service ne les a jamais créées :

%1

Les envoyer maintenant ?</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>bac à sable</translation>
    </message>
    <message>
        <source>The form holds a copy of “%1” named “%2”.</source>
        <translation>Le formulaire contient une copie de « %1 » nommée « %2 ».</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Point de terminaison : %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Import job “%1” created.</source>
        <translation>Tâche d&apos;importation « %1 » créée.</translation>
    </message>
    <message>
        <source>Not sent: %1 runs as many imports as allowed. The job can be queued.</source>
        <translation>Non envoyée : %1 a atteint le maximum d&apos;importations simultanées. La tâche peut être mise en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Import job “%1” queued.</source>
        <translation>Tâche d&apos;importation « %1 » mise en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Import job “%1” removed from the queue.</source>
        <translation>Tâche d&apos;importation « %1 » retirée de la file d&apos;attente.</translation>
    </message>
    <message>
        <source>The form is sending an import job. Edit the queued one once it is answered.</source>
        <translation>Le formulaire envoie une tâche d&apos;importation. Modifiez la tâche en file une fois la réponse reçue.</translation>
    </message>
    <message>
        <source>“%1” is out of the queue and in the form: change it, then submit or queue it again.</source>
        <translation>La tâche « %1 » est sortie de la file d&apos;attente et se trouve dans le formulaire : modifiez-la, puis soumettez-la ou remettez-la en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>Retirer de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Remove “%1” from the queue? It has not been sent, so nothing is created; what it held is lost unless you edit it instead.</source>
        <translation>Retirer « %1 » de la file d&apos;attente ? Il n&apos;a pas été envoyé, donc rien n&apos;est créé ; son contenu est perdu, sauf si vous le modifiez plutôt.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>Replace the form</source>
        <translation>Remplacer le formulaire</translation>
    </message>
    <message>
        <source>The form holds “%1”, which has not been submitted. Replace it with the queued job “%2”?</source>
        <translation>Le formulaire contient « %1 », qui n&apos;a pas été soumis. Le remplacer par la tâche en file « %2 » ?</translation>
    </message>
    <message>
        <source>an unnamed job</source>
        <translation>une tâche sans nom</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>R&amp;emplacer</translation>
    </message>
    <message>
        <source>&amp;Keep the Form</source>
        <translation>&amp;Garder le formulaire</translation>
    </message>
    <message>
        <source>Submit import job</source>
        <translation>Soumettre la tâche d&apos;importation</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>P&amp;références…</translation>
    </message>
    <message>
        <source>Sign &amp;in to IAM Identity Center…</source>
        <translation>Se &amp;connecter à IAM Identity Center…</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Add access key…</source>
        <translation>&amp;Ajouter une clé d&apos;accès…</translation>
    </message>
    <message>
        <source>&amp;Stored keys…</source>
        <translation>Clés &amp;enregistrées…</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>Profile “%1” written to %2.</source>
        <translation>Profil « %1 » écrit dans %2.</translation>
    </message>
    <message>
        <source>Key kept for this session only</source>
        <translation>Clé conservée pour cette session seulement</translation>
    </message>
    <message>
        <source>The key “%1” is stored in the system keychain.</source>
        <translation>La clé « %1 » est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Stored key: %1</source>
        <translation>Clé enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>MemoryJobStore</name>
    <message>
        <source>Submission %1 is not in the job history.</source>
        <translation>La soumission %1 n&apos;est pas dans l&apos;historique des tâches.</translation>
    </message>
</context>
<context>
    <name>MfaCodeDialog</name>
    <message>
        <source>MFA code needed</source>
        <translation>Code MFA nécessaire</translation>
    </message>
    <message>
        <source>The profile “%1” assumes a role that asks for multi-factor authentication. Enter the 6-digit code your MFA device shows now.</source>
        <translation>Le profil « %1 » endosse un rôle qui exige une authentification multifacteur. Saisissez le code à 6 chiffres qu&apos;affiche maintenant votre dispositif MFA.</translation>
    </message>
    <message>
        <source>MFA code</source>
        <translation>Code MFA</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositif :</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>An MFA code has 6 digits; %1 entered so far.</source>
        <translation>Un code MFA a 6 chiffres ; %1 saisis pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Enter the 6 digits your MFA device shows, or Cancel.</source>
        <translation>Saisissez les 6 chiffres qu&apos;affiche votre dispositif MFA, ou annulez.</translation>
    </message>
</context>
<context>
    <name>NewProfile</name>
    <message>
        <source>Give the profile a name, for example “analytics-prod”.</source>
        <translation>Donnez un nom au profil, par exemple « analytics-prod ».</translation>
    </message>
    <message>
        <source>A profile name cannot contain spaces, brackets, # or ;.</source>
        <translation>Un nom de profil ne peut contenir ni espaces, ni crochets, ni # ou ;.</translation>
    </message>
    <message>
        <source>A Region code looks like eu-west-1.</source>
        <translation>Un code de région ressemble à eu-west-1.</translation>
    </message>
    <message>
        <source>Enter the ARN of the role to assume.</source>
        <translation>Saisissez l&apos;ARN du rôle à assumer.</translation>
    </message>
    <message>
        <source>A role ARN looks like arn:aws:iam::123456789012:role/ImportRole.</source>
        <translation>Un ARN de rôle ressemble à arn:aws:iam::123456789012:role/ImportRole.</translation>
    </message>
    <message>
        <source>Choose the profile whose credentials assume the role.</source>
        <translation>Choisissez le profil dont les identifiants assument le rôle.</translation>
    </message>
    <message>
        <source>A profile cannot assume a role with its own credentials; choose another profile.</source>
        <translation>Un profil ne peut pas assumer un rôle avec ses propres identifiants ; choisissez un autre profil.</translation>
    </message>
    <message>
        <source>There is no profile “%1”; choose one from the list.</source>
        <translation>Il n&apos;y a pas de profil « %1 » ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>An external ID has 2 to 1224 letters, digits or +=,.@:/- characters.</source>
        <translation>Un ID externe compte de 2 à 1224 lettres, chiffres ou caractères +=,.@:/-.</translation>
    </message>
    <message>
        <source>The MFA device cannot contain spaces. Enter its ARN, for example arn:aws:iam::123456789012:mfa/name.</source>
        <translation>Le dispositif MFA ne peut pas contenir d&apos;espaces. Saisissez son ARN, par exemple arn:aws:iam::123456789012:mfa/nom.</translation>
    </message>
    <message>
        <source>Name the sign-in session, for example “my-sso”.</source>
        <translation>Nommez la session de connexion, par exemple « my-sso ».</translation>
    </message>
    <message>
        <source>A session name cannot contain spaces, brackets, # or ;.</source>
        <translation>Un nom de session ne peut contenir ni espaces, ni crochets, ni # ou ;.</translation>
    </message>
    <message>
        <source>Enter the start URL of your AWS access portal, for example https://my-company.awsapps.com/start.</source>
        <translation>Saisissez l&apos;URL de démarrage de votre portail d&apos;accès AWS, par exemple https://mon-entreprise.awsapps.com/start.</translation>
    </message>
    <message>
        <source>Enter the Region of IAM Identity Center, such as us-east-1.</source>
        <translation>Saisissez la région d&apos;IAM Identity Center, comme us-east-1.</translation>
    </message>
    <message>
        <source>An AWS account ID has 12 digits.</source>
        <translation>Un ID de compte AWS compte 12 chiffres.</translation>
    </message>
    <message>
        <source>Enter the name of the permission set&apos;s role, such as AdministratorAccess.</source>
        <translation>Saisissez le nom du rôle de l&apos;ensemble d&apos;autorisations, comme AdministratorAccess.</translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>Assume a &amp;role with another profile&apos;s credentials</source>
        <translation>Assumer un &amp;rôle avec les identifiants d&apos;un autre profil</translation>
    </message>
    <message>
        <source>Sign in with IAM &amp;Identity Center</source>
        <translation>Se connecter avec IAM &amp;Identity Center</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Role &amp;ARN:</source>
        <translation>&amp;ARN du rôle :</translation>
    </message>
    <message>
        <source>Role ARN</source>
        <translation>ARN du rôle</translation>
    </message>
    <message>
        <source>&amp;Source profile:</source>
        <translation>Profil &amp;source :</translation>
    </message>
    <message>
        <source>Source profile</source>
        <translation>Profil source</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>ID e&amp;xterne :</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>&amp;MFA device:</source>
        <translation>Dispositif &amp;MFA :</translation>
    </message>
    <message>
        <source>MFA device</source>
        <translation>Dispositif MFA</translation>
    </message>
    <message>
        <source>Sign-in &amp;session:</source>
        <translation>&amp;Session de connexion :</translation>
    </message>
    <message>
        <source>Sign-in session</source>
        <translation>Session de connexion</translation>
    </message>
    <message>
        <source>Start &amp;URL:</source>
        <translation>&amp;URL de démarrage :</translation>
    </message>
    <message>
        <source>Start URL</source>
        <translation>URL de démarrage</translation>
    </message>
    <message>
        <source>Identity Center Re&amp;gion:</source>
        <translation>Région d&apos;Identity &amp;Center :</translation>
    </message>
    <message>
        <source>Identity Center Region</source>
        <translation>Région d&apos;Identity Center</translation>
    </message>
    <message>
        <source>Accoun&amp;t ID:</source>
        <translation>ID du comp&amp;te :</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <source>R&amp;ole name:</source>
        <translation>Nom du r&amp;ôle :</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Nom du rôle</translation>
    </message>
    <message>
        <source>only if the role asks for one</source>
        <translation>seulement si le rôle en demande un</translation>
    </message>
    <message>
        <source>only if the role needs MFA</source>
        <translation>seulement si le rôle exige la MFA</translation>
    </message>
    <message>
        <source>Adds a profile to %1. No secret is asked for or written.</source>
        <translation>Ajoute un profil à %1. Aucun secret n&apos;est demandé ni écrit.</translation>
    </message>
    <message>
        <source>Replace profile</source>
        <translation>Remplacer le profil</translation>
    </message>
    <message>
        <source>A profile named “%1” exists in your AWS configuration. Replace its settings with these? Its other settings and comments are kept.</source>
        <translation>Un profil nommé « %1 » existe dans votre configuration AWS. Remplacer ses réglages par ceux-ci ? Ses autres réglages et ses commentaires sont conservés.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>R&amp;emplacer</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Le garder</translation>
    </message>
</context>
<context>
    <name>PersonalizeClient</name>
    <message>
        <source>The answer to %1 could not be read: %2</source>
        <translation>La réponse à %1 n&apos;a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>The service kept returning more pages; listing was stopped after %1 pages.</source>
        <translation>Le service continuait de renvoyer des pages ; la liste a été arrêtée après %1 pages.</translation>
    </message>
    <message>
        <source>Listing took longer than %1 seconds and was stopped after %2 pages. Try again later; if it happens again, the service may be sending pages without end.</source>
        <translation>La liste a pris plus de %1 secondes et a été arrêtée après %2 pages. Réessayez plus tard ; si cela se reproduit, le service envoie peut-être des pages sans fin.</translation>
    </message>
    <message>
        <source>it has no datasetImportJobArn</source>
        <translation>elle ne contient pas de datasetImportJobArn</translation>
    </message>
    <message>
        <source>its datasetImportJobArn is not the ARN of an import job</source>
        <translation>son datasetImportJobArn n&apos;est pas l&apos;ARN d&apos;une tâche d&apos;importation</translation>
    </message>
    <message>
        <source>The answer to CreateDatasetImportJob could not be read: %1</source>
        <translation>La réponse à CreateDatasetImportJob n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>the answer has no datasetImportJob</source>
        <translation>la réponse ne contient pas de datasetImportJob</translation>
    </message>
    <message>
        <source>the answer has no dataset</source>
        <translation>la réponse ne contient pas de dataset</translation>
    </message>
    <message>
        <source>the answer has no schema</source>
        <translation>la réponse ne contient pas de schéma</translation>
    </message>
</context>
<context>
    <name>PersonalizeService</name>
    <message>
        <source>Amazon Personalize</source>
        <translation>Amazon Personalize</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The one used last</source>
        <translation>Celui utilisé en dernier</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>New jobs are checked every 10 seconds for their first minutes, then at this interval, and less often while the window is hidden.</source>
        <translation>Les nouvelles tâches sont vérifiées toutes les 10 secondes pendant leurs premières minutes, puis à cet intervalle, et moins souvent quand la fenêtre est cachée.</translation>
    </message>
    <message>
        <source>How many times a request is tried before its error is shown: the first try and the retries after throttling, timeouts and server errors.</source>
        <translation>Combien de fois une requête est tentée avant que son erreur soit affichée : le premier essai et les nouvelles tentatives après une limitation de débit, un délai dépassé ou une erreur du serveur.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Start with &amp;profile:</source>
        <translation>Démarrer avec le &amp;profil :</translation>
    </message>
    <message>
        <source>Start in Re&amp;gion:</source>
        <translation>Démarrer dans la ré&amp;gion :</translation>
    </message>
    <message>
        <source>Jobs and requests</source>
        <translation>Tâches et requêtes</translation>
    </message>
    <message>
        <source>&amp;Check running jobs every:</source>
        <translation>&amp;Vérifier les tâches en cours toutes les :</translation>
    </message>
    <message>
        <source>&amp;Attempts per request:</source>
        <translation>&amp;Tentatives par requête :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The sandbox has one profile and one Region. These apply when Import Desk connects to AWS.</source>
        <translation>Le bac à sable n&apos;a qu&apos;un profil et une région. Ces choix s&apos;appliquent quand Import Desk se connecte à AWS.</translation>
    </message>
    <message numerus="yes">
        <source>This connection makes %n attempt(s) per request, as %1 says; that setting comes before this one.</source>
        <translation>
            <numerusform>Cette connexion fait %n tentative par requête, comme le veut %1 ; ce réglage passe avant celui-ci.</numerusform>
            <numerusform>Cette connexion fait %n tentatives par requête, comme le veut %1 ; ce réglage passe avant celui-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Desk shows the new language from its next start. Restarting keeps the draft, the jobs and the layout.</source>
        <translation>Import Desk affiche la nouvelle langue à son prochain démarrage. Le redémarrage garde le brouillon, les tâches et la disposition.</translation>
    </message>
    <message>
        <source>&amp;Notify me when an import finishes</source>
        <translation>&amp;Me prévenir quand une importation se termine</translation>
    </message>
    <message>
        <source>A desktop notification, when the window is not the one in use.</source>
        <translation>Une notification du bureau, quand la fenêtre n&apos;est pas celle en cours d&apos;utilisation.</translation>
    </message>
</context>
<context>
    <name>S3Addressing</name>
    <message>
        <source>“%1” is not an AWS Region name. Choose a region such as us-east-1.</source>
        <translation>« %1 » n&apos;est pas un nom de région AWS. Choisissez une région telle que us-east-1.</translation>
    </message>
    <message>
        <source>The AWS partition of the region %1 is not known.</source>
        <translation>La partition AWS de la région %1 est inconnue.</translation>
    </message>
    <message>
        <source>Amazon S3 has no FIPS endpoint in the region %1. Turn off use_fips_endpoint (AWS_USE_FIPS_ENDPOINT) for this profile.</source>
        <translation>Amazon S3 n&apos;a pas de point de terminaison FIPS dans la région %1. Désactivez use_fips_endpoint (AWS_USE_FIPS_ENDPOINT) pour ce profil.</translation>
    </message>
    <message>
        <source>Amazon S3 has no dual-stack endpoint in the region %1. Turn off use_dualstack_endpoint (AWS_USE_DUALSTACK_ENDPOINT) for this profile.</source>
        <translation>Amazon S3 n&apos;a pas de point de terminaison double pile (dual-stack) dans la région %1. Désactivez use_dualstack_endpoint (AWS_USE_DUALSTACK_ENDPOINT) pour ce profil.</translation>
    </message>
    <message>
        <source>“%1” is not an S3 bucket name.</source>
        <translation>« %1 » n&apos;est pas un nom de compartiment S3.</translation>
    </message>
    <message>
        <source>No valid address can be made for the bucket “%1”.</source>
        <translation>Impossible de construire une adresse valide pour le compartiment « %1 ».</translation>
    </message>
</context>
<context>
    <name>S3Client</name>
    <message>
        <source>The answer from S3 (HTTP %1) could not be read: %2.</source>
        <translation>La réponse de S3 (HTTP %1) n&apos;a pas pu être lue : %2.</translation>
    </message>
    <message>
        <source>its Content-Range header is missing or malformed</source>
        <translation>son en-tête Content-Range est absent ou mal formé</translation>
    </message>
    <message>
        <source>it holds %1 bytes where its Content-Range names %2</source>
        <translation>elle contient %1 octets, alors que son en-tête Content-Range en indique %2</translation>
    </message>
    <message>
        <source>addressing_style in the s3 settings of profile %1 must be &quot;auto&quot;, &quot;virtual&quot; or &quot;path&quot;, not &quot;%2&quot;. Correct or remove the setting.</source>
        <translation>addressing_style dans les paramètres s3 du profil %1 doit valoir « auto », « virtual » ou « path », et non « %2 ». Corrigez ou supprimez le paramètre.</translation>
    </message>
    <message>
        <source>it gives no object size (Content-Length)</source>
        <translation>elle n&apos;indique pas la taille de l&apos;objet (Content-Length)</translation>
    </message>
    <message>
        <source>S3 refused the byte range without saying how large the object is</source>
        <translation>S3 a refusé la plage d&apos;octets sans indiquer la taille de l&apos;objet</translation>
    </message>
    <message>
        <source>No AWS Region is selected. Choose a region, or set one in the profile or with AWS_REGION.</source>
        <translation>Aucune région AWS n&apos;est sélectionnée. Choisissez une région, ou définissez-en une dans le profil ou avec AWS_REGION.</translation>
    </message>
    <message>
        <source>S3 gave no answer within %1 seconds, retries included.</source>
        <translation>S3 n&apos;a pas répondu en %1 secondes, nouvelles tentatives comprises.</translation>
    </message>
    <message>
        <source>No credentials are configured for this connection.</source>
        <translation>Aucun identifiant n&apos;est configuré pour cette connexion.</translation>
    </message>
    <message>
        <source>The network connection was closed.</source>
        <translation>La connexion réseau a été fermée.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2, more than this read asks for, so it was not read. Check that the endpoint URL points at Amazon S3.</source>
        <translation>La réponse de %1 dépasse %2, soit plus que ce que demande cette lecture ; elle n&apos;a donc pas été lue. Vérifiez que l&apos;URL de point de terminaison pointe vers Amazon S3.</translation>
    </message>
    <message>
        <source>HTTP %1; the body stopped at byte %2</source>
        <translation>HTTP %1 ; le corps s&apos;est arrêté à l&apos;octet %2</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of its answer (%2).</source>
        <translation>%1 a fermé la connexion au milieu de sa réponse (%2).</translation>
    </message>
    <message>
        <source>%1 stopped sending its answer (%2) and the attempt timed out.</source>
        <translation>%1 a cessé d&apos;envoyer sa réponse (%2) et le délai de la tentative a expiré.</translation>
    </message>
    <message>
        <source>%1 sent a malformed answer (%2), so it could not be read.</source>
        <translation>%1 a envoyé une réponse mal formée (%2), qui n&apos;a donc pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>S3Errors</name>
    <message>
        <source>S3 answered HTTP %1 (%2) without an explanation.</source>
        <translation>S3 a répondu HTTP %1 (%2) sans explication.</translation>
    </message>
    <message>
        <source>Your AWS credentials are not allowed to list %1. Amazon Personalize reads the data with the import job&apos;s IAM role, not with your credentials, so this only stops the check here. To check the data, ask your administrator to allow s3:ListBucket on the bucket %2 for you.</source>
        <translation>Vos identifiants AWS ne sont pas autorisés à lister %1. Amazon Personalize lit les données avec le rôle IAM de la tâche d&apos;importation, et non avec vos identifiants : seule la vérification est donc bloquée ici. Pour vérifier les données, demandez à votre administrateur de vous autoriser s3:ListBucket sur le compartiment %2.</translation>
    </message>
    <message>
        <source>Your AWS credentials cannot read %1. Amazon Personalize reads the data with the import job&apos;s IAM role, not with your credentials, so this only stops the check here. To check the data, ask your administrator to allow s3:GetObject on it for you (and kms:Decrypt if it is encrypted with a KMS key).</source>
        <translation>Vos identifiants AWS ne permettent pas de lire %1. Amazon Personalize lit les données avec le rôle IAM de la tâche d&apos;importation, et non avec vos identifiants : seule la vérification est donc bloquée ici. Pour vérifier les données, demandez à votre administrateur de vous autoriser s3:GetObject sur cet objet (et kms:Decrypt s&apos;il est chiffré avec une clé KMS).</translation>
    </message>
    <message>
        <source>There is no bucket named “%1”. Check the bucket name in the S3 location.</source>
        <translation>Il n&apos;existe aucun compartiment nommé « %1 ». Vérifiez le nom du compartiment dans l&apos;emplacement S3.</translation>
    </message>
    <message>
        <source>There is no object %1 (or no bucket “%2”). Check the location: keys are case-sensitive, and a folder ends with “/”.</source>
        <translation>L&apos;objet %1 n&apos;existe pas (ou le compartiment « %2 » n&apos;existe pas). Vérifiez l&apos;emplacement : les clés sont sensibles à la casse, et un dossier se termine par « / ».</translation>
    </message>
    <message>
        <source>There is no object %1. Check the key: keys are case-sensitive, and a folder ends with “/”.</source>
        <translation>L&apos;objet %1 n&apos;existe pas. Vérifiez la clé : les clés sont sensibles à la casse, et un dossier se termine par « / ».</translation>
    </message>
    <message>
        <source>AWS does not know the access key id of these credentials. Check the profile&apos;s access key id, or sign in again if it uses temporary credentials.</source>
        <translation>AWS ne connaît pas l&apos;ID de clé d&apos;accès de ces identifiants. Vérifiez l&apos;ID de clé d&apos;accès du profil, ou reconnectez-vous s&apos;il utilise des identifiants temporaires.</translation>
    </message>
    <message>
        <source>S3 rejected the request&apos;s signature: the secret access key does not match the access key id. Check the profile&apos;s secret key, and that this computer&apos;s clock is right.</source>
        <translation>S3 a rejeté la signature de la requête : la clé d&apos;accès secrète ne correspond pas à l&apos;ID de clé d&apos;accès. Vérifiez la clé secrète du profil, et que l&apos;horloge de cet ordinateur est juste.</translation>
    </message>
    <message>
        <source>The temporary credentials have expired. Sign in again (for IAM Identity Center: aws sso login) and try again.</source>
        <translation>Les identifiants temporaires ont expiré. Reconnectez-vous (pour IAM Identity Center : aws sso login) et réessayez.</translation>
    </message>
    <message>
        <source>The session token of these credentials is not valid. Sign in again and try again.</source>
        <translation>Le jeton de session de ces identifiants n&apos;est pas valide. Reconnectez-vous et réessayez.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from AWS&apos;s. Set the clock right (turn on automatic time) and try again.</source>
        <translation>L&apos;horloge de cet ordinateur diffère trop de celle d&apos;AWS. Remettez l&apos;horloge à l&apos;heure (activez la mise à l&apos;heure automatique) et réessayez.</translation>
    </message>
    <message>
        <source>The bucket “%1” is not in the region %2 and S3 did not say where it is. Choose the bucket&apos;s region for this profile and try again.</source>
        <translation>Le compartiment « %1 » n&apos;est pas dans la région %2, et S3 n&apos;a pas indiqué où il se trouve. Choisissez la région du compartiment pour ce profil et réessayez.</translation>
    </message>
    <message>
        <source>The bucket “%1” is in the region %2, not %3, and could not be read there either. Choose the region %2 for this profile and try again.</source>
        <translation>Le compartiment « %1 » se trouve dans la région %2, et non %3, et n&apos;a pas pu y être lu non plus. Choisissez la région %2 pour ce profil et réessayez.</translation>
    </message>
    <message>
        <source>%1 is archived (S3 Glacier Flexible Retrieval or Deep Archive) and cannot be read until it is restored. Restore it, or choose other data: Amazon Personalize cannot import it either.</source>
        <translation>%1 est archivé (S3 Glacier Flexible Retrieval ou Deep Archive) et ne peut pas être lu tant qu&apos;il n&apos;est pas restauré. Restaurez-le, ou choisissez d&apos;autres données : Amazon Personalize ne peut pas non plus l&apos;importer.</translation>
    </message>
    <message>
        <source>“%1” is not a valid bucket name. Check the S3 location.</source>
        <translation>« %1 » n&apos;est pas un nom de compartiment valide. Vérifiez l&apos;emplacement S3.</translation>
    </message>
    <message>
        <source>S3 could not answer for the bucket “%1” just now (%2). Wait a moment and try again.</source>
        <translation>S3 n&apos;a pas pu répondre à l&apos;instant pour le compartiment « %1 » (%2). Patientez un moment et réessayez.</translation>
    </message>
    <message>
        <source>S3 said: “%1”</source>
        <translation>Message de S3 : « %1 »</translation>
    </message>
</context>
<context>
    <name>S3Service</name>
    <message>
        <source>Amazon S3</source>
        <translation>Amazon S3</translation>
    </message>
</context>
<context>
    <name>S3Xml</name>
    <message>
        <source>it is not well-formed XML (%1 at byte %2 of %3)</source>
        <translation>ce n&apos;est pas du XML bien formé (%1 à l&apos;octet %2 sur %3)</translation>
    </message>
    <message>
        <source>it is empty where S3 always sends a &lt;ListBucketResult&gt;</source>
        <translation>elle est vide, alors que S3 envoie toujours un &lt;ListBucketResult&gt;</translation>
    </message>
    <message>
        <source>it is a &lt;%1&gt; document where a &lt;ListBucketResult&gt; was expected</source>
        <translation>c&apos;est un document &lt;%1&gt;, alors qu&apos;un &lt;ListBucketResult&gt; était attendu</translation>
    </message>
    <message>
        <source>the size &quot;%1&quot; of an object is not a number</source>
        <translation>la taille « %1 » d&apos;un objet n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>an object in it has no key</source>
        <translation>l&apos;un de ses objets n&apos;a pas de clé</translation>
    </message>
    <message>
        <source>it says more objects follow but gives no continuation token</source>
        <translation>elle annonce d&apos;autres objets mais ne donne aucun jeton de continuation</translation>
    </message>
</context>
<context>
    <name>SharedConfig</name>
    <message>
        <source>%1:%2: the section [%3] is not used; in the config file a profile section is written [profile %3].</source>
        <translation>%1:%2 : la section [%3] n&apos;est pas utilisée ; dans le fichier config, une section de profil s&apos;écrit [profile %3].</translation>
    </message>
    <message>
        <source>%1:%2: the section [%3] is not a profile, sso-session or services section and is not used.</source>
        <translation>%1:%2 : la section [%3] n&apos;est pas une section profile, sso-session ou services et n&apos;est pas utilisée.</translation>
    </message>
    <message>
        <source>%1:%2: the section [%3] is not used; in the credentials file a profile section is written without the word &quot;profile&quot;.</source>
        <translation>%1:%2 : la section [%3] n&apos;est pas utilisée ; dans le fichier credentials, une section de profil s&apos;écrit sans le mot « profile ».</translation>
    </message>
</context>
<context>
    <name>SqliteJobStore</name>
    <message>
        <source>Reading the job history file %1 failed: %2</source>
        <translation>La lecture du fichier d&apos;historique des tâches %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The job history file %1 is damaged (%2). Move it aside and restart Import Desk to begin a new history.</source>
        <translation>Le fichier d&apos;historique des tâches %1 est endommagé (%2). Déplacez-le ailleurs et redémarrez Import Desk pour commencer un nouvel historique.</translation>
    </message>
    <message>
        <source>%1 in the job history file %2 failed: %3</source>
        <translation>%1 dans le fichier d&apos;historique des tâches %2 a échoué : %3</translation>
    </message>
    <message>
        <source>The job history cannot be opened: the Qt SQLite driver is not installed. Reinstall Import Desk.</source>
        <translation>L&apos;historique des tâches ne peut pas être ouvert : le pilote Qt SQLite n&apos;est pas installé. Réinstallez Import Desk.</translation>
    </message>
    <message>
        <source>The folder %1 for the job history cannot be created. Check its permissions.</source>
        <translation>Le dossier %1 de l&apos;historique des tâches ne peut pas être créé. Vérifiez ses autorisations.</translation>
    </message>
    <message>
        <source>The job history file %1 cannot be created (%2). Check that the folder is writable.</source>
        <translation>Le fichier d&apos;historique des tâches %1 ne peut pas être créé (%2). Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The job history file %1 cannot be opened (%2). Check that the folder is writable.</source>
        <translation>Le fichier d&apos;historique des tâches %1 ne peut pas être ouvert (%2). Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The job history file %1 is damaged or is not an Import Desk database (%2). Move it aside and restart Import Desk to begin a new history.</source>
        <translation>Le fichier d&apos;historique des tâches %1 est endommagé ou n&apos;est pas une base de données Import Desk (%2). Déplacez-le ailleurs et redémarrez Import Desk pour commencer un nouvel historique.</translation>
    </message>
    <message>
        <source>The job history file %1 was written by a newer version of Import Desk (schema %2; this version knows up to %3). Update Import Desk.</source>
        <translation>Le fichier d&apos;historique des tâches %1 a été écrit par une version plus récente d&apos;Import Desk (schéma %2 ; cette version connaît jusqu&apos;au schéma %3). Mettez à jour Import Desk.</translation>
    </message>
    <message>
        <source>Starting the upgrade</source>
        <translation>Démarrage de la mise à niveau</translation>
    </message>
    <message>
        <source>Upgrading to schema %1</source>
        <translation>Mise à niveau vers le schéma %1</translation>
    </message>
    <message>
        <source>The job history is not open.</source>
        <translation>L&apos;historique des tâches n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Saving jobs</source>
        <translation>Enregistrement des tâches</translation>
    </message>
    <message>
        <source>Saving job %1</source>
        <translation>Enregistrement de la tâche %1</translation>
    </message>
    <message>
        <source>Reading jobs</source>
        <translation>Lecture des tâches</translation>
    </message>
    <message>
        <source>Counting jobs</source>
        <translation>Comptage des tâches</translation>
    </message>
    <message>
        <source>Remembering dataset %1</source>
        <translation>Mémorisation du jeu de données %1</translation>
    </message>
    <message>
        <source>Reading datasets</source>
        <translation>Lecture des jeux de données</translation>
    </message>
    <message>
        <source>Saving the submission</source>
        <translation>Enregistrement de la soumission</translation>
    </message>
    <message>
        <source>Updating submission %1</source>
        <translation>Mise à jour de la soumission %1</translation>
    </message>
    <message>
        <source>Submission %1 is not in the job history.</source>
        <translation>La soumission %1 n&apos;est pas dans l&apos;historique des tâches.</translation>
    </message>
    <message>
        <source>Reading submissions</source>
        <translation>Lecture des soumissions</translation>
    </message>
    <message>
        <source>This submission&apos;s saved values could not be read.</source>
        <translation>Les valeurs enregistrées de cette soumission n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Setting aside submission %1</source>
        <translation>Mise à l&apos;écart de la soumission %1</translation>
    </message>
</context>
<context>
    <name>SsoCredentials</name>
    <message>
        <source>Run &quot;aws sso login --profile %1&quot; and try again.</source>
        <translation>Exécutez « aws sso login --profile %1 » et réessayez.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; uses the sso-session &quot;%2&quot;, which does not exist in %3. Add an [sso-session %2] section, for example with &quot;aws configure sso&quot;.</source>
        <translation>Le profil « %1 » utilise la sso-session « %2 », qui n&apos;existe pas dans %3. Ajoutez une section [sso-session %2], par exemple avec « aws configure sso ».</translation>
    </message>
    <message>
        <source>The value of %1 differs between the profile &quot;%2&quot; and the sso-session &quot;%3&quot;. Remove it from the profile or make them equal.</source>
        <translation>La valeur de %1 diffère entre le profil « %2 » et la sso-session « %3 ». Supprimez-la du profil ou rendez-les identiques.</translation>
    </message>
    <message>
        <source>The IAM Identity Center settings of profile &quot;%1&quot; lack %2. Complete them in %3, for example with &quot;aws configure sso --profile %1&quot;.</source>
        <translation>Il manque %2 aux paramètres IAM Identity Center du profil « %1 ». Complétez-les dans %3, par exemple avec « aws configure sso --profile %1 ».</translation>
    </message>
    <message>
        <source>The sso_region &quot;%1&quot; of profile &quot;%2&quot; is not a region name. Use one such as us-east-1 in %3.</source>
        <translation>Le sso_region « %1 » du profil « %2 » n&apos;est pas un nom de région. Utilisez-en un comme us-east-1 dans %3.</translation>
    </message>
    <message>
        <source>You are not signed in to IAM Identity Center for profile &quot;%1&quot;. %2</source>
        <translation>Vous n&apos;êtes pas connecté à IAM Identity Center pour le profil « %1 ». %2</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in cache %1 of profile &quot;%2&quot; cannot be read. %3</source>
        <translation>Le cache de connexion IAM Identity Center %1 du profil « %2 » est illisible. %3</translation>
    </message>
    <message>
        <source>Your IAM Identity Center sign-in for profile &quot;%1&quot; expired at %2. %3</source>
        <translation>Votre connexion IAM Identity Center pour le profil « %1 » a expiré le %2. %3</translation>
    </message>
    <message>
        <source>SSO profile %1</source>
        <translation>profil SSO %1</translation>
    </message>
    <message>
        <source>IAM Identity Center sent an answer without usable role credentials for profile &quot;%1&quot;. Try again later.</source>
        <translation>IAM Identity Center a envoyé une réponse sans identifiants de rôle utilisables pour le profil « %1 ». Réessayez plus tard.</translation>
    </message>
    <message>
        <source>IAM Identity Center credentials for profile &quot;%1&quot; are already being fetched.</source>
        <translation>Les identifiants IAM Identity Center du profil « %1 » sont déjà en cours de récupération.</translation>
    </message>
    <message>
        <source>No network access is available for IAM Identity Center.</source>
        <translation>Aucun accès réseau n&apos;est disponible pour IAM Identity Center.</translation>
    </message>
    <message>
        <source>The IAM Identity Center address for profile &quot;%1&quot; is not used: %2</source>
        <translation>L&apos;adresse IAM Identity Center du profil « %1 » n&apos;est pas utilisée : %2</translation>
    </message>
    <message>
        <source>IAM Identity Center sent an answer larger than %1 for profile &quot;%2&quot;, far more than credentials take, so it was not read. Try again later.</source>
        <translation>IAM Identity Center a envoyé une réponse de plus de %1 pour le profil « %2 », bien plus que ne l&apos;exigent des identifiants ; elle n&apos;a donc pas été lue. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>IAM Identity Center no longer accepts the sign-in of profile &quot;%1&quot;. %2</source>
        <translation>IAM Identity Center n&apos;accepte plus la connexion du profil « %1 ». %2</translation>
    </message>
    <message>
        <source>IAM Identity Center at %1 could not be reached or did not answer in full (%2). Check the network connection and the profile&apos;s sso_region.</source>
        <translation>IAM Identity Center à l&apos;adresse %1 est injoignable ou n&apos;a pas répondu entièrement (%2). Vérifiez la connexion réseau et le sso_region du profil.</translation>
    </message>
    <message>
        <source>IAM Identity Center refused role credentials for profile &quot;%1&quot; (HTTP %2).</source>
        <translation>IAM Identity Center a refusé les identifiants de rôle pour le profil « %1 » (HTTP %2).</translation>
    </message>
    <message>
        <source>Check the profile&apos;s sso_account_id and sso_role_name.</source>
        <translation>Vérifiez les paramètres sso_account_id et sso_role_name du profil.</translation>
    </message>
    <message>
        <source>Your IAM Identity Center sign-in for profile &quot;%1&quot; expired and could not be renewed</source>
        <translation>Votre connexion IAM Identity Center pour le profil « %1 » a expiré et n&apos;a pas pu être renouvelée</translation>
    </message>
    <message>
        <source>IAM Identity Center sent an answer without a usable token.</source>
        <translation>IAM Identity Center a envoyé une réponse sans jeton utilisable.</translation>
    </message>
</context>
<context>
    <name>SsoDeviceAuthorization</name>
    <message>
        <source>IAM Identity Center sent an answer without a usable client registration. Try again later.</source>
        <translation>IAM Identity Center a envoyé une réponse sans enregistrement de client utilisable. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>IAM Identity Center sent an answer without a usable sign-in code. Try again later.</source>
        <translation>IAM Identity Center a envoyé une réponse sans code de connexion utilisable. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was confirmed. Sign in again and confirm the new code in the browser.</source>
        <translation>Le code de connexion a expiré avant d&apos;être confirmé. Reconnectez-vous et confirmez le nouveau code dans le navigateur.</translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser. Sign in again and allow access, or ask your administrator for access to %1.</source>
        <translation>La connexion a été refusée dans le navigateur. Reconnectez-vous et autorisez l&apos;accès, ou demandez à votre administrateur l&apos;accès à %1.</translation>
    </message>
    <message>
        <source>IAM Identity Center sent an answer without a usable token. Try again later.</source>
        <translation>IAM Identity Center a envoyé une réponse sans jeton utilisable. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>IAM Identity Center refused the sign-in (%1).</source>
        <translation>IAM Identity Center a refusé la connexion (%1).</translation>
    </message>
    <message>
        <source>Check the sso_start_url and sso_region of profile &quot;%1&quot;.</source>
        <translation>Vérifiez sso_start_url et sso_region du profil « %1 ».</translation>
    </message>
</context>
<context>
    <name>SsoOidcClient</name>
    <message>
        <source>IAM Identity Center at %1 did not answer in time. Check the network connection and try again.</source>
        <translation>IAM Identity Center à l&apos;adresse %1 n&apos;a pas répondu à temps. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>An IAM Identity Center call is already in progress.</source>
        <translation>Un appel à IAM Identity Center est déjà en cours.</translation>
    </message>
    <message>
        <source>the address is not a valid URL.</source>
        <translation>l&apos;adresse n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in address is not used: %1</source>
        <translation>L&apos;adresse de connexion IAM Identity Center n&apos;est pas utilisée : %1</translation>
    </message>
    <message>
        <source>No network access is available for IAM Identity Center.</source>
        <translation>Aucun accès réseau n&apos;est disponible pour IAM Identity Center.</translation>
    </message>
    <message>
        <source>IAM Identity Center sent an answer larger than %1, far more than a sign-in takes, so it was not read. Try again later.</source>
        <translation>IAM Identity Center a envoyé une réponse de plus de %1, bien plus que ce que demande une connexion ; elle n&apos;a donc pas été lue. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>IAM Identity Center at %1 could not be reached or did not answer in full (%2). Check the network connection and the profile&apos;s sso_region.</source>
        <translation>IAM Identity Center à l&apos;adresse %1 est injoignable ou n&apos;a pas répondu entièrement (%2). Vérifiez la connexion réseau et le sso_region du profil.</translation>
    </message>
</context>
<context>
    <name>SsoOidcService</name>
    <message>
        <source>AWS IAM Identity Center</source>
        <translation>AWS IAM Identity Center</translation>
    </message>
</context>
<context>
    <name>SsoSignInDialog</name>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>&amp;Ouvrir la page de connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign in to IAM Identity Center</source>
        <translation>Se connecter à IAM Identity Center</translation>
    </message>
    <message>
        <source>To sign in profile “%1”, open the sign-in page in your browser and confirm that it shows this code:</source>
        <translation>Pour connecter le profil « %1 », ouvrez la page de connexion dans votre navigateur et vérifiez qu&apos;elle affiche ce code :</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <source>Contacting IAM Identity Center…</source>
        <translation>Contact avec IAM Identity Center…</translation>
    </message>
    <message>
        <source>If the page does not open, go to %1 and enter the code.</source>
        <translation>Si la page ne s&apos;ouvre pas, allez sur %1 et saisissez le code.</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the code in the browser…</source>
        <translation>En attente de la confirmation du code dans le navigateur…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>SsoTokenCache</name>
    <message>
        <source>The IAM Identity Center sign-in cache</source>
        <translation>Le cache de connexion IAM Identity Center</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in could not be saved to %1: %2</source>
        <translation>La connexion IAM Identity Center n&apos;a pas pu être enregistrée dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>StoredKey</name>
    <message>
        <source>Give the key a name, for example the account or the person it belongs to.</source>
        <translation>Donnez un nom à la clé, par exemple le compte ou la personne à qui elle appartient.</translation>
    </message>
    <message>
        <source>The name is too long: use at most 64 characters.</source>
        <translation>Le nom est trop long : utilisez au plus 64 caractères.</translation>
    </message>
    <message>
        <source>The name cannot contain line breaks or other control characters.</source>
        <translation>Le nom ne peut contenir ni sauts de ligne ni autres caractères de contrôle.</translation>
    </message>
    <message>
        <source>A stored key named “%1” exists already. Choose another name, or replace that key from Stored keys.</source>
        <translation>Une clé enregistrée nommée « %1 » existe déjà. Choisissez un autre nom, ou remplacez cette clé depuis Clés enregistrées.</translation>
    </message>
    <message>
        <source>Enter the access key ID. It starts with AKIA or ASIA.</source>
        <translation>Saisissez l&apos;ID de clé d&apos;accès. Il commence par AKIA ou ASIA.</translation>
    </message>
    <message>
        <source>An access key ID has only capital letters and digits. Check that you copied the access key ID and not the secret access key.</source>
        <translation>Un ID de clé d&apos;accès ne contient que des majuscules et des chiffres. Vérifiez que vous avez copié l&apos;ID de clé d&apos;accès et non la clé d&apos;accès secrète.</translation>
    </message>
    <message>
        <source>An access key ID starts with AKIA (a long-term key) or ASIA (a temporary key). Check that you copied the access key ID.</source>
        <translation>Un ID de clé d&apos;accès commence par AKIA (clé à long terme) ou ASIA (clé temporaire). Vérifiez que vous avez copié l&apos;ID de clé d&apos;accès.</translation>
    </message>
    <message>
        <source>An access key ID has 16 to 128 characters; this one has %1. Check that you copied all of it.</source>
        <translation>Un ID de clé d&apos;accès compte de 16 à 128 caractères ; celui-ci en a %1. Vérifiez que vous l&apos;avez copié en entier.</translation>
    </message>
    <message>
        <source>Enter the secret access key that was shown with the access key ID.</source>
        <translation>Saisissez la clé d&apos;accès secrète affichée avec l&apos;ID de clé d&apos;accès.</translation>
    </message>
    <message>
        <source>The secret access key contains spaces or line breaks. Paste it again without them.</source>
        <translation>La clé d&apos;accès secrète contient des espaces ou des sauts de ligne. Collez-la de nouveau sans eux.</translation>
    </message>
    <message>
        <source>The secret access key is too short. Paste all of it.</source>
        <translation>La clé d&apos;accès secrète est trop courte. Collez-la en entier.</translation>
    </message>
    <message>
        <source>The session token contains spaces or line breaks. Paste it again without them.</source>
        <translation>Le jeton de session contient des espaces ou des sauts de ligne. Collez-le de nouveau sans eux.</translation>
    </message>
    <message>
        <source>A temporary key (ASIA…) works only with its session token. Paste the session token that came with it.</source>
        <translation>Une clé temporaire (ASIA…) ne fonctionne qu&apos;avec son jeton de session. Collez le jeton de session fourni avec elle.</translation>
    </message>
    <message>
        <source>A Region code looks like eu-west-1. Leave it empty to keep the Region in use.</source>
        <translation>Un code de région ressemble à eu-west-1. Laissez le champ vide pour garder la région utilisée.</translation>
    </message>
    <message>
        <source>stored key %1</source>
        <translation>clé enregistrée %1</translation>
    </message>
</context>
<context>
    <name>StoredKeys</name>
    <message>
        <source>Access to the system keychain was refused%1, so the key “%2” is kept only until Import Desk closes. Allow Import Desk to use the keychain and add the key again to keep it.</source>
        <translation>L&apos;accès au trousseau du système a été refusé%1 ; la clé « %2 » n&apos;est donc conservée que jusqu&apos;à la fermeture d&apos;Import Desk. Autorisez Import Desk à utiliser le trousseau et ajoutez de nouveau la clé pour la garder.</translation>
    </message>
    <message>
        <source>No system keychain could be reached%1, so the key “%2” is kept only until Import Desk closes. Start or unlock your keychain (for example GNOME Keyring or KWallet) and add the key again to keep it.</source>
        <translation>Aucun trousseau du système n&apos;a pu être joint%1 ; la clé « %2 » n&apos;est donc conservée que jusqu&apos;à la fermeture d&apos;Import Desk. Démarrez ou déverrouillez votre trousseau (par exemple GNOME Keyring ou KWallet) et ajoutez de nouveau la clé pour la garder.</translation>
    </message>
    <message>
        <source>The key “%1” could not be removed from the system keychain%2. It is still listed; try again once the keychain is unlocked.</source>
        <translation>La clé « %1 » n&apos;a pas pu être retirée du trousseau du système%2. Elle reste dans la liste ; réessayez une fois le trousseau déverrouillé.</translation>
    </message>
    <message>
        <source>The stored key “%1” is damaged. Remove it in Stored keys and add it again.</source>
        <translation>La clé enregistrée « %1 » est endommagée. Retirez-la dans Clés enregistrées et ajoutez-la de nouveau.</translation>
    </message>
    <message>
        <source>The stored key “%1” is no longer in the system keychain. Add it again with Add access key.</source>
        <translation>La clé enregistrée « %1 » n&apos;est plus dans le trousseau du système. Ajoutez-la de nouveau avec Ajouter une clé d&apos;accès.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused%1, so the stored key “%2” cannot be read. Allow Import Desk to use the keychain, then choose the key again.</source>
        <translation>L&apos;accès au trousseau du système a été refusé%1 ; la clé enregistrée « %2 » ne peut donc pas être lue. Autorisez Import Desk à utiliser le trousseau, puis choisissez de nouveau la clé.</translation>
    </message>
    <message>
        <source>No system keychain could be reached%1, so the stored key “%2” cannot be read. Start or unlock your keychain (for example GNOME Keyring or KWallet), then choose the key again.</source>
        <translation>Aucun trousseau du système n&apos;a pu être joint%1 ; la clé enregistrée « %2 » ne peut donc pas être lue. Démarrez ou déverrouillez votre trousseau (par exemple GNOME Keyring ou KWallet), puis choisissez de nouveau la clé.</translation>
    </message>
</context>
<context>
    <name>StoredKeysDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Remplacer…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Stored Keys</source>
        <translation>Clés enregistrées</translation>
    </message>
    <message>
        <source>Stored keys</source>
        <translation>Clés enregistrées</translation>
    </message>
    <message>
        <source>Access keys kept in the system keychain. Choose one in the Profile list to connect with it.</source>
        <translation>Clés d&apos;accès conservées dans le trousseau du système. Choisissez-en une dans la liste des profils pour vous connecter avec elle.</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>&amp;Clés :</translation>
    </message>
    <message>
        <source>The key “%1” is stored in the system keychain.</source>
        <translation>La clé « %1 » est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The key “%1” was removed.</source>
        <translation>La clé « %1 » a été retirée.</translation>
    </message>
    <message>
        <source>%1 (until Import Desk closes)</source>
        <translation>%1 (jusqu&apos;à la fermeture d&apos;Import Desk)</translation>
    </message>
    <message>
        <source>Remove stored key</source>
        <translation>Retirer la clé enregistrée</translation>
    </message>
    <message>
        <source>Remove the key “%1” from Import Desk and the system keychain? The key itself stays valid in AWS.</source>
        <translation>Retirer la clé « %1 » d&apos;Import Desk et du trousseau du système ? La clé elle-même reste valide dans AWS.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
</context>
<context>
    <name>StsClient</name>
    <message>
        <source>it is not well-formed XML (%1)</source>
        <translation>ce n&apos;est pas du XML bien formé (%1)</translation>
    </message>
    <message>
        <source>it holds no complete credentials</source>
        <translation>elle ne contient pas d&apos;identifiants complets</translation>
    </message>
    <message>
        <source>the expiration time &quot;%1&quot; is not a date and time</source>
        <translation>l&apos;heure d&apos;expiration « %1 » n&apos;est pas une date et une heure</translation>
    </message>
    <message>
        <source> (AWS said: %1)</source>
        <translation> (réponse d&apos;AWS : %1)</translation>
    </message>
    <message>
        <source>AWS refused to let the source credentials assume the role %1%2. Check that the role&apos;s trust policy allows them (and the external ID or MFA, if the role asks for one), and that they may call sts:AssumeRole on this role.</source>
        <translation>AWS a refusé que les identifiants source endossent le rôle %1%2. Vérifiez que la stratégie d&apos;approbation du rôle les autorise (ainsi que l&apos;ID externe ou le MFA, si le rôle en demande un), et qu&apos;ils peuvent appeler sts:AssumeRole sur ce rôle.</translation>
    </message>
    <message>
        <source>The source credentials used to assume the role %1 have expired%2. Renew them, for example with &quot;aws sso login&quot; or new temporary keys, and try again.</source>
        <translation>Les identifiants source utilisés pour endosser le rôle %1 ont expiré%2. Renouvelez-les, par exemple avec « aws sso login » ou de nouvelles clés temporaires, et réessayez.</translation>
    </message>
    <message>
        <source>AWS STS is not activated in region %1 for the role&apos;s account, so the role %2 cannot be assumed there%3. Activate the region in the IAM console (Account settings), or set the profile&apos;s region to one where STS is active.</source>
        <translation>AWS STS n&apos;est pas activé dans la région %1 pour le compte du rôle ; le rôle %2 ne peut donc pas y être endossé%3. Activez la région dans la console IAM (Account settings), ou donnez au profil une région où STS est actif.</translation>
    </message>
    <message>
        <source>The answer of AWS STS to %1 could not be used: %2. Check that the STS endpoint URL points at AWS STS.</source>
        <translation>La réponse d&apos;AWS STS à %1 est inutilisable : %2. Vérifiez que l&apos;URL de point de terminaison STS désigne bien AWS STS.</translation>
    </message>
    <message>
        <source>The answer of AWS STS to GetCallerIdentity names no account and ARN. Check that the STS endpoint URL points at AWS STS.</source>
        <translation>La réponse d&apos;AWS STS à GetCallerIdentity n&apos;indique ni compte ni ARN. Vérifiez que l&apos;URL de point de terminaison STS désigne bien AWS STS.</translation>
    </message>
    <message>
        <source>AWS did not accept the web identity token for the role %1%2. Check that the identity provider has written a fresh token to the token file, and that the role trusts this identity provider.</source>
        <translation>AWS n&apos;a pas accepté le jeton d&apos;identité web pour le rôle %1%2. Vérifiez que le fournisseur d&apos;identité a écrit un jeton récent dans le fichier de jeton, et que le rôle fait confiance à ce fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>AWS refused to let the web identity assume the role %1%2. Check that the role&apos;s trust policy allows sts:AssumeRoleWithWebIdentity for this identity provider and subject.</source>
        <translation>AWS a refusé que l&apos;identité web endosse le rôle %1%2. Vérifiez que la stratégie d&apos;approbation du rôle autorise sts:AssumeRoleWithWebIdentity pour ce fournisseur d&apos;identité et ce sujet.</translation>
    </message>
</context>
<context>
    <name>StsService</name>
    <message>
        <source>AWS Security Token Service (STS)</source>
        <translation>AWS Security Token Service (STS)</translation>
    </message>
</context>
<context>
    <name>SubmissionService</name>
    <message>
        <source>The submission was not sent because it could not be saved first: %1</source>
        <translation>La soumission n&apos;a pas été envoyée, car elle n&apos;a pas pu être enregistrée au préalable : %1</translation>
    </message>
    <message>
        <source>The submission was not sent because it could not be read back from the job history.</source>
        <translation>La soumission n&apos;a pas été envoyée, car elle n&apos;a pas pu être relue depuis l&apos;historique des tâches.</translation>
    </message>
    <message>
        <source>The submission was not sent because the job history could not be updated.</source>
        <translation>La soumission n&apos;a pas été envoyée, car l&apos;historique des tâches n&apos;a pas pu être mis à jour.</translation>
    </message>
    <message>
        <source>Submission %1 in the job history could not be read and was set aside. Check the dataset&apos;s jobs for it.</source>
        <translation>La soumission %1 de l&apos;historique des tâches n&apos;a pas pu être lue et a été mise à l&apos;écart. Recherchez-la parmi les tâches du jeu de données.</translation>
    </message>
    <message>
        <source>An import job named %1 already existed in this dataset before this submission (created %2). Choose another name and submit again.</source>
        <translation>Une tâche d&apos;importation nommée %1 existait déjà dans ce jeu de données avant cette soumission (créée le %2). Choisissez un autre nom et soumettez de nouveau.</translation>
    </message>
    <message>
        <source>No job named %1 exists in the dataset, so nothing was created. Submit it again.</source>
        <translation>Aucune tâche nommée %1 n&apos;existe dans le jeu de données : rien n&apos;a donc été créé. Soumettez-la de nouveau.</translation>
    </message>
    <message>
        <source>Submission %1 is not in the job history.</source>
        <translation>La soumission %1 n&apos;est pas dans l&apos;historique des tâches.</translation>
    </message>
    <message>
        <source>Submission %1 cannot be sent again: it is not marked as unsent.</source>
        <translation>La soumission %1 ne peut pas être renvoyée : elle n&apos;est pas marquée comme non envoyée.</translation>
    </message>
    <message>
        <source>Submission %1 cannot be discarded: it is not marked as unsent.</source>
        <translation>La soumission %1 ne peut pas être abandonnée : elle n&apos;est pas marquée comme non envoyée.</translation>
    </message>
    <message>
        <source>Not resubmitted (discarded by the user).</source>
        <translation>Non renvoyée (abandonnée par l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>The submission could not be queued because it could not be saved: %1</source>
        <translation>La soumission n&apos;a pas pu être mise en file d&apos;attente, car elle n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>The submission could not be queued: %1</source>
        <translation>La soumission n&apos;a pas pu être mise en file d&apos;attente : %1</translation>
    </message>
    <message>
        <source>Submission %1 cannot be cancelled: it is not waiting in the queue.</source>
        <translation>La soumission %1 ne peut pas être annulée : elle n&apos;attend pas dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Cancelled while queued.</source>
        <translation>Annulée alors qu&apos;elle était en file d&apos;attente.</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>nothing was sent; correct the values above and try again.</source>
        <translation>rien n&apos;a été envoyé ; corrigez les valeurs ci-dessus et réessayez.</translation>
    </message>
    <message>
        <source>The region %1 already runs as many imports as the service allows. Waiting for one to finish…</source>
        <translation>La région %1 exécute déjà autant d&apos;importations que le service le permet. Attente de la fin de l&apos;une d&apos;elles…</translation>
    </message>
    <message>
        <source>no import finished in region %1 within %2 s, so nothing was sent.</source>
        <translation>aucune importation ne s&apos;est terminée dans la région %1 en %2 s ; rien n&apos;a donc été envoyé.</translation>
    </message>
    <message>
        <source>The import job “%1” may have been created nevertheless. Before you submit it again, look for it with:</source>
        <translation>La tâche d&apos;importation « %1 » a peut-être été créée malgré tout. Avant de la soumettre de nouveau, cherchez-la avec :</translation>
    </message>
    <message>
        <source>Checking %1 against the dataset&apos;s schema…</source>
        <translation>Vérification de %1 par rapport au schéma du jeu de données…</translation>
    </message>
    <message>
        <source>the data could not be checked, so nothing was sent: %1. Submit without --check to send the job anyway.</source>
        <translation>les données n&apos;ont pas pu être vérifiées, donc rien n&apos;a été envoyé : %1. Soumettez sans --check pour envoyer la tâche malgré tout.</translation>
    </message>
    <message>
        <source>nothing was sent: the data check found errors that would make the import fail. Fix them, or submit without --check to send the job anyway.</source>
        <translation>rien n&apos;a été envoyé : la vérification des données a trouvé des erreurs qui feraient échouer l&apos;importation. Corrigez-les, ou soumettez sans --check pour envoyer la tâche malgré tout.</translation>
    </message>
</context>
<context>
    <name>SubmitError</name>
    <message>
        <source>The import job was not created: %1</source>
        <translation>La tâche d&apos;importation n&apos;a pas été créée : %1</translation>
    </message>
    <message>
        <source>The import job was not created: %1: %2</source>
        <translation>La tâche d&apos;importation n&apos;a pas été créée : %1 : %2</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
    <message>
        <source>Choose another job name and submit again.</source>
        <translation>Choisissez un autre nom de tâche et soumettez de nouveau.</translation>
    </message>
    <message>
        <source>Check the dataset and the Region.</source>
        <translation>Vérifiez le jeu de données et la région.</translation>
    </message>
    <message>
        <source>Correct the value the message names and submit again.</source>
        <translation>Corrigez la valeur indiquée par le message et soumettez de nouveau.</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Key and value pairs. Insert adds a row, Delete removes the selected rows.</source>
        <translation>Paires clé-valeur. Inser ajoute une ligne, Suppr retire les lignes sélectionnées.</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter une balise</translation>
    </message>
    <message>
        <source>Add an empty tag row (Insert)</source>
        <translation>Ajouter une ligne de balise vide (Inser)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected tag rows (Delete)</source>
        <translation>Retirer les lignes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Paste key=value lines</source>
        <translation>Coller clé=valeur</translation>
    </message>
    <message>
        <source>Add one tag per line of the clipboard, written as key=value</source>
        <translation>Ajouter une balise par ligne du presse-papiers, écrite clé=valeur</translation>
    </message>
</context>
<context>
    <name>TerminalMfaPrompt</name>
    <message>
        <source>The profile &quot;%1&quot; needs a code from the MFA device %2.</source>
        <translation>Le profil « %1 » a besoin d&apos;un code du dispositif MFA %2.</translation>
    </message>
    <message>
        <source>MFA code: </source>
        <translation>Code MFA : </translation>
    </message>
    <message>
        <source>No MFA code was typed within %1 seconds.</source>
        <translation>Aucun code MFA n&apos;a été saisi en %1 secondes.</translation>
    </message>
    <message>
        <source>An MFA code is 6 digits. Type the code your device shows now, or press Ctrl+D to give up.</source>
        <translation>Un code MFA a 6 chiffres. Tapez le code qu&apos;affiche maintenant votre dispositif, ou appuyez sur Ctrl+D pour abandonner.</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>“%1” is not the ARN of a dataset import job.</source>
        <translation>« %1 » n&apos;est pas l&apos;ARN d&apos;une tâche d&apos;importation de jeu de données.</translation>
    </message>
    <message>
        <source>%1 is a job of region %2, but the connection is to %3: add --region %2.</source>
        <translation>%1 est une tâche de la région %2, mais la connexion est établie avec %3 : ajoutez --region %2.</translation>
    </message>
    <message>
        <source>no import job %1 in region %2.</source>
        <translation>aucune tâche d&apos;importation %1 dans la région %2.</translation>
    </message>
    <message>
        <source>could not check the jobs (%1); trying again.</source>
        <translation>impossible de vérifier les tâches (%1) ; nouvelle tentative.</translation>
    </message>
    <message>
        <source>still running after %1 s.</source>
        <translation>toujours en cours après %1 s.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create and follow Amazon Personalize dataset import jobs.</source>
        <translation>Créer et suivre les tâches d&apos;importation de jeux de données Amazon Personalize.</translation>
    </message>
    <message>
        <source>Start the local sandbox endpoint in the app and connect to it: no AWS account needed.</source>
        <translation>Démarrer le bac à sable local dans l&apos;application et s&apos;y connecter : aucun compte AWS nécessaire.</translation>
    </message>
    <message>
        <source>How much faster sandbox jobs run (default %1).</source>
        <translation>Facteur d&apos;accélération des tâches du bac à sable (par défaut %1).</translation>
    </message>
    <message>
        <source>Seed the sandbox with N finished jobs spread over its datasets and the past months.</source>
        <translation>Remplir le bac à sable avec N tâches terminées, réparties sur ses jeux de données et les derniers mois.</translation>
    </message>
    <message>
        <source>The AWS profile to use.</source>
        <translation>Le profil AWS à utiliser.</translation>
    </message>
    <message>
        <source>The AWS Region to use.</source>
        <translation>La Région AWS à utiliser.</translation>
    </message>
    <message>
        <source>Send requests to this endpoint instead of the standard one.</source>
        <translation>Envoyer les requêtes à ce point de terminaison au lieu du point standard.</translation>
    </message>
    <message>
        <source>--sandbox-time-scale needs a positive number, such as 10.</source>
        <translation>--sandbox-time-scale attend un nombre positif, par exemple 10.</translation>
    </message>
    <message>
        <source>--sandbox-history needs a number of jobs, such as 100000.</source>
        <translation>--sandbox-history attend un nombre de tâches, par exemple 100000.</translation>
    </message>
    <message>
        <source>The sandbox could not listen on a local port.</source>
        <translation>Le bac à sable n&apos;a pas pu écouter sur un port local.</translation>
    </message>
</context>
</TS>
