<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>@default</name>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="39"/>
        <source>no readable link</source>
        <translation>aucun lien lisible</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="41"/>
        <source>raster layer</source>
        <translation>couche raster</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="42"/>
        <source>vector layer</source>
        <translation>couche vecteur</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="43"/>
        <source>download</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="55"/>
        <source>Assets of {id}</source>
        <translation>Ressources de {id}</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="82"/>
        <source>Add as layers</source>
        <translation>Ajouter comme couches</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="84"/>
        <source>Stream the selected rasters and vectors as layers</source>
        <translation>Lire en flux les rasters et vecteurs sélectionnés comme couches</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="85"/>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="131"/>
        <source>Download assets of {items}</source>
        <translation>Télécharger les ressources de {items}</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="131"/>
        <source>{n} item</source>
        <translation>{n} item</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="131"/>
        <source>{n} items</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="146"/>
        <source>{key} — {title} ({count} of {total})</source>
        <translation>{key} — {title} ({count} sur {total})</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="154"/>
        <source>Add the downloaded files as layers</source>
        <translation>Ajouter les fichiers téléchargés comme couches</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="160"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="166"/>
        <source>Assets</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="168"/>
        <source>Into folder (one sub-folder per item, with its JSON)</source>
        <translation>Dans le dossier (un sous-dossier par item, avec son JSON)</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="153"/>
        <source>100 % clear ({what})</source>
        <translation>100 % de ciel dégagé ({what})</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="210"/>
        <source>no figure</source>
        <translation>pas de valeur</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="208"/>
        <source>{day}: no acquisition</source>
        <translation>{day} : aucune acquisition</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="209"/>
        <source>{n} acquisition</source>
        <translation>{n} acquisition</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="209"/>
        <source>{n} acquisitions</source>
        <translation>{n} acquisitions</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="210"/>
        <source>{clear} % clear ({what})</source>
        <translation>{clear} % de ciel dégagé ({what})</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="103"/>
        <source>Clear sky over fields</source>
        <translation>Ciel dégagé sur les parcelles</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="81"/>
        <source>The attribute naming each field in the clear-sky table (else its feature id)</source>
        <translation>L'attribut qui nomme chaque parcelle dans la table de ciel dégagé (sinon l'identifiant de son entité)</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="87"/>
        <source>Count clear sky</source>
        <translation>Compter le ciel dégagé</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="88"/>
        <source>Field id</source>
        <translation>Identifiant de parcelle</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="91"/>
        <source>Hide footprints whose fields are less clear</source>
        <translation>Masquer les emprises dont les parcelles sont moins dégagées</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="95"/>
        <source> % clear</source>
        <translation> % dégagé</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="97"/>
        <source>Which fields must be that clear</source>
        <translation>Quelles parcelles doivent être aussi dégagées</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="98"/>
        <source>over every field</source>
        <translation>sur chaque parcelle</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="99"/>
        <source>over any field</source>
        <translation>sur au moins une parcelle</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="100"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="105"/>
        <source>Map on fields</source>
        <translation>Cartographier sur les parcelles</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="105"/>
        <source>Add the clear-sky table as a layer of the fields, coloured by clear %, one date at a time with the Temporal Controller</source>
        <translation>Ajouter la table de ciel dégagé comme couche des parcelles, colorée selon le % de ciel dégagé, une date à la fois avec le Contrôleur temporel</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="187"/>
        <source>Counting clear sky… {percent} %</source>
        <translation>Comptage du ciel dégagé… {percent} %</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="212"/>
        <source>Clear sky not counted: cancelled.</source>
        <translation>Ciel dégagé non compté : annulé.</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="215"/>
        <source>Clear sky not shown: the footprint layer was removed.</source>
        <translation>Ciel dégagé non affiché : la couche d'emprises a été supprimée.</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="227"/>
        <source>Clear sky counted (see the table), but not written to the footprints: {error}</source>
        <translation>Ciel dégagé compté (voir la table), mais non écrit dans les emprises : {error}</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="237"/>
        <source>field {id}: no footprint covers it</source>
        <translation>parcelle {id} : aucune emprise ne la couvre</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="240"/>
        <source>Clear sky counted; {count} fields left out: {problems}</source>
        <translation>Ciel dégagé compté ; {count} parcelles écartées : {problems}</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="255"/>
        <source>Clear sky mapped on the fields: turn on the Temporal Controller to see one date at a time.</source>
        <translation>Ciel dégagé cartographié sur les parcelles : activez le Contrôleur temporel pour voir une date à la fois.</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="290"/>
        <source>{shown} footprints shown.</source>
        <translation>{shown} emprises affichées.</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="295"/>
        <source>every one of {fields} fields</source>
        <translation>chacune des {fields} parcelles</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="295"/>
        <source>any of {fields} fields</source>
        <translation>l'une des {fields} parcelles</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="306"/>
        <source>{passing} of {total} items ≥ {threshold} % clear over {over}</source>
        <translation>{passing} items sur {total} ≥ {threshold} % de ciel dégagé sur {over}</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="310"/>
        <source>; {shown} shown from {first} to {last}</source>
        <translation>; {shown} affichés du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="320"/>
        <source>the tiles</source>
        <translation>les tuiles</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="324"/>
        <source>the fields</source>
        <translation>les parcelles</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="337"/>
        <source>Count, in each footprint&apos;s cloud mask, the clear pixels over each field of the search area</source>
        <translation>Compter, dans le masque de nuages de chaque emprise, les pixels dégagés sur chaque parcelle de la zone de recherche</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="337"/>
        <source>Choose fields as the search area first (Area: features of a layer)</source>
        <translation>Choisissez d'abord des parcelles comme zone de recherche (Zone : entités d'une couche)</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="90"/>
        <source>Connection settings</source>
        <translation>Paramètres de connexion</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="100"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="104"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="106"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="108"/>
        <source>Copy this search as pystac-client Python code (credentials left out)</source>
        <translation>Copier cette recherche en code Python pystac-client (sans les identifiants)</translation>
    </message>
    <message>
        <location filename="../gui/results_view.py" line="113"/>
        <source>Load imagery with cloud mask</source>
        <translation>Charger les images avec le masque de nuages</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="130"/>
        <source>Add the true-colour image of each selected footprint with its cloud mask above it</source>
        <translation>Ajouter l'image en couleurs naturelles de chaque emprise sélectionnée, son masque de nuages au-dessus</translation>
    </message>
    <message>
        <location filename="../gui/results_view.py" line="114"/>
        <source>Load cloud masks</source>
        <translation>Charger les masques de nuages</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="135"/>
        <source>Add the cloud masks of the selected footprints (or all) as raster layers</source>
        <translation>Ajouter les masques de nuages des emprises sélectionnées (ou de toutes) comme couches raster</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="140"/>
        <source>Show or hide every cloud mask, to compare</source>
        <translation>Afficher ou masquer tous les masques de nuages, pour comparer</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="146"/>
        <source>Download assets of the selected footprints…</source>
        <translation>Télécharger les ressources des emprises sélectionnées…</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="229"/>
        <source>Not connected: {error}</source>
        <translation>Non connecté : {error}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="211"/>
        <source>{url}: not signed in — set a client id and secret in the settings (⚙).</source>
        <translation>{url} : non authentifié — indiquez un identifiant client et un secret dans les paramètres (⚙).</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="218"/>
        <source>{url}: connecting…</source>
        <translation>{url} : connexion…</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="232"/>
        <source>Signed in to {url} ({source})</source>
        <translation>Connecté à {url} ({source})</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="270"/>
        <source>Search copied as Python code.</source>
        <translation>Recherche copiée en code Python.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="290"/>
        <source>No items. The catalog does not list {names} among the properties it can filter on, and answers such queries with nothing rather than an error: check the spelling.</source>
        <translation>Aucun item. Le catalogue ne compte pas {names} parmi les propriétés sur lesquelles il peut filtrer, et répond à ces requêtes par un résultat vide plutôt que par une erreur : vérifiez l'orthographe.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="315"/>
        <source>{shown} of {total} footprints shown: the clear-sky filter or the calendar hides the others</source>
        <translation>{shown} emprises affichées sur {total} : le filtre de ciel dégagé ou le calendrier masque les autres</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="333"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="334"/>
        <source>Search saved as &apos;{name}&apos; in {where}.</source>
        <translation>Recherche enregistrée sous « {name} » dans {where}.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="344"/>
        <source>The saved search &apos;{name}&apos; cannot be read: {error}</source>
        <translation>La recherche enregistrée « {name} » ne peut pas être lue : {error}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="352"/>
        <source>Saved search &apos;{name}&apos;: {problem}</source>
        <translation>Recherche enregistrée « {name} » : {problem}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="377"/>
        <source>Select footprints first: imagery loads for the selected ones.</source>
        <translation>Sélectionnez d'abord des emprises : les images se chargent pour celles sélectionnées.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="384"/>
        <source>Load the imagery of {count} footprints? Each adds two layers.</source>
        <translation>Charger les images de {count} emprises ? Chacune ajoute deux couches.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="401"/>
        <source>Search first: masks load for the footprints found.</source>
        <translation>Lancez d'abord une recherche : les masques se chargent pour les emprises trouvées.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="412"/>
        <source>Load the cloud masks of all {count} footprints? Each mask is a raster layer. Select footprints to load fewer.</source>
        <translation>Charger les masques de nuages des {count} emprises ? Chaque masque est une couche raster. Sélectionnez des emprises pour en charger moins.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="434"/>
        <source>Select footprints to download from.</source>
        <translation>Sélectionnez les emprises dont télécharger les ressources.</translation>
    </message>
    <message>
        <location filename="../gui/footprint_keeper.py" line="73"/>
        <source>Only a project saved as a file keeps its search footprints beside it: this one will not find them once QGIS closes.</source>
        <translation>Seul un projet enregistré dans un fichier garde ses emprises de recherche à côté de lui : celui-ci ne les retrouvera plus une fois QGIS fermé.</translation>
    </message>
    <message>
        <location filename="../gui/footprint_keeper.py" line="97"/>
        <source>The footprints in {path} could not be saved beside the project: {error}</source>
        <translation>Les emprises de {path} n'ont pas pu être enregistrées à côté du projet : {error}</translation>
    </message>
    <message>
        <location filename="../gui/footprint_keeper.py" line="114"/>
        <source>{error}. The project will not find these footprints once QGIS closes.</source>
        <translation>{error}. Le projet ne retrouvera plus ces emprises une fois QGIS fermé.</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="100"/>
        <source>{count} cloud mask layers added</source>
        <translation>{count} couches de masques de nuages ajoutées</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="100"/>
        <source>{count} without</source>
        <translation>{count} sans masque</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="136"/>
        <source>{images} and {masks} added</source>
        <translation>{images} et {masks} ajoutés</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="136"/>
        <source>{n} image</source>
        <translation>{n} image</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="136"/>
        <source>{n} images</source>
        <translation>{n} images</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="136"/>
        <source>{n} cloud mask</source>
        <translation>{n} masque de nuages</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="136"/>
        <source>{n} cloud masks</source>
        <translation>{n} masques de nuages</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="172"/>
        <source>{layers} added</source>
        <translation>{layers} ajoutée(s)</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="172"/>
        <source>{n} asset layer</source>
        <translation>{n} couche de ressource</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="172"/>
        <source>{n} asset layers</source>
        <translation>{n} couches de ressources</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="216"/>
        <source>{files} downloaded ({size})</source>
        <translation>{files} téléchargé(s) ({size})</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="216"/>
        <source>{n} file</source>
        <translation>{n} fichier</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="216"/>
        <source>{n} files</source>
        <translation>{n} fichiers</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="221"/>
        <source>, {count} already there</source>
        <translation>, {count} déjà présents</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="223"/>
        <source>; {count} without a checksum to check them by</source>
        <translation>; {count} sans somme de contrôle pour les vérifier</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="227"/>
        <source>Download cancelled: {summary}; run it again to resume</source>
        <translation>Téléchargement annulé : {summary} ; relancez-le pour reprendre</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="244"/>
        <source>{n} problem</source>
        <translation>{n} problème</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="244"/>
        <source>{n} problems</source>
        <translation>{n} problèmes</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="245"/>
        <source>; {problems} (see the log)</source>
        <translation>; {problems} (voir le journal)</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="123"/>
        <source>Asset layers keep their links: {why}</source>
        <translation>Les couches de ressources gardent leurs liens : {why}</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="144"/>
        <source>not signed in.</source>
        <translation>non authentifié.</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="169"/>
        <source>Could not renew asset links: {error}</source>
        <translation>Impossible de renouveler les liens des ressources : {error}</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="194"/>
        <source>{layer}: links not renewed: {error}</source>
        <translation>{layer} : liens non renouvelés : {error}</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="217"/>
        <source>{layer}: not reopened: {error}</source>
        <translation>{layer} : non rouverte : {error}</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="224"/>
        <source>{layer}: the catalog no longer has {asset} of {item}.</source>
        <translation>{layer} : le catalogue n'a plus la ressource {asset} de {item}.</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Cloud %</source>
        <translation>Nuages %</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Clear % (fields)</source>
        <translation>Dégagé % (parcelles)</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Mask</source>
        <translation>Masque</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="44"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="44"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../gui/results_view.py" line="112"/>
        <source>Zoom to item</source>
        <translation>Zoomer sur l'item</translation>
    </message>
    <message>
        <location filename="../gui/results_view.py" line="119"/>
        <source>Assets of this item…</source>
        <translation>Ressources de cet item…</translation>
    </message>
    <message>
        <location filename="../gui/results_view.py" line="122"/>
        <source>Download assets…</source>
        <translation>Télécharger des ressources…</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="46"/>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="48"/>
        <source>What to call it in the list</source>
        <translation>Son nom dans la liste</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="203"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="52"/>
        <source>In this project</source>
        <translation>Dans ce projet</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="52"/>
        <source>Kept in the project file: for everyone who opens it</source>
        <translation>Gardée dans le fichier du projet : pour tous ceux qui l'ouvrent</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="58"/>
        <source>In my profile</source>
        <translation>Dans mon profil</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="58"/>
        <source>Kept in your QGIS profile: in every project</source>
        <translation>Gardée dans votre profil QGIS : dans tous les projets</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="101"/>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="106"/>
        <source>Click a search to put its filters and area back</source>
        <translation>Cliquez sur une recherche pour rétablir ses filtres et sa zone</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="114"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="114"/>
        <source>Name the search as it is now</source>
        <translation>Nommer la recherche telle quelle</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="117"/>
        <source>Run since last run</source>
        <translation>Relancer depuis la dernière fois</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="117"/>
        <source>Search again from the time this search last ran (as saved, the first time)</source>
        <translation>Rechercher à nouveau depuis la dernière exécution de cette recherche (telle qu'enregistrée, la première fois)</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="122"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="123"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="153"/>
        <source>not run from this list yet</source>
        <translation>pas encore lancée depuis cette liste</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="155"/>
        <source>last run {time} UTC</source>
        <translation>dernière exécution {time} UTC</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="156"/>
        <source>Over {area}; {last}</source>
        <translation>Sur {area} ; {last}</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="195"/>
        <source>Replace the saved search &apos;{name}&apos;?</source>
        <translation>Remplacer la recherche enregistrée « {name} » ?</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="203"/>
        <source>Rename saved search</source>
        <translation>Renommer la recherche enregistrée</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="211"/>
        <source>{where} has a search &apos;{name}&apos; already.</source>
        <translation>{where} contient déjà une recherche « {name} ».</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="225"/>
        <source>Delete the saved search &apos;{name}&apos; from {where}?</source>
        <translation>Supprimer la recherche enregistrée « {name} » de {where} ?</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="240"/>
        <source>this project</source>
        <translation>ce projet</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="240"/>
        <source>your profile</source>
        <translation>votre profil</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="41"/>
        <source>Map canvas extent</source>
        <translation>Emprise du canevas de carte</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="41"/>
        <source>Selected features of a layer</source>
        <translation>Entités sélectionnées d'une couche</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="41"/>
        <source>All features of a layer</source>
        <translation>Toutes les entités d'une couche</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="90"/>
        <source>Search the map canvas extent, or over fields</source>
        <translation>Rechercher sur l'emprise du canevas de carte, ou sur des parcelles</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="96"/>
        <source>The polygon layer whose features are the fields</source>
        <translation>La couche de polygones dont les entités sont les parcelles</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="103"/>
        <source>The search area</source>
        <translation>La zone de recherche</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="105"/>
        <source>Show the search area on the map</source>
        <translation>Afficher la zone de recherche sur la carte</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="185"/>
        <source>Its extent cannot be shown in the map&apos;s coordinate reference system.</source>
        <translation>Son emprise ne peut pas être affichée dans le système de coordonnées de référence de la carte.</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="198"/>
        <source>Its fields layer, {layer}, is no longer in this project: its filters are back; choose the fields again.</source>
        <translation>Sa couche de parcelles, {layer}, n'est plus dans ce projet : ses filtres sont rétablis ; choisissez à nouveau les parcelles.</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="59"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="88"/>
        <source>Collections to search (tick one or more)</source>
        <translation>Collections à rechercher (cochez-en une ou plusieurs)</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="92"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="96"/>
        <source>From (UTC); clear it to leave open</source>
        <translation>Du (UTC) ; videz-le pour laisser ouvert</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="97"/>
        <source>Until (UTC); clear it to leave open</source>
        <translation>Au (UTC) ; videz-le pour laisser ouvert</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="98"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="99"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="100"/>
        <source>Maximum cloud cover; 100 % searches without it</source>
        <translation>Couverture nuageuse maximale ; 100 % recherche sans ce critère</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="106"/>
        <source>Max cloud cover</source>
        <translation>Couv. nuageuse max.</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="107"/>
        <source>Only items with a cloud mask</source>
        <translation>Seulement les items avec un masque de nuages</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="107"/>
        <source>Adds eda:ag_cloud_mask_available = true to the query</source>
        <translation>Ajoute eda:ag_cloud_mask_available = true à la requête</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="132"/>
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="136"/>
        <source>Query extension, JSON: {&quot;eda:status&quot;: {&quot;eq&quot;: &quot;PUBLISHED&quot;}}</source>
        <translation>Extension query, en JSON : {&quot;eda:status&quot;: {&quot;eq&quot;: &quot;PUBLISHED&quot;}}</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="143"/>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="144"/>
        <source>Sort by this property</source>
        <translation>Trier selon cette propriété</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="145"/>
        <source>Descending</source>
        <translation>Décroissant</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="152"/>
        <source>Sort</source>
        <translation>Tri</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="153"/>
        <source>Items per request (the API&apos;s limit)</source>
        <translation>Items par requête (le limit de l'API)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="146"/>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="159"/>
        <source>Stop after this many items; 0 = all matches</source>
        <translation>S'arrêter après ce nombre d'items ; 0 = tous les résultats</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="163"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="165"/>
        <source>Max items</source>
        <translation>Items max.</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="166"/>
        <source>Item ids, one per line or comma-separated</source>
        <translation>Identifiants d'items, un par ligne ou séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="156"/>
        <source>Item ids</source>
        <translation>Identifiants d'items</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="113"/>
        <source>Not searched: {error}</source>
        <translation>Pas de recherche : {error}</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="128"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="197"/>
        <source> of {matched} matched</source>
        <translation> sur {matched} trouvés</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="200"/>
        <source>{count} shown{matched}</source>
        <translation>{count} affichés{matched}</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="204"/>
        <source>Cancelled: {count} kept{matched}</source>
        <translation>Annulé : {count} gardés{matched}</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="206"/>
        <source>Failed after {count} items: {error}</source>
        <translation>Échec après {count} items : {error}</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="210"/>
        <source>No items match these filters in this area.</source>
        <translation>Aucun item ne correspond à ces filtres dans cette zone.</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="32"/>
        <source>stored — leave empty to keep it</source>
        <translation>enregistré — laissez vide pour le garder</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="41"/>
        <source>EarthPlatform settings</source>
        <translation>Paramètres EarthPlatform</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="61"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="67"/>
        <source>STAC API URL</source>
        <translation>URL de l'API STAC</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="68"/>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="69"/>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="70"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="75"/>
        <source>How many search requests may be sent at once: a long period is searched in parts at the same time. 1 asks for one page after another.</source>
        <translation>Combien de requêtes de recherche peuvent partir à la fois : une longue période est recherchée en plusieurs parties en même temps. 1 demande une page après l'autre.</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="84"/>
        <source>(1: one page at a time)</source>
        <translation>(1 : une page à la fois)</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="86"/>
        <source>Requests at once</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="89"/>
        <source>none: the catalog&apos;s own server only</source>
        <translation>aucun : seulement le serveur du catalogue</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="90"/>
        <source>Other servers the catalog&apos;s links may lead to (e.g. https://data.example.com), separated by spaces. They are asked without your access token. A link to any other server stops the search with a message.</source>
        <translation>Autres serveurs vers lesquels les liens du catalogue peuvent mener (p. ex. https://data.example.com), séparés par des espaces. Ils sont interrogés sans votre jeton d'accès. Un lien vers tout autre serveur arrête la recherche avec un message.</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="97"/>
        <source>Trusted servers</source>
        <translation>Serveurs de confiance</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="122"/>
        <source>Trusted servers: {servers} is no http(s) URL (write e.g. https://data.example.com).</source>
        <translation>Serveurs de confiance : {servers} n'est pas une URL http(s) (écrivez p. ex. https://data.example.com).</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="144"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="59"/>
        <source>Search EarthDaily&apos;s EarthPlatform catalog</source>
        <translation>Rechercher dans le catalogue EarthPlatform d'EarthDaily</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="123"/>
        <source>{label} is not a valid date and time.</source>
        <translation>{label} n'est pas une date et heure valide.</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="165"/>
        <source>No EarthPlatform connection is configured: sign in from the EarthPlatform dock&apos;s settings, or set the EDS_CLIENT_ID and EDS_SECRET environment variables (or a ~/.earthdaily/credentials file).</source>
        <translation>Aucune connexion EarthPlatform n'est configurée : connectez-vous depuis les paramètres du panneau EarthPlatform, ou définissez les variables d'environnement EDS_CLIENT_ID et EDS_SECRET (ou un fichier ~/.earthdaily/credentials).</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="185"/>
        <source>the whole world</source>
        <translation>le monde entier</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="186"/>
        <source>{count} item ids</source>
        <translation>{count} identifiants d'items</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="187"/>
        <source>Searching {what} from {start} to {end} over {area}</source>
        <translation>Recherche de {what} du {start} au {end} sur {area}</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="195"/>
        <source>The search cannot be sent: {error}</source>
        <translation>La recherche ne peut pas être envoyée : {error}</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="212"/>
        <source>The EarthPlatform search failed: {error}</source>
        <translation>La recherche EarthPlatform a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="279"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="225"/>
        <source>… and {count} more like these</source>
        <translation>… et {count} autres du même genre</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="62"/>
        <source>&lt;p&gt;Downloads assets of EarthPlatform items into a folder, as the EarthPlatform dock
does: &lt;code&gt;&amp;lt;folder&amp;gt;/&amp;lt;item id&amp;gt;/&amp;lt;asset&amp;gt;.&amp;lt;extension&amp;gt;&lt;/code&gt;, each item&apos;s
JSON beside its files, and a &lt;code&gt;catalog.json&lt;/code&gt; that makes the folder a STAC catalog.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Footprints&lt;/b&gt;: a footprint layer made by the dock or by &lt;i&gt;Search items&lt;/i&gt; (its
item_json column); with &lt;i&gt;Selected features only&lt;/i&gt;, only those. Or &lt;b&gt;item ids&lt;/b&gt;,
separated by commas, spaces or new lines, looked up in the catalog.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Assets&lt;/b&gt;: asset keys, separated by commas, e.g. &lt;code&gt;red, green, blue&lt;/code&gt; or
&lt;code&gt;scl&lt;/code&gt;.&lt;/p&gt;
&lt;p&gt;A file already complete in the folder is kept; one broken off is resumed from where it
stopped; the bytes are checked against the item&apos;s file:checksum and file:size where it has
them; an expired link is signed anew by the catalog. One file failing does not stop the
others. Cancelling keeps what is complete.&lt;/p&gt;
&lt;p&gt;The report: one row per item and asset: status (downloaded, already there, failed,
missing), path, bytes, checksum (verified, or not checked), note (why it failed or is
missing).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Télécharge des ressources d'items EarthPlatform dans un dossier, comme le fait le panneau EarthPlatform :
&lt;code&gt;&amp;lt;dossier&amp;gt;/&amp;lt;id de l'item&amp;gt;/&amp;lt;ressource&amp;gt;.&amp;lt;extension&amp;gt;&lt;/code&gt;, le JSON de chaque item
à côté de ses fichiers, et un &lt;code&gt;catalog.json&lt;/code&gt; qui fait du dossier un catalogue STAC.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Emprises&lt;/b&gt; : une couche d'emprises créée par le panneau ou par &lt;i&gt;Rechercher des items&lt;/i&gt; (sa
colonne item_json) ; avec &lt;i&gt;Entités sélectionnées uniquement&lt;/i&gt;, seulement celles-ci. Ou des &lt;b&gt;identifiants d'items&lt;/b&gt;,
séparés par des virgules, des espaces ou des retours à la ligne, cherchés dans le catalogue.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Ressources&lt;/b&gt; : clés de ressources, séparées par des virgules, p. ex. &lt;code&gt;red, green, blue&lt;/code&gt; ou
&lt;code&gt;scl&lt;/code&gt;.&lt;/p&gt;
&lt;p&gt;Un fichier déjà complet dans le dossier est gardé ; un fichier interrompu reprend là où il
s'est arrêté ; les octets sont vérifiés avec le file:checksum et le file:size de l'item quand il les
a ; un lien expiré est signé à nouveau par le catalogue. L'échec d'un fichier n'arrête pas les
autres. L'annulation garde ce qui est complet.&lt;/p&gt;
&lt;p&gt;Le rapport : une ligne par item et ressource : status (downloaded, already there, failed,
missing), path, bytes, checksum (verified, ou not checked), note (pourquoi l'échec ou
l'absence).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="85"/>
        <source>Download assets</source>
        <translation>Télécharger des ressources</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="159"/>
        <source>Footprints</source>
        <translation>Emprises</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="94"/>
        <source>Or item ids</source>
        <translation>Ou des identifiants d'items</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="97"/>
        <source>Assets (keys, comma-separated)</source>
        <translation>Ressources (clés, séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="100"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="101"/>
        <source>Download report</source>
        <translation>Rapport de téléchargement</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="107"/>
        <source>Choose a footprint layer, or enter item ids, to say which items to download.</source>
        <translation>Choisissez une couche d'emprises, ou saisissez des identifiants d'items, pour indiquer quels items télécharger.</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="132"/>
        <source>Downloading {files} files of {items} items to {folder}</source>
        <translation>Téléchargement de {files} fichiers de {items} items dans {folder}</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="146"/>
        <source>Cancelled: the files complete so far are kept.</source>
        <translation>Annulé : les fichiers complets à ce stade sont gardés.</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="148"/>
        <source>Cancelled before any download: the report is left empty.</source>
        <translation>Annulé avant tout téléchargement : le rapport reste vide.</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="165"/>
        <source>{written} files downloaded ({bytes} bytes), {present} already there, {failed} failed, {missing} missing</source>
        <translation>{written} fichiers téléchargés ({bytes} octets), {present} déjà présents, {failed} en échec, {missing} manquants</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="182"/>
        <source>Enter at least one asset key under Assets, e.g. red, green, blue.</source>
        <translation>Saisissez au moins une clé de ressource sous Ressources, p. ex. red, green, blue.</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="205"/>
        <source>{id}: not in the catalog</source>
        <translation>{id} : absent du catalogue</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="218"/>
        <source>&apos;{layer}&apos; is not a footprint layer: it has no {column} column (make one with the EarthPlatform dock or Search items).</source>
        <translation>« {layer} » n'est pas une couche d'emprises : elle n'a pas de colonne {column} (créez-en une avec le panneau EarthPlatform ou Rechercher des items).</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="234"/>
        <source>{count} footprints have no readable {column}: left out</source>
        <translation>{count} emprises sans {column} lisible : écartées</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="65"/>
        <source>&lt;p&gt;How much clear sky each field had in every image of a period: one row per field
and EarthPlatform item whose footprint touches it, counted pixel by pixel from the item&apos;s cloud
mask (the agriculture cloud mask where the item has one, else the EDA cloud mask, else
Sentinel-2&apos;s scene classification).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Fields&lt;/b&gt;: a polygon layer; with &lt;i&gt;Selected features only&lt;/i&gt;, only those. Invalid
polygons are repaired (the row&apos;s note says so); features without an area are left out, with a
warning. &lt;b&gt;Field id attribute&lt;/b&gt; names the fields in the table (the feature id when empty).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Collections&lt;/b&gt;: collection ids, separated by commas. &lt;b&gt;Start&lt;/b&gt; and &lt;b&gt;End&lt;/b&gt; bound
the acquisition time, in UTC; a date alone means 00:00 UTC that day. &lt;b&gt;Maximum tile cloud
cover&lt;/b&gt; skips items whose whole-tile cloud cover (eo:cloud_cover) is higher, before anything
is counted; 100 keeps every item. &lt;b&gt;Minimum clear sky&lt;/b&gt; leaves out the rows of fields that
had less clear sky than that, in percent of their valid pixels; rows without a figure (no
readable mask, the field outside the mask) are kept only when it is 0.&lt;/p&gt;
&lt;p&gt;Columns: field_id, item_id, collection, datetime (UTC), mask (agriculture, eda or scl),
clear_pct, cloud_pct, shadow_pct, other_pct (percent of valid_px), valid_px (the field&apos;s
pixels with a mask value), field_px (the field&apos;s pixels), note (what is odd about the row).&lt;/p&gt;
&lt;p&gt;An item whose cloud mask cannot be read (missing, refused, damaged) does not stop the count:
its rows have no figures, their note says why, and the log names the item.&lt;/p&gt;
&lt;p&gt;Signs in as the EarthPlatform dock does: the credentials saved in its settings (QGIS
Authentication Manager), else the EDS_CLIENT_ID and EDS_SECRET environment variables, else
~/.earthdaily/credentials.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Combien de ciel dégagé chaque parcelle a eu sur chaque image d'une période : une ligne par parcelle
et item EarthPlatform dont l'emprise la touche, comptée pixel par pixel dans le masque de nuages
de l'item (le masque de nuages agriculture si l'item en a un, sinon le masque de nuages EDA, sinon
la classification de scène de Sentinel-2).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Parcelles&lt;/b&gt; : une couche de polygones ; avec &lt;i&gt;Entités sélectionnées uniquement&lt;/i&gt;, seulement celles-ci. Les
polygones invalides sont réparés (la note de la ligne le dit) ; les entités sans surface sont écartées, avec un
avertissement. &lt;b&gt;Attribut identifiant de parcelle&lt;/b&gt; nomme les parcelles dans la table (l'identifiant d'entité s'il est vide).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Collections&lt;/b&gt; : identifiants de collections, séparés par des virgules. &lt;b&gt;Début&lt;/b&gt; et &lt;b&gt;Fin&lt;/b&gt; bornent
la date d'acquisition, en UTC ; une date seule signifie 00:00 UTC ce jour-là. &lt;b&gt;Couverture nuageuse
maximale de la tuile&lt;/b&gt; écarte les items dont la couverture nuageuse de toute la tuile (eo:cloud_cover) est plus élevée, avant tout
comptage ; 100 garde tous les items. &lt;b&gt;Ciel dégagé minimal&lt;/b&gt; écarte les lignes des parcelles qui
ont eu moins de ciel dégagé que cela, en pourcentage de leurs pixels valides ; les lignes sans valeur (pas de
masque lisible, parcelle hors du masque) ne sont gardées que s'il vaut 0.&lt;/p&gt;
&lt;p&gt;Colonnes : field_id, item_id, collection, datetime (UTC), mask (agriculture, eda ou scl),
clear_pct (ciel dégagé), cloud_pct (nuage), shadow_pct (ombre de nuage), other_pct (autre), en pourcentage de valid_px, valid_px (les
pixels de la parcelle ayant une valeur de masque), field_px (les pixels de la parcelle), note (ce que la ligne a d'inhabituel).&lt;/p&gt;
&lt;p&gt;Un item dont le masque de nuages ne peut pas être lu (absent, refusé, endommagé) n'arrête pas le comptage :
ses lignes n'ont pas de valeurs, leur note dit pourquoi, et le journal nomme l'item.&lt;/p&gt;
&lt;p&gt;Se connecte comme le panneau EarthPlatform : les identifiants enregistrés dans ses paramètres (Gestionnaire
d'authentification de QGIS), sinon les variables d'environnement EDS_CLIENT_ID et EDS_SECRET, sinon
~/.earthdaily/credentials.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="109"/>
        <source>Fields</source>
        <translation>Parcelles</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="112"/>
        <source>Field id attribute</source>
        <translation>Attribut identifiant de parcelle</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="108"/>
        <source>Collections (ids, comma-separated)</source>
        <translation>Collections (identifiants, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="116"/>
        <source>Start (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="119"/>
        <source>End (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="127"/>
        <source>Maximum tile cloud cover (%)</source>
        <translation>Couverture nuageuse maximale de la tuile (%)</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="127"/>
        <source>Minimum clear sky over the field (%)</source>
        <translation>Ciel dégagé minimal sur la parcelle (%)</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="136"/>
        <source>Clear sky table</source>
        <translation>Table de ciel dégagé</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="165"/>
        <source>Cancelled: the table is left empty.</source>
        <translation>Annulé : la table reste vide.</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="172"/>
        <source>Field {id}: no item found covers it</source>
        <translation>Parcelle {id} : aucun item trouvé ne la couvre</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="188"/>
        <source>Enter at least one collection id under Collections, e.g. {example}.</source>
        <translation>Saisissez au moins un identifiant de collection sous Collections, p. ex. {example}.</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="221"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="221"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="215"/>
        <source>{count} items found; counting clear sky under their cloud masks</source>
        <translation>{count} items trouvés ; comptage du ciel dégagé sous leurs masques de nuages</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="247"/>
        <source>Counting clear sky failed: {error}</source>
        <translation>Le comptage du ciel dégagé a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="307"/>
        <source> and {count} more</source>
        <translation> et {count} autres</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="308"/>
        <source>field</source>
        <translation>parcelle</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="308"/>
        <source>fields</source>
        <translation>parcelles</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="321"/>
        <source>{rows} rows for {fields} fields over {items} items</source>
        <translation>{rows} lignes pour {fields} parcelles sur {items} items</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="326"/>
        <source> ({count} rows below {threshold}% clear sky left out)</source>
        <translation> ({count} lignes sous {threshold} % de ciel dégagé écartées)</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="43"/>
        <source>&apos;{layer}&apos; is not a polygon layer: fields must be polygons.</source>
        <translation>« {layer} » n'est pas une couche de polygones : les parcelles doivent être des polygones.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="47"/>
        <source>&apos;{layer}&apos; has no coordinate reference system: set one in its Layer Properties.</source>
        <translation>« {layer} » n'a pas de système de coordonnées de référence : définissez-en un dans ses Propriétés de la couche.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="56"/>
        <source>&apos;{layer}&apos; has no attribute &apos;{attribute}&apos;.</source>
        <translation>« {layer} » n'a pas d'attribut « {attribute} ».</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="65"/>
        <source>Left out {reason}</source>
        <translation>Écarté : {reason}</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="75"/>
        <source>No features of &apos;{name}&apos; are selected.</source>
        <translation>Aucune entité de « {name} » n'est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="75"/>
        <source>&apos;{name}&apos; has no features.</source>
        <translation>« {name} » n'a aucune entité.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="81"/>
        <source>No feature of &apos;{name}&apos; has a usable polygon: {reasons}.</source>
        <translation>Aucune entité de « {name} » n'a de polygone utilisable : {reasons}.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="90"/>
        <source>{count} field ids belong to more than one feature ({ids}): choose a Field id attribute that is unique.</source>
        <translation>{count} identifiants de parcelle appartiennent à plusieurs entités ({ids}) : choisissez un attribut identifiant de parcelle unique.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="107"/>
        <source>The fields cannot be searched over: {error}.</source>
        <translation>Impossible de rechercher sur les parcelles : {error}.</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="30"/>
        <source>{title}: EarthDaily&apos;s STAC catalog</source>
        <translation>{title} : le catalogue STAC d'EarthDaily</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="68"/>
        <source>&lt;p&gt;Searches EarthPlatform's catalog as the EarthPlatform dock does and writes one
footprint per item, with the dock's columns (id, collection, datetime as UTC text, eo:cloud_cover,
platform, the cloud-mask flag and ids, thumbnail, self link, and the item's JSON) and, once
loaded, the dock's look: outlines coloured by cloud cover, a date for the temporal controller,
the thumbnail as map tip.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Search area&lt;/b&gt;: an &lt;b&gt;extent&lt;/b&gt; (in any CRS), or &lt;b&gt;fields&lt;/b&gt;, a polygon layer (with
&lt;i&gt;Selected features only&lt;/i&gt;, only those) whose outline is searched; the fields win when both
are given. Neither: the whole world.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Collections&lt;/b&gt;: collection ids, separated by commas (may be empty when item ids are
given). &lt;b&gt;Start&lt;/b&gt; and &lt;b&gt;End&lt;/b&gt; bound the acquisition time in UTC; either may be left empty.
&lt;b&gt;Maximum cloud cover&lt;/b&gt; (eo:cloud_cover, %): 100 keeps every item. &lt;b&gt;Only items with an
agriculture cloud mask&lt;/b&gt; keeps those whose eda:ag_cloud_mask_available is true.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Query&lt;/b&gt;: more property filters as the STAC query extension's JSON, e.g.
&lt;code&gt;{&quot;platform&quot;: {&quot;eq&quot;: &quot;sentinel-2a&quot;}}&lt;/code&gt;. &lt;b&gt;Sort by&lt;/b&gt;: a property (datetime,
eo:cloud_cover, id…), descending or not; empty keeps the catalog's order. &lt;b&gt;Page size&lt;/b&gt;:
items asked per request (1 to 10,000). &lt;b&gt;Maximum items&lt;/b&gt;: 0 for every match. &lt;b&gt;Item
ids&lt;/b&gt;: separated by commas, spaces or new lines.&lt;/p&gt;
&lt;p&gt;Signs in as the EarthPlatform dock does: the credentials saved in its settings (QGIS
Authentication Manager), else the EDS_CLIENT_ID and EDS_SECRET environment variables, else
~/.earthdaily/credentials. Goes out through QGIS's proxy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Recherche dans le catalogue d'EarthPlatform comme le fait le panneau EarthPlatform et écrit une
emprise par item, avec les colonnes du panneau (id, collection, datetime en texte UTC, eo:cloud_cover,
platform, l'indicateur et les identifiants du masque de nuages, vignette, lien self, et le JSON de l'item) et, une fois
chargée, l'apparence du panneau : contours colorés selon la couverture nuageuse, une date pour le contrôleur temporel,
la vignette en info-bulle.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Zone de recherche&lt;/b&gt; : une &lt;b&gt;emprise&lt;/b&gt; (dans tout SCR), ou des &lt;b&gt;parcelles&lt;/b&gt;, une couche de polygones (avec
&lt;i&gt;Entités sélectionnées uniquement&lt;/i&gt;, seulement celles-ci) dont le contour est recherché ; les parcelles l'emportent si les deux
sont données. Aucune des deux : le monde entier.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Collections&lt;/b&gt; : identifiants de collections, séparés par des virgules (peut être vide si des identifiants d'items sont
donnés). &lt;b&gt;Début&lt;/b&gt; et &lt;b&gt;Fin&lt;/b&gt; bornent la date d'acquisition en UTC ; l'une ou l'autre peut rester vide.
&lt;b&gt;Couverture nuageuse maximale&lt;/b&gt; (eo:cloud_cover, %) : 100 garde tous les items. &lt;b&gt;Seulement les items avec un masque
de nuages agriculture&lt;/b&gt; garde ceux dont eda:ag_cloud_mask_available est vrai.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Requête&lt;/b&gt; : d'autres filtres de propriétés dans le JSON de l'extension query de STAC, p. ex.
&lt;code&gt;{&quot;platform&quot;: {&quot;eq&quot;: &quot;sentinel-2a&quot;}}&lt;/code&gt;. &lt;b&gt;Trier selon&lt;/b&gt; : une propriété (datetime,
eo:cloud_cover, id…), décroissant ou non ; vide garde l'ordre du catalogue. &lt;b&gt;Taille de page&lt;/b&gt; :
items demandés par requête (1 à 10 000). &lt;b&gt;Nombre maximal d'items&lt;/b&gt; : 0 pour tous les résultats. &lt;b&gt;Identifiants
d'items&lt;/b&gt; : séparés par des virgules, des espaces ou des retours à la ligne.&lt;/p&gt;
&lt;p&gt;Se connecte comme le panneau EarthPlatform : les identifiants enregistrés dans ses paramètres (Gestionnaire
d'authentification de QGIS), sinon les variables d'environnement EDS_CLIENT_ID et EDS_SECRET, sinon
~/.earthdaily/credentials. Passe par le proxy de QGIS.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="96"/>
        <source>Search items</source>
        <translation>Rechercher des items</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="102"/>
        <source>Search extent</source>
        <translation>Emprise de recherche</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="103"/>
        <source>Or search over fields (polygons)</source>
        <translation>Ou rechercher sur des parcelles (polygones)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="122"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Couverture nuageuse maximale (%)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="132"/>
        <source>Only items with an agriculture cloud mask</source>
        <translation>Seulement les items avec un masque de nuages agriculture</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="137"/>
        <source>Query (STAC query extension, JSON)</source>
        <translation>Requête (extension query de STAC, JSON)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="142"/>
        <source>Sort by (a property)</source>
        <translation>Trier selon (une propriété)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="151"/>
        <source>Maximum items (0: all)</source>
        <translation>Nombre maximal d'items (0 : tous)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="200"/>
        <source>Cancelled: {count} footprints written before it.</source>
        <translation>Annulé : {count} emprises écrites avant.</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="206"/>
        <source>{count} footprints written.</source>
        <translation>{count} emprises écrites.</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="217"/>
        <source>Query: {problems}</source>
        <translation>Requête : {problems}</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="257"/>
        <source>The extent cannot be searched: {error}</source>
        <translation>Impossible de rechercher sur l'emprise : {error}</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="274"/>
        <source>The footprints keep QGIS&apos;s default look: {error}</source>
        <translation>Les emprises gardent l'apparence par défaut de QGIS : {error}</translation>
    </message>
</context>
</TS>
