// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// VesselDeedsMetaData contains all meta data concerning the VesselDeeds contract.
var VesselDeedsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"vesselName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"imo\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"flag\",\"type\":\"string\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "VesselDeeds",
	Bin: "0x608060405234801561000f575f5ffd5b50604051611e9a380380611e9a83398101604081905261002e916101d5565b82825f61003b83826102e9565b50600161004882826102e9565b5061005791505f90508261008b565b506100827f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a68261008b565b505050506103a7565b5f8281526006602090815260408083206001600160a01b038516845290915281205460ff1661012f575f8381526006602090815260408083206001600160a01b03861684529091529020805460ff191660011790556100e73390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610132565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261015b575f5ffd5b81516001600160401b0381111561017457610174610138565b604051601f8201601f19908116603f011681016001600160401b03811182821017156101a2576101a2610138565b6040528181528382016020018510156101b9575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f606084860312156101e7575f5ffd5b83516001600160401b038111156101fc575f5ffd5b6102088682870161014c565b602086015190945090506001600160401b03811115610225575f5ffd5b6102318682870161014c565b604086015190935090506001600160a01b038116811461024f575f5ffd5b809150509250925092565b600181811c9082168061026e57607f821691505b60208210810361028c57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156102e457828211156102e457805f5260205f20601f840160051c60208510156102bd57505f5b90810190601f840160051c035f5b818110156102e0575f838201556001016102cb565b5050505b505050565b81516001600160401b0381111561030257610302610138565b61031681610310845461025a565b84610292565b6020601f821160018114610348575f83156103315750848201515b5f19600385901b1c1916600184901b1784556103a0565b5f84815260208120601f198516915b828110156103775787850151825560209485019460019092019101610357565b508482101561039457868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b611ae6806103b45f395ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c806370a08231116100b4578063b35cc18611610079578063b35cc1861461028a578063b88d4fde1461029d578063c87b56dd146102b0578063d5391393146102c3578063d547741f146102ea578063e985e9c5146102fd575f5ffd5b806370a082311461024257806391d148541461025557806395d89b4114610268578063a217fddf14610270578063a22cb46514610277575f5ffd5b8063248a9ca3116100fa578063248a9ca3146101c65780632f2ff15d146101f657806336568abe1461020957806342842e0e1461021c5780636352211e1461022f575f5ffd5b806301ffc9a71461013657806306fdde031461015e578063081812fc14610173578063095ea7b31461019e57806323b872dd146101b3575b5f5ffd5b6101496101443660046113f5565b610310565b60405190151581526020015b60405180910390f35b610166610320565b6040516101559190611445565b610186610181366004611457565b6103af565b6040516001600160a01b039091168152602001610155565b6101b16101ac366004611489565b6103d6565b005b6101b16101c13660046114b1565b6103e5565b6101e86101d4366004611457565b5f9081526006602052604090206001015490565b604051908152602001610155565b6101b16102043660046114eb565b610473565b6101b16102173660046114eb565b610497565b6101b161022a3660046114b1565b6104cf565b61018661023d366004611457565b6104e9565b6101e8610250366004611515565b6104f3565b6101496102633660046114eb565b610538565b610166610562565b6101e85f81565b6101b161028536600461152e565b610571565b6101b16102983660046115ac565b61057c565b6101b16102ab366004611678565b6106bc565b6101666102be366004611457565b6106d4565b6101e87f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b6101b16102f83660046114eb565b61081f565b61014961030b366004611755565b610843565b5f61031a82610870565b92915050565b60605f805461032e9061177d565b80601f016020809104026020016040519081016040528092919081815260200182805461035a9061177d565b80156103a55780601f1061037c576101008083540402835291602001916103a5565b820191905f5260205f20905b81548152906001019060200180831161038857829003601f168201915b5050505050905090565b5f6103b982610894565b505f828152600460205260409020546001600160a01b031661031a565b6103e18282336108cc565b5050565b6001600160a01b03821661041357604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f61041f8383336108d9565b9050836001600160a01b0316816001600160a01b03161461046d576040516364283d7b60e01b81526001600160a01b038086166004830152602482018490528216604482015260640161040a565b50505050565b5f8281526006602052604090206001015461048d816109cb565b61046d83836109d8565b6001600160a01b03811633146104c05760405163334bd91960e11b815260040160405180910390fd5b6104ca8282610a69565b505050565b6104ca83838360405180602001604052805f8152506106bc565b5f61031a82610894565b5f6001600160a01b03821661051d576040516322718ad960e21b81525f600482015260240161040a565b506001600160a01b03165f9081526003602052604090205490565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60606001805461032e9061177d565b6103e1338383610ad4565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a66105a6816109cb565b604051806060016040528088888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505090825250604080516020601f8901819004810282018101909252878152918101919088908890819084018382808284375f92019190915250505090825250604080516020601f8701819004810282018101909252858152918101919086908690819084018382808284375f9201829052509390945250508a8152600760205260409020825190915081906106799082611803565b506020820151600182019061068e9082611803565b50604082015160028201906106a39082611803565b509050506106b18989610b9b565b505050505050505050565b6106c78484846103e5565b61046d3385858585610bfc565b60606106df82610894565b505f82815260076020526040812080549091906107829083906107019061177d565b80601f016020809104026020016040519081016040528092919081815260200182805461072d9061177d565b80156107785780601f1061074f57610100808354040283529160200191610778565b820191905f5260205f20905b81548152906001019060200180831161075b57829003601f168201915b5050505050610d24565b6107948360010180546107019061177d565b6107a68460020180546107019061177d565b6107b7855f0180546107019061177d565b6107c98660010180546107019061177d565b6040516020016107dd9594939291906118d5565b60405160208183030381529060405290506107f781611001565b604051602001610807919061199f565b60405160208183030381529060405292505050919050565b5f82815260066020526040902060010154610839816109cb565b61046d8383610a69565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f6001600160e01b03198216637965db0b60e01b148061031a575061031a8261100d565b5f818152600260205260408120546001600160a01b03168061031a57604051637e27328960e01b81526004810184905260240161040a565b6104ca838383600161105c565b5f828152600260205260408120546001600160a01b039081169083161561090557610905818486611160565b6001600160a01b0381161561093f576109205f855f5f61105c565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b0385161561096d576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b6109d581336111c4565b50565b5f6109e38383610538565b610a62575f8381526006602090815260408083206001600160a01b03861684529091529020805460ff19166001179055610a1a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161031a565b505f61031a565b5f610a748383610538565b15610a62575f8381526006602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161031a565b6001600160a01b038316610afd5760405163a9fbf51f60e01b81525f600482015260240161040a565b6001600160a01b038216610b2f57604051630b61174360e31b81526001600160a01b038316600482015260240161040a565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b038216610bc457604051633250574960e11b81525f600482015260240161040a565b5f610bd083835f6108d9565b90506001600160a01b038116156104ca576040516339e3563760e11b81525f600482015260240161040a565b6001600160a01b0383163b15610d1d57604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290610c3e9088908890879087906004016119d0565b6020604051808303815f875af1925050508015610c78575060408051601f3d908101601f19168201909252610c7591810190611a0c565b60015b610cdf573d808015610ca5576040519150601f19603f3d011682016040523d82523d5f602084013e610caa565b606091505b5080515f03610cd757604051633250574960e11b81526001600160a01b038516600482015260240161040a565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14610d1b57604051633250574960e11b81526001600160a01b038516600482015260240161040a565b505b5050505050565b805160609082905f90610d38906006611a3b565b67ffffffffffffffff811115610d5057610d50611664565b6040519080825280601f01601f191660200182016040528015610d7a576020820181803683370190505b5090505f6f181899199a1a9b1b9c1cb0b131b232b360811b815b8451811015610ff6575f858281518110610db057610db0611a52565b01602001516001600160f81b0319169050601160f91b811480610de05750601760fa1b6001600160f81b03198216145b15610e5657601760fa1b8585610df581611a66565b965081518110610e0757610e07611a52565b60200101906001600160f81b03191690815f1a905350808585610e2981611a66565b965081518110610e3b57610e3b611a52565b60200101906001600160f81b03191690815f1a905350610fed565b602060f882901c1015610fb857601760fa1b8585610e7381611a66565b965081518110610e8557610e85611a52565b60200101906001600160f81b03191690815f1a905350607560f81b8585610eab81611a66565b965081518110610ebd57610ebd611a52565b60200101906001600160f81b03191690815f1a905350600360fc1b8585610ee381611a66565b965081518110610ef557610ef5611a52565b60200101906001600160f81b03191690815f1a905350600360fc1b8585610f1b81611a66565b965081518110610f2d57610f2d611a52565b60200101906001600160f81b03191690815f1a9053508260fc82901c60108110610f5957610f59611a52565b1a60f81b8585610f6881611a66565b965081518110610f7a57610f7a611a52565b60200101906001600160f81b03191690815f1a90535082600f60f883901c1660108110610fa957610fa9611a52565b1a60f81b8585610e2981611a66565b808585610fc481611a66565b965081518110610fd657610fd6611a52565b60200101906001600160f81b03191690815f1a9053505b50600101610d94565b505081529392505050565b606061031a825f6111fd565b5f6001600160e01b031982166380ac58cd60e01b148061103d57506001600160e01b03198216635b5e139f60e01b145b8061031a57506301ffc9a760e01b6001600160e01b031983161461031a565b808061107057506001600160a01b03821615155b15611131575f61107f84610894565b90506001600160a01b038316158015906110ab5750826001600160a01b0316816001600160a01b031614155b80156110be57506110bc8184610843565b155b156110e75760405163a9fbf51f60e01b81526001600160a01b038416600482015260240161040a565b811561112f5783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b61116b83838361137c565b6104ca576001600160a01b03831661119957604051637e27328960e01b81526004810182905260240161040a565b60405163177e802f60e01b81526001600160a01b03831660048201526024810182905260440161040a565b6111ce8282610538565b6103e15760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161040a565b606082515f0361121b575060408051602081019091525f815261031a565b5f8261124b576003845160026112319190611a7e565b61123b9190611a91565b611246906004611a3b565b611270565b60038451600461125b9190611a3b565b611266906002611a7e565b6112709190611a91565b905060405191507f4142434445464748494a4b4c4d4e4f505152535455565758595a616263646566601f5261067083027f6768696a6b6c6d6e6f707172737475767778797a303132333435363738392b2f18603f526020820181810185865187016020810180515f82525b8284101561132e576003840193508351603f8160121c16518753600187019650603f81600c1c16518753600187019650603f8160061c16518753600187019650603f8116518753506001860195506112db565b90525085905061136f5760038651066001811461135257600281146113655761136d565b603d6001840353603d600284035361136d565b603d60018403535b505b9183525060405292915050565b5f6001600160a01b038316158015906113d85750826001600160a01b0316846001600160a01b031614806113b557506113b58484610843565b806113d857505f828152600460205260409020546001600160a01b038481169116145b949350505050565b6001600160e01b0319811681146109d5575f5ffd5b5f60208284031215611405575f5ffd5b8135611410816113e0565b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6114106020830184611417565b5f60208284031215611467575f5ffd5b5035919050565b80356001600160a01b0381168114611484575f5ffd5b919050565b5f5f6040838503121561149a575f5ffd5b6114a38361146e565b946020939093013593505050565b5f5f5f606084860312156114c3575f5ffd5b6114cc8461146e565b92506114da6020850161146e565b929592945050506040919091013590565b5f5f604083850312156114fc575f5ffd5b8235915061150c6020840161146e565b90509250929050565b5f60208284031215611525575f5ffd5b6114108261146e565b5f5f6040838503121561153f575f5ffd5b6115488361146e565b91506020830135801515811461155c575f5ffd5b809150509250929050565b5f5f83601f840112611577575f5ffd5b50813567ffffffffffffffff81111561158e575f5ffd5b6020830191508360208285010111156115a5575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f60a0898b0312156115c3575f5ffd5b6115cc8961146e565b975060208901359650604089013567ffffffffffffffff8111156115ee575f5ffd5b6115fa8b828c01611567565b909750955050606089013567ffffffffffffffff811115611619575f5ffd5b6116258b828c01611567565b909550935050608089013567ffffffffffffffff811115611644575f5ffd5b6116508b828c01611567565b999c989b5096995094979396929594505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f6080858703121561168b575f5ffd5b6116948561146e565b93506116a26020860161146e565b925060408501359150606085013567ffffffffffffffff8111156116c4575f5ffd5b8501601f810187136116d4575f5ffd5b803567ffffffffffffffff8111156116ee576116ee611664565b604051601f8201601f19908116603f0116810167ffffffffffffffff8111828210171561171d5761171d611664565b604052818152828201602001891015611734575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f60408385031215611766575f5ffd5b61176f8361146e565b915061150c6020840161146e565b600181811c9082168061179157607f821691505b6020821081036117af57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156104ca57828211156104ca57805f5260205f20601f840160051c60208510156117e057505f5b90810190601f840160051c035f5b81811015610d1b575f838201556001016117ee565b815167ffffffffffffffff81111561181d5761181d611664565b6118318161182b845461177d565b846117b5565b6020601f821160018114611863575f831561184c5750848201515b5f19600385901b1c1916600184901b178455610d1d565b5f84815260208120601f198516915b828110156118925787850151825560209485019460019092019101611872565b50848210156118af57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f81518060208401855e5f93019283525090919050565b683d913730b6b2911d1160b91b81525f6118f260098301886118be565b6811161134b6b7911d1160b91b815261190e60098201886118be565b69111611333630b3911d1160b11b8152905061192d600a8201876118be565b90507f222c226465736372697074696f6e223a2244656564206f662074686520766573815263039b2b6160e51b602082015261196c60248201866118be565b9050650101424a6a7960d51b815261198760068201856118be565b6229227d60e81b815260030198975050505050505050565b7f646174613a6170706c69636174696f6e2f6a736f6e3b6261736536342c00000081525f611410601d8301846118be565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90611a0290830184611417565b9695505050505050565b5f60208284031215611a1c575f5ffd5b8151611410816113e0565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761031a5761031a611a27565b634e487b7160e01b5f52603260045260245ffd5b5f60018201611a7757611a77611a27565b5060010190565b8082018082111561031a5761031a611a27565b5f82611aab57634e487b7160e01b5f52601260045260245ffd5b50049056fea264697066735822122099c69817389c91a391923bb8c52179aa0457efe39b7c8c357ec12b82b988f23a64736f6c63430008250033",
}

