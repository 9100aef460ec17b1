/**
 * Account rules that are no single entity's job: the calling user, jurisdiction, password hashing
 * and policy, credit codes, the registration change history and the security audit log.
 */
package org.anjian.account.control;
