/**
 * The Metadata API deploy surface: SOAP {@code /services/Soap/m/{version}} (deploy,
 * checkDeployStatus, cancelDeploy, checkStatus, describeMetadata) and REST
 * {@code /services/data/vNN.N/metadata/deployRequest}, backed by one queue of deploy jobs
 * that install custom objects, fields and connected apps into the org.
 */
package dev.bellwether.devorg.metadata.deploy;