// VesselDeeds is an auto generated Go binding around an Ethereum contract.
type VesselDeeds struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *VesselDeeds) GetABI() abi.ABI {
	return c.abi
}

// NewVesselDeeds creates a new instance of VesselDeeds.
func NewVesselDeeds() *VesselDeeds {
	parsed, err := VesselDeedsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &VesselDeeds{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *VesselDeeds) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address admin) returns()
func (vesselDeeds *VesselDeeds) PackConstructor(name_ string, symbol_ string, admin common.Address) []byte {
	enc, err := vesselDeeds.abi.Pack("", name_, symbol_, admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (vesselDeeds *VesselDeeds) PackDEFAULTADMINROLE() []byte {
	enc, err := vesselDeeds.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (vesselDeeds *VesselDeeds) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return vesselDeeds.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (vesselDeeds *VesselDeeds) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := vesselDeeds.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (vesselDeeds *VesselDeeds) PackMINTERROLE() []byte {
	enc, err := vesselDeeds.abi.Pack("MINTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (vesselDeeds *VesselDeeds) TryPackMINTERROLE() ([]byte, error) {
	return vesselDeeds.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (vesselDeeds *VesselDeeds) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := vesselDeeds.abi.Unpack("MINTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (vesselDeeds *VesselDeeds) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := vesselDeeds.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (vesselDeeds *VesselDeeds) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return vesselDeeds.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (vesselDeeds *VesselDeeds) PackBalanceOf(owner common.Address) []byte {
	enc, err := vesselDeeds.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (vesselDeeds *VesselDeeds) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return vesselDeeds.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (vesselDeeds *VesselDeeds) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := vesselDeeds.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (vesselDeeds *VesselDeeds) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := vesselDeeds.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (vesselDeeds *VesselDeeds) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return vesselDeeds.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (vesselDeeds *VesselDeeds) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := vesselDeeds.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (vesselDeeds *VesselDeeds) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := vesselDeeds.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (vesselDeeds *VesselDeeds) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return vesselDeeds.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (vesselDeeds *VesselDeeds) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := vesselDeeds.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (vesselDeeds *VesselDeeds) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := vesselDeeds.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (vesselDeeds *VesselDeeds) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return vesselDeeds.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (vesselDeeds *VesselDeeds) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := vesselDeeds.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (vesselDeeds *VesselDeeds) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return vesselDeeds.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (vesselDeeds *VesselDeeds) UnpackHasRole(data []byte) (bool, error) {
	out, err := vesselDeeds.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (vesselDeeds *VesselDeeds) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := vesselDeeds.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (vesselDeeds *VesselDeeds) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return vesselDeeds.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (vesselDeeds *VesselDeeds) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := vesselDeeds.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb35cc186.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 tokenId, string vesselName, string imo, string flag) returns()
func (vesselDeeds *VesselDeeds) PackMint(to common.Address, tokenId *big.Int, vesselName string, imo string, flag string) []byte {
	enc, err := vesselDeeds.abi.Pack("mint", to, tokenId, vesselName, imo, flag)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb35cc186.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 tokenId, string vesselName, string imo, string flag) returns()
func (vesselDeeds *VesselDeeds) TryPackMint(to common.Address, tokenId *big.Int, vesselName string, imo string, flag string) ([]byte, error) {
	return vesselDeeds.abi.Pack("mint", to, tokenId, vesselName, imo, flag)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (vesselDeeds *VesselDeeds) PackName() []byte {
	enc, err := vesselDeeds.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (vesselDeeds *VesselDeeds) TryPackName() ([]byte, error) {
	return vesselDeeds.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (vesselDeeds *VesselDeeds) UnpackName(data []byte) (string, error) {
	out, err := vesselDeeds.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (vesselDeeds *VesselDeeds) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := vesselDeeds.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (vesselDeeds *VesselDeeds) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return vesselDeeds.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (vesselDeeds *VesselDeeds) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := vesselDeeds.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (vesselDeeds *VesselDeeds) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := vesselDeeds.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (vesselDeeds *VesselDeeds) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return vesselDeeds.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (vesselDeeds *VesselDeeds) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := vesselDeeds.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (vesselDeeds *VesselDeeds) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return vesselDeeds.abi.Pack("revokeRole", role, account)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (vesselDeeds *VesselDeeds) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := vesselDeeds.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (vesselDeeds *VesselDeeds) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return vesselDeeds.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (vesselDeeds *VesselDeeds) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := vesselDeeds.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (vesselDeeds *VesselDeeds) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return vesselDeeds.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (vesselDeeds *VesselDeeds) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := vesselDeeds.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (vesselDeeds *VesselDeeds) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return vesselDeeds.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (vesselDeeds *VesselDeeds) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := vesselDeeds.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (vesselDeeds *VesselDeeds) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return vesselDeeds.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (vesselDeeds *VesselDeeds) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := vesselDeeds.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (vesselDeeds *VesselDeeds) PackSymbol() []byte {
	enc, err := vesselDeeds.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (vesselDeeds *VesselDeeds) TryPackSymbol() ([]byte, error) {
	return vesselDeeds.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (vesselDeeds *VesselDeeds) UnpackSymbol(data []byte) (string, error) {
	out, err := vesselDeeds.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (vesselDeeds *VesselDeeds) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := vesselDeeds.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (vesselDeeds *VesselDeeds) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return vesselDeeds.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (vesselDeeds *VesselDeeds) UnpackTokenURI(data []byte) (string, error) {
	out, err := vesselDeeds.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (vesselDeeds *VesselDeeds) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := vesselDeeds.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (vesselDeeds *VesselDeeds) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return vesselDeeds.abi.Pack("transferFrom", from, to, tokenId)
}

// VesselDeedsApproval represents a Approval event raised by the VesselDeeds contract.
type VesselDeedsApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const VesselDeedsApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (VesselDeedsApproval) ContractEventName() string {
	return VesselDeedsApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (vesselDeeds *VesselDeeds) UnpackApprovalEvent(log *types.Log) (*VesselDeedsApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vesselDeeds.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VesselDeedsApproval)
	if len(log.Data) > 0 {
		if err := vesselDeeds.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vesselDeeds.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VesselDeedsApprovalForAll represents a ApprovalForAll event raised by the VesselDeeds contract.
type VesselDeedsApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const VesselDeedsApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (VesselDeedsApprovalForAll) ContractEventName() string {
	return VesselDeedsApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (vesselDeeds *VesselDeeds) UnpackApprovalForAllEvent(log *types.Log) (*VesselDeedsApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vesselDeeds.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VesselDeedsApprovalForAll)
	if len(log.Data) > 0 {
		if err := vesselDeeds.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vesselDeeds.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VesselDeedsRoleAdminChanged represents a RoleAdminChanged event raised by the VesselDeeds contract.
type VesselDeedsRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const VesselDeedsRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (VesselDeedsRoleAdminChanged) ContractEventName() string {
	return VesselDeedsRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (vesselDeeds *VesselDeeds) UnpackRoleAdminChangedEvent(log *types.Log) (*VesselDeedsRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vesselDeeds.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VesselDeedsRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := vesselDeeds.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vesselDeeds.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VesselDeedsRoleGranted represents a RoleGranted event raised by the VesselDeeds contract.
type VesselDeedsRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VesselDeedsRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (VesselDeedsRoleGranted) ContractEventName() string {
	return VesselDeedsRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (vesselDeeds *VesselDeeds) UnpackRoleGrantedEvent(log *types.Log) (*VesselDeedsRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vesselDeeds.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VesselDeedsRoleGranted)
	if len(log.Data) > 0 {
		if err := vesselDeeds.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vesselDeeds.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VesselDeedsRoleRevoked represents a RoleRevoked event raised by the VesselDeeds contract.
type VesselDeedsRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const VesselDeedsRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (VesselDeedsRoleRevoked) ContractEventName() string {
	return VesselDeedsRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (vesselDeeds *VesselDeeds) UnpackRoleRevokedEvent(log *types.Log) (*VesselDeedsRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vesselDeeds.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VesselDeedsRoleRevoked)
	if len(log.Data) > 0 {
		if err := vesselDeeds.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vesselDeeds.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VesselDeedsTransfer represents a Transfer event raised by the VesselDeeds contract.
type VesselDeedsTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const VesselDeedsTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (VesselDeedsTransfer) ContractEventName() string {
	return VesselDeedsTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (vesselDeeds *VesselDeeds) UnpackTransferEvent(log *types.Log) (*VesselDeedsTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vesselDeeds.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VesselDeedsTransfer)
	if len(log.Data) > 0 {
		if err := vesselDeeds.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vesselDeeds.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (vesselDeeds *VesselDeeds) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], vesselDeeds.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return vesselDeeds.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselDeeds.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return vesselDeeds.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselDeeds.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return vesselDeeds.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselDeeds.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return vesselDeeds.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselDeeds.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return vesselDeeds.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselDeeds.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return vesselDeeds.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselDeeds.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return vesselDeeds.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselDeeds.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return vesselDeeds.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselDeeds.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return vesselDeeds.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], vesselDeeds.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return vesselDeeds.UnpackERC721NonexistentTokenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// VesselDeedsAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the VesselDeeds contract.
type VesselDeedsAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func VesselDeedsAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (vesselDeeds *VesselDeeds) UnpackAccessControlBadConfirmationError(raw []byte) (*VesselDeedsAccessControlBadConfirmation, error) {
	out := new(VesselDeedsAccessControlBadConfirmation)
	if err := vesselDeeds.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselDeedsAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the VesselDeeds contract.
type VesselDeedsAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func VesselDeedsAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (vesselDeeds *VesselDeeds) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*VesselDeedsAccessControlUnauthorizedAccount, error) {
	out := new(VesselDeedsAccessControlUnauthorizedAccount)
	if err := vesselDeeds.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselDeedsERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the VesselDeeds contract.
type VesselDeedsERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func VesselDeedsERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (vesselDeeds *VesselDeeds) UnpackERC721IncorrectOwnerError(raw []byte) (*VesselDeedsERC721IncorrectOwner, error) {
	out := new(VesselDeedsERC721IncorrectOwner)
	if err := vesselDeeds.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselDeedsERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the VesselDeeds contract.
type VesselDeedsERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func VesselDeedsERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (vesselDeeds *VesselDeeds) UnpackERC721InsufficientApprovalError(raw []byte) (*VesselDeedsERC721InsufficientApproval, error) {
	out := new(VesselDeedsERC721InsufficientApproval)
	if err := vesselDeeds.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselDeedsERC721InvalidApprover represents a ERC721InvalidApprover error raised by the VesselDeeds contract.
type VesselDeedsERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func VesselDeedsERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (vesselDeeds *VesselDeeds) UnpackERC721InvalidApproverError(raw []byte) (*VesselDeedsERC721InvalidApprover, error) {
	out := new(VesselDeedsERC721InvalidApprover)
	if err := vesselDeeds.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselDeedsERC721InvalidOperator represents a ERC721InvalidOperator error raised by the VesselDeeds contract.
type VesselDeedsERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func VesselDeedsERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (vesselDeeds *VesselDeeds) UnpackERC721InvalidOperatorError(raw []byte) (*VesselDeedsERC721InvalidOperator, error) {
	out := new(VesselDeedsERC721InvalidOperator)
	if err := vesselDeeds.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselDeedsERC721InvalidOwner represents a ERC721InvalidOwner error raised by the VesselDeeds contract.
type VesselDeedsERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func VesselDeedsERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (vesselDeeds *VesselDeeds) UnpackERC721InvalidOwnerError(raw []byte) (*VesselDeedsERC721InvalidOwner, error) {
	out := new(VesselDeedsERC721InvalidOwner)
	if err := vesselDeeds.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselDeedsERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the VesselDeeds contract.
type VesselDeedsERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func VesselDeedsERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (vesselDeeds *VesselDeeds) UnpackERC721InvalidReceiverError(raw []byte) (*VesselDeedsERC721InvalidReceiver, error) {
	out := new(VesselDeedsERC721InvalidReceiver)
	if err := vesselDeeds.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselDeedsERC721InvalidSender represents a ERC721InvalidSender error raised by the VesselDeeds contract.
type VesselDeedsERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func VesselDeedsERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (vesselDeeds *VesselDeeds) UnpackERC721InvalidSenderError(raw []byte) (*VesselDeedsERC721InvalidSender, error) {
	out := new(VesselDeedsERC721InvalidSender)
	if err := vesselDeeds.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VesselDeedsERC721NonexistentToken represents a ERC721NonexistentToken error raised by the VesselDeeds contract.
type VesselDeedsERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func VesselDeedsERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (vesselDeeds *VesselDeeds) UnpackERC721NonexistentTokenError(raw []byte) (*VesselDeedsERC721NonexistentToken, error) {
	out := new(VesselDeedsERC721NonexistentToken)
	if err := vesselDeeds.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}
