-- osce-kg on Virtuoso Open Source 7: run once as dba on a new database, before the first load:
--   isql-vt 1111 dba <password> < loader/data/virtuoso-setup.sql
-- 1. SPARQL Update for the SPARQL endpoint's user ("nobody" on /sparql): keep Virtuoso's HTTP port on loopback.
grant SPARQL_UPDATE to "SPARQL";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);
-- 2. Virtuoso's own graphs (its quad-map schema, ldp#, the URIQA graph: every graph a new database holds)
--    made private, so the union default graph a query without FROM reads holds the published graphs only.
create procedure OSCE_KG_HIDE_SYSTEM_GRAPHS ()
{
  DB.DBA.RDF_GRAPH_GROUP_CREATE ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', 1);
  for (select distinct id_to_iri (G) as GRAPH_IRI from DB.DBA.RDF_QUAD) do
    DB.DBA.RDF_GRAPH_GROUP_INS ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', GRAPH_IRI);
  DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 0, 1);
  DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7, 0);
};
OSCE_KG_HIDE_SYSTEM_GRAPHS ();
