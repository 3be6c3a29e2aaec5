/**
 * The name service a socket program sees on the recording machine: /etc/services (copied from it,
 * 355 entries), /etc/protocols' common rows, and glibc's getaddrinfo/getnameinfo rules for
 * loopback names. Pure data and functions; no I/O.
 */

/** /etc/services of the recording machine (Debian netbase), one "name port/proto aliases..." per line. */
const SERVICES_TEXT =
  'tcpmux 1/tcp\necho 7/tcp\necho 7/udp\ndiscard 9/tcp sink null\ndiscard 9/udp sink null\nsystat 11/tcp users\ndaytime 13/tcp\ndaytime 13/udp\nnetstat 15/tcp\nqotd 17/tcp quote\nchargen 19/tcp ttytst source\nchargen 19/udp ttytst source\nftp-data 20/tcp\nftp 21/tcp\nfsp 21/udp fspd\nssh 22/tcp\ntelnet 23/tcp\nsmtp 25/tcp mail\ntime 37/tcp timserver\ntime 37/udp timserver\nwhois 43/tcp nicname\ntacacs 49/tcp\ntacacs 49/udp\ndomain 53/tcp\ndomain 53/udp\nbootps 67/udp\nbootpc 68/udp\ntftp 69/udp\ngopher 70/tcp\nfinger 79/tcp\nhttp 80/tcp www\nkerberos 88/tcp kerberos5 krb5 kerberos-sec\nkerberos 88/udp kerberos5 krb5 kerberos-sec\niso-tsap 102/tcp tsap\nacr-nema 104/tcp dicom\npop3 110/tcp pop-3\nsunrpc 111/tcp portmapper\nsunrpc 111/udp portmapper\nauth 113/tcp authentication tap ident\nnntp 119/tcp readnews untp\nntp 123/udp\nepmap 135/tcp loc-srv\nnetbios-ns 137/udp\nnetbios-dgm 138/udp\nnetbios-ssn 139/tcp\nimap2 143/tcp imap\nsnmp 161/tcp\nsnmp 161/udp\nsnmp-trap 162/tcp snmptrap\nsnmp-trap 162/udp snmptrap\ncmip-man 163/tcp\ncmip-man 163/udp\ncmip-agent 164/tcp\ncmip-agent 164/udp\nmailq 174/tcp\nxdmcp 177/udp\nbgp 179/tcp\nsmux 199/tcp\nqmtp 209/tcp\nz3950 210/tcp wais\nipx 213/udp\nptp-event 319/udp\nptp-general 320/udp\npawserv 345/tcp\nzserv 346/tcp\nrpc2portmap 369/tcp\nrpc2portmap 369/udp\ncodaauth2 370/tcp\ncodaauth2 370/udp\nclearcase 371/udp Clearcase\nldap 389/tcp\nldap 389/udp\nsvrloc 427/tcp\nsvrloc 427/udp\nhttps 443/tcp\nhttps 443/udp\nsnpp 444/tcp\nmicrosoft-ds 445/tcp\nkpasswd 464/tcp\nkpasswd 464/udp\nsubmissions 465/tcp ssmtp smtps urd\nsaft 487/tcp\nisakmp 500/udp\nrtsp 554/tcp\nrtsp 554/udp\nnqs 607/tcp\nasf-rmcp 623/udp\nqmqp 628/tcp\nipp 631/tcp\nldp 646/tcp\nldp 646/udp\nexec 512/tcp\nbiff 512/udp comsat\nlogin 513/tcp\nwho 513/udp whod\nshell 514/tcp cmd syslog\nsyslog 514/udp\nprinter 515/tcp spooler\ntalk 517/udp\nntalk 518/udp\nroute 520/udp router routed\ngdomap 538/tcp\ngdomap 538/udp\nuucp 540/tcp uucpd\nklogin 543/tcp\nkshell 544/tcp krcmd\ndhcpv6-client 546/udp\ndhcpv6-server 547/udp\nafpovertcp 548/tcp\nnntps 563/tcp snntp\nsubmission 587/tcp\nldaps 636/tcp\nldaps 636/udp\ntinc 655/tcp\ntinc 655/udp\nsilc 706/tcp\nkerberos-adm 749/tcp\ndomain-s 853/tcp\ndomain-s 853/udp\nrsync 873/tcp\nftps-data 989/tcp\nftps 990/tcp\ntelnets 992/tcp\nimaps 993/tcp\npop3s 995/tcp\nsocks 1080/tcp\nproofd 1093/tcp\nrootd 1094/tcp\nopenvpn 1194/tcp\nopenvpn 1194/udp\nrmiregistry 1099/tcp\nlotusnote 1352/tcp lotusnotes\nms-sql-s 1433/tcp\nms-sql-m 1434/udp\ningreslock 1524/tcp\ndatametrics 1645/tcp old-radius\ndatametrics 1645/udp old-radius\nsa-msg-port 1646/tcp old-radacct\nsa-msg-port 1646/udp old-radacct\nkermit 1649/tcp\ngroupwise 1677/tcp\nl2f 1701/udp l2tp\nradius 1812/tcp\nradius 1812/udp\nradius-acct 1813/tcp radacct\nradius-acct 1813/udp radacct\ncisco-sccp 2000/tcp\nnfs 2049/tcp\nnfs 2049/udp\ngnunet 2086/tcp\ngnunet 2086/udp\nrtcm-sc104 2101/tcp\nrtcm-sc104 2101/udp\ngsigatekeeper 2119/tcp\ngris 2135/tcp\ncvspserver 2401/tcp\nvenus 2430/tcp\nvenus 2430/udp\nvenus-se 2431/tcp\nvenus-se 2431/udp\ncodasrv 2432/tcp\ncodasrv 2432/udp\ncodasrv-se 2433/tcp\ncodasrv-se 2433/udp\nmon 2583/tcp\nmon 2583/udp\ndict 2628/tcp\nf5-globalsite 2792/tcp\ngsiftp 2811/tcp\ngpsd 2947/tcp\ngds-db 3050/tcp gds_db\nicpv2 3130/udp icp\nisns 3205/tcp\nisns 3205/udp\niscsi-target 3260/tcp\nmysql 3306/tcp\nms-wbt-server 3389/tcp\nnut 3493/tcp\nnut 3493/udp\ndistcc 3632/tcp\ndaap 3689/tcp\nsvn 3690/tcp subversion\nsuucp 4031/tcp\nsysrqd 4094/tcp\nsieve 4190/tcp\nepmd 4369/tcp\nremctl 4373/tcp\nf5-iquery 4353/tcp\nntske 4460/tcp\nipsec-nat-t 4500/udp\niax 4569/udp\nmtn 4691/tcp\nradmin-port 4899/tcp\nsip 5060/tcp\nsip 5060/udp\nsip-tls 5061/tcp\nsip-tls 5061/udp\nxmpp-client 5222/tcp jabber-client\nxmpp-server 5269/tcp jabber-server\ncfengine 5308/tcp\nmdns 5353/udp\npostgresql 5432/tcp postgres\nfreeciv 5556/tcp rptp\namqps 5671/tcp\namqp 5672/tcp\namqp 5672/sctp\nx11 6000/tcp x11-0\nx11-1 6001/tcp\nx11-2 6002/tcp\nx11-3 6003/tcp\nx11-4 6004/tcp\nx11-5 6005/tcp\nx11-6 6006/tcp\nx11-7 6007/tcp\ngnutella-svc 6346/tcp\ngnutella-svc 6346/udp\ngnutella-rtr 6347/tcp\ngnutella-rtr 6347/udp\nredis 6379/tcp\nsge-qmaster 6444/tcp sge_qmaster\nsge-execd 6445/tcp sge_execd\nmysql-proxy 6446/tcp\nbabel 6696/udp\nircs-u 6697/tcp\nbbs 7000/tcp\nafs3-fileserver 7000/udp\nafs3-callback 7001/udp\nafs3-prserver 7002/udp\nafs3-vlserver 7003/udp\nafs3-kaserver 7004/udp\nafs3-volser 7005/udp\nafs3-bos 7007/udp\nafs3-update 7008/udp\nafs3-rmtsys 7009/udp\nfont-service 7100/tcp xfs\nhttp-alt 8080/tcp webcache\npuppet 8140/tcp\nbacula-dir 9101/tcp\nbacula-fd 9102/tcp\nbacula-sd 9103/tcp\nxmms2 9667/tcp\nnbd 10809/tcp\nzabbix-agent 10050/tcp\nzabbix-trapper 10051/tcp\namanda 10080/tcp\ndicom 11112/tcp\nhkp 11371/tcp\ndb-lsp 17500/tcp\ndcap 22125/tcp\ngsidcap 22128/tcp\nwnn6 22273/tcp\nrtmp 1/ddp\nnbp 2/ddp\necho 4/ddp\nzip 6/ddp\nkerberos4 750/udp kerberos-iv kdc\nkerberos4 750/tcp kerberos-iv kdc\nkerberos-master 751/udp kerberos_master\nkerberos-master 751/tcp\npasswd-server 752/udp passwd_server\nkrb-prop 754/tcp krb_prop krb5_prop hprop\nzephyr-srv 2102/udp\nzephyr-clt 2103/udp\nzephyr-hm 2104/udp\niprop 2121/tcp\nsupfilesrv 871/tcp\nsupfiledbg 1127/tcp\npoppassd 106/tcp\nmoira-db 775/tcp moira_db\nmoira-update 777/tcp moira_update\nmoira-ureg 779/udp moira_ureg\nspamd 783/tcp\nskkserv 1178/tcp\npredict 1210/udp\nrmtcfg 1236/tcp\nxtel 1313/tcp\nxtelw 1314/tcp\nzebrasrv 2600/tcp\nzebra 2601/tcp\nripd 2602/tcp\nripngd 2603/tcp\nospfd 2604/tcp\nbgpd 2605/tcp\nospf6d 2606/tcp\nospfapi 2607/tcp\nisisd 2608/tcp\nfax 4557/tcp\nhylafax 4559/tcp\nmunin 4949/tcp lrrd\nrplay 5555/udp\nnrpe 5666/tcp\nnsca 5667/tcp\ncanna 5680/tcp\nsyslog-tls 6514/tcp\nsane-port 6566/tcp sane saned\nircd 6667/tcp\nzope-ftp 8021/tcp\ntproxy 8081/tcp\nomniorb 8088/tcp\nclc-build-daemon 8990/tcp\nxinetd 9098/tcp\ngit 9418/tcp\nzope 9673/tcp\nwebmin 10000/tcp\nkamanda 10081/tcp\namandaidx 10082/tcp\namidxtape 10083/tcp\nsgi-cmsd 17001/udp\nsgi-crsd 17002/udp\nsgi-gcd 17003/udp\nsgi-cad 17004/tcp\nbinkp 24554/tcp\nasp 27374/tcp\nasp 27374/udp\ncsync2 30865/tcp\ndircproxy 57000/tcp\ntfido 60177/tcp\nfido 60179/tcp';

interface Service { name: string; port: number; proto: string; aliases: string[] }

let services: Service[] | null = null;
function table(): Service[] {
  if (services === null) {
    services = SERVICES_TEXT.split('\n').map((l) => {
      const [name, pp, ...aliases] = l.split(' ');
      const [port, proto] = pp.split('/');
      return { name, port: Number(port), proto, aliases };
    });
  }
  return services;
}

/** getservbyname: the port of a service name or alias (first match; proto 'tcp'/'udp' or any). */
export function servByName(name: string, proto: string | null): number | null {
  for (const s of table()) if ((s.name === name || s.aliases.includes(name)) && (proto === null || s.proto === proto)) return s.port;
  return null;
}

/** getservbyport: the first service name for a port (and proto). */
export function servByPort(port: number, proto: string | null): string | null {
  for (const s of table()) if (s.port === port && (proto === null || s.proto === proto)) return s.name;
  return null;
}

/** getprotobyname for the protocols a socket program names. */
export const PROTOCOLS: Record<string, number> = { ip: 0, icmp: 1, igmp: 2, tcp: 6, udp: 17, ipv6: 41, 'ipv6-icmp': 58, raw: 255 };

/** glibc's gai_strerror texts. */
export const GAI_MESSAGES: Record<number, string> = {
  [-1]: 'Bad value for ai_flags',
  [-2]: 'Name or service not known',
  [-3]: 'Temporary failure in name resolution',
  [-4]: 'Non-recoverable failure in name resolution',
  [-5]: 'No address associated with hostname',
  [-6]: 'ai_family not supported',
  [-7]: 'ai_socktype not supported',
  [-8]: 'Servname not supported for ai_socktype',
  [-9]: 'Address family for hostname not supported',
  [-10]: 'Memory allocation failure',
  [-11]: 'System error',
};
